// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli sync` end to end against a local bare remote: the JSON of CLI.md, exit codes, the activity
// log, stale locks, and kill -9 at named points of the job followed by a sync that finishes it.
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "notebooks/NotebookStripper.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <utime.h>

using namespace ts;
using ts::test::GitTeam;
using ts::test::makeNotebook;

namespace {

QByteArray stripped(const QByteArray& notebook)
{
    return *nb::stripNotebookBytes(notebook, test::teamManifest().policies.strip);
}

QStringList syncArgs(const GitTeam& team, const QString& member, const QStringList& extra = {})
{
    return team.cliArgs(member) + QStringList{QStringLiteral("sync")} + extra;
}

// Starts the CLI with the test seam set to pause at `point`, waits until it says it is there, kills it (-9).
bool killAt(const GitTeam& team, const QString& member, const QString& point)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEAMSPACE_TEST_SYNC_PAUSE_AT"), point);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEAMSPACE_CLI_PATH), syncArgs(team, member));
    QByteArray err;
    const QByteArray marker = "teamspace-test: paused at " + point.toUtf8();
    for (int i = 0; i < 300 && !err.contains(marker); ++i) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (!err.contains(marker)) {
        qWarning("CLI never reached %s: %s", qPrintable(point), err.constData());
        process.kill();
        process.waitForFinished();
        return false;
    }
    process.kill(); // SIGKILL: no cleanup of any kind runs
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit;
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void jsonReportAndActivityLog();
    void dryRunChangesNothing();
    void refusedFilesExitOne();
    void killedAfterCommitIsCompleted();
    void killedDuringPushIsCompleted();
    void killedDuringMergeIsCompleted();
    void freshForeignLockIsReportedWithAge();
};

void TestCliSync::jsonReportAndActivityLog()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("ada 2")));
    QCOMPARE(test::runCli(syncArgs(team, QStringLiteral("ada"))).exitCode, 0);
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("bob 2"), 4000));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("bob meddles")));
    const auto run = test::runCli(
        syncArgs(team, QStringLiteral("bob"), {QStringLiteral("--message"), QStringLiteral("Bob's work")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.jsonValid());
    const QJsonObject json = run.json();
    const QJsonArray setAside = json.value(QLatin1String("setAside")).toArray();
    QCOMPARE(setAside.size(), 1);
    const QString copy = setAside[0].toObject().value(QLatin1String("copy")).toString();
    QCOMPARE(setAside[0].toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("notebooks/ada/intro.ipynb"));
    QVERIFY(copy.startsWith(QLatin1String("notebooks/bob/set-aside/intro.")));
    QStringList committed;
    for (const QJsonValue& v : json.value(QLatin1String("committed")).toArray())
        committed << v.toString();
    QCOMPARE(committed, (QStringList{QStringLiteral("notebooks/bob/intro.ipynb"), copy}));
    QCOMPARE(json.value(QLatin1String("pulled")).toArray(),
             QJsonArray{QStringLiteral("notebooks/ada/intro.ipynb")});
    QCOMPARE(json.value(QLatin1String("pushed")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("remoteHead")).toString(), team.remoteHead());
    QCOMPARE(
        team.git(team.remote(), {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("-1"),
                                 QStringLiteral("--first-parent"), QStringLiteral("main~1")}),
        QStringLiteral("Bob's work"));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/ada/intro.ipynb")),
             stripped(makeNotebook(QStringLiteral("ada 2"))));

    auto db = db::openLocalDatabase(team.index(QStringLiteral("bob")));
    QVERIFY(db.ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    QStringList actions;
    for (const ActivityEntry& entry : *entries) {
        QCOMPARE(entry.actor, QStringLiteral("bob"));
        actions.prepend(entry.action + u' ' + entry.path);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("sync.commit notebooks/bob/intro.ipynb"),
                                   QStringLiteral("sync.commit ") + copy,
                                   QStringLiteral("sync.set-aside notebooks/ada/intro.ipynb"),
                                   QStringLiteral("sync.pull notebooks/ada/intro.ipynb"),
                                   QStringLiteral("sync.push ")}));
}

void TestCliSync::dryRunChangesNothing()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"),
               makeNotebook(QStringLiteral("bob 2"), 4000));
    const auto before = test::snapshotTree(team.clone(QStringLiteral("bob")));
    const auto run = test::runCli(syncArgs(team, QStringLiteral("bob"), {QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QLatin1String("committed")).toArray(),
             QJsonArray{QStringLiteral("notebooks/bob/intro.ipynb")});
    QCOMPARE(run.json().value(QLatin1String("pushed")).toBool(), false);
    QCOMPARE(run.json().value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(test::snapshotTree(team.clone(QStringLiteral("bob"))), before);
    QVERIFY(!QFile::exists(team.index(QStringLiteral("bob")))); // not even the local database was created
}

void TestCliSync::refusedFilesExitOne()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("bob"), QStringLiteral("model.bin"),
               "version https://git-lfs.github.com/spec/v1\noid sha256:1\nsize 9\n");
    team.write(QStringLiteral("bob"), QStringLiteral("notes.txt"), "fine\n");
    const auto run = test::runCli(syncArgs(team, QStringLiteral("bob")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("refused: model.bin is a Git LFS pointer"), run.err.constData());
    QCOMPARE(run.json().value(QLatin1String("refused")).toArray().size(), 1);
    QCOMPARE(run.json().value(QLatin1String("pushed")).toBool(), true);
    QCOMPARE(team.remoteFile(QStringLiteral("notes.txt")), QByteArray("fine\n"));
    QVERIFY(!team.remoteFiles().contains(QStringLiteral("model.bin")));
}

void TestCliSync::killedAfterCommitIsCompleted()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    const QByteArray edit = makeNotebook(QStringLiteral("bob after-commit"), 2000);
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"), edit);
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("meddle")));
    const QString remoteBefore = team.remoteHead();
    QVERIFY(killAt(team, QStringLiteral("bob"), QStringLiteral("after-commit")));
    QCOMPARE(team.remoteHead(), remoteBefore); // nothing pushed yet
    QVERIFY(QFile::exists(team.root() + QStringLiteral("/local/bob/sync-journal.json")));
    // A lock left behind by the killed process (as a kill inside an index write would leave it): ours, stale.
    test::writeFile(team.clone(QStringLiteral("bob")) + QStringLiteral("/.git/index.lock"), "");

    const auto run = test::runCli(syncArgs(team, QStringLiteral("bob")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value(QLatin1String("resumed")).toBool());
    const QString notes = QJsonDocument(run.json().value(QLatin1String("notes")).toArray()).toJson();
    QVERIFY2(notes.contains(QLatin1String("removed stale index.lock")), qPrintable(notes));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/bob/intro.ipynb")), stripped(edit));
    int copies = 0;
    for (const QString& path : team.remoteFiles())
        copies += path.startsWith(QLatin1String("notebooks/bob/set-aside/")) ? 1 : 0;
    QCOMPARE(copies, 1);
    QCOMPARE(run.json().value(QLatin1String("remoteHead")).toString(), team.remoteHead());
    QVERIFY(!QFile::exists(team.root() + QStringLiteral("/local/bob/sync-journal.json")));
    QCOMPARE(team.git(team.clone(QStringLiteral("bob")),
                      {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
}

void TestCliSync::killedDuringPushIsCompleted()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    const QByteArray edit = makeNotebook(QStringLiteral("bob during-push"), 2000);
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"), edit);
    QVERIFY(killAt(team, QStringLiteral("bob"), QStringLiteral("during-push")));
    const auto run = test::runCli(syncArgs(team, QStringLiteral("bob")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/bob/intro.ipynb")), stripped(edit));
    QCOMPARE(run.json().value(QLatin1String("remoteHead")).toString(), team.remoteHead());
    QCOMPARE(
        team.git(team.clone(QStringLiteral("bob")), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
        team.remoteHead());
    QCOMPARE(team.git(team.remote(), {QStringLiteral("fsck"), QStringLiteral("--no-progress")}), QString());
}

void TestCliSync::killedDuringMergeIsCompleted()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY(team.ok());
    const QByteArray adas = makeNotebook(QStringLiteral("ada first"));
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"), adas);
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/more.ipynb"),
               makeNotebook(QStringLiteral("ada more")));
    QCOMPARE(test::runCli(syncArgs(team, QStringLiteral("ada"))).exitCode, 0);
    const QByteArray bobs = makeNotebook(QStringLiteral("bob second"));
    team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/intro.ipynb"), bobs);
    // Killed after the merge commit exists and the journal says "merging", before the tree and ref move.
    QVERIFY(killAt(team, QStringLiteral("bob"), QStringLiteral("during-merge")));
    QVERIFY(!QFile::exists(team.clone(QStringLiteral("bob")) + QStringLiteral("/notebooks/ada/more.ipynb")));
    const auto run = test::runCli(syncArgs(team, QStringLiteral("bob")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value(QLatin1String("resumed")).toBool());
    // Ada's files are in Bob's tree and were not taken for Bob's edits (nothing committed twice, nothing
    // reverted).
    QCOMPARE(team.read(QStringLiteral("bob"), QStringLiteral("notebooks/ada/intro.ipynb")), stripped(adas));
    QVERIFY(QFile::exists(team.clone(QStringLiteral("bob")) + QStringLiteral("/notebooks/ada/more.ipynb")));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/ada/intro.ipynb")), stripped(adas));
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/bob/intro.ipynb")), stripped(bobs));
    QVERIFY(run.json().value(QLatin1String("setAside")).toArray().isEmpty());
    QCOMPARE(team.git(team.clone(QStringLiteral("bob")),
                      {QStringLiteral("status"), QStringLiteral("--porcelain")}),
             QString());
}

void TestCliSync::freshForeignLockIsReportedWithAge()
{
    GitTeam team({QStringLiteral("ada")});
    QVERIFY(team.ok());
    team.write(QStringLiteral("ada"), QStringLiteral("notebooks/ada/intro.ipynb"),
               makeNotebook(QStringLiteral("x")));
    const QString lock = team.clone(QStringLiteral("ada")) + QStringLiteral("/.git/index.lock");
    test::writeFile(lock, "");
    const auto before = test::snapshotTree(team.clone(QStringLiteral("ada")));
    const auto run = test::runCli(syncArgs(team, QStringLiteral("ada")));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("index.lock: another git process may be working here (lock ") &&
                 run.err.contains(" s old"),
             run.err.constData());
    QCOMPARE(test::snapshotTree(team.clone(QStringLiteral("ada"))), before);

    // The same lock eleven minutes old, held by nobody: provably stale, removed, and the sync goes on.
    const qint64 old = QDateTime::currentSecsSinceEpoch() - 11 * 60;
    utimbuf times{static_cast<time_t>(old), static_cast<time_t>(old)};
    QCOMPARE(::utime(QFile::encodeName(lock).constData(), &times), 0);
    const auto again = test::runCli(syncArgs(team, QStringLiteral("ada")));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(!QFile::exists(lock));
    QVERIFY(QJsonDocument(again.json().value(QLatin1String("notes")).toArray())
                .toJson()
                .contains("older than 10 minutes"));

    // A lock some process holds open is never removed, however old.
    test::writeFile(lock, "");
    QFile held(lock);
    QVERIFY(held.open(QIODevice::ReadOnly));
    QCOMPARE(::utime(QFile::encodeName(lock).constData(), &times), 0);
    const auto heldRun = test::runCli(syncArgs(team, QStringLiteral("ada")));
    QCOMPARE(heldRun.exitCode, 4);
    QVERIFY2(heldRun.err.contains("held open by process " +
                                  QByteArray::number(QCoreApplication::applicationPid())),
             heldRun.err.constData());
    QVERIFY(QFile::exists(lock));
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
