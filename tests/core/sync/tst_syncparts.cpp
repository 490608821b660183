// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The small pieces of the sync: ownership, set-aside names, the journal, the stale-lock rule, credential keys.
#include "sync/CredentialStore.h"
#include "sync/MemoryCredentialStore.h"
#include "sync/StaleLock.h"
#include "sync/SyncJournal.h"
#include "sync/SyncOwnership.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

using namespace ts;
using namespace ts::sync;

class TestSyncParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void ownership_data();
    void ownership();
    void setAsideNames();
    void journalRoundTripAndDamage();
    void lockRule();
    void credentialKeys();
    void memoryStore();
};

void TestSyncParts::ownership_data()
{
    QTest::addColumn<QString>("me");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("mayCommit");
    QTest::newRow("own folder") << "bob" << "notebooks/bob/a.ipynb" << "bob" << true;
    QTest::newRow("own set-aside") << "bob" << "notebooks/bob/set-aside/a.20260101T000000Z.ipynb" << "bob" << true;
    QTest::newRow("other's folder") << "bob" << "notebooks/ada/a.ipynb" << "ada" << false;
    QTest::newRow("other's helper file") << "bob" << "notebooks/ada/util.py" << "ada" << false;
    QTest::newRow("assignment beats folder") << "cy" << "notebooks/shared/analysis.ipynb" << "bob" << false;
    QTest::newRow("assigned to me") << "bob" << "notebooks/shared/analysis.ipynb" << "bob" << true;
    QTest::newRow("unknown member folder") << "bob" << "notebooks/zed/a.ipynb" << "" << true;
    QTest::newRow("shared file") << "bob" << "README.md" << "" << true;
    QTest::newRow("manifest, member") << "bob" << "teamspace.json" << "" << false;
    QTest::newRow("manifest, lead") << "ada" << "teamspace.json" << "" << true;
    QTest::newRow("baseline, member") << "cy" << "raw-baseline.json" << "" << false;
    QTest::newRow("nested manifest name is just a file") << "cy" << "docs/teamspace.json" << "" << true;
}

void TestSyncParts::ownership()
{
    QFETCH(QString, me);
    QFETCH(QString, path);
    QFETCH(QString, owner);
    QFETCH(bool, mayCommit);
    const Manifest manifest = test::teamManifest();
    const SyncOwnership ownership(manifest, me);
    QCOMPARE(ownership.ownerOf(path), owner);
    QCOMPARE(ownership.mayCommit(path), mayCommit);
}

void TestSyncParts::setAsideNames()
{
    const Manifest manifest = test::teamManifest();
    const SyncOwnership ownership(manifest, QStringLiteral("bob"));
    const QString stamp = setAsideStamp(QDateTime(QDate(2026, 11, 22), QTime(3, 15, 0), Qt::UTC));
    QCOMPARE(stamp, QStringLiteral("20261122T031500Z"));
    QCOMPARE(ownership.setAsideCopyPath(QStringLiteral("notebooks/ada/deep/model.ipynb"), stamp, {}),
             QStringLiteral("notebooks/bob/set-aside/model.20261122T031500Z.ipynb"));
    QCOMPARE(ownership.setAsideCopyPath(QStringLiteral("teamspace.json"), stamp, {}),
             QStringLiteral("notebooks/bob/set-aside/teamspace.20261122T031500Z.json"));
    QCOMPARE(ownership.setAsideCopyPath(QStringLiteral("notebooks/ada/Makefile"), stamp, {}),
             QStringLiteral("notebooks/bob/set-aside/Makefile.20261122T031500Z"));
    QStringList taken{QStringLiteral("notebooks/bob/set-aside/a.20261122T031500Z.ipynb"),
                      QStringLiteral("notebooks/bob/set-aside/a.20261122T031500Z-2.ipynb")};
    QCOMPARE(ownership.setAsideCopyPath(QStringLiteral("notebooks/ada/a.ipynb"), stamp,
                                        [&taken](const QString& c) { return taken.contains(c); }),
             QStringLiteral("notebooks/bob/set-aside/a.20261122T031500Z-3.ipynb"));
}

void TestSyncParts::journalRoundTripAndDamage()
{
    QTemporaryDir dir;
    const SyncJournal journal(dir.path() + QStringLiteral("/deep/sync-journal.json"));
    auto nothing = journal.read();
    QVERIFY(nothing.ok() && !nothing->has_value());
    JournalEntry entry;
    entry.phase = JournalEntry::Phase::Merging;
    entry.pid = 4242;
    entry.startedUtc = QDateTime(QDate(2026, 11, 22), QTime(3, 0, 0, 123), Qt::UTC);
    entry.stamp = QStringLiteral("20261122T030000Z");
    entry.commit = QString(40, u'a');
    entry.mergeFrom = QString(40, u'b');
    entry.mergeTo = QString(40, u'c');
    QVERIFY(journal.write(entry).ok());
    auto back = journal.read();
    QVERIFY(back.ok() && back->has_value());
    QVERIFY((*back)->phase == JournalEntry::Phase::Merging);
    QCOMPARE((*back)->pid, 4242);
    QCOMPARE((*back)->startedUtc, entry.startedUtc);
    QCOMPARE((*back)->stamp, entry.stamp);
    QCOMPARE((*back)->mergeFrom, entry.mergeFrom);
    QCOMPARE((*back)->mergeTo, entry.mergeTo);
    test::writeFile(journal.path(), "{\"phase\": \"exploded\"}");
    auto damaged = journal.read();
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().kind, ErrorKind::BadInput);
    QVERIFY2(damaged.error().message.startsWith(journal.path() + QStringLiteral(": the sync journal is damaged")),
             qPrintable(damaged.error().message));
    QVERIFY(journal.clear().ok());
    QVERIFY(!QFile::exists(journal.path()));
}

void TestSyncParts::lockRule()
{
    QTemporaryDir dir;
    const QString lock = dir.path() + QStringLiteral("/index.lock");
    test::writeFile(lock, "");
    // Fresh, held by nobody, no journal: not provably stale.
    auto fresh = inspectLock(lock, std::nullopt, 600);
    QVERIFY(!fresh.stale);
    QVERIFY(fresh.holders.isEmpty());
    QVERIFY(fresh.ageSeconds < 5);
    // A journal of a job whose process is dead, started before the lock was written: ours, stale.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    gone.waitForFinished();
    JournalEntry dead;
    dead.phase = JournalEntry::Phase::Committed;
    dead.pid = gone.processId();
    dead.startedUtc = QDateTime::currentDateTimeUtc().addSecs(-30);
    QVERIFY(!isProcessAlive(dead.pid));
    QVERIFY(inspectLock(lock, dead, 600).stale);
    // ... but not when that job is alive (this process), nor when the lock is older than the job.
    JournalEntry alive = dead;
    alive.pid = QCoreApplication::applicationPid();
    QVERIFY(!inspectLock(lock, alive, 600).stale);
    JournalEntry later = dead;
    later.startedUtc = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(!inspectLock(lock, later, 600).stale);
    // Old enough and held by nobody: stale whoever left it.
    const qint64 old = QDateTime::currentSecsSinceEpoch() - 700;
    utimbuf times{static_cast<time_t>(old), static_cast<time_t>(old)};
    QCOMPARE(::utime(QFile::encodeName(lock).constData(), &times), 0);
    auto aged = inspectLock(lock, std::nullopt, 600);
    QVERIFY(aged.stale);
    QVERIFY(aged.ageSeconds >= 700);
    // Held open: never stale.
    QFile held(lock);
    QVERIFY(held.open(QIODevice::ReadOnly));
    auto heldInspection = inspectLock(lock, dead, 600);
    QVERIFY(!heldInspection.stale);
    QCOMPARE(heldInspection.holders, QList<qint64>{QCoreApplication::applicationPid()});
    // clearStaleLocks: refuses with the age while held, removes once released.
    QStringList notes;
    auto refused = clearStaleLocks(dir.path(), QStringLiteral("main"), std::nullopt, 600, notes);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("held open by process")), qPrintable(refused.error().message));
    QVERIFY(QFile::exists(lock));
    held.close();
    QVERIFY(clearStaleLocks(dir.path(), QStringLiteral("main"), std::nullopt, 600, notes).ok());
    QVERIFY(!QFile::exists(lock));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes[0].startsWith(QLatin1String("removed stale index.lock (")));
}

void TestSyncParts::credentialKeys()
{
    QCOMPARE(credentialKeyFor(QStringLiteral("https://ada:pw@git.example.org/team.git")), QStringLiteral("https://git.example.org/team.git"));
    QCOMPARE(credentialKeyFor(QStringLiteral("https://git.example.org/team.git")), QStringLiteral("https://git.example.org/team.git"));
    QCOMPARE(credentialKeyFor(QStringLiteral("ssh://git@host:2222/team.git")), QStringLiteral("ssh://host:2222/team.git"));
    QCOMPARE(credentialKeyFor(QStringLiteral("git@host:team.git")), QStringLiteral("git@host:team.git"));
    QVERIFY(isLocalRemote(QStringLiteral("/srv/git/team.git")));
    QVERIFY(isLocalRemote(QStringLiteral("file:///srv/git/team.git")));
    QVERIFY(isLocalRemote(QStringLiteral("../team.git")));
    QVERIFY(!isLocalRemote(QStringLiteral("https://host/team.git")));
    QVERIFY(!isLocalRemote(QStringLiteral("git@host:team.git")));
    const git::RemoteCredential credential{QStringLiteral("ada"), QStringLiteral("p\"w\\d"), QStringLiteral("/k")};
    auto decoded = decodeCredential(encodeCredential(credential), QStringLiteral("https://h/x"));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->username, credential.username);
    QCOMPARE(decoded->secret, credential.secret);
    QCOMPARE(decoded->sshKeyFile, credential.sshKeyFile);
    QVERIFY(!decodeCredential("plain-password", QStringLiteral("https://h/x")).ok());
}

void TestSyncParts::memoryStore()
{
    MemoryCredentialStore store;
    auto empty = store.read(QStringLiteral("https://h/x.git"));
    QVERIFY(empty.ok() && !empty->has_value());
    QVERIFY(store.write(QStringLiteral("https://ada@h/x.git"), {QStringLiteral("ada"), QStringLiteral("s"), {}}).ok());
    auto found = store.read(QStringLiteral("https://h/x.git"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->secret, QStringLiteral("s"));
    QVERIFY(store.forget(QStringLiteral("https://h/x.git")).ok());
    auto again = store.forget(QStringLiteral("https://h/x.git"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Usage);
}

QTEST_GUILESS_MAIN(TestSyncParts)
#include "tst_syncparts.moc"
