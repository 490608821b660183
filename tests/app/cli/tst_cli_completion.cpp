// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli completion bash|zsh|fish`: the bash script completes in a real bash (the script sourced,
// COMP_WORDS set, its function called), the zsh and fish scripts pass their shells' syntax checks.
#include "CliRunner.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ts::test;

class TestCliCompletion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void completesCommandNames();
    void listsTheSubcommandsOfACommand();
    void completesOptionsOfASubcommandAndGlobalOnes();
    void skipsGlobalOptionsAndTheirValues();
    void completesFoldersForAFolderOption();
    void offersTheShells();
    void refusesAnUnknownShell();
    void zshAndFishScriptsParse();

private:
    QStringList complete(const QStringList& words);
    QTemporaryDir m_dir;
    QString m_bashScript;
};

void TestCliCompletion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliOutput out = runCli({QStringLiteral("completion"), QStringLiteral("bash")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY2(out.err.isEmpty(), out.err.constData());
    QVERIFY(out.out.startsWith("# bash completion for teamspace-cli"));
    m_bashScript = m_dir.filePath(QStringLiteral("teamspace-cli.bash"));
    QFile file(m_bashScript);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(out.out);
}

// What bash would offer after `words` (the last one is the word being completed, maybe empty), sorted.
QStringList TestCliCompletion::complete(const QStringList& words)
{
    QProcess bash;
    bash.setWorkingDirectory(m_dir.path());
    QStringList args{
        QStringLiteral("--norc"),
        QStringLiteral("--noprofile"),
        QStringLiteral("-c"),
        QStringLiteral("source \"$1\" || exit 9; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                       "COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; _teamspace_cli; "
                       "printf '%s\\n' \"${COMPREPLY[@]}\""),
        QStringLiteral("bash"),
        m_bashScript};
    args += words;
    bash.start(QStringLiteral("bash"), args);
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0) {
        qWarning("bash failed (%d): %s", bash.exitCode(), bash.readAllStandardError().constData());
        return {QStringLiteral("<bash failed>")};
    }
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}

void TestCliCompletion::completesCommandNames()
{
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("no")}),
             QStringList{QStringLiteral("notebook")});
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("set")}),
             QStringList{QStringLiteral("set-aside")});
    const QStringList all = complete({QStringLiteral("teamspace-cli"), QString()});
    for (const char* command : {"scan", "sync", "notebook", "raw", "member", "join", "config", "completion"})
        QVERIFY2(all.contains(QLatin1String(command)), command);
}

void TestCliCompletion::listsTheSubcommandsOfACommand()
{
    const QStringList subs =
        complete({QStringLiteral("teamspace-cli"), QStringLiteral("notebook"), QString()});
    for (const char* sub : {"list", "assign", "suggest-runner", "strip", "lint", "root-cell", "diff"})
        QVERIFY2(subs.contains(QLatin1String(sub)), sub);
    QVERIFY2(!subs.contains(QStringLiteral("scan")), qPrintable(subs.join(u' '))); // not the commands again
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("raw"), QStringLiteral("ver")}),
             QStringList{QStringLiteral("verify")});
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("member"), QStringLiteral("u")}),
             QStringList{QStringLiteral("update")});
}

void TestCliCompletion::completesOptionsOfASubcommandAndGlobalOnes()
{
    // `raw baseline --strong` (docs/CLI.md), read from the subcommand's own --help.
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("raw"), QStringLiteral("baseline"),
                       QStringLiteral("--str")}),
             QStringList{QStringLiteral("--strong")});
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("scan"), QStringLiteral("--fu")}),
             QStringList{QStringLiteral("--full")});
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("--work")}),
             QStringList{QStringLiteral("--workspace")});
    // Global options are valid after the command as well.
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("scan"), QStringLiteral("--js")}),
             QStringList{QStringLiteral("--json")});
}

void TestCliCompletion::skipsGlobalOptionsAndTheirValues()
{
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("-w"), QStringLiteral("notebook"),
                       QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("st")}),
             QStringList{QStringLiteral("strip")});
}

void TestCliCompletion::completesFoldersForAFolderOption()
{
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("alpha-folder")));
    QFile file(m_dir.filePath(QStringLiteral("alpha-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(
        complete({QStringLiteral("teamspace-cli"), QStringLiteral("--workspace"), QStringLiteral("alp")}),
        QStringList{QStringLiteral("alpha-folder")});
    QCOMPARE(
        complete({QStringLiteral("teamspace-cli"), QStringLiteral("--index"), QStringLiteral("alpha-fi")}),
        QStringList{QStringLiteral("alpha-file")});
}

void TestCliCompletion::offersTheShells()
{
    QCOMPARE(complete({QStringLiteral("teamspace-cli"), QStringLiteral("completion"), QString()}),
             (QStringList{QStringLiteral("bash"), QStringLiteral("fish"), QStringLiteral("zsh")}));
}

void TestCliCompletion::refusesAnUnknownShell()
{
    const CliOutput out = runCli({QStringLiteral("completion"), QStringLiteral("tcsh")});
    QCOMPARE(out.exitCode, 2);
    QVERIFY(out.out.isEmpty());
    QVERIFY2(out.err.contains("bash, zsh or fish") && out.err.contains("tcsh"), out.err.constData());
    QCOMPARE(runCli({QStringLiteral("completion")}).exitCode, 2);
}

void TestCliCompletion::zshAndFishScriptsParse()
{
    // The syntax checks need the shells (install-deps.sh installs both); without them, say so and check less.
    for (const QString& shell : {QStringLiteral("zsh"), QStringLiteral("fish")}) {
        const CliOutput out = runCli({QStringLiteral("completion"), shell});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.contains("teamspace-cli"));
        if (QStandardPaths::findExecutable(shell).isEmpty()) {
            qWarning("%s is not installed: its script is not syntax-checked (apt-get install %s)",
                     qPrintable(shell), qPrintable(shell));
            continue;
        }
        const QString path = m_dir.filePath(QStringLiteral("script.") + shell);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(out.out);
        file.close();
        QProcess check;
        check.start(shell, {QStringLiteral("-n"), path});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    }
}

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_cli_completion.moc"
