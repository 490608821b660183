// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The ROOT_PATH cell: inserted first, refreshed in place, idempotent to the byte, valid Python that resolves
// ROOT_PATH and creates the runner's folders, and free of anything secret-shaped.
#include "TestEnv.h"

#include "notebooks/NotebookLint.h"
#include "notebooks/RootPathCell.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

const RootCellSettings kSettings{QStringLiteral("Vision Team"), QStringLiteral("results/ana"), QStringLiteral("checkpoints/ana")};

QByteArray applied(const QByteArray& input, const RootCellSettings& settings = kSettings, bool* changed = nullptr)
{
    auto notebook = Notebook::parse(input, QStringLiteral("t.ipynb"));
    if (!notebook)
        qFatal("%s", qPrintable(notebook.error().message));
    auto result = applyRootCell(*notebook, settings);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    if (changed)
        *changed = *result;
    return notebook->serialize().value();
}

const QByteArray kV45 = R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
  {"id": "first", "cell_type": "markdown", "metadata": {}, "source": "# Title"}]})nb";
const QByteArray kV40 = R"nb({"nbformat": 4, "nbformat_minor": 0, "metadata": {}, "cells": []})nb";

} // namespace

class TestRootPathCell : public QObject
{
    Q_OBJECT

private slots:
    void insertsATaggedFirstCodeCell()
    {
        bool changed = false;
        const QByteArray out = applied(kV45, kSettings, &changed);
        QVERIFY(changed);
        auto notebook = Notebook::parse(out, QStringLiteral("out.ipynb"));
        QVERIFY(notebook.ok());
        const auto cells = notebook->cells();
        QCOMPARE(cells.size(), std::size_t(2));
        QVERIFY(isRootCell(*cells[0]));
        QVERIFY(cells[0]->find("cell_type")->text == "code");
        QVERIFY(cells[0]->find("id")->text == "teamspace-root");
        QCOMPARE(QString::fromUtf8(notebook->cellSource(*cells[0]).data(), qsizetype(notebook->cellSource(*cells[0]).size())),
                 rootCellSource(kSettings));
        QVERIFY(!isRootCell(*cells[1]));
    }

    void nbformat40GetsNoId()
    {
        const QByteArray out = applied(kV40);
        QVERIFY(!out.contains("\"id\""));
        QVERIFY(out.contains("\"teamspace-root\""));
    }

    void refreshingTwiceChangesNothing()
    {
        const QByteArray once = applied(kV45);
        bool changed = true;
        const QByteArray twice = applied(once, kSettings, &changed);
        QVERIFY(!changed);
        QCOMPARE(twice, once);
    }

    void refreshReplacesOldContentAndMovesItFirst()
    {
        const QByteArray once = applied(kV45, {QStringLiteral("Old"), QStringLiteral("results/ben"), QStringLiteral("checkpoints/ben")});
        auto notebook = Notebook::parse(once, QStringLiteral("t.ipynb"));
        QVERIFY(notebook.ok());
        auto& cells = notebook->root().find("cells")->children;
        std::swap(cells[0], cells[1]); // someone moved it down and ran it
        cells[1].set("execution_count", JsonValue::number("4"));
        auto refreshed = applyRootCell(*notebook, kSettings);
        QVERIFY(refreshed.ok() && *refreshed);
        const QByteArray out = notebook->serialize().value();
        QCOMPARE(out, applied(kV45));
        QVERIFY(!out.contains("results/ben"));
    }

    void containsNoSecretsAndPassesLint()
    {
        auto notebook = Notebook::parse(applied(kV45), QStringLiteral("t.ipynb"));
        QVERIFY(notebook.ok());
        QCOMPARE(lintNotebook(*notebook, LintContext{{QStringLiteral("data/raw")}}).size(), qsizetype(0));
    }

    void hostileWorkspaceNameStaysAString()
    {
        const QString source = rootCellSource({QStringLiteral("a\"; import os; os.system('x') #\\"), QStringLiteral("results/ana"),
                                               QStringLiteral("checkpoints/ana")});
        QVERIFY(source.contains(QStringLiteral("\"/content/drive/MyDrive/a\\\"; import os; os.system('x') #\\\\\"")));
    }

    void theCellRunsLocallyAndCreatesTheRunnersFolders()
    {
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("pass")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 is not available to run the generated cell");
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("teamspace.json")), "{}");
        QDir(dir.path()).mkpath(QStringLiteral("notebooks/ana"));
        QProcess python;
        python.setWorkingDirectory(dir.filePath(QStringLiteral("notebooks/ana")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TEAMSPACE_ROOT"));
        env.remove(QStringLiteral("KAGGLE_KERNEL_RUN_TYPE"));
        python.setProcessEnvironment(env);
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), rootCellSource(kSettings) + QStringLiteral("\nprint(ROOT_PATH)\nprint(RESULTS_DIR)\nprint(CHECKPOINT_DIR)")});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QString root = QDir(dir.path()).canonicalPath();
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()),
                 QStringLiteral("%1\n%1/results/ana\n%1/checkpoints/ana\n").arg(root));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("results/ana"))).isDir());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("checkpoints/ana"))).isDir());
    }

    void nbformat3IsRefused()
    {
        auto notebook = Notebook::parse(R"nb({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": []})nb", QStringLiteral("v3.ipynb"));
        QVERIFY(notebook.ok());
        auto result = applyRootCell(*notebook, kSettings);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestRootPathCell)
#include "tst_rootpathcell.moc"
