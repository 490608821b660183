#include "NotebookDiffCorpus.h"

#include <QJsonDocument>

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

} // namespace ts::test::nbdiff
