// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Small notebooks built in code for the notebook diff tests (tst_notebookdiff, tst_notebookdiffcli): cells,
// outputs and whole notebooks as nbformat writes them, so a case reads as the change it makes.
#pragma once

#include "notebooks/NotebookDiff.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ts::test::nbdiff {

QJsonObject code(const QString& source, const QJsonArray& outputs = {}, const QJsonValue& executionCount = {},
                 const QString& id = {}, const QJsonObject& metadata = {});
QJsonObject markdown(const QString& source, const QString& id = {}, const QJsonObject& metadata = {});
QJsonObject raw(const QString& source, const QString& id = {});

QJsonObject stream(const QString& text, const QString& name = QStringLiteral("stdout"));
QJsonObject image(const QByteArray& pngBytes, const QString& plain = QStringLiteral("<Figure>"));
QJsonObject result(const QString& plain, int executionCount);
QJsonObject error(const QString& ename, const QString& evalue);

QJsonObject kernelMetadata(const QString& kernel = QStringLiteral("python3"));

// A 4.x notebook (nbformat.writes layout: one-space indent, sorted keys).
QByteArray notebook(const QJsonArray& cells, int minor = 5, const QJsonObject& metadata = kernelMetadata());

// `cells` with an id added to each ("c0", "c1", … by position unless the cell has one).
QJsonArray withIds(QJsonArray cells);

// Diffs two notebooks' bytes (named a.ipynb and b.ipynb); a parse error aborts the test program. Also
// checks (checkCompactAgrees) that the CLI's compact reader gives the same JSON from the two as files.
nb::NotebookDiff diffOf(const QByteArray& a, const QByteArray& b);
// Writes both to files and fails the running test unless diffNotebookFilesCompact's JSON equals `full`'s,
// and so do the Qt-free diff's JSON and exit code (nb::plain::diffNotebookFiles, the launcher's); both may
// decline only nbformat 3 notebooks.
void checkCompactAgrees(const QByteArray& a, const QByteArray& b, const nb::NotebookDiff& full);
// "=a:b" unchanged, "~a:b(parts)" modified, "+:b" added, "-a:" removed; in the diff's order.
QString rows(const nb::NotebookDiff& diff);
// A row's source lines: "=a/b" same, "-a" removed, "+b" added.
QString lines(const nb::CellDiff& cell);

QByteArray png(char fill);
extern const QString kImport, kLoad, kPlot, kTitle;
// Five cells: a title, imports, a load with a result, a plot with an image, notes.
QJsonArray base();
QJsonArray replaced(QJsonArray cells, int index, const QJsonObject& cell);
QJsonArray removedAt(QJsonArray cells, int index);
QJsonArray insertedAt(QJsonArray cells, int index, const QJsonObject& cell);
QJsonObject with(QJsonObject cell, const QString& key, const QJsonValue& value);

} // namespace ts::test::nbdiff
