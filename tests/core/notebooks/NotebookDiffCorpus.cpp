// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "NotebookDiffCorpus.h"

#include "notebooks/NotebookDiffPlain.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace ts::test::nbdiff {

namespace {

QJsonObject withOptional(QJsonObject cell, const QString& id)
{
    if (!id.isEmpty())
        cell.insert(QStringLiteral("id"), id);
    return cell;
}

} // namespace

QJsonObject code(const QString& source, const QJsonArray& outputs, const QJsonValue& executionCount,
                 const QString& id, const QJsonObject& metadata)
{
    return withOptional({{QStringLiteral("cell_type"), QStringLiteral("code")},
                         {QStringLiteral("execution_count"), executionCount},
                         {QStringLiteral("metadata"), metadata},
                         {QStringLiteral("outputs"), outputs},
                         {QStringLiteral("source"), source}},
                        id);
}

QJsonObject markdown(const QString& source, const QString& id, const QJsonObject& metadata)
{
    return withOptional({{QStringLiteral("cell_type"), QStringLiteral("markdown")},
                         {QStringLiteral("metadata"), metadata},
                         {QStringLiteral("source"), source}},
                        id);
}

QJsonObject raw(const QString& source, const QString& id)
{
    return withOptional({{QStringLiteral("cell_type"), QStringLiteral("raw")},
                         {QStringLiteral("metadata"), QJsonObject()},
                         {QStringLiteral("source"), source}},
                        id);
}

QJsonObject stream(const QString& text, const QString& name)
{
    return {{QStringLiteral("output_type"), QStringLiteral("stream")},
            {QStringLiteral("name"), name},
            {QStringLiteral("text"), text}};
}

QJsonObject image(const QByteArray& pngBytes, const QString& plain)
{
    return {{QStringLiteral("output_type"), QStringLiteral("display_data")},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("image/png"), QString::fromLatin1(pngBytes.toBase64())},
                         {QStringLiteral("text/plain"), plain}}}};
}

QJsonObject result(const QString& plain, int executionCount)
{
    return {{QStringLiteral("output_type"), QStringLiteral("execute_result")},
            {QStringLiteral("execution_count"), executionCount},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("text/plain"), plain}}}};
}

QJsonObject error(const QString& ename, const QString& evalue)
{
    return {{QStringLiteral("output_type"), QStringLiteral("error")},
            {QStringLiteral("ename"), ename},
            {QStringLiteral("evalue"), evalue},
            {QStringLiteral("traceback"), QJsonArray{QStringLiteral("Traceback (most recent call last)"),
                                                     ename + QStringLiteral(": ") + evalue}}};
}

QJsonObject kernelMetadata(const QString& kernel)
{
    return {{QStringLiteral("kernelspec"),
             QJsonObject{{QStringLiteral("name"), kernel}, {QStringLiteral("display_name"), kernel}}}};
}

QByteArray notebook(const QJsonArray& cells, int minor, const QJsonObject& metadata)
{
    const QJsonObject root{{QStringLiteral("cells"), cells},
                           {QStringLiteral("metadata"), metadata},
                           {QStringLiteral("nbformat"), 4},
                           {QStringLiteral("nbformat_minor"), minor}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonArray withIds(QJsonArray cells)
{
    for (qsizetype k = 0; k < cells.size(); ++k) {
        QJsonObject cell = cells[k].toObject();
        if (!cell.contains(QStringLiteral("id")))
            cell.insert(QStringLiteral("id"), QStringLiteral("c%1").arg(k));
        cells[k] = cell;
    }
    return cells;
}

nb::NotebookDiff diffOf(const QByteArray& a, const QByteArray& b)
{
    auto diff = nb::diffNotebookBytes(a, QStringLiteral("a.ipynb"), b, QStringLiteral("b.ipynb"));
    if (!diff)
        qFatal("%s", qPrintable(diff.error().message));
    checkCompactAgrees(a, b, *diff);
    return std::move(*diff);
}

namespace {

// The launcher's Qt-free diff (NotebookDiffPlain.h) of the same two files: the same JSON and exit code as
// the Qt engine's; it may decline nbformat 3 only here (the corpus has no other construct it declines).
void checkPlainAgrees(const QString& pathA, const QString& pathB, const nb::NotebookDiff& full)
{
    std::string why;
    const auto plain = nb::plain::diffNotebookFiles(QFile::encodeName(pathA).toStdString(),
                                                    QFile::encodeName(pathB).toStdString(), &why);
    if (!plain) {
        if (full.nbformatA.startsWith(u'3') || full.nbformatB.startsWith(u'3'))
            return;
        QTest::qFail(qPrintable(QStringLiteral("the plain diff declined two well-formed 4.x notebooks: %1")
                                    .arg(QString::fromStdString(why))),
                     __FILE__, __LINE__);
        return;
    }
    const QByteArray expected = nb::diffToJsonText(full);
    const QByteArray actual = QByteArray::fromStdString(plain->json);
    if (actual != expected)
        qWarning("plain diff:\n%s\nQt engine:\n%s", actual.constData(), expected.constData());
    QTest::qCompare(actual, expected, "plain", "qt", __FILE__, __LINE__);
    const bool same = full.changedCells() == 0 && full.metadataKeys.isEmpty() && !full.nbformatChanged;
    QTest::qCompare(plain->exitCode, same ? 0 : 1, "plain exit code", "qt exit code", __FILE__, __LINE__);
}

} // namespace

void checkCompactAgrees(const QByteArray& a, const QByteArray& b, const nb::NotebookDiff& full)
{
    QTemporaryDir dir;
    const QString pathA = dir.filePath(QStringLiteral("a.ipynb"));
    const QString pathB = dir.filePath(QStringLiteral("b.ipynb"));
    for (const auto& [path, bytes] : {std::pair(pathA, &a), std::pair(pathB, &b)}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            qFatal("cannot write %s", qPrintable(path));
    }
    checkPlainAgrees(pathA, pathB, full);
    const auto compact = nb::diffNotebookFilesCompact(pathA, pathB);
    if (!compact) {
        // It declines nbformat 3 only (the CLI then reads the files the usual way).
        if (full.nbformatA.startsWith(u'3') || full.nbformatB.startsWith(u'3'))
            return;
        QTest::qFail("diffNotebookFilesCompact declined two well-formed 4.x notebooks", __FILE__, __LINE__);
        return;
    }
    const QByteArray expected = nb::diffToJsonText(full);
    const QByteArray actual = nb::diffToJsonText(*compact);
    if (actual != expected)
        qWarning("compact reader:\n%s\nwhole-file reader:\n%s", actual.constData(), expected.constData());
    QTest::qCompare(actual, expected, "compact", "whole", __FILE__, __LINE__);
}

// (NotebookDiffCorpus.h)
// "=a:b" unchanged, "~a:b(parts)" modified, "+:b" added, "-a:" removed; in the diff's order.
QString rows(const nb::NotebookDiff& diff)
{
    QStringList list;
    for (const nb::CellDiff& c : diff.cells) {
        const QString a = c.a >= 0 ? QString::number(c.a) : QString();
        const QString b = c.b >= 0 ? QString::number(c.b) : QString();
        switch (c.status) {
        case nb::CellStatus::Unchanged:
            list << QStringLiteral("=%1:%2").arg(a, b);
            break;
        case nb::CellStatus::Modified:
            list << QStringLiteral("~%1:%2(%3)").arg(a, b, nb::cellPartNames(c.changed).join(u','));
            break;
        case nb::CellStatus::Added:
            list << QStringLiteral("+:%1").arg(b);
            break;
        case nb::CellStatus::Removed:
            list << QStringLiteral("-%1:").arg(a);
            break;
        }
    }
    return list.join(u' ');
}

// A row's source lines: "=a/b" same, "-a" removed, "+b" added.
QString lines(const nb::CellDiff& cell)
{
    QStringList list;
    for (const nb::SourceLine& line : cell.source)
        list << (line.kind == nb::SourceLine::Same ? QStringLiteral("=%1/%2").arg(line.aLine).arg(line.bLine)
                 : line.kind == nb::SourceLine::Removed ? QStringLiteral("-%1").arg(line.aLine)
                                                        : QStringLiteral("+%1").arg(line.bLine));
    return list.join(u' ');
}

QByteArray png(char fill)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, fill);
}

const QString kImport = QStringLiteral("import numpy as np\nimport pandas as pd\n");
const QString kLoad = QStringLiteral("df = pd.read_csv(ROOT_PATH / 'raw/survey.csv')\ndf.head()\n");
const QString kPlot = QStringLiteral("ax = df.plot(x='year', y='count')\nax.set_title('Counts per year')\n");
const QString kTitle = QStringLiteral("# Survey analysis\n\nCounts per year, from the raw survey.");

QJsonArray base()
{
    return {markdown(kTitle), code(kImport, {}, 1),
            code(kLoad, {result(QStringLiteral("   year  count"), 2)}, 2), code(kPlot, {image(png('a'))}, 3),
            markdown(QStringLiteral("## Notes\nNothing yet."))};
}

QJsonArray replaced(QJsonArray cells, int index, const QJsonObject& cell)
{
    cells[index] = cell;
    return cells;
}

QJsonArray removedAt(QJsonArray cells, int index)
{
    cells.removeAt(index);
    return cells;
}

QJsonArray insertedAt(QJsonArray cells, int index, const QJsonObject& cell)
{
    cells.insert(index, cell);
    return cells;
}

QJsonObject with(QJsonObject cell, const QString& key, const QJsonValue& value)
{
    cell.insert(key, value);
    return cell;
}

} // namespace ts::test::nbdiff
