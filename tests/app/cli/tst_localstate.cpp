// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Local state and the shared folder as the real teamspace-cli sees them: two repositories whose manifests
// carry the same workspace id keep their state apart; the local database and settings are private (0600 in
// 0700 folders); the read-only commands work on a read-only index folder; `raw baseline` and `raw protect`
// fail (exit 4) on folders they cannot read, listing them; an unmounted or emptied shared folder is not
// scanned as empty nor given a layout on the local disk.
#include "db/LocalDatabase.h"
#include "db/LocalPaths.h"
#include "workspace/LocalSettings.h"
#include "workspace/Manifest.h"

#include "CliRunner.h"
#include "TestEnv.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using test::runCli;

namespace {

constexpr uid_t kNobody = 65534;
constexpr int kCannotSwitchUser = 125;

QByteArray path8(const QString& path)
{
    return QFile::encodeName(path);
}

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::lstat(path8(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QChar(u'0'));
}

QString describe(const test::CliOutput& output)
{
    return QStringLiteral("exit %1, stderr: %2").arg(output.exitCode).arg(QString::fromUtf8(output.err));
}

// Evaluates `expression` (which may run a command) once.
#define VERIFY_EXIT(expression, code)                                                                        \
    do {                                                                                                     \
        const test::CliOutput checked_ = (expression);                                                       \
        QVERIFY2(checked_.exitCode == (code), qPrintable(describe(checked_)));                               \
    } while (false)

#define COMPARE_MODE(path, mode)                                                                             \
    QVERIFY2(                                                                                                \
        modeOf(path) == (mode),                                                                              \
        qPrintable(QStringLiteral("%1: mode %2, expected %3").arg(path, octal(modeOf(path)), octal(mode))))

QStringList initArgs(const QString& repo, const QString& root, const QString& name)
{
    return {QStringLiteral("-w"),
            repo,
            QStringLiteral("--root"),
            root,
            QStringLiteral("init"),
            QStringLiteral("--name"),
            name,
            QStringLiteral("--lead"),
            QStringLiteral("ana"),
            QStringLiteral("--lead-name"),
            QStringLiteral("Ana"),
            QStringLiteral("--lead-email"),
            QStringLiteral("ana@example.org")};
}

// Runs the CLI as uid/gid 65534 (nobody) with no supplementary groups, for what root cannot be denied.
// Exit kCannotSwitchUser when the switch is not permitted.
test::CliOutput runAsNobody(const QStringList& args, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        if (::getuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(kCannotSwitchUser);
    });
    process.start(QStringLiteral(TEAMSPACE_CLI_PATH), args);
    test::CliOutput result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void chownTree(const QString& top, uid_t uid)
{
    ::lchown(path8(top).constData(), uid, uid);
    QDirIterator it(top, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ::lchown(path8(it.next()).constData(), uid, uid);
}

// A workspace for the raw-data checks: repository, shared folder with raw files, local index and HOME, all in
// one temporary folder that nobody may enter; a raw sub-folder `secret` that only its owner may read.
struct RawWorkspace
{
    QTemporaryDir dir;
    QString repo = dir.filePath(QStringLiteral("repo"));
    QString root = dir.filePath(QStringLiteral("root"));
    QString raw = root + QStringLiteral("/data/raw");
    QString index = dir.filePath(QStringLiteral("local/index.sqlite"));
    QString home = dir.filePath(QStringLiteral("home"));

    RawWorkspace()
    {
        ::chmod(path8(dir.path()).constData(), 0755);
        QDir().mkpath(home);
        QDir().mkpath(root);
        const auto init = runCli(initArgs(repo, root, QStringLiteral("Raw team")) +
                                 QStringList{QStringLiteral("--index"), index});
        if (init.exitCode != 0)
            qFatal("init failed: %s", init.err.constData());
        test::writeFile(raw + QStringLiteral("/a.csv"), "id,value\n1,2\n");
        test::writeFile(raw + QStringLiteral("/secret/hidden.csv"), "s\n");
        test::writeFile(raw + QStringLiteral("/secret/deeper/more.csv"), "m\n");
    }

    QStringList global() const
    {
        return {QStringLiteral("-w"),      repo,  QStringLiteral("-r"),   root,
                QStringLiteral("--index"), index, QStringLiteral("--as"), QStringLiteral("ana")};
    }

    // Everything belongs to nobody except `secret`, which root keeps to itself (0700). A non-root developer
    // runs the CLI as themself with `secret` at 0000 instead.
    void lockSecret()
    {
        if (::getuid() == 0) {
            chownTree(dir.path(), kNobody);
            chownTree(raw + QStringLiteral("/secret"), 0);
            ::chmod(path8(raw + QStringLiteral("/secret")).constData(), 0700);
        } else {
            ::chmod(path8(raw + QStringLiteral("/secret")).constData(), 0);
        }
    }
    void unlockSecret() { ::chmod(path8(raw + QStringLiteral("/secret")).constData(), 0755); }

    test::CliOutput runUnprivileged(const QStringList& args) const
    {
        return runAsNobody(global() + args, home);
    }
};

// A mount that is always undone.
struct Mount
{
    QString target;
    bool mounted = false;
    ~Mount() { unmount(); }
    void unmount()
    {
        if (mounted && ::umount2(path8(target).constData(), MNT_DETACH) == 0)
            mounted = false;
    }
};

} // namespace

class TestLocalState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void sameIdInTwoRepositoriesKeepsStateApart();
    void localStateIsPrivate();
    void readOnlyCommandsWorkOnAReadOnlyIndexFolder();
    void baselineRefusesAnUnreadableFolder();
    void protectFailsOnAnUnreadableFolder();
    void unmountedShareIsNotScannedOrLaidOut();
    void emptiedShareIsRefusedUntilAccepted();
};

void TestLocalState::sameIdInTwoRepositoriesKeepsStateApart()
{
    QTemporaryDir dir;
    const QString repoA = dir.filePath(QStringLiteral("team-a"));
    const QString rootA = dir.filePath(QStringLiteral("share-a"));
    const QString repoB = dir.filePath(QStringLiteral("team-b"));
    QDir().mkpath(rootA);
    VERIFY_EXIT(runCli(initArgs(repoA, rootA, QStringLiteral("Team A"))), 0);

    // Team B starts from a copy of A's manifest (same id) with a folder of its own in the layout.
    auto manifest = loadManifest(repoA);
    QVERIFY(manifest);
    manifest->name = QStringLiteral("Team B");
    manifest->layout << LayoutFolder{
        QStringLiteral("team-b-only"), FolderRole::Shared, FolderLocation::Root, false, {}};
    QDir().mkpath(repoB);
    QVERIFY(saveManifest(*manifest, repoB));

    const auto applied =
        runCli({QStringLiteral("-w"), repoB, QStringLiteral("layout"), QStringLiteral("apply")});
    // B has no shared folder remembered: refused (never A's, and never B's repository either, issue 17).
    VERIFY_EXIT(applied, 2);
    QVERIFY2(applied.err.contains("config root"), applied.err.constData());
    QVERIFY2(!QFileInfo::exists(rootA + QStringLiteral("/team-b-only")),
             "team B's layout apply created a folder in team A's shared folder");
    QVERIFY(!QFileInfo::exists(repoB + QStringLiteral("/team-b-only")));

    // Nor A's identity, nor A's database (activity log).
    const auto who =
        runCli({QStringLiteral("-w"), repoB, QStringLiteral("raw"), QStringLiteral("unprotect")});
    VERIFY_EXIT(who, 2);
    QVERIFY2(who.err.contains("who are you"), who.err.constData());
    const auto activity =
        runCli({QStringLiteral("-w"), repoB, QStringLiteral("--json"), QStringLiteral("activity")});
    VERIFY_EXIT(activity, 0);
    for (const QJsonValue& entry : activity.json().value(QStringLiteral("entries")).toArray())
        QVERIFY2(entry.toObject().value(QStringLiteral("action")).toString() !=
                     QStringLiteral("workspace.init"),
                 "team B's activity log is team A's");

    // A keeps its state: its remembered shared folder and its log.
    const auto checkA =
        runCli({QStringLiteral("-w"), repoA, QStringLiteral("layout"), QStringLiteral("check")});
    VERIFY_EXIT(checkA, 0);
    const auto activityA =
        runCli({QStringLiteral("-w"), repoA, QStringLiteral("--json"), QStringLiteral("activity")});
    QVERIFY(activityA.json().value(QStringLiteral("entries")).toArray().size() > 0);

    const QString canonicalA = QFileInfo(repoA).canonicalFilePath();
    const QString canonicalB = QFileInfo(repoB).canonicalFilePath();
    const QString keyA = LocalSettings::stateKey(manifest->id, canonicalA);
    const QString keyB = LocalSettings::stateKey(manifest->id, canonicalB);
    QCOMPARE(keyA, manifest->id);
    QVERIFY(keyB.startsWith(manifest->id + u'~'));
    QCOMPARE(LocalSettings::repositoryOf(keyA), canonicalA);
    QCOMPARE(LocalSettings::repositoryOf(keyB), canonicalB);
    QCOMPARE(LocalSettings::rootPath(keyA), QFileInfo(rootA).canonicalFilePath());
    QVERIFY(LocalSettings::rootPath(keyB).isEmpty());
}

void TestLocalState::localStateIsPrivate()
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString root = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(root);
    test::writeFile(root + QStringLiteral("/data/raw/a.csv"), "a\n");
    VERIFY_EXIT(runCli(initArgs(repo, root, QStringLiteral("Private"))), 0);
    VERIFY_EXIT(runCli({QStringLiteral("-w"), repo, QStringLiteral("scan")}), 0);

    const QString canonical = QFileInfo(repo).canonicalFilePath();
    const QString key = LocalSettings::stateKey(loadManifest(repo)->id, canonical);
    QString database;
    QDirIterator it(QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME")), {QStringLiteral("index.sqlite")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString found = it.next();
        if (found.endsWith(QStringLiteral("/workspaces/") + key + QStringLiteral("/index.sqlite")))
            database = found;
    }
    QVERIFY2(!database.isEmpty(), "the default local database was not found under XDG_DATA_HOME");
    const QString folder = QFileInfo(database).absolutePath();
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(QFileInfo(folder).absolutePath(), 0700); // workspaces/
    COMPARE_MODE(database, 0600);
    // The file index is a cache: under XDG_CACHE_HOME, same key, private too (db/LocalPaths.h).
    const QString fileIndex = db::fileIndexPathFor(database);
    QCOMPARE(fileIndex, QString::fromLocal8Bit(qgetenv("XDG_CACHE_HOME")) + QStringLiteral("/teamspace/workspaces/") +
                            key + QStringLiteral("/index.files.sqlite"));
    COMPARE_MODE(fileIndex, 0600);
    COMPARE_MODE(QFileInfo(fileIndex).absolutePath(), 0700);
    COMPARE_MODE(LocalSettings::fileName(), 0600);
    COMPARE_MODE(QFileInfo(LocalSettings::fileName()).absolutePath(), 0700);

    // SQLite's journals take the database's mode: hold a write open and look at them.
    {
        auto db = db::openLocalDatabase(database);
        QVERIFY(db);
        QVERIFY(db->exec("CREATE TABLE IF NOT EXISTS probe(x); INSERT INTO probe VALUES(1);"));
        QVERIFY(QFileInfo::exists(database + QStringLiteral("-wal")));
        COMPARE_MODE(database + QStringLiteral("-wal"), 0600);
        COMPARE_MODE(database + QStringLiteral("-shm"), 0600);
    }

    // State an older version left world-readable is made private by the next command.
    QCOMPARE(::chmod(path8(database).constData(), 0644), 0);
    QCOMPARE(::chmod(path8(folder).constData(), 0755), 0);
    QCOMPARE(::chmod(path8(LocalSettings::fileName()).constData(), 0644), 0);
    VERIFY_EXIT(runCli({QStringLiteral("-w"), repo, QStringLiteral("scan")}), 0);
    COMPARE_MODE(database, 0600);
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(LocalSettings::fileName(), 0600);
}

void TestLocalState::readOnlyCommandsWorkOnAReadOnlyIndexFolder()
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString root = dir.filePath(QStringLiteral("share"));
    const QString local = dir.filePath(QStringLiteral("local"));
    const QString readOnly = dir.filePath(QStringLiteral("local-ro"));
    QDir().mkpath(root);
    QDir().mkpath(readOnly);
    VERIFY_EXIT(runCli(initArgs(repo, root, QStringLiteral("Read-only")) +
                       QStringList{QStringLiteral("--index"), local + QStringLiteral("/index.sqlite")}),
                0);
    test::writeFile(root + QStringLiteral("/results/ana/big.bin"), QByteArray(5000, 'b'));
    test::writeFile(root + QStringLiteral("/data/raw/r.csv"), QByteArray(700, 'r'));
    const QStringList global{QStringLiteral("-w"), repo, QStringLiteral("-r"), root};
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("--index"),
                                            local + QStringLiteral("/index.sqlite"), QStringLiteral("scan")}),
                0);

    const QList<QStringList> commands = {
        {QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("member")},
        {QStringLiteral("--json"), QStringLiteral("largest")},
        {QStringLiteral("--json"), QStringLiteral("hazards")},
        {QStringLiteral("--json"), QStringLiteral("growth")},
        {QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("verify"),
         QStringLiteral("--local")},
    };
    VERIFY_EXIT(
        runCli(global + QStringList{QStringLiteral("--index"), local + QStringLiteral("/index.sqlite"),
                                    QStringLiteral("raw"), QStringLiteral("baseline")}),
        0);
    QList<test::CliOutput> writable;
    for (const QStringList& command : commands)
        writable << runCli(global +
                           QStringList{QStringLiteral("--index"), local + QStringLiteral("/index.sqlite")} +
                           command);

    // The same folder, read-only: a read-only bind mount as root (chmod stops nobody who is root), or
    // chmod 0555 for anyone else.
    Mount mount{readOnly};
    QString index;
    if (::getuid() == 0) {
        if (::mount(path8(local).constData(), path8(readOnly).constData(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP(
                "cannot bind-mount here (no CAP_SYS_ADMIN in this container): the read-only folder needs it");
        mount.mounted = true;
        if (::mount(nullptr, path8(readOnly).constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY,
                    nullptr) != 0)
            QSKIP("cannot remount the bind mount read-only here");
        index = readOnly + QStringLiteral("/index.sqlite");
        QVERIFY(::access(path8(readOnly).constData(), W_OK) != 0);
    } else {
        QCOMPARE(::chmod(path8(local).constData(), 0555), 0);
        index = local + QStringLiteral("/index.sqlite");
    }
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const auto output = runCli(global + QStringList{QStringLiteral("--index"), index} + commands.at(i));
        QVERIFY2(output.exitCode == writable.at(i).exitCode,
                 qPrintable(QStringLiteral("%1: exit %2 (writable folder: %3), stderr: %4")
                                .arg(commands.at(i).join(u' '))
                                .arg(output.exitCode)
                                .arg(writable.at(i).exitCode)
                                .arg(QString::fromUtf8(output.err))));
        QCOMPARE(output.out, writable.at(i).out);
    }
    QVERIFY(!QFileInfo::exists(index + QStringLiteral("-wal")));
    if (::getuid() != 0)
        ::chmod(path8(local).constData(), 0755);
}

void TestLocalState::baselineRefusesAnUnreadableFolder()
{
    RawWorkspace ws;
    // A first, complete baseline: the proof the refused run must leave as it is.
    VERIFY_EXIT(runCli(ws.global() + QStringList{QStringLiteral("raw"), QStringLiteral("baseline")}), 0);
    const QString file = ws.repo + QStringLiteral("/raw-baseline.json");
    const QByteArray published = test::readFile(file);
    QVERIFY(published.contains("data/raw/secret/hidden.csv"));
    test::writeFile(ws.raw + QStringLiteral("/later.csv"), "new\n");

    ws.lockSecret();
    const auto output = ws.runUnprivileged({QStringLiteral("raw"), QStringLiteral("baseline")});
    ws.unlockSecret();
    if (output.exitCode == kCannotSwitchUser)
        QSKIP("cannot switch to uid 65534 here (needed: root reads every folder)");
    VERIFY_EXIT(output, 4);
    QVERIFY2(output.err.contains("error: data/raw/secret: "), output.err.constData());
    QVERIFY2(output.err.contains("nothing was written, raw-baseline.json is unchanged"),
             output.err.constData());
    QCOMPARE(test::readFile(file), published);
}

void TestLocalState::protectFailsOnAnUnreadableFolder()
{
    RawWorkspace ws;
    ws.lockSecret();
    const auto output =
        ws.runUnprivileged({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("protect")});
    ws.unlockSecret();
    if (output.exitCode == kCannotSwitchUser)
        QSKIP("cannot switch to uid 65534 here (needed: root reads and changes every folder)");
    VERIFY_EXIT(output, 4);
    QVERIFY2(output.err.contains("error: data/raw/secret: "), output.err.constData());
    QVERIFY2(output.err.contains("not read-only"), output.err.constData());
    const QJsonArray errors = output.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("data/raw/secret"));
    // What it could reach is protected.
    QCOMPARE(modeOf(ws.raw + QStringLiteral("/a.csv")) & 0222, 0);
}

void TestLocalState::unmountedShareIsNotScannedOrLaidOut()
{
    if (::getuid() != 0)
        QSKIP("mounting a tmpfs needs root; emptiedShareIsRefusedUntilAccepted covers the rule without it");
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString share = dir.filePath(QStringLiteral("mnt/share"));
    const QString index = dir.filePath(QStringLiteral("local/index.sqlite"));
    QDir().mkpath(share);
    Mount mount{share};
    if (::mount("tmpfs", path8(share).constData(), "tmpfs", 0, "size=4m") != 0)
        QSKIP("mounting a tmpfs is not permitted here (no CAP_SYS_ADMIN)");
    mount.mounted = true;
    VERIFY_EXIT(runCli(initArgs(repo, share, QStringLiteral("Mounted")) +
                       QStringList{QStringLiteral("--index"), index}),
                0);
    test::writeFile(share + QStringLiteral("/results/ana/run.bin"), QByteArray(3000, 'r'));
    const QStringList global{QStringLiteral("-w"),      repo, QStringLiteral("-r"), share,
                             QStringLiteral("--index"), index};
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("scan")}), 0);

    mount.unmount();
    QVERIFY(!mount.mounted);
    QVERIFY(QDir(share).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    const auto scan = runCli(global + QStringList{QStringLiteral("scan")});
    VERIFY_EXIT(scan, 3);
    QVERIFY2(scan.err.contains("the shared folder looks unmounted"), scan.err.constData());
    QVERIFY2(scan.err.contains("now it is empty"), scan.err.constData());
    QVERIFY2(scan.err.contains("--accept-empty-root"), scan.err.constData());
    const auto usage = runCli(global + QStringList{QStringLiteral("--json"), QStringLiteral("usage"),
                                                   QStringLiteral("--by"), QStringLiteral("member")});
    VERIFY_EXIT(usage, 0); // the last scan's figures are still there
    QCOMPARE(qint64(usage.json()
                        .value(QStringLiteral("members"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("bytes"))
                        .toDouble()),
             3000);

    const auto apply = runCli(global + QStringList{QStringLiteral("layout"), QStringLiteral("apply")});
    VERIFY_EXIT(apply, 3);
    QVERIFY2(apply.err.contains("the shared folder looks unmounted"), apply.err.constData());
    QVERIFY(QDir(share).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A stray file in the mount point (a README left there): another device, none of the scanned folders.
    test::writeFile(share + QStringLiteral("/MOUNT-THE-SHARE-HERE.txt"), "see the wiki\n");
    const auto stray = runCli(global + QStringList{QStringLiteral("scan")});
    VERIFY_EXIT(stray, 3);
    QVERIFY2(stray.err.contains("now it is on device") && stray.err.contains("none of them is there"),
             stray.err.constData());
    QVERIFY(QFile::remove(share + QStringLiteral("/MOUNT-THE-SHARE-HERE.txt")));
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("scan"), QStringLiteral("--accept-empty-root")}),
                0);
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("layout"), QStringLiteral("apply"),
                                            QStringLiteral("--accept-empty-root")}),
                0);
    QVERIFY(QFileInfo(share + QStringLiteral("/results/ana")).isDir());
}

void TestLocalState::emptiedShareIsRefusedUntilAccepted()
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString share = dir.filePath(QStringLiteral("share"));
    const QString index = dir.filePath(QStringLiteral("local/index.sqlite"));
    QDir().mkpath(share);
    VERIFY_EXIT(runCli(initArgs(repo, share, QStringLiteral("Emptied")) +
                       QStringList{QStringLiteral("--index"), index}),
                0);
    test::writeFile(share + QStringLiteral("/data/raw/r.csv"), "r\n");
    const QStringList global{QStringLiteral("-w"),      repo,  QStringLiteral("-r"),   share,
                             QStringLiteral("--index"), index, QStringLiteral("--as"), QStringLiteral("ana")};
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("raw"), QStringLiteral("baseline")}), 0);

    // Before any scan: the baseline alone says the shared folder held raw files.
    for (const QString& name : QDir(share).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY(QDir(share + u'/' + name).removeRecursively());
    const auto apply = runCli(global + QStringList{QStringLiteral("layout"), QStringLiteral("apply")});
    VERIFY_EXIT(apply, 3);
    QVERIFY2(apply.err.contains("raw-baseline.json lists 1 raw file in it"), apply.err.constData());
    QVERIFY(QDir(share).isEmpty());

    // After a scan that saw the layout: the same device, emptied, is refused too.
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("layout"), QStringLiteral("apply"),
                                            QStringLiteral("--accept-empty-root")}),
                0);
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("scan")}), 0);
    for (const QString& name : QDir(share).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY(QDir(share + u'/' + name).removeRecursively());
    const auto scan = runCli(global + QStringList{QStringLiteral("scan")});
    VERIFY_EXIT(scan, 3);
    QVERIFY2(scan.err.startsWith("error: " + path8(QFileInfo(share).canonicalFilePath()) +
                                 ": the shared folder looks unmounted: it was on device "),
             scan.err.constData());
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("scan"), QStringLiteral("--accept-empty-root")}),
                0);
    VERIFY_EXIT(runCli(global + QStringList{QStringLiteral("scan")}), 0); // accepted: empty is the new normal
}

QTEST_GUILESS_MAIN(TestLocalState)
#include "tst_localstate.moc"
