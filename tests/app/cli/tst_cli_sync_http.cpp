// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Sync over HTTP with basic authentication (git http-backend under lighttpd on 127.0.0.1), the credential
// stored through the real keychain (private D-Bus + gnome-keyring: registered KEYCHAIN).
#include "CliRunner.h"
#include "FileFacts.h"
#include "GitTeam.h"
#include "HttpGitServer.h"
#include "TestEnv.h"

#include "git/GitRepository.h"
#include "sync/KeychainCredentialStore.h"
#include "workspace/Manifest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace ts;
using ts::test::makeNotebook;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor-&-3-sync-secret");

QStringList cliArgs(const QString& clone, const QString& member, const QString& index,
                    const QStringList& command)
{
    return QStringList{QStringLiteral("-w"),      clone, QStringLiteral("--as"),  member,
                       QStringLiteral("--index"), index, QStringLiteral("--json")} +
           command;
}

} // namespace

class TestCliSyncHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pushAndFetchWithKeychainCredential();
    void wrongPasswordFailsFast();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HttpGitServer> m_server;
    QString m_url;
    QString seedWorkspace(const QString& name);
};

void TestCliSyncHttp::initTestCase()
{
    test::isolateUserFolders();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/support/with-keyring.sh (ctest does)");
    m_server = std::make_unique<test::HttpGitServer>(QStringLiteral("ada"), kPassword);
    QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
}

// Ada's clone with the workspace committed, remote origin = a fresh HTTP repository `name`.
QString TestCliSyncHttp::seedWorkspace(const QString& name)
{
    m_url = m_server->createRepository(name);
    const QString clone = m_dir.path() + u'/' + name + QStringLiteral("-ada");
    auto repo = git::GitRepository::init(clone);
    if (!repo)
        qFatal("%s", qPrintable(repo.error().message));
    const Manifest manifest = test::teamManifest();
    test::writeFile(clone + QStringLiteral("/teamspace.json"), serializeManifest(manifest));
    test::writeFile(clone + QStringLiteral("/notebooks/ada/intro.ipynb"),
                    makeNotebook(QStringLiteral("ada")));
    if (!repo->commitAll(QStringLiteral("Create workspace"),
                         {QStringLiteral("Ada"), QStringLiteral("ada@example.org")}))
        qFatal("commit failed");
    if (!repo->addRemote(QStringLiteral("origin"), m_url))
        qFatal("remote failed");
    return clone;
}

void TestCliSyncHttp::pushAndFetchWithKeychainCredential()
{
    const QString ada = seedWorkspace(QStringLiteral("team"));
    const QString adaIndex = m_dir.path() + QStringLiteral("/local/ada/index.sqlite");
    // No credential yet: a clear message naming the URL and the fix, fast.
    const auto without =
        test::runCli(cliArgs(ada, QStringLiteral("ada"), adaIndex, {QStringLiteral("sync")}));
    QCOMPARE(without.exitCode, 4);
    QVERIFY2(without.err.contains("authentication failed for " + m_url.toUtf8() + ": no credential stored"),
             without.err.constData());

    const auto stored = test::runCli(
        cliArgs(ada, QStringLiteral("ada"), adaIndex,
                {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--remote"),
                 QStringLiteral("origin"), QStringLiteral("--username"), QStringLiteral("ada")}),
        kPassword.toUtf8() + '\n');
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    QCOMPARE(stored.json().value(QLatin1String("remote")).toString(), m_url);
    QVERIFY(!stored.out.contains(kPassword.toUtf8()));
    // It is in the real keychain, under service "teamspace" and the URL.
    sync::KeychainCredentialStore keychain;
    auto read = keychain.read(m_url);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(read->has_value());
    QCOMPARE((*read)->username, QStringLiteral("ada"));
    QCOMPARE((*read)->secret, kPassword);

    const auto pushed = test::runCli(cliArgs(ada, QStringLiteral("ada"), adaIndex, {QStringLiteral("sync")}));
    QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    QCOMPARE(pushed.json().value(QLatin1String("pushed")).toBool(), true);
    const QString served = test::runGit(m_server->repositoryPath(QStringLiteral("team")),
                                        {QStringLiteral("rev-parse"), QStringLiteral("main")});
    QCOMPARE(pushed.json().value(QLatin1String("remoteHead")).toString(), served);

    // Bob's clone (same machine, same keychain entry for the URL) fetches Ada's next change over HTTP.
    git::TransferOptions options;
    options.credential = git::RemoteCredential{QStringLiteral("ada"), kPassword, {}};
    const QString bob = m_dir.path() + QStringLiteral("/team-bob");
    auto cloned = git::GitRepository::clone(m_url, bob, options);
    QVERIFY2(cloned.ok(), qPrintable(cloned.ok() ? QString() : cloned.error().message));
    test::writeFile(ada + QStringLiteral("/notebooks/ada/intro.ipynb"),
                    makeNotebook(QStringLiteral("ada over http")));
    QCOMPARE(test::runCli(cliArgs(ada, QStringLiteral("ada"), adaIndex, {QStringLiteral("sync")})).exitCode,
             0);
    const QString bobIndex = m_dir.path() + QStringLiteral("/local/bob/index.sqlite");
    test::writeFile(bob + QStringLiteral("/notebooks/bob/work.ipynb"),
                    makeNotebook(QStringLiteral("bob over http")));
    const auto fetched =
        test::runCli(cliArgs(bob, QStringLiteral("bob"), bobIndex, {QStringLiteral("sync")}));
    QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
    QCOMPARE(fetched.json().value(QLatin1String("pulled")).toArray(),
             QJsonArray{QStringLiteral("notebooks/ada/intro.ipynb")});
    QVERIFY(fetched.json().value(QLatin1String("pushed")).toBool());
    QCOMPARE(test::readFile(bob + QStringLiteral("/notebooks/ada/intro.ipynb")),
             test::readFile(ada + QStringLiteral("/notebooks/ada/intro.ipynb")));

    // The password is in no file the app wrote: clones (incl. .git), the local data and settings folders.
    const QStringList places = {ada, bob, m_dir.path() + QStringLiteral("/local"),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
    for (const QString& place : places)
        QVERIFY2(test::filesContaining(place, kPassword.toUtf8()).isEmpty(), qPrintable(place));
    QVERIFY(QFile::exists(m_dir.path() +
                          QStringLiteral("/local/ada/index.sqlite"))); // the activity log was written

    const auto forgot = test::runCli(cliArgs(
        ada, QStringLiteral("ada"), adaIndex,
        {QStringLiteral("credentials"), QStringLiteral("forget"), QStringLiteral("--remote"), m_url}));
    QVERIFY2(forgot.exitCode == 0, forgot.err.constData());
    auto gone = keychain.read(m_url);
    QVERIFY(gone.ok() && !gone->has_value());
    const auto forgetAgain = test::runCli(cliArgs(
        ada, QStringLiteral("ada"), adaIndex,
        {QStringLiteral("credentials"), QStringLiteral("forget"), QStringLiteral("--remote"), m_url}));
    QCOMPARE(forgetAgain.exitCode, 2);
    QVERIFY(forgetAgain.err.contains("no credential stored for " + m_url.toUtf8()));
}

void TestCliSyncHttp::wrongPasswordFailsFast()
{
    const QString ada = seedWorkspace(QStringLiteral("wrong"));
    const QString index = m_dir.path() + QStringLiteral("/local/ada-wrong/index.sqlite");
    const auto stored = test::runCli(
        cliArgs(ada, QStringLiteral("ada"), index,
                {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--remote"), m_url,
                 QStringLiteral("--username"), QStringLiteral("ada")}),
        "not-the-password\n");
    QCOMPARE(stored.exitCode, 0);
    QElapsedTimer timer;
    timer.start();
    const auto run = test::runCli(cliArgs(ada, QStringLiteral("ada"), index, {QStringLiteral("sync")}));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.startsWith("error: sync: fetch from \"origin\" (" + m_url.toUtf8() +
                                "): authentication failed for " + m_url.toUtf8()),
             run.err.constData());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!run.err.contains("not-the-password"));
    QCOMPARE(test::filesContaining(ada, "not-the-password"), QStringList());
    QCOMPARE(test::filesContaining(m_dir.path() + QStringLiteral("/local"), "not-the-password"),
             QStringList());
    // Nothing reached the server.
    QCOMPARE(test::runGit(m_server->repositoryPath(QStringLiteral("wrong")),
                          {QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"),
                           QStringLiteral("main")}),
             QString());
}

QTEST_GUILESS_MAIN(TestCliSyncHttp)
#include "tst_cli_sync_http.moc"
