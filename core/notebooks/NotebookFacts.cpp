// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/NotebookFacts.h"

#include <QStringList>

namespace ts::nb {

namespace {

QString textOf(const JsonValue* v)
{
    return v && v->isString() ? QString::fromUtf8(v->text.data(), qsizetype(v->text.size())) : QString();
}

const JsonValue* member(const JsonValue* object, std::string_view key)
{
    return object && object->isObject() ? object->find(key) : nullptr;
}

qint64 stringBytes(const JsonValue& v)
{
    qint64 total = v.isString() ? qint64(v.text.size()) : 0;
    for (const JsonValue& child : v.children)
        total += stringBytes(child);
    return total;
}

std::optional<QString> acceleratorOf(const JsonValue& metadata)
{
    QString kind = textOf(member(&metadata, "accelerator"));
    const QString kaggle = textOf(member(member(&metadata, "kaggle"), "accelerator"));
    if (kind.isEmpty() && !kaggle.isEmpty() && kaggle != QLatin1String("none"))
        kind = kaggle.startsWith(QLatin1String("tpu"), Qt::CaseInsensitive) ? QStringLiteral("TPU") : QStringLiteral("GPU");
    const QString gpuType = textOf(member(member(&metadata, "colab"), "gpuType"));
    const QString gpuClass = textOf(member(&metadata, "gpuClass"));
    QStringList details;
    if (!gpuType.isEmpty())
        details << gpuType;
    else if (kind == QLatin1String("GPU") && !kaggle.isEmpty() && kaggle != QLatin1String("gpu"))
        details << kaggle; // Kaggle names the card: "nvidiaTeslaT4"
    if (!gpuClass.isEmpty() && gpuClass != QLatin1String("standard"))
        details << gpuClass;
    if (kind.isEmpty() && !gpuType.isEmpty())
        kind = QStringLiteral("GPU");
    if (kind.isEmpty() || kind == QLatin1String("None") || kind == QLatin1String("none"))
        return std::nullopt;
    return details.isEmpty() ? kind : kind + QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
}

} // namespace

NotebookFacts notebookFacts(const Notebook& notebook)
{
    NotebookFacts facts;
    facts.nbformat = notebook.majorVersion();
    facts.nbformatMinor = notebook.minorVersion();
    for (const JsonValue* cell : notebook.cells()) {
        ++facts.cells;
        const std::string_view type = cell->find("cell_type")->text;
        if (type == "code")
            ++facts.codeCells;
        else if (type == "markdown" || type == "heading")
            ++facts.markdownCells;
        else if (type == "raw")
            ++facts.rawCells;
        qint64 bytes = 0;
        if (const JsonValue* outputs = cell->find("outputs"); outputs && outputs->isArray()) {
            facts.outputCount += int(outputs->children.size());
            for (const JsonValue& output : outputs->children)
                for (const JsonValue& field : output.children)
                    if (field.key != "output_type" && field.key != "name" && field.key != "metadata")
                        bytes += stringBytes(field);
        }
        facts.outputBytesPerCell << bytes;
        facts.outputBytes += bytes;
    }
    facts.hasOutputs = facts.outputCount > 0;
    const JsonValue& metadata = notebook.metadata();
    facts.accelerator = acceleratorOf(metadata);
    const JsonValue* kernelspec = member(&metadata, "kernelspec");
    facts.kernelName = textOf(member(kernelspec, "name"));
    facts.kernelDisplayName = textOf(member(kernelspec, "display_name"));
    facts.language = textOf(member(member(&metadata, "language_info"), "name"));
    if (facts.language.isEmpty())
        facts.language = textOf(member(kernelspec, "language"));
    return facts;
}

} // namespace ts::nb
