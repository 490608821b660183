// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/DemoNotebooks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ts::services {

namespace {

// nbformat stores multi-line text as a list of lines, each but the last ending in "\n".
QJsonArray lines(const QString& text)
{
    QJsonArray result;
    const QStringList parts = text.split(u'\n');
    for (int i = 0; i < parts.size(); ++i)
        result.append(i + 1 < parts.size() ? parts.at(i) + u'\n' : parts.at(i));
    return result;
}

// A 1x1 PNG, enough for a display_data output that renders.
const char* kTinyPng =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

} // namespace

QByteArray demoNotebookJson(const DemoNotebookSpec& spec)
{
    QJsonArray cells;
    cells.append(QJsonObject{
        {"cell_type", "markdown"},
        {"metadata", QJsonObject{{"id", QStringLiteral("md-%1").arg(spec.seed)}}},
        {"source", lines(QStringLiteral("# %1\n\nPart of the Teamspace demo workspace.").arg(spec.title))}});
    int count = 0;
    for (const QString& code : spec.code) {
        ++count;
        QJsonArray outputs;
        outputs.append(QJsonObject{{"output_type", "stream"},
                                   {"name", "stdout"},
                                   {"text", lines(QStringLiteral("step %1: loss=%2\n")
                                                      .arg(count)
                                                      .arg(1.0 / (count + spec.seed % 7 + 1), 0, 'f', 4))}});
        if (count == spec.code.size()) {
            outputs.append(QJsonObject{
                {"output_type", "execute_result"},
                {"execution_count", count},
                {"metadata", QJsonObject()},
                {"data",
                 QJsonObject{{"text/plain",
                              lines(QStringLiteral("accuracy: 0.%1").arg(800 + (spec.seed * 37) % 190))}}}});
            outputs.append(QJsonObject{
                {"output_type", "display_data"},
                {"metadata", QJsonObject()},
                {"data", QJsonObject{{"image/png", kTinyPng},
                                     {"text/plain", lines("<Figure size 640x480 with 1 Axes>")}}}});
        }
        cells.append(QJsonObject{
            {"cell_type", "code"},
            {"execution_count", count},
            {"metadata",
             QJsonObject{{"id", QStringLiteral("c%1-%2").arg(spec.seed).arg(count)},
                         {"executionInfo", QJsonObject{{"elapsed", 1200 + count * 311}, {"status", "ok"}}}}},
            {"outputs", outputs},
            {"source", lines(code)}});
    }
    QJsonObject colab{{"name", spec.title + QStringLiteral(".ipynb")}, {"provenance", QJsonArray()}};
    QJsonObject metadata{{"colab", colab},
                         {"kernelspec", QJsonObject{{"display_name", "Python 3"}, {"name", "python3"}}},
                         {"language_info", QJsonObject{{"name", "python"}}}};
    if (!spec.accelerator.isEmpty()) {
        metadata.insert("accelerator", spec.accelerator);
        if (spec.accelerator == QStringLiteral("GPU")) {
            metadata.insert("gpuClass", "standard");
            colab.insert("gpuType", "T4");
            metadata.insert("colab", colab);
        }
    }
    const QJsonObject notebook{
        {"cells", cells}, {"metadata", metadata}, {"nbformat", 4}, {"nbformat_minor", 0}};
    return QJsonDocument(notebook).toJson(QJsonDocument::Indented);
}

} // namespace ts::services
