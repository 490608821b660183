// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The command line of `teamspace`: the README's `teamspace DIR/repo`, and --root/--as/--index like the CLI.
#include "StartOptions.h"

#include <QTest>

using namespace ts;
using gui::parseStartOptions;

class TestStartOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noArgumentsOpensNothing();
    void workspaceFolderAsFirstArgument();
    void rootAsAndIndexLikeTheCli();
    void optionsWithoutFolderOpenFromTheCurrentFolder();
    void helpAndVersion();
    void refusesTwoFoldersAndUnknownOptions();
    void panelNamesAnArea();
    void refusesAnUnknownPanel();
};

void TestStartOptions::noArgumentsOpensNothing()
{
    auto start = parseStartOptions({QStringLiteral("teamspace")});
    QVERIFY(start.ok());
    QVERIFY(!start->open.has_value());
    QVERIFY(!start->showHelp && !start->showVersion);
}

void TestStartOptions::workspaceFolderAsFirstArgument()
{
    auto start = parseStartOptions({QStringLiteral("teamspace"), QStringLiteral("/tmp/demo/repo")});
    QVERIFY(start.ok());
    QVERIFY(start->open.has_value());
    QCOMPARE(start->open->workspaceDir, QStringLiteral("/tmp/demo/repo"));
    QVERIFY(start->open->rootDir.isEmpty());
    QVERIFY(start->open->memberId.isEmpty());
}

void TestStartOptions::rootAsAndIndexLikeTheCli()
{
    auto start = parseStartOptions(
        {"teamspace", "-r", "/mnt/shared", "--as", "ana", "--index", "/tmp/i.sqlite", "/w"});
    QVERIFY(start.ok());
    QCOMPARE(start->open->workspaceDir, QStringLiteral("/w"));
    QCOMPARE(start->open->rootDir, QStringLiteral("/mnt/shared"));
    QCOMPARE(start->open->memberId, QStringLiteral("ana"));
    QCOMPARE(start->open->indexPath, QStringLiteral("/tmp/i.sqlite"));
    auto longForm = parseStartOptions({"teamspace", "/w", "--root=/mnt/other"});
    QVERIFY(longForm.ok());
    QCOMPARE(longForm->open->rootDir, QStringLiteral("/mnt/other"));
}

void TestStartOptions::optionsWithoutFolderOpenFromTheCurrentFolder()
{
    auto start = parseStartOptions({"teamspace", "--as", "ben"});
    QVERIFY(start.ok());
    QVERIFY(start->open.has_value());
    QVERIFY(start->open->workspaceDir.isEmpty()); // openWorkspace searches from the current folder
    QCOMPARE(start->open->memberId, QStringLiteral("ben"));
}

void TestStartOptions::helpAndVersion()
{
    auto help = parseStartOptions({"teamspace", "--help"});
    QVERIFY(help.ok());
    QVERIFY(help->showHelp);
    QVERIFY(help->helpText.contains(QStringLiteral("--root <DIR>")));
    QVERIFY(help->helpText.contains(QStringLiteral("--as <MEMBER>")));
    auto version = parseStartOptions({"teamspace", "--version"});
    QVERIFY(version.ok());
    QVERIFY(version->showVersion);
}

void TestStartOptions::refusesTwoFoldersAndUnknownOptions()
{
    auto two = parseStartOptions({"teamspace", "/a", "/b"});
    QVERIFY(!two.ok());
    QCOMPARE(two.error().kind, ErrorKind::Usage);
    QCOMPARE(two.error().message,
             QStringLiteral("\"/b\": only one workspace folder can be opened (see teamspace --help)"));
    auto unknown = parseStartOptions({"teamspace", "--colour"});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, QStringLiteral("Unknown option 'colour'. (see teamspace --help)"));
    auto missingValue = parseStartOptions({"teamspace", "--root"});
    QVERIFY(!missingValue.ok());
    QVERIFY(missingValue.error().message.contains(QStringLiteral("root")));
}

void TestStartOptions::panelNamesAnArea()
{
    auto start = parseStartOptions({"teamspace", "--panel", "storage", "/w"});
    QVERIFY(start.ok());
    QCOMPARE(start->panel, QStringLiteral("storage"));
    QCOMPARE(start->open->workspaceDir, QStringLiteral("/w"));
    // Every area of the navigation is a valid name, built or not; --panel alone opens nothing by itself.
    for (const char* id : {"overview", "members", "layout", "notebooks", "raw", "sync", "activity"}) {
        auto other = parseStartOptions({"teamspace", QStringLiteral("--panel=%1").arg(QLatin1String(id))});
        QVERIFY2(other.ok(), id);
        QCOMPARE(other->panel, QString::fromLatin1(id));
        QVERIFY(!other->open.has_value());
    }
    QVERIFY(parseStartOptions({"teamspace"})->panel.isEmpty());
    QVERIFY(parseStartOptions({"teamspace", "--help"})->helpText.contains(QStringLiteral("--panel <NAME>")));
}

void TestStartOptions::refusesAnUnknownPanel()
{
    auto unknown = parseStartOptions({"teamspace", "--panel", "disk", "/w"});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::Usage);
    QCOMPARE(
        unknown.error().message,
        QStringLiteral("--panel \"disk\": no such area; use one of overview, members, layout, notebooks, "
                       "storage, raw, sync, activity (see teamspace --help)"));
    QVERIFY(!parseStartOptions({"teamspace", "--panel"}).ok());            // the name is missing
    QVERIFY(!parseStartOptions({"teamspace", "--panel", "Storage"}).ok()); // ids are lower case
}

QTEST_GUILESS_MAIN(TestStartOptions)
#include "tst_startoptions.moc"
