// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Sync and a lead's edit of teamspace.json on the same machine: the checkout of an incoming manifest takes
// the lock that every edit takes (workspace/ManifestLock.h), so neither overwrites the other. Real clones of
// a real bare remote (GitTeam).
#include "sync/SyncEngine.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include "workspace/ManifestLock.h"

#include <QTest>

using namespace ts;
using namespace ts::sync;
using namespace ts::test;

class TestSyncManifestLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void incomingManifestIsWrittenUnderTheEditLock();
};

// A lead's edit through editManifest (the GUI, the CLI) and sync's checkout of an incoming teamspace.json
// take the same lock: while sync writes it, an editor cannot; elsewhere in the sync, it can.
void TestSyncManifestLock::incomingManifestIsWrittenUnderTheEditLock()
{
    GitTeam team;
    QVERIFY(team.ok());
    Manifest changed = team.manifest();
    changed.name = QStringLiteral("Renamed by the lead");
    const QByteArray bytes = serializeManifest(changed);
    team.write(QStringLiteral("ada"), QStringLiteral("teamspace.json"), bytes);
    QVERIFY(team.sync(QStringLiteral("ada")).ok());

    SyncJob job = team.job(QStringLiteral("bob"));
    QStringList lockedAt, freeAt;
    job.testHook = [&](const char* point) {
        auto probe = ManifestLock::acquire(job.repoDir, 0);
        (probe ? freeAt : lockedAt).append(QString::fromLatin1(point));
    };
    auto result = SyncEngine::run(job);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QCOMPARE(team.read(QStringLiteral("bob"), QStringLiteral("teamspace.json")), bytes);
    QCOMPARE(lockedAt, QStringList{QStringLiteral("during-merge")});
    QVERIFY2(freeAt.contains(QStringLiteral("after-stage")), qPrintable(freeAt.join(',')));
    // Released afterwards: an edit can go ahead at once.
    QVERIFY(ManifestLock::acquire(job.repoDir, 0).ok());
}

QTEST_GUILESS_MAIN(TestSyncManifestLock)
#include "tst_sync_manifestlock.moc"
