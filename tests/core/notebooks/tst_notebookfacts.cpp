// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Facts read from real-looking notebooks: cell counts, output bytes per cell, accelerator, kernel, version.
#include "NotebookCorpus.h"

#include "notebooks/NotebookFacts.h"

#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

NotebookFacts factsOf(const QByteArray& bytes)
{
    auto notebook = Notebook::parse(bytes, QStringLiteral("t.ipynb"));
    if (!notebook)
        qFatal("%s", qPrintable(notebook.error().message));
    return notebookFacts(*notebook);
}

QByteArray corpus(const QString& name)
{
    for (const test::CorpusNotebook& nb : test::notebookCorpus())
        if (nb.name == name)
            return nb.bytes;
    qFatal("no corpus notebook %s", qPrintable(name));
}

} // namespace

class TestNotebookFacts : public QObject
{
    Q_OBJECT

private slots:
    void colabNotebook()
    {
        const NotebookFacts f = factsOf(corpus(QStringLiteral("colab-saved")));
        QCOMPARE(f.nbformat, 4);
        QCOMPARE(f.nbformatMinor, 0);
        QCOMPARE(f.cells, 2);
        QCOMPARE(f.codeCells, 1);
        QCOMPARE(f.markdownCells, 1);
        QCOMPARE(f.accelerator, std::optional<QString>(QStringLiteral("GPU (T4)")));
        QCOMPARE(f.kernelName, QStringLiteral("python3"));
        QCOMPARE(f.kernelDisplayName, QStringLiteral("Python 3"));
        QCOMPARE(f.language, QStringLiteral("python"));
        QVERIFY(f.hasOutputs);
        QCOMPARE(f.outputCount, 2);
        // stream text 18 + 19, text/plain 32, image/png 93 (with its newline): string bytes, no JSON quoting.
        const qint64 expected = qint64(QByteArray("epoch 1 loss 0.25\n").size() + QByteArray("epoch 2 loss 0.125\n").size()
                                       + QByteArray("<Figure size 640x480 with 1 Axes>").size()
                                       + QByteArray("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n").size());
        QCOMPARE(f.outputBytesPerCell, (QList<qint64>{0, expected}));
        QCOMPARE(f.outputBytes, expected);
    }

    void jupyterNotebookWithoutAccelerator()
    {
        const NotebookFacts f = factsOf(corpus(QStringLiteral("jupyter-saved")));
        QCOMPARE(f.nbformatMinor, 5);
        QCOMPARE(f.accelerator, std::nullopt);
        QCOMPARE(f.kernelDisplayName, QStringLiteral("Python 3 (ipykernel)"));
        QCOMPARE(f.outputCount, 1);
    }

    void strippedNotebookHasNoOutputs()
    {
        const NotebookFacts f = factsOf(corpus(QStringLiteral("v4.5-ids")));
        QCOMPARE(f.cells, 2);
        QCOMPARE(f.outputBytesPerCell, (QList<qint64>{0, 8}));
        QVERIFY(f.hasOutputs);
        const NotebookFacts empty = factsOf(corpus(QStringLiteral("empty")));
        QCOMPARE(empty.cells, 0);
        QVERIFY(!empty.hasOutputs);
        QCOMPARE(empty.outputBytes, 0);
    }

    void acceleratorForms_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QString>("expected");
        QTest::newRow("declared TPU") << QByteArray(R"nb({"accelerator": "TPU"})nb") << "TPU";
        QTest::newRow("colab premium A100") << QByteArray(R"nb({"accelerator": "GPU", "colab": {"gpuType": "A100"}, "gpuClass": "premium"})nb") << "GPU (A100, premium)";
        QTest::newRow("gpuType only") << QByteArray(R"nb({"colab": {"gpuType": "V100"}})nb") << "GPU (V100)";
        QTest::newRow("kaggle T4") << QByteArray(R"nb({"kaggle": {"accelerator": "nvidiaTeslaT4"}})nb") << "GPU (nvidiaTeslaT4)";
        QTest::newRow("kaggle none") << QByteArray(R"nb({"kaggle": {"accelerator": "none"}})nb") << "";
        QTest::newRow("nothing") << QByteArray("{}") << "";
    }
    void acceleratorForms()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(QString, expected);
        const NotebookFacts f = factsOf(R"nb({"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": )nb" + metadata + "}");
        QCOMPARE(f.accelerator.value_or(QString()), expected);
    }

    void nbformat3Facts()
    {
        const NotebookFacts f = factsOf(R"nb({"nbformat": 3, "nbformat_minor": 0, "metadata": {},
            "worksheets": [{"cells": [{"cell_type": "code", "input": "1", "outputs": [{"output_type": "pyout", "text": ["1"]}]},
                                      {"cell_type": "heading", "source": "T", "level": 1}]}]})nb");
        QCOMPARE(f.nbformat, 3);
        QCOMPARE(f.cells, 2);
        QCOMPARE(f.codeCells, 1);
        QCOMPARE(f.outputBytesPerCell, (QList<qint64>{1, 0}));
    }
};

QTEST_GUILESS_MAIN(TestNotebookFacts)
#include "tst_notebookfacts.moc"
