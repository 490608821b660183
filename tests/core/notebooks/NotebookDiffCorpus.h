// Small notebooks built in code for the notebook diff tests (tst_notebookdiff, tst_notebookdiffcli): cells,
// outputs and whole notebooks as nbformat writes them, so a case reads as the change it makes.
#pragma once

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

} // namespace ts::test::nbdiff
