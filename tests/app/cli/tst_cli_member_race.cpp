// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Two `teamspace-cli member add` processes editing one workspace at the same moment, 50 rounds: every round
// must end with both members in teamspace.json and both additions in the activity log (issue 13: no edit is
// lost; before compare-and-swap the later writer saved its stale copy over the other's member).
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"

#include "CliRunner.h"
#include "TestEnv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestCliMemberRace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void concurrentAddsKeepBothMembers();
};

namespace {

constexpr int kRounds = 50;

QStringList memberIdsIn(const QString& repo)
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(test::readFile(repo + QStringLiteral("/teamspace.json"))).object();
    QStringList ids;
    for (const QJsonValue& m : manifest.value(QStringLiteral("members")).toArray())
        ids << m.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QString describe(QProcess& p)
{
    return QStringLiteral("exit %1: %2")
        .arg(p.exitCode())
        .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
}

} // namespace

void TestCliMemberRace::concurrentAddsKeepBothMembers()
{
    QTemporaryDir repo, local;
    const QString w = repo.path();
    // The log is read in-process too, whose default database folder is named after this test program, not
    // after teamspace-cli: every run names the database.
    const QString index = local.filePath(QStringLiteral("index.sqlite"));
    const auto init = test::runCli({"-w", w, "--index", index, "init", "--name", "Race", "--lead", "ana",
                                    "--lead-name", "Ana", "--lead-email", "ana@example.org"});
    QCOMPARE(init.exitCode, 0);
    auto database = db::openLocalDatabase(index);
    QVERIFY(database.ok());
    QStringList expected{QStringLiteral("ana")};
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        const QStringList ids = {QStringLiteral("a%1").arg(round), QStringLiteral("b%1").arg(round)};
        QProcess first, second;
        QProcess* both[] = {&first, &second};
        for (int i = 0; i < 2; ++i)
            both[i]->start(QStringLiteral(TEAMSPACE_CLI_PATH),
                           {"-w", w, "--index", index, "--as", "ana", "member", "add", ids[i], "--name",
                            ids[i].toUpper(), "--email", ids[i] + QStringLiteral("@example.org"), "--quota",
                            "12000000000"});
        for (QProcess* p : both) {
            QVERIFY(p->waitForFinished(60'000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(describe(*p)));
        }
        expected << ids;
        expected.sort();
        QStringList present = memberIdsIn(w); // in the order the two got the lock
        present.sort();
        QCOMPARE(present, expected); // both, after every round: no edit lost

        // The log, read the way `activity` reads it (in-process: a CLI run per round would double the time).
        auto entries = ActivityLog::query(*database, {}, 8);
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message));
        QStringList added;
        for (const ActivityEntry& e : *entries)
            if (e.action == QLatin1String("member.add"))
                added << e.detail.section(u':', 0, 0);
        added.sort();
        QCOMPARE(added, (QStringList{QStringLiteral("added ") + ids[0], QStringLiteral("added ") + ids[1]}));
    }
    // The whole log through the CLI: 100 additions, none lost.
    const auto activity = test::runCli({"-w", w, "--index", index, "--json", "activity", "--limit", "1000"});
    QCOMPARE(activity.exitCode, 0);
    int added = 0;
    for (const QJsonValue& e : activity.json().value(QStringLiteral("entries")).toArray())
        added +=
            e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("member.add") ? 1 : 0;
    QCOMPARE(added, 2 * kRounds);
    // The quota of every member kept its exact bytes through the other writers' edits.
    const QByteArray manifest = test::readFile(w + QStringLiteral("/teamspace.json"));
    QCOMPARE(manifest.count("\"quotaBytes\": 12000000000"), qsizetype(2 * kRounds));
    qInfo("%d rounds of two concurrent member adds in %lld ms", kRounds, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestCliMemberRace)
#include "tst_cli_member_race.moc"
