// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli sync status` end to end on a real team (GitTeam: clones of one bare remote): the --json
// shape of CLI.md, the groups, --fetch moving behind, exit codes, and nothing written.
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace ts;
using ts::test::GitTeam;
using ts::test::makeNotebook;

namespace {

QStringList statusArgs(const GitTeam& team, const QString& member, const QStringList& extra = {},
                       bool json = true)
{
    return team.cliArgs(member, json) + QStringList{QStringLiteral("sync"), QStringLiteral("status")} + extra;
}

QStringList pathsOf(const QJsonArray& entries)
{
    QStringList paths;
    for (const QJsonValue& entry : entries)
        paths << entry.toObject().value(QLatin1String("path")).toString();
    return paths;
}

} // namespace

class TestCliSyncStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void jsonShapeAndGroups();
    void fetchMovesBehind();
    void textAndErrors();
};

void TestCliSyncStatus::jsonShapeAndGroups()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString bob = QStringLiteral("bob");
    team.write(bob, QStringLiteral("notebooks/bob/intro.ipynb"), makeNotebook(QStringLiteral("mine"), 900));
    team.write(bob, QStringLiteral("notebooks/cy/intro.ipynb"),
               makeNotebook(QStringLiteral("cy's, edited by bob")));
    team.write(bob, QStringLiteral("data/x.dvc"), "outs: []\n");
    const QMap<QString, QByteArray> before = test::snapshotTree(team.clone(bob));

    const auto run = test::runCli(statusArgs(team, bob));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.jsonValid(), run.out.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("branch")).toString(), QStringLiteral("main"));
    QCOMPARE(json.value(QLatin1String("remote")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("origin"));
    QCOMPARE(json.value(QLatin1String("remote")).toObject().value(QLatin1String("url")).toString(),
             team.remote());
    QCOMPARE(json.value(QLatin1String("fetched")).toBool(), false);
    QVERIFY(json.value(QLatin1String("fetchError")).isNull());
    QCOMPARE(json.value(QLatin1String("ahead")).toInt(-1), 0);
    QCOMPARE(json.value(QLatin1String("behind")).toInt(-1), 0);
    QVERIFY(json.value(QLatin1String("lastSync")).isNull());
    const QJsonObject pending = json.value(QLatin1String("pending")).toObject();
    QCOMPARE(pending.keys(), (QStringList{QStringLiteral("leadOnly"), QStringLiteral("mine"),
                                          QStringLiteral("others"), QStringLiteral("refused")}));
    QCOMPARE(pathsOf(pending.value(QLatin1String("mine")).toArray()),
             QStringList{QStringLiteral("notebooks/bob/intro.ipynb")});
    QCOMPARE(pathsOf(pending.value(QLatin1String("others")).toArray()),
             QStringList{QStringLiteral("notebooks/cy/intro.ipynb")});
    QCOMPARE(pathsOf(pending.value(QLatin1String("refused")).toArray()),
             QStringList{QStringLiteral("data/x.dvc")});
    QVERIFY(pending.value(QLatin1String("leadOnly")).toArray().isEmpty());
    QVERIFY(pending.value(QLatin1String("others"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("reason"))
                .toString()
                .startsWith(QStringLiteral("notebooks/cy/intro.ipynb belongs to cy")));
    const QJsonObject wouldDo = json.value(QLatin1String("wouldDo")).toObject();
    const QJsonArray commit = wouldDo.value(QLatin1String("commit")).toArray();
    QCOMPARE(commit.size(), 2); // my notebook and the set-aside copy of cy's
    QCOMPARE(commit.first().toString(), QStringLiteral("notebooks/bob/intro.ipynb"));
    QVERIFY(commit.last().toString().startsWith(QStringLiteral("notebooks/bob/set-aside/intro.")));
    QCOMPARE(pathsOf(wouldDo.value(QLatin1String("setAside")).toArray()),
             QStringList{QStringLiteral("notebooks/cy/intro.ipynb")});
    QCOMPARE(wouldDo.value(QLatin1String("refuse")).toInt(), 1);
    QCOMPARE(test::snapshotTree(team.clone(bob)), before);

    // After the sync: the last sync is there, and only the refused file is pending.
    const auto synced = test::runCli(QStringList{
        QStringLiteral("-w"), team.clone(bob), QStringLiteral("--as"), bob, QStringLiteral("--index"),
        team.root() + QStringLiteral("/local/bob/index.sqlite"), QStringLiteral("sync")});
    QCOMPARE(synced.exitCode, 1); // the refused file
    const auto after = test::runCli(statusArgs(team, bob));
    QCOMPARE(after.exitCode, 0);
    const QJsonObject last = after.json().value(QLatin1String("lastSync")).toObject();
    QCOMPARE(last.value(QLatin1String("result")).toString(),
             QStringLiteral("pushed ") + team.remoteHead().left(7));
    QVERIFY(last.value(QLatin1String("at")).toString().endsWith(u'Z'));
    const QJsonObject pendingAfter = after.json().value(QLatin1String("pending")).toObject();
    QVERIFY(pendingAfter.value(QLatin1String("mine")).toArray().isEmpty());
    QCOMPARE(pathsOf(pendingAfter.value(QLatin1String("refused")).toArray()),
             QStringList{QStringLiteral("data/x.dvc")});
}

void TestCliSyncStatus::fetchMovesBehind()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("new")));
    auto synced = team.sync(QStringLiteral("ada"));
    QVERIFY2(synced.ok(), qPrintable(test::syncMessage(synced)));
    const auto local = test::runCli(statusArgs(team, QStringLiteral("cy")));
    QCOMPARE(local.exitCode, 0);
    QCOMPARE(local.json().value(QLatin1String("behind")).toInt(-1), 0);
    const auto fetched = test::runCli(statusArgs(team, QStringLiteral("cy"), {QStringLiteral("--fetch")}));
    QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
    QCOMPARE(fetched.json().value(QLatin1String("fetched")).toBool(), true);
    QCOMPARE(fetched.json().value(QLatin1String("behind")).toInt(-1), 1);
    QCOMPARE(fetched.json().value(QLatin1String("ahead")).toInt(-1), 0);
    QCOMPARE(test::runGit(team.clone(QStringLiteral("cy")),
                          {QStringLiteral("rev-parse"), QStringLiteral("origin/main")}),
             team.remoteHead());
}

void TestCliSyncStatus::textAndErrors()
{
    GitTeam team;
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("t")));
    const auto text = test::runCli(statusArgs(team, QStringLiteral("bob"), {}, false));
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("branch main, remote origin (" + team.remote().toUtf8() + ")\n"),
             text.out.constData());
    QVERIFY(text.out.contains("ahead 0, behind 0 (as of the last fetch)\n"));
    QVERIFY(text.out.contains("last sync: never on this computer\n"));
    QVERIFY(text.out.contains("My notebooks and files (stripped and committed):\n"
                              "  notebooks/bob/intro.ipynb — stripped of outputs and committed\n"));
    QVERIFY(text.out.contains(
        "a sync now would commit 1 file(s), set aside 0, refuse 0, then fetch, merge and push "
        "to origin\n"));

    QCOMPARE(test::runCli(statusArgs(team, QStringLiteral("bob"), {QStringLiteral("extra")})).exitCode, 2);
    // The remote gone: --fetch says why (exit 4) and still reports the rest.
    QVERIFY(QDir().rename(team.remote(), team.remote() + QStringLiteral(".gone")));
    const auto offline = test::runCli(statusArgs(team, QStringLiteral("bob"), {QStringLiteral("--fetch")}));
    QCOMPARE(offline.exitCode, 4);
    QVERIFY2(offline.err.contains("does not exist"), offline.err.constData());
    QVERIFY(offline.json()
                .value(QLatin1String("fetchError"))
                .toString()
                .contains(QStringLiteral("does not exist")));
    QCOMPARE(
        pathsOf(
            offline.json().value(QLatin1String("pending")).toObject().value(QLatin1String("mine")).toArray()),
        QStringList{QStringLiteral("notebooks/bob/intro.ipynb")});
    // Not a member: usage error.
    auto notMember = statusArgs(team, QStringLiteral("bob"));
    notMember[3] = QStringLiteral("zed");
    QCOMPARE(test::runCli(notMember).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSyncStatus)
#include "tst_cli_syncstatus.moc"
