// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Credentials without a keychain (issue 18, item 4), as on a headless GPU box: no D-Bus session (the test
// unsets DBUS_SESSION_BUS_ADDRESS and DISPLAY itself, whatever ctest was given). The real CLI syncs with the
// loopback HTTP git server (git http-backend under lighttpd, basic authentication): the error that names the
// ways out; TEAMSPACE_GIT_TOKEN; git's own `credential.helper store --file F`, opted in per remote or not;
// `credentials --help`; the secret prompt with echo off on a real pseudo-terminal.
#include "CliRunner.h"
#include "FileFacts.h"
#include "GitTeam.h"
#include "HttpGitServer.h"
#include "TestEnv.h"

#include "git/GitRepository.h"
#include "workspace/LocalSettings.h"
#include "workspace/Manifest.h"

#include <QJsonArray>
#include <QProcess>
#include <QThread>
#include <QStandardPaths>
#include <QTest>

#include <poll.h>
#include <vector>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ts;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor-&-3-headless-secret");

QStringList cliArgs(const QString& clone, const QStringList& command)
{
    return QStringList{QStringLiteral("-w"), clone, QStringLiteral("--as"), QStringLiteral("ada"),
                       QStringLiteral("--json")} +
           command;
}

// `git credential ACTION` as a user's shell would run it (GIT_CONFIG_GLOBAL from this process).
void gitCredential(const QString& action, const QByteArray& description)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), action});
    QVERIFY(git.waitForStarted());
    git.write(description);
    git.closeWriteChannel();
    QVERIFY(git.waitForFinished(30000));
    QCOMPARE(git.exitCode(), 0);
}

// Everything a run of the CLI says, stdout and stderr, from a pseudo-terminal: what the user would see.
struct TerminalRun
{
    QByteArray screen;
    int exitCode = -1;
};

// Runs the CLI on a pseudo-terminal, types `typed` once it has printed `waitFor`, and reads to the end.
TerminalRun runOnTerminal(const QStringList& args, const QByteArray& waitFor, const QByteArray& typed)
{
    QList<QByteArray> argv8{QByteArrayLiteral(TEAMSPACE_CLI_PATH)};
    for (const QString& arg : args)
        argv8 << arg.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& arg : argv8)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (child == 0) {
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    TerminalRun run;
    bool typedYet = false;
    for (int rounds = 0; rounds < 600; ++rounds) { // 60 s at most
        pollfd ready{master, POLLIN, 0};
        if (::poll(&ready, 1, 100) <= 0)
            continue;
        char buffer[4096];
        const ssize_t got = ::read(master, buffer, sizeof buffer);
        if (got <= 0)
            break; // EIO: the CLI closed the terminal
        run.screen.append(buffer, got);
        if (!typedYet && run.screen.contains(waitFor)) {
            QThread::msleep(200); // the prompt is printed after echo went off; let tcsetattr settle
            if (::write(master, typed.constData(), static_cast<size_t>(typed.size())) != typed.size())
                break;
            typedYet = true;
        }
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(master);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

class TestCliCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpExitsZero();
    void noKeychainNamesTheWaysOut();
    void secretPromptHasEchoOff();
    void tokenFromEnvironmentSyncs();
    void gitHelperOnlyWhenOptedIn();
    void wrongPasswordFromGitHelperIsRejected();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HttpGitServer> m_server;
    QString m_url;
    QString seedWorkspace(const QString& name);
    QString servedHead(const QString& name) const;
    // Where the CLI may write: the user's data, config and cache folders and HOME.
    QStringList userFolders() const;
};

void TestCliCredentials::initTestCase()
{
    test::isolateUserFolders();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // a headless box: no session bus, and none to autolaunch
    qunsetenv("DISPLAY");
    qunsetenv("TEAMSPACE_GIT_TOKEN");
    qunsetenv("TEAMSPACE_GIT_USERNAME");
    m_server = std::make_unique<test::HttpGitServer>(QStringLiteral("ada"), kPassword);
    QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
    // git's own configuration for this test only: no user's helpers leak in.
    qputenv("GIT_CONFIG_GLOBAL", QFile::encodeName(m_dir.filePath(QStringLiteral("gitconfig"))));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
}

QString TestCliCredentials::seedWorkspace(const QString& name)
{
    m_url = m_server->createRepository(name);
    const QString clone = m_dir.path() + u'/' + name + QStringLiteral("-ada");
    auto repo = git::GitRepository::init(clone);
    if (!repo)
        qFatal("%s", qPrintable(repo.error().message));
    test::writeFile(clone + QStringLiteral("/teamspace.json"), serializeManifest(test::teamManifest()));
    test::writeFile(clone + QStringLiteral("/notebooks/ada/intro.ipynb"), test::makeNotebook(name));
    if (!repo->commitAll(QStringLiteral("Create workspace"),
                         {QStringLiteral("Ada"), QStringLiteral("ada@example.org")}))
        qFatal("commit failed");
    if (!repo->addRemote(QStringLiteral("origin"), m_url))
        qFatal("remote failed");
    return clone;
}

QString TestCliCredentials::servedHead(const QString& name) const
{
    return test::runGit(m_server->repositoryPath(name), {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                                         QStringLiteral("-q"), QStringLiteral("main")});
}

QStringList TestCliCredentials::userFolders() const
{
    return {QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
            QDir::homePath()};
}

void TestCliCredentials::helpExitsZero()
{
    const auto help = test::runCli({QStringLiteral("credentials"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"set", "forget", "use-git-helper", "list", "TEAMSPACE_GIT_TOKEN"})
        QVERIFY2(help.out.contains(word), help.out.constData());
    QVERIFY(help.err.isEmpty());
    for (const char* sub : {"set", "forget", "use-git-helper", "list"}) {
        const auto subHelp = test::runCli({QStringLiteral("credentials"), QLatin1String(sub), QStringLiteral("--help")});
        QCOMPARE(subHelp.exitCode, 0);
        QVERIFY2(subHelp.out.contains("Usage: teamspace-cli credentials " + QByteArray(sub)), subHelp.out.constData());
    }
    const auto bare = test::runCli({QStringLiteral("credentials")});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains("say set, forget, use-git-helper or list"), bare.err.constData());
    const auto ssh = test::runCli({QStringLiteral("credentials"), QStringLiteral("use-git-helper"),
                                   QStringLiteral("ssh://git@example.org/team.git")});
    QCOMPARE(ssh.exitCode, 2);
    QVERIFY2(ssh.err.contains("http(s) remotes only"), ssh.err.constData());
    QVERIFY(LocalSettings::gitCredentialHelperRemotes().isEmpty());
}

// CLI.md: a keychain that cannot be reached is a failure (exit 4) whose message names the ways out.
void TestCliCredentials::noKeychainNamesTheWaysOut()
{
    const QString ada = seedWorkspace(QStringLiteral("nokeychain"));
    const QByteArray ways = "set TEAMSPACE_GIT_TOKEN for this run, or run `teamspace-cli credentials use-git-helper " +
                            m_url.toUtf8() + "` to use git's credential helpers, or start a keyring";
    const auto stored = test::runCli(
        cliArgs(ada, {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--remote"),
                      QStringLiteral("origin"), QStringLiteral("--username"), QStringLiteral("ada")}),
        kPassword.toUtf8() + '\n');
    QCOMPARE(stored.exitCode, 4);
    QVERIFY2(stored.err.startsWith("error: no keychain is reachable (no D-Bus session) to store the credential for " +
                                   m_url.toUtf8()),
             stored.err.constData());
    QVERIFY2(stored.err.contains(ways), stored.err.constData());
    QVERIFY(!stored.err.contains(kPassword.toUtf8()) && !stored.out.contains(kPassword.toUtf8()));

    const auto synced = test::runCli(cliArgs(ada, {QStringLiteral("sync")}));
    QCOMPARE(synced.exitCode, 4);
    QVERIFY2(synced.err.contains("no keychain is reachable (no D-Bus session) to read the credential for " +
                                 m_url.toUtf8()),
             synced.err.constData());
    QVERIFY2(synced.err.contains(ways), synced.err.constData());
    QCOMPARE(servedHead(QStringLiteral("nokeychain")), QString()); // nothing reached the server
    for (const QString& place : userFolders() + QStringList{ada})
        QVERIFY2(test::filesContaining(place, kPassword.toUtf8()).isEmpty(), qPrintable(place));
}

// On a terminal the secret is asked for with echo off: what the user sees holds the prompt, never the secret.
void TestCliCredentials::secretPromptHasEchoOff()
{
    const QString url = QStringLiteral("https://example.org/team.git");
    const TerminalRun run = runOnTerminal({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--remote"),
                                           url, QStringLiteral("--username"), QStringLiteral("ada")},
                                          "Password or token for " + url.toUtf8() + " (user ada): ",
                                          "typed-on-the-terminal\n");
    QVERIFY2(run.screen.contains("Password or token for"), run.screen.constData());
    QVERIFY2(!run.screen.contains("typed-on-the-terminal"), run.screen.constData());
    // The secret was read (the keychain is what failed, not the prompt) and the terminal echoes again after.
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.screen.contains("no keychain is reachable"), run.screen.constData());
}

void TestCliCredentials::tokenFromEnvironmentSyncs()
{
    const QString ada = seedWorkspace(QStringLiteral("token"));
    test::CliOptions options;
    options.environment = {{QStringLiteral("TEAMSPACE_GIT_TOKEN"), kPassword},
                           {QStringLiteral("TEAMSPACE_GIT_USERNAME"), QStringLiteral("ada")}};
    const auto synced = test::runCliWith(cliArgs(ada, {QStringLiteral("sync")}), options);
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(synced.json().value(QLatin1String("pushed")).toBool());
    QCOMPARE(synced.json().value(QLatin1String("remoteHead")).toString(), servedHead(QStringLiteral("token")));
    // The user name may come from the URL instead (https://ada@host/…); a wrong token is an auth failure.
    test::runGit(ada, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                       QString(m_url).replace(QStringLiteral("http://"), QStringLiteral("http://ada@"))});
    test::writeFile(ada + QStringLiteral("/notebooks/ada/intro.ipynb"), test::makeNotebook(QStringLiteral("again")));
    options.environment.remove(QStringLiteral("TEAMSPACE_GIT_USERNAME"));
    const auto byUrl = test::runCliWith(cliArgs(ada, {QStringLiteral("sync")}), options);
    QVERIFY2(byUrl.exitCode == 0, byUrl.err.constData());
    QCOMPARE(byUrl.json().value(QLatin1String("remoteHead")).toString(), servedHead(QStringLiteral("token")));
    options.environment[QStringLiteral("TEAMSPACE_GIT_TOKEN")] = QStringLiteral("not-the-token");
    test::writeFile(ada + QStringLiteral("/notebooks/ada/intro.ipynb"), test::makeNotebook(QStringLiteral("third")));
    const auto wrong = test::runCliWith(cliArgs(ada, {QStringLiteral("sync")}), options);
    QCOMPARE(wrong.exitCode, 4);
    QVERIFY2(wrong.err.contains("authentication failed for"), wrong.err.constData());
    // Never written anywhere: not in the clone (its .git included), not in the data, config or cache folders.
    for (const QString& place : userFolders() + QStringList{ada})
        QVERIFY2(test::filesContaining(place, kPassword.toUtf8()).isEmpty(), qPrintable(place));
}

void TestCliCredentials::gitHelperOnlyWhenOptedIn()
{
    const QString ada = seedWorkspace(QStringLiteral("helper"));
    const QString store = m_dir.filePath(QStringLiteral("git-credentials"));
    const QString calls = m_dir.filePath(QStringLiteral("helper-calls.log"));
    // git's own configuration: a recording helper first, then `store --file`.
    test::writeFile(m_dir.filePath(QStringLiteral("gitconfig")),
                    QStringLiteral("[credential]\n\thelper = \"!f() { echo \\\"$1\\\" >> '%1'; }; f\"\n"
                                   "\thelper = store --file '%2'\n")
                        .arg(calls, store)
                        .toUtf8());
    gitCredential(QStringLiteral("approve"),
                  "url=" + m_url.toUtf8() + "\nusername=ada\npassword=" + kPassword.toUtf8() + "\n\n");
    QVERIFY(test::readFile(store).contains("ada:"));
    QFile::remove(calls);

    // Not opted in: git's helpers are not asked, the keychain is (and cannot be reached).
    const auto without = test::runCli(cliArgs(ada, {QStringLiteral("sync")}));
    QCOMPARE(without.exitCode, 4);
    QVERIFY2(without.err.contains("no keychain is reachable"), without.err.constData());
    QVERIFY2(!QFile::exists(calls), test::readFile(calls).constData());

    const auto optIn = test::runCli(cliArgs(ada, {QStringLiteral("credentials"), QStringLiteral("use-git-helper"),
                                                  QStringLiteral("origin")}));
    QVERIFY2(optIn.exitCode == 0, optIn.err.constData());
    QCOMPARE(LocalSettings::gitCredentialHelperRemotes(), QStringList{m_url});
    const auto listed = test::runCli(cliArgs(ada, {QStringLiteral("credentials"), QStringLiteral("list")}));
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.json().value(QLatin1String("remotes")).toArray().first().toObject().value(QLatin1String("sources")),
             QJsonValue(QJsonArray{QStringLiteral("git-helper"), QStringLiteral("keychain")}));

    const auto synced = test::runCli(cliArgs(ada, {QStringLiteral("sync")}));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(synced.json().value(QLatin1String("remoteHead")).toString(), servedHead(QStringLiteral("helper")));
    QCOMPARE(test::readFile(calls), QByteArray("get\nstore\n")); // filled, then approved
    // The password stays in git's store; Teamspace wrote it nowhere.
    for (const QString& place : userFolders() + QStringList{ada})
        QVERIFY2(test::filesContaining(place, kPassword.toUtf8()).isEmpty(), qPrintable(place));

    const auto optOut = test::runCli(cliArgs(ada, {QStringLiteral("credentials"), QStringLiteral("use-git-helper"),
                                                   QStringLiteral("--off"), m_url}));
    QVERIFY2(optOut.exitCode == 0, optOut.err.constData());
    QVERIFY(LocalSettings::gitCredentialHelperRemotes().isEmpty());
}

void TestCliCredentials::wrongPasswordFromGitHelperIsRejected()
{
    const QString ada = seedWorkspace(QStringLiteral("rejected"));
    const QString store = m_dir.filePath(QStringLiteral("git-credentials-wrong"));
    const QString calls = m_dir.filePath(QStringLiteral("helper-calls-wrong.log"));
    test::writeFile(m_dir.filePath(QStringLiteral("gitconfig")),
                    QStringLiteral("[credential]\n\thelper = \"!f() { echo \\\"$1\\\" >> '%1'; }; f\"\n"
                                   "\thelper = store --file '%2'\n")
                        .arg(calls, store)
                        .toUtf8());
    gitCredential(QStringLiteral("approve"), "url=" + m_url.toUtf8() + "\nusername=ada\npassword=not-the-password\n\n");
    QVERIFY(test::readFile(store).contains("not-the-password"));
    QFile::remove(calls); // the approve above was logged too
    QCOMPARE(test::runCli(cliArgs(ada, {QStringLiteral("credentials"), QStringLiteral("use-git-helper"),
                                        QStringLiteral("origin")}))
                 .exitCode,
             0);
    const auto synced = test::runCli(cliArgs(ada, {QStringLiteral("sync")}));
    QCOMPARE(synced.exitCode, 4);
    QVERIFY2(synced.err.contains("authentication failed for " + m_url.toUtf8()), synced.err.constData());
    QVERIFY(!synced.err.contains("not-the-password"));
    QCOMPARE(test::readFile(calls), QByteArray("get\nerase\n")); // filled, then rejected
    QVERIFY2(!test::readFile(store).contains("not-the-password"), test::readFile(store).constData());
    QCOMPARE(servedHead(QStringLiteral("rejected")), QString());
}

QTEST_GUILESS_MAIN(TestCliCredentials)
#include "tst_cli_credentials.moc"
