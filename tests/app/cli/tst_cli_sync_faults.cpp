// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli sync` under the faults of issue 12, as a user runs it: a full disk (a file-size limit on the
// process, and a real full tmpfs when root), a token in the remote's URL (terminal and activity log), a
// git:// remote (no keychain), a local remote path that is missing. Runs in a private keyring session
// (KEYCHAIN).
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "notebooks/NotebookStripper.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <optional>

#include <unistd.h>

using namespace ts;
using ts::test::CliOutput;
using ts::test::GitTeam;
using ts::test::makeNotebook;

namespace {

const QString kAda = QStringLiteral("ada");
const QString kBob = QStringLiteral("bob");
const QString kAdaNotebook = QStringLiteral("notebooks/ada/intro.ipynb");

// Stripped, a few KB: more than the file-size limit below.
QByteArray bigEdit()
{
    return makeNotebook(QStringLiteral("print('ada')\n").repeated(600), 30000);
}

QStringList syncArgs(const GitTeam& team, const QString& member, const QString& index)
{
    return {QStringLiteral("-w"),      team.clone(member),
            QStringLiteral("--as"),    member,
            QStringLiteral("--index"), index,
            QStringLiteral("sync")};
}

QString headOf(const GitTeam& team, const QString& member)
{
    return team.git(team.clone(member), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

QByteArray said(const CliOutput& run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out + "\nstderr: " + run.err;
}

} // namespace

class TestCliSyncFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void fullDiskByFileSizeLimit();
    void fullDiskOnRealTmpfs();
    void tokenInRemoteUrlIsNeitherPrintedNorLogged();
    void gitProtocolRemoteNeverAsksTheKeychain();
    void missingLocalRemoteIsNamed();
};

// The audit's `sync` after an edit on a full disk, without root: exit 4 naming the notebook, the edit kept,
// HEAD and the remote unchanged; the same sync with room again delivers the edit.
void TestCliSyncFaults::fullDiskByFileSizeLimit()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString index = team.root() + QStringLiteral("/local/ada/index.sqlite");
    QCOMPARE(test::runCli(syncArgs(team, kAda, index)).exitCode, 0); // local database and folders exist
    const QByteArray edited = bigEdit();
    team.write(kAda, kAdaNotebook, edited);
    const QString headBefore = headOf(team, kAda);
    const QString remoteBefore = team.remoteHead();

    test::CliOptions limited; // writes past 8 KiB fail with EFBIG, as on a full disk
    limited.fileSizeLimit = 8192;
    const CliOutput run = test::runCliWith(syncArgs(team, kAda, index), limited);
    QVERIFY2(run.exitCode == 4, said(run).constData());
    QVERIFY2(run.err.contains(kAdaNotebook.toUtf8()), said(run).constData());
    QVERIFY2(run.err.contains("file too large"), said(run).constData());
    QVERIFY2(!run.out.contains("synced"), said(run).constData());
    QCOMPARE(team.read(kAda, kAdaNotebook), edited);
    QCOMPARE(headOf(team, kAda), headBefore);
    QCOMPARE(team.remoteHead(), remoteBefore);

    const CliOutput again = test::runCli(syncArgs(team, kAda, index));
    QVERIFY2(again.exitCode == 0, said(again).constData());
    QCOMPARE(team.remoteFile(kAdaNotebook), *nb::stripNotebookBytes(edited, team.manifest().policies.strip));
}

// The same with the clone on a real, full 4 MiB tmpfs (root only); the local database is on another disk.
void TestCliSyncFaults::fullDiskOnRealTmpfs()
{
    if (::geteuid() != 0)
        QSKIP("not root: cannot mount a tmpfs (fullDiskByFileSizeLimit covers a full disk without root)");
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=4m"), QStringLiteral("tmpfs"), mountPoint.path()}) != 0)
        QSKIP("mount -t tmpfs was refused (a container without CAP_SYS_ADMIN?)");
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path}); }
    } unmount{mountPoint.path()};

    std::optional<GitTeam> team;
    {
        const QByteArray old = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(mountPoint.path()));
        team.emplace(QStringList{kAda, kBob});
        qputenv("TMPDIR", old);
    }
    QVERIFY2(team->ok(), qPrintable(team->error()));
    QTemporaryDir local;
    const QString index = local.path() + QStringLiteral("/index.sqlite");
    QCOMPARE(test::runCli(syncArgs(*team, kAda, index)).exitCode, 0);
    const QByteArray edited = bigEdit();
    team->write(kAda, kAdaNotebook, edited);
    const QString headBefore = headOf(*team, kAda);
    const QString remoteBefore = team->remoteHead();
    {
        QFile filler(mountPoint.path() + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray chunk(4096, 'f');
        while (filler.write(chunk) == chunk.size()) {
        }
        while (filler.write("f", 1) == 1) {
        }
    }

    const CliOutput run = test::runCli(syncArgs(*team, kAda, index));
    QVERIFY2(run.exitCode == 4, said(run).constData());
    QVERIFY2(run.err.contains("no space left"), said(run).constData());
    QVERIFY2(run.err.contains(kAdaNotebook.toUtf8()), said(run).constData());
    QCOMPARE(team->read(kAda, kAdaNotebook), edited);
    QCOMPARE(headOf(*team, kAda), headBefore);
    QCOMPARE(team->remoteHead(), remoteBefore);

    QVERIFY(QFile::remove(mountPoint.path() + QStringLiteral("/filler")));
    const CliOutput again = test::runCli(syncArgs(*team, kAda, index));
    QVERIFY2(again.exitCode == 0, said(again).constData());
    QCOMPARE(team->remoteFile(kAdaNotebook),
             *nb::stripNotebookBytes(edited, team->manifest().policies.strip));
    team.reset();
}

// `https://user:token@host/…` as the remote: the failure names the remote without the token, on the terminal
// and in the activity log (and the token is in no file of the local data folder).
void TestCliSyncFaults::tokenInRemoteUrlIsNeitherPrintedNorLogged()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString index = team.root() + QStringLiteral("/local/ada/index.sqlite");
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    team.git(team.clone(kAda), {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                                QStringLiteral("http://ana:s3cr3t-T0KEN@127.0.0.1:1/team.git")});
    team.write(kAda, kAdaNotebook, bigEdit());
    for (const bool json : {false, true}) {
        QStringList args = syncArgs(team, kAda, index);
        if (json)
            args.prepend(QStringLiteral("--json"));
        const CliOutput run = test::runCli(args);
        QVERIFY2(run.exitCode == 4, said(run).constData());
        QVERIFY2(run.err.contains("127.0.0.1:1"), said(run).constData()); // it got as far as the network
        QVERIFY2(!run.err.contains("s3cr3t") && !run.out.contains("s3cr3t"), said(run).constData());
        QVERIFY2(run.err.contains("http://***@127.0.0.1:1/team.git"), said(run).constData());
    }
    auto db = db::openLocalDatabase(index);
    QVERIFY(db.ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    int failures = 0;
    for (const ActivityEntry& entry : *entries) {
        QVERIFY2(!entry.detail.contains(QLatin1String("s3cr3t")), qPrintable(entry.detail));
        failures += entry.action == QLatin1String("sync.fail");
    }
    QCOMPARE(failures, 2);
    QDirIterator it(team.root() + QStringLiteral("/local"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QVERIFY2(!test::readFile(file).contains("s3cr3t"), qPrintable(file));
    }
}

// git:// has no authentication: the keychain is not asked (here it could not even be reached), the sync fails
// on the network with the remote named.
void TestCliSyncFaults::gitProtocolRemoteNeverAsksTheKeychain()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString index = team.root() + QStringLiteral("/local/ada/index.sqlite");
    team.git(team.clone(kAda), {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                                QStringLiteral("git://127.0.0.1:1/team.git")});
    test::CliOptions noBus;
    noBus.environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=/nonexistent/bus"));
    const CliOutput run = test::runCliWith(syncArgs(team, kAda, index), noBus);
    QVERIFY2(run.exitCode == 4, said(run).constData());
    QVERIFY2(!run.err.contains("keychain"), said(run).constData());
    QVERIFY2(run.err.contains("git://127.0.0.1:1/team.git"), said(run).constData());
}

void TestCliSyncFaults::missingLocalRemoteIsNamed()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString index = team.root() + QStringLiteral("/local/ada/index.sqlite");
    const QString missing = team.root() + QStringLiteral("/unmounted/team.git");
    team.git(team.clone(kAda),
             {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), missing});
    const CliOutput run = test::runCli(syncArgs(team, kAda, index));
    QVERIFY2(run.exitCode == 4, said(run).constData());
    QVERIFY2(!run.err.contains("unsupported URL protocol"), said(run).constData());
    QVERIFY2(run.err.contains((missing + QStringLiteral(" does not exist")).toUtf8()), said(run).constData());
    QVERIFY2(run.err.contains("git remote set-url origin"), said(run).constData());
}

QTEST_GUILESS_MAIN(TestCliSyncFaults)
#include "tst_cli_sync_faults.moc"
