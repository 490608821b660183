// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `check-push` in a real pre-receive hook of a bare remote, `codeowners`, and the incoming refusals in
// `sync --json` (issue 12: what a teammate pushes with plain git).
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace ts;
using ts::test::GitTeam;

namespace {

int commitAndPush(const GitTeam& team, const QString& member, const QString& what, QString* output = nullptr)
{
    const QString dir = team.clone(member);
    if (test::runGitAs(dir, member, {QStringLiteral("add"), QStringLiteral("-A")}) != 0 ||
        test::runGitAs(dir, member, {QStringLiteral("commit"), QStringLiteral("-m"), what}) != 0)
        return -2;
    return test::runGitAs(dir, member,
                          {QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("main")}, output);
}

// The sample hook of docs/sync.md, calling the CLI under test.
void installHook(const GitTeam& team)
{
    const QString hook = team.remote() + QStringLiteral("/hooks/pre-receive");
    test::writeFile(hook, QStringLiteral("#!/bin/sh\n"
                                         "zero=0000000000000000000000000000000000000000\n"
                                         "status=0\n"
                                         "while read -r old new ref; do\n"
                                         "    [ \"$ref\" = refs/heads/main ] || continue\n"
                                         "    [ \"$new\" = \"$zero\" ] && continue\n"
                                         "    '%1' check-push \"$old\" \"$new\" || status=1\n"
                                         "done\n"
                                         "exit $status\n")
                              .arg(QStringLiteral(TEAMSPACE_CLI_PATH))
                              .toUtf8());
    QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void preReceiveHookRefusesEachViolation_data();
    void preReceiveHookRefusesEachViolation();
    void checkPushJsonListsViolations();
    void codeownersFromManifest();
    void syncJsonListsIncomingRefusals();
};

void TestCliReview::preReceiveHookRefusesEachViolation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("symlink") << QStringLiteral("symlink")
                             << QStringLiteral("notebooks/ada/set-aside [symlink]");
    QTest::newRow("notebooks folder")
        << QStringLiteral("folderlink") << QStringLiteral("notebooks [symlink]");
    QTest::newRow("role") << QStringLiteral("role") << QStringLiteral("teamspace.json [role]");
    QTest::newRow("edit") << QStringLiteral("edit")
                          << QStringLiteral("notebooks/bob/intro.ipynb [ownership]");
    QTest::newRow("truncation") << QStringLiteral("truncate")
                                << QStringLiteral("notebooks/bob/intro.ipynb [invalid]");
    QTest::newRow("deletion") << QStringLiteral("delete")
                              << QStringLiteral("notebooks/bob/intro.ipynb [ownership]");
    QTest::newRow("invalid manifest")
        << QStringLiteral("manifest") << QStringLiteral("teamspace.json [invalid]");
    QTest::newRow("conflict markers")
        << QStringLiteral("markers") << QStringLiteral("notebooks/cy/intro.ipynb [invalid]");
}

void TestCliReview::preReceiveHookRefusesEachViolation()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    GitTeam team;
    QVERIFY(team.ok());
    installHook(team);
    const QString cy = team.clone(QStringLiteral("cy"));
    const QString bobs = cy + QStringLiteral("/notebooks/bob/intro.ipynb");
    if (kind == QLatin1String("symlink")) {
        QVERIFY(QFile::link(team.root(), cy + QStringLiteral("/notebooks/ada/set-aside")));
    } else if (kind == QLatin1String("folderlink")) {
        QVERIFY(QDir(cy + QStringLiteral("/notebooks")).removeRecursively());
        QVERIFY(QFile::link(team.root(), cy + QStringLiteral("/notebooks")));
    } else if (kind == QLatin1String("role")) {
        Manifest coup = team.manifest();
        coup.members[2].role = MemberRole::Lead;
        test::writeFile(cy + QStringLiteral("/teamspace.json"), serializeManifest(coup));
    } else if (kind == QLatin1String("edit")) {
        test::writeFile(bobs, test::makeNotebook(QStringLiteral("cy"), 0));
    } else if (kind == QLatin1String("truncate")) {
        test::writeFile(bobs, QByteArray());
    } else if (kind == QLatin1String("delete")) {
        QVERIFY(QFile::remove(bobs));
    } else if (kind == QLatin1String("manifest")) {
        test::writeFile(cy + QStringLiteral("/teamspace.json"), "{ not json");
    } else {
        QByteArray own = test::readFile(cy + QStringLiteral("/notebooks/cy/intro.ipynb"));
        test::writeFile(cy + QStringLiteral("/notebooks/cy/intro.ipynb"),
                        "<<<<<<< HEAD\n" + own + "=======\n>>>>>>> x\n");
    }
    const QString before = team.remoteHead();
    QString output;
    QVERIFY(commitAndPush(team, QStringLiteral("cy"), kind, &output) != 0);
    QVERIFY2(output.contains(expected), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("cy (Cy Hopper <cy@example.org>)")), qPrintable(output));
    QCOMPARE(team.remoteHead(), before);

    // A push that keeps the rules goes through the same hook.
    QVERIFY(test::runGitAs(
                cy, QStringLiteral("cy"),
                {QStringLiteral("reset"), QStringLiteral("--hard"), QStringLiteral("origin/main")}) == 0);
    test::writeFile(cy + QStringLiteral("/notebooks/cy/intro.ipynb"),
                    test::makeNotebook(QStringLiteral("cy's own"), 0));
    QVERIFY2(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("own work"), &output) == 0,
             qPrintable(output));
    QVERIFY(team.remoteHead() != before);
}

void TestCliReview::checkPushJsonListsViolations()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QString before = team.remoteHead();
    const QString cy = team.clone(QStringLiteral("cy"));
    test::writeFile(cy + QStringLiteral("/notebooks/bob/intro.ipynb"),
                    test::makeNotebook(QStringLiteral("cy"), 0));
    QCOMPARE(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("edit")), 0);
    const QString after = team.remoteHead();
    auto run = test::runCli({QStringLiteral("--json"), QStringLiteral("-w"), team.remote(),
                             QStringLiteral("check-push"), before, after});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("commits")).toInt(), 1);
    const QJsonArray violations = json.value(QStringLiteral("violations")).toArray();
    QCOMPARE(violations.size(), 1);
    const QJsonObject v = violations.at(0).toObject();
    QCOMPARE(v.value(QStringLiteral("commit")).toString(), after);
    QCOMPARE(v.value(QStringLiteral("member")).toString(), QStringLiteral("cy"));
    QCOMPARE(v.value(QStringLiteral("email")).toString(), QStringLiteral("cy@example.org"));
    QCOMPARE(v.value(QStringLiteral("path")).toString(), QStringLiteral("notebooks/bob/intro.ipynb"));
    QCOMPARE(v.value(QStringLiteral("rule")).toString(), QStringLiteral("ownership"));
    // Nothing wrong from here on; an unknown revision is bad input.
    QCOMPARE(test::runCli({QStringLiteral("-w"), team.remote(), QStringLiteral("check-push"), after, after})
                 .exitCode,
             0);
    QCOMPARE(test::runCli({QStringLiteral("-w"), team.remote(), QStringLiteral("check-push"),
                           QStringLiteral("nope"), after})
                 .exitCode,
             3);
}

void TestCliReview::codeownersFromManifest()
{
    GitTeam team;
    QVERIFY(team.ok());
    Manifest manifest = team.manifest();
    manifest.members[0].account = QStringLiteral("ada-gh");
    manifest.members[1].account = QStringLiteral("team/bob");
    const QString ada = team.clone(QStringLiteral("ada"));
    test::writeFile(ada + QStringLiteral("/teamspace.json"), serializeManifest(manifest));
    QVERIFY(test::readFile(ada + QStringLiteral("/teamspace.json")).contains("\"account\": \"team/bob\""));

    auto run =
        test::runCli({QStringLiteral("-w"), ada, QStringLiteral("codeowners"), QStringLiteral("--write")});
    QCOMPARE(run.exitCode, 1); // cy has no account
    QVERIFY2(run.err.contains("notebooks/cy/: member cy has no \"account\""), run.err.constData());
    QCOMPARE(test::readFile(ada + QStringLiteral("/CODEOWNERS")),
             QByteArray(
                 "# Generated by `teamspace-cli codeowners --write` from teamspace.json: change the manifest "
                 "(members' \"account\"), then generate again.\n"
                 "# Each member owns their notebooks folder, an assigned notebook belongs to its owner, the "
                 "leads own the manifest and the baseline.\n"
                 "/notebooks/ada/ @ada-gh\n"
                 "/notebooks/bob/ @team/bob\n"
                 "/notebooks/shared/analysis.ipynb @team/bob\n"
                 "/teamspace.json @ada-gh\n"
                 "/raw-baseline.json @ada-gh\n"
                 "/CODEOWNERS @ada-gh\n"));

    manifest.members[1].account = QStringLiteral("bob smith");
    test::writeFile(ada + QStringLiteral("/teamspace.json"), serializeManifest(manifest));
    run = test::runCli({QStringLiteral("-w"), ada, QStringLiteral("codeowners")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("members[1].account \"bob smith\" is not a git-host account name"),
             run.err.constData());
}

void TestCliReview::syncJsonListsIncomingRefusals()
{
    GitTeam team;
    QVERIFY(team.ok());
    const QString cy = team.clone(QStringLiteral("cy"));
    Manifest coup = team.manifest();
    coup.members[2].role = MemberRole::Lead;
    test::writeFile(cy + QStringLiteral("/teamspace.json"), serializeManifest(coup));
    QCOMPARE(commitAndPush(team, QStringLiteral("cy"), QStringLiteral("coup")), 0);
    const QString coupCommit = team.remoteHead();

    auto run = test::runCli({QStringLiteral("-w"), team.clone(QStringLiteral("ada")), QStringLiteral("--as"),
                             QStringLiteral("ada"), QStringLiteral("--index"),
                             team.root() + QStringLiteral("/local/ada/index.sqlite"),
                             QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    const QJsonArray incoming = json.value(QStringLiteral("incoming")).toArray();
    QCOMPARE(incoming.size(), 1);
    const QJsonObject refusal = incoming.at(0).toObject();
    QCOMPARE(refusal.value(QStringLiteral("commit")).toString(), coupCommit);
    QCOMPARE(refusal.value(QStringLiteral("rule")).toString(), QStringLiteral("role"));
    QCOMPARE(refusal.value(QStringLiteral("path")).toString(), QStringLiteral("teamspace.json"));
    QVERIFY(refusal.value(QStringLiteral("copy"))
                .toString()
                .startsWith(QLatin1String("notebooks/cy/set-aside/teamspace.")));
    QVERIFY(json.value(QStringLiteral("pushed")).toBool());
    QVERIFY(!json.value(QStringLiteral("correction")).toString().isEmpty());
    QVERIFY2(run.err.contains("refused: not taken from the remote: commit"), run.err.constData());
    // The lead still leads: a lead-only command works (it would be refused had Cy's manifest been taken).
    auto add =
        test::runCli({QStringLiteral("-w"), team.clone(QStringLiteral("ada")), QStringLiteral("--as"),
                      QStringLiteral("ada"), QStringLiteral("--index"),
                      team.root() + QStringLiteral("/local/ada/index.sqlite"), QStringLiteral("member"),
                      QStringLiteral("add"), QStringLiteral("dan"), QStringLiteral("--name"),
                      QStringLiteral("Dan"), QStringLiteral("--email"), QStringLiteral("dan@example.org")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
