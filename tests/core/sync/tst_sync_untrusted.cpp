// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The sync job against what it must not trust (issue 12): symbolic links on the local write paths (a
// set-aside folder, the folder of a file it restores) that a teammate's push could bring, a token in the
// remote's URL and a remote path that does not exist. Real clones of a real bare remote (GitTeam).
#include "sync/SyncActivity.h"
#include "sync/SyncEngine.h"

#include "FileFacts.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "util/RedactUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace ts;
using namespace ts::sync;
using namespace ts::test;

namespace {

const QString kAda = QStringLiteral("ada");
const QString kBob = QStringLiteral("bob");
const QString kAdaNotebook = QStringLiteral("notebooks/ada/intro.ipynb");

// A notebook whose stripped form is a few KB.
QByteArray bigEdit(const QString& who)
{
    return makeNotebook(QStringLiteral("print('%1')\n").arg(who).repeated(400), 20000);
}

} // namespace

class TestSyncUntrusted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void symlinkedSetAsideFolderIsRefused();
    void symlinkedFolderOfARestoredFileIsRefused();
    void redactUrlUserinfo_data();
    void redactUrlUserinfo();
    void tokenInRemoteUrlIsRedacted();
    void missingLocalRemoteIsNamed();
};

// notebooks/ada/set-aside is a link to a folder outside the repository (committed like that, as a teammate's
// push would bring it): ada's edit of bob's notebook cannot be set aside there. It is refused, left as it is,
// and nothing at all is written outside the repository.
void TestSyncUntrusted::symlinkedSetAsideFolderIsRefused()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString outside = team.root() + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(outside));
    const QString clone = team.clone(kAda);
    QVERIFY(QFile::link(outside, clone + QStringLiteral("/notebooks/ada/set-aside")));
    test::runGit(clone, {QStringLiteral("add"), QStringLiteral("notebooks/ada/set-aside")});
    test::runGit(clone, {QStringLiteral("-c"), QStringLiteral("user.name=Ada"), QStringLiteral("-c"),
                         QStringLiteral("user.email=ada@example.org"), QStringLiteral("commit"),
                         QStringLiteral("-qm"), QStringLiteral("link")});
    QCOMPARE(team.git(clone, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());

    const QByteArray meddling = makeNotebook(QStringLiteral("ada edits bob's"));
    team.write(kAda, QStringLiteral("notebooks/bob/intro.ipynb"), meddling);
    const QByteArray mine = bigEdit(kAda);
    team.write(kAda, kAdaNotebook, mine);
    auto result = team.sync(kAda);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QVERIFY(everythingUnder(outside).isEmpty());
    QCOMPARE(result->refused.size(), 1);
    QCOMPARE(result->refused[0].path, QStringLiteral("notebooks/bob/intro.ipynb"));
    QVERIFY2(result->refused[0].reason.contains(QLatin1String("notebooks/ada/set-aside is a symbolic link")),
             qPrintable(result->refused[0].reason));
    QVERIFY(result->setAside.isEmpty());
    QCOMPARE(team.read(kAda, QStringLiteral("notebooks/bob/intro.ipynb")), meddling); // nothing lost either
    QCOMPARE(result->committed, QStringList{kAdaNotebook}); // the rest of the sync went on
    QVERIFY(result->pushed);
    QCOMPARE(team.remoteFile(QStringLiteral("notebooks/bob/intro.ipynb")),
             team.read(kBob, QStringLiteral("notebooks/bob/intro.ipynb")));
}

// Restoring someone else's file whose folder was replaced by a link must not write through the link.
void TestSyncUntrusted::symlinkedFolderOfARestoredFileIsRefused()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString outside = team.root() + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(outside));
    const QString clone = team.clone(kAda);
    QVERIFY(QDir(clone + QStringLiteral("/notebooks/bob")).removeRecursively());
    QVERIFY(QFile::link(outside, clone + QStringLiteral("/notebooks/bob")));
    auto result = team.sync(kAda);
    QVERIFY2(result.ok(), qPrintable(test::syncMessage(result)));
    QVERIFY2(everythingUnder(outside).isEmpty(), qPrintable(everythingUnder(outside).join(u' ')));
    QStringList refused;
    for (const Refused& entry : result->refused)
        refused << entry.path;
    QVERIFY2(refused.contains(QStringLiteral("notebooks/bob/intro.ipynb")), qPrintable(refused.join(u' ')));
    QVERIFY(QFileInfo(clone + QStringLiteral("/notebooks/bob")).isSymLink());
    QVERIFY(result->committed.isEmpty());
    QCOMPARE(team.remoteFiles().contains(QStringLiteral("notebooks/bob/intro.ipynb")), true);
}

void TestSyncUntrusted::redactUrlUserinfo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("https://host/team.git")
                           << QStringLiteral("https://host/team.git");
    QTest::newRow("user and token") << QStringLiteral("https://ana:ghp_S3cret@host/team.git")
                                    << QStringLiteral("https://***@host/team.git");
    QTest::newRow("token as user") << QStringLiteral("https://ghp_S3cret@github.com/o/r")
                                   << QStringLiteral("https://***@github.com/o/r");
    QTest::newRow("@ in password") << QStringLiteral("http://ana:p@ss@host:8080/x")
                                   << QStringLiteral("http://***@host:8080/x");
    QTest::newRow("no path") << QStringLiteral("https://ana:tok@host") << QStringLiteral("https://***@host");
    QTest::newRow("in a message")
        << QStringLiteral(
               "fetch from \"origin\" (https://ana:tok@host/t.git): failed to connect to https://b:c@h2/y")
        << QStringLiteral(
               "fetch from \"origin\" (https://***@host/t.git): failed to connect to https://***@h2/y");
    QTest::newRow("e-mail after a URL") << QStringLiteral("see https://host/x or mail ana@example.org")
                                        << QStringLiteral("see https://host/x or mail ana@example.org");
    QTest::newRow("scp-like") << QStringLiteral("git@host:team.git") << QStringLiteral("git@host:team.git");
    QTest::newRow("quoted") << QStringLiteral("'https://u:p@h/x' failed")
                            << QStringLiteral("'https://***@h/x' failed");
}

void TestSyncUntrusted::redactUrlUserinfo()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ts::redactUrlUserinfo(text), expected);
}

// A remote URL with a token in it (the audit's `https://user:token@host/…`): the sync's error and the
// activity log row say which remote failed, never the token.
void TestSyncUntrusted::tokenInRemoteUrlIsRedacted()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString clone = team.clone(kAda);
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    test::runGit(clone, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                         QStringLiteral("http://ana:s3cr3t-T0KEN@127.0.0.1:1/team.git")});
    team.write(kAda, kAdaNotebook, bigEdit(kAda));
    auto failed = team.sync(kAda);
    QVERIFY(!failed.ok());
    QVERIFY2(!failed.error().message.contains(QLatin1String("s3cr3t")),
             qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(QLatin1String("http://***@127.0.0.1:1/team.git")),
             qPrintable(test::syncMessage(failed)));

    QTemporaryDir local;
    auto db = db::openLocalDatabase(local.path() + QStringLiteral("/index.sqlite"));
    QVERIFY(db.ok());
    // The row is written from the error as the engine returned it (the CLI redacts once more on top).
    QVERIFY(recordSyncFailure(*db, kAda, failed.error()).ok());
    QVERIFY(recordSyncFailure(*db, kAda, Error::failed(QStringLiteral("push to https://ana:s3cr3t@h/x: 401")))
                .ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    for (const ActivityEntry& entry : *entries)
        QVERIFY2(!entry.detail.contains(QLatin1String("s3cr3t")) &&
                     entry.detail.contains(QLatin1String("***@")),
                 qPrintable(entry.detail));
}

// A remote that is a local path which is not there (an unmounted share): say so, name it, say how to fix it,
// instead of libgit2's "unsupported URL protocol".
void TestSyncUntrusted::missingLocalRemoteIsNamed()
{
    GitTeam team({kAda, kBob});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString missing = team.root() + QStringLiteral("/share-not-mounted/team.git");
    test::runGit(team.clone(kAda),
                 {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), missing});
    auto failed = team.sync(kAda);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Failed);
    QVERIFY2(!failed.error().message.contains(QLatin1String("unsupported URL protocol")),
             qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(missing + QStringLiteral(" does not exist")),
             qPrintable(test::syncMessage(failed)));
    QVERIFY2(failed.error().message.contains(QLatin1String("git remote set-url origin")),
             qPrintable(test::syncMessage(failed)));
    // The same through file://.
    test::runGit(team.clone(kAda), {QStringLiteral("remote"), QStringLiteral("set-url"),
                                    QStringLiteral("origin"), QStringLiteral("file://") + missing});
    auto viaFileUrl = team.sync(kAda);
    QVERIFY(!viaFileUrl.ok());
    QVERIFY2(viaFileUrl.error().message.contains(missing + QStringLiteral(" does not exist")),
             qPrintable(test::syncMessage(viaFileUrl)));
}

QTEST_GUILESS_MAIN(TestSyncUntrusted)
#include "tst_sync_untrusted.moc"
