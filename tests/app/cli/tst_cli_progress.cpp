// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Progress and chatter on stderr (issue 18): shown by default only when stderr is a terminal (a real
// pseudo-terminal here), never in a redirected stderr (`2>file`, a pipe) unless --progress asks for it;
// --no-progress and -q turn it off; -q also drops `note:` lines but never an error. Stdout is never touched.
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace ts;
using test::GitTeam;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err; // what stderr received: the pipe, the file or the terminal
};

enum class Stderr { Pipe, File, Terminal };

// Reads what is there without blocking (the terminal's master side is non-blocking).
void drain(int fd, QByteArray& into)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            into.append(buffer, n);
        else if (n < 0 && errno == EINTR)
            continue;
        else
            return; // EAGAIN (nothing yet), EIO (the child closed its side) or end
    }
}

// Runs the real CLI with its stderr on a pipe, in a file (as `2>file` does) or on a new pseudo-terminal.
Run runWith(const QStringList& args, Stderr where)
{
    Run run;
    QProcess process;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stderr.txt"));
    int master = -1, slave = -1;
    if (where == Stderr::File)
        process.setStandardErrorFile(file);
    if (where == Stderr::Terminal) {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            qFatal("no pseudo-terminal: %s", std::strerror(errno));
        slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        // Runs in the child between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); });
    }
    process.start(QStringLiteral(TEAMSPACE_CLI_PATH), args);
    process.closeWriteChannel();
    while (!process.waitForFinished(50)) {
        if (master >= 0)
            drain(master, run.err);
        if (process.state() == QProcess::NotRunning)
            break;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    if (where == Stderr::Pipe)
        run.err = process.readAllStandardError();
    if (where == Stderr::File)
        run.err = test::readFile(file);
    if (master >= 0) {
        ::close(slave);
        drain(master, run.err);
        ::close(master);
    }
    return run;
}

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestCliProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void syncProgressOnlyWhereAsked();
    void quietDropsNotesButNotErrors();
};

void TestCliProgress::syncProgressOnlyWhereAsked()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    struct Case
    {
        const char* name;
        QStringList options;
        Stderr where;
        bool progress;
    };
    const QList<Case> cases = {
        {"default, 2>file", {}, Stderr::File, false},
        {"default, a pipe", {}, Stderr::Pipe, false},
        {"default, a terminal", {}, Stderr::Terminal, true},
        {"--progress, 2>file", {QStringLiteral("--progress")}, Stderr::File, true},
        {"--no-progress, a terminal", {QStringLiteral("--no-progress")}, Stderr::Terminal, false},
        {"-q, a terminal", {QStringLiteral("-q")}, Stderr::Terminal, false},
        {"--progress -q, a pipe", {QStringLiteral("--progress"), QStringLiteral("-q")}, Stderr::Pipe, false},
    };
    int n = 0;
    for (const Case& c : cases) {
        // Something to commit and push each time, so that every phase runs.
        ++n;
        team.write(QStringLiteral("bob"), QStringLiteral("notebooks/bob/run%1.ipynb").arg(n),
                   test::makeNotebook(QStringLiteral("print(%1)").arg(n)));
        const Run run = runWith(team.cliArgs(QStringLiteral("bob")) + c.options + QStringList{"sync"}, c.where);
        QVERIFY2(run.exitCode == 0, qPrintable(QLatin1String(c.name) + u'\n' + describe(run)));
        QVERIFY2(QJsonDocument::fromJson(run.out).isObject(), qPrintable(describe(run))); // stdout untouched
        const bool shown = run.err.contains("sync: strip") && run.err.contains("sync: push");
        QVERIFY2(shown == c.progress, qPrintable(QLatin1String(c.name) + u'\n' + describe(run)));
        if (!c.progress)
            QVERIFY2(!run.err.contains("sync: ") && !run.err.contains('\r'),
                     qPrintable(QLatin1String(c.name) + u'\n' + describe(run)));
        // On a terminal the line is rewritten in place and cleared at the end; elsewhere one line each.
        if (c.progress && c.where == Stderr::Terminal)
            QVERIFY2(run.err.contains("\rsync: strip\033[K") && run.err.contains("\r\033[K"), qPrintable(describe(run)));
        if (c.progress && c.where != Stderr::Terminal)
            QVERIFY2(run.err.contains("sync: strip\n") && !run.err.contains('\r'), qPrintable(describe(run)));
    }
}

void TestCliProgress::quietDropsNotesButNotErrors()
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString root = dir.filePath(QStringLiteral("root"));
    QDir().mkpath(root);
    const QStringList ws{QStringLiteral("-w"), repo, QStringLiteral("--root"), root, QStringLiteral("--index"),
                         dir.filePath(QStringLiteral("local/index.sqlite"))};
    QCOMPARE(test::runCli(ws + QStringList{"init", "--name", "Team", "--lead", "ana", "--lead-name", "Ana",
                                           "--lead-email", "ana@example.org"})
                 .exitCode,
             0);
    test::writeFile(root + QStringLiteral("/data/raw/a.csv"), "id\n1\n");
    QCOMPARE(test::runCli(ws + QStringList{"raw", "baseline"}).exitCode, 0);

    // raw verify --quick says how it compared as a note.
    const QStringList verify = ws + QStringList{"--json", "raw", "verify", "--quick"};
    const Run chatty = runWith(verify, Stderr::Pipe);
    QVERIFY2(chatty.exitCode == 0 && chatty.err.startsWith("note: "), qPrintable(describe(chatty)));
    const Run quiet = runWith(QStringList{"-q"} + verify, Stderr::Pipe);
    QVERIFY2(quiet.exitCode == 0 && quiet.err.isEmpty(), qPrintable(describe(quiet)));
    QCOMPARE(quiet.out, chatty.out);

    // An error is never quiet.
    const Run failing = runWith({QStringLiteral("-q"), QStringLiteral("-w"), dir.filePath(QStringLiteral("none")),
                                 QStringLiteral("sync")},
                                Stderr::Pipe);
    QVERIFY2(failing.exitCode != 0 && failing.err.startsWith("error: "), qPrintable(describe(failing)));
}

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cli_progress.moc"
