// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `notebook lint` warns when the repository's nbstripout git filter strips differently from Teamspace (issue
// 12: each tool kept rewriting the other's commits), names the settings to use, and is quiet once they agree.
#include "../../core/index/IndexTestSupport.h"
#include "CliRunner.h"
#include "TestEnv.h"

#include "workspace/Manifest.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

void git(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

} // namespace

class TestNbstripoutCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void lintWarnsAboutADisagreeingFilter()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("teamspace.json")), serializeManifest(teamManifest()));
        const QString path = dir.filePath(QStringLiteral("notebooks/ana/n.ipynb"));
        writeFile(path, R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []})nb");
        git(dir.path(),
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        // Before any filter: no warning.
        CliOutput quiet =
            runCli({QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("lint"), path});
        QVERIFY2(quiet.jsonValid(), quiet.err.constData());
        QCOMPARE(quiet.json().value(QStringLiteral("warnings")).toArray().size(), 0);
        QVERIFY(!quiet.err.contains("warning:"));

        // As `nbstripout --install --attributes .gitattributes` leaves it.
        writeFile(dir.filePath(QStringLiteral(".gitattributes")),
                  "*.ipynb filter=nbstripout\n*.ipynb diff=ipynb\n");
        git(dir.path(), {QStringLiteral("config"), QStringLiteral("filter.nbstripout.clean"),
                         QStringLiteral("\"/usr/bin/python3\" -m nbstripout")});
        git(dir.path(),
            {QStringLiteral("config"), QStringLiteral("filter.nbstripout.smudge"), QStringLiteral("cat")});
        CliOutput warned = runCli({QStringLiteral("notebook"), QStringLiteral("lint"), path});
        QCOMPARE(warned.exitCode, 1); // the missing ROOT_PATH cell; the warning does not change the exit code
        QVERIFY2(warned.err.contains("warning: "), warned.err.constData());
        QVERIFY2(warned.err.contains("renumbers cell ids"), warned.err.constData());
        QVERIFY2(warned.err.contains("git config filter.nbstripout.clean '\"/usr/bin/python3\" -m nbstripout "
                                     "--keep-id --extra-keys "),
                 warned.err.constData());
        QVERIFY2(warned.err.contains("cell.metadata.outputId"), warned.err.constData());
        CliOutput json =
            runCli({QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("lint"), path});
        QCOMPARE(json.json().value(QStringLiteral("warnings")).toArray().size(), 1);

        // Following the advice.
        git(dir.path(),
            {QStringLiteral("config"), QStringLiteral("filter.nbstripout.clean"),
             QStringLiteral(
                 "\"/usr/bin/python3\" -m nbstripout --keep-id --extra-keys 'cell.metadata.colab "
                 "cell.metadata.executionInfo cell.metadata.outputId metadata.colab.provenance'")});
        CliOutput agreed = runCli({QStringLiteral("notebook"), QStringLiteral("lint"), path});
        QVERIFY2(!agreed.err.contains("warning:"), agreed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestNbstripoutCli)
#include "tst_nbstripoutcli.moc"
