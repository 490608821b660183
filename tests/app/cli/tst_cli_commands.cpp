// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The command table as a user meets it (issue 18): every command and every subcommand, walked from what
// `teamspace-cli --help` and each command's --help list, answers --help with exit 0 and its own usage line;
// `help X [S]` prints the same; usage errors go to stderr with exit 2 and nothing on stdout; counts read
// "1 file", "2 files".
#include "CliRunner.h"
#include "TestEnv.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using test::runCli;

namespace {

QString describe(const QStringList& args, const test::CliOutput& r)
{
    return QStringLiteral("teamspace-cli %1: exit %2\nout: %3\nerr: %4")
        .arg(args.join(u' '))
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// The first words of the indented lines under `heading` ("Commands:", "Subcommands:") up to a blank line.
QStringList listedNames(const QByteArray& help, const QString& heading)
{
    QStringList names;
    bool inside = false;
    for (const QString& line : QString::fromUtf8(help).split(u'\n')) {
        if (line == heading) {
            inside = true;
            continue;
        }
        if (!inside)
            continue;
        if (!line.startsWith(QStringLiteral("  ")))
            break;
        names << line.trimmed().section(u' ', 0, 0);
    }
    return names;
}

// The usage line names exactly `words`: "Usage: teamspace-cli raw protect [options]".
bool usageNames(const QByteArray& help, const QStringList& words)
{
    const QString first = QString::fromUtf8(help).section(u'\n', 0, 0);
    const QString expected = QStringLiteral("Usage: teamspace-cli ") + words.join(u' ');
    return first == expected || first.startsWith(expected + u' ');
}

const QRegularExpression kOnePlural(
    QStringLiteral("(^|[^0-9.,])1 (files|entries|folders|notebooks|commits|errors|warnings|violations|rows|"
                   "groups|copies|objects|members|cells)\\b"));

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void everyCommandAndSubcommandHasItsOwnHelp();
    void usageErrorsGoToStderrWithExitTwo();
    void countsAreSingularForOne();
};

void TestCliCommands::everyCommandAndSubcommandHasItsOwnHelp()
{
    const auto overview = runCli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.err.isEmpty());
    const QStringList commands = listedNames(overview.out, QStringLiteral("Commands:"));
    for (const char* known : {"init", "member", "scan", "raw", "notebook", "sync", "set-aside", "config"})
        QVERIFY2(commands.contains(QLatin1String(known)), qPrintable(commands.join(u' ')));
    QCOMPARE(runCli({QStringLiteral("help")}).out, overview.out);

    QMap<QString, QStringList> subcommandsOf;
    int helps = 0;
    for (const QString& command : commands) {
        const QStringList args{command, QStringLiteral("--help")};
        const auto help = runCli(args);
        QVERIFY2(help.exitCode == 0 && help.err.isEmpty(), qPrintable(describe(args, help)));
        QVERIFY2(usageNames(help.out, {command}), qPrintable(describe(args, help)));
        const auto viaHelp = runCli({QStringLiteral("help"), command});
        QVERIFY2(viaHelp.exitCode == 0 && viaHelp.out == help.out, qPrintable(describe(args, viaHelp)));
        ++helps;
        subcommandsOf[command] = listedNames(help.out, QStringLiteral("Subcommands:"));
        for (const QString& sub : subcommandsOf[command]) {
            const QStringList subArgs{command, sub, QStringLiteral("--help")};
            const auto subHelp = runCli(subArgs);
            QVERIFY2(subHelp.exitCode == 0 && subHelp.err.isEmpty(), qPrintable(describe(subArgs, subHelp)));
            QVERIFY2(usageNames(subHelp.out, {command, sub}), qPrintable(describe(subArgs, subHelp)));
            QVERIFY2(runCli({QStringLiteral("help"), command, sub}).out == subHelp.out,
                     qPrintable(describe(subArgs, subHelp)));
            ++helps;
        }
    }
    // What the issue found missing or wrong, by name.
    QCOMPARE(subcommandsOf.value(QStringLiteral("member")),
             (QStringList{"add", "update", "remove", "list"}));
    QCOMPARE(subcommandsOf.value(QStringLiteral("raw")),
             (QStringList{"protect", "unprotect", "baseline", "verify", "report"}));
    QCOMPARE(subcommandsOf.value(QStringLiteral("sync")), QStringList{QStringLiteral("status")});
    QVERIFY(subcommandsOf.value(QStringLiteral("notebook")).contains(QStringLiteral("install-filter")));
    QVERIFY2(helps >= 51, qPrintable(QString::number(helps)));
    qInfo("%d commands, %d --help pages checked", int(commands.size()), helps);
}

void TestCliCommands::usageErrorsGoToStderrWithExitTwo()
{
    const auto none = runCli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.startsWith("Usage: teamspace-cli [GLOBAL OPTIONS] COMMAND"), none.err.constData());
    QVERIFY2(none.err.endsWith("error: name a command (see `teamspace-cli --help`)\n"), none.err.constData());

    for (const char* command : {"member", "layout", "demo", "raw", "notebook", "set-aside", "config"}) {
        const auto bare = runCli({QLatin1String(command)});
        QVERIFY2(bare.exitCode == 2 && bare.out.isEmpty(), qPrintable(describe({command}, bare)));
        QVERIFY2(bare.err.startsWith("Usage: teamspace-cli " + QByteArray(command) + " SUBCOMMAND"),
                 qPrintable(describe({command}, bare)));
        const auto unknown = runCli({QLatin1String(command), QStringLiteral("frobnicate")});
        QVERIFY2(unknown.exitCode == 2 && unknown.out.isEmpty(), qPrintable(describe({command}, unknown)));
        QVERIFY2(unknown.err.startsWith("error: " + QByteArray(command) + ": unknown sub-command \"frobnicate\""),
                 qPrintable(describe({command}, unknown)));
    }
    const auto unknownCommand = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(unknownCommand.exitCode, 2);
    QCOMPARE(unknownCommand.err, QByteArray("error: unknown command \"frobnicate\" (see `teamspace-cli --help`)\n"));
    const auto unknownHelp = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    QCOMPARE(unknownHelp.exitCode, 2);
    QVERIFY(unknownHelp.out.isEmpty());
}

void TestCliCommands::countsAreSingularForOne()
{
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo"));
    const QString root = dir.filePath(QStringLiteral("root"));
    QDir().mkpath(root);
    const QStringList ws{QStringLiteral("-w"), repo, QStringLiteral("--root"), root, QStringLiteral("--index"),
                         dir.filePath(QStringLiteral("local/index.sqlite"))};
    const auto init = runCli(ws + QStringList{"init", "--name", "Team", "--lead", "ana", "--lead-name", "Ana",
                                              "--lead-email", "ana@example.org"});
    QVERIFY2(init.exitCode == 0, qPrintable(describe({"init"}, init)));
    test::writeFile(root + QStringLiteral("/data/raw/a.csv"), "id\n1\n");

    QByteArray said;
    const auto one = runCli(ws + QStringList{"raw", "baseline"});
    QVERIFY2(one.exitCode == 0, qPrintable(describe({"raw", "baseline"}, one)));
    QVERIFY2(one.out.startsWith("raw baseline: 1 file, "), one.out.constData());
    said += one.out + one.err;
    const auto report = runCli(ws + QStringList{"raw", "report"});
    said += report.out + report.err;
    QVERIFY2(report.out.contains("baseline: 1 file, "), report.out.constData());
    for (const QStringList& command : {QStringList{"scan"}, QStringList{"report"}, QStringList{"duplicates"},
                                       QStringList{"usage", "--by", "kind"}, QStringList{"layout", "check"}}) {
        const auto r = runCli(ws + command);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(describe(command, r)));
        said += r.out + r.err;
    }
    test::writeFile(root + QStringLiteral("/data/raw/b.csv"), "id\n2\n");
    const auto two = runCli(ws + QStringList{"raw", "baseline"});
    QVERIFY2(two.out.startsWith("raw baseline: 2 files, "), two.out.constData());

    const auto found = kOnePlural.match(QString::fromUtf8(said));
    QVERIFY2(!found.hasMatch(), qPrintable(found.captured(0) + QStringLiteral(" in:\n") + QString::fromUtf8(said)));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
