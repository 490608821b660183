// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Ownership: the default owner, assignment validation, and the runner ranking — from usage numbers given
// directly and from a real scan of sparse files of known sizes into a real index.
#include "../index/IndexTestSupport.h"
#include "TestEnv.h"

#include "index/IndexStore.h"
#include "notebooks/Ownership.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

Manifest teamWithAssignments()
{
    Manifest m = test::teamManifest(); // lea (lead, no quota), ana (1 GB), ben (10 kB)
    NotebookAssignment running;
    running.path = QStringLiteral("notebooks/ana/train.ipynb");
    running.owner = QStringLiteral("ana");
    running.runner = QStringLiteral("ana");
    running.expectedOutputBytes = 100'000'000;
    m.notebooks = {running};
    return m;
}

QStringList ranking(const QList<RunnerCandidate>& candidates)
{
    QStringList s;
    for (const RunnerCandidate& c : candidates)
        s << QStringLiteral("%1 %2 %3")
                 .arg(c.member, c.headroomBytes ? QString::number(*c.headroomBytes) : QStringLiteral("-"),
                      c.fits ? QStringLiteral("fits") : QStringLiteral("no"));
    return s;
}

void makeSparseFile(const QString& path, qint64 size)
{
    test::writeFile(path, QByteArray());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(size));
}

} // namespace

class TestOwnership : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserFolders(); }

    void defaultOwnerIsTheNotebooksFolderMember()
    {
        const Manifest m = test::teamManifest();
        QCOMPARE(defaultOwner(m, QStringLiteral("notebooks/ana/eda.ipynb")), QStringLiteral("ana"));
        QCOMPARE(defaultOwner(m, QStringLiteral("notebooks/ben/deep/x.ipynb")), QStringLiteral("ben"));
        QCOMPARE(defaultOwner(m, QStringLiteral("notebooks/zoe/x.ipynb")), QString()); // not a member
        QCOMPARE(defaultOwner(m, QStringLiteral("notebooks/ana.ipynb")), QString());
        QCOMPARE(defaultOwner(m, QStringLiteral("other/ana/x.ipynb")), QString());
    }

    void assignValidatesAndKeepsAssignmentsSorted()
    {
        auto first =
            assignNotebook(teamWithAssignments(),
                           {QStringLiteral("notebooks/ben/b.ipynb"), {}, QStringLiteral("ana"), 5'000, {}});
        QVERIFY(first.ok());
        const NotebookAssignment* a = first->assignment(QStringLiteral("notebooks/ben/b.ipynb"));
        QVERIFY(a);
        QCOMPARE(a->owner, QStringLiteral("ben")); // from the folder
        QCOMPARE(a->runner, QStringLiteral("ana"));
        QCOMPARE(a->expectedOutputBytes, std::optional<qint64>(5'000));
        QCOMPARE(first->notebooks.size(), 2);
        QCOMPARE(first->notebooks.first().path, QStringLiteral("notebooks/ana/train.ipynb"));

        // Updating only the owner keeps runner and expected output; "./" is normalised away.
        auto second = assignNotebook(
            *first,
            {QStringLiteral("notebooks//ben/./b.ipynb"), QStringLiteral("lea"), {}, std::nullopt, {}});
        QVERIFY(second.ok());
        QCOMPARE(second->notebooks.size(), 2);
        a = second->assignment(QStringLiteral("notebooks/ben/b.ipynb"));
        QCOMPARE(a->owner, QStringLiteral("lea"));
        QCOMPARE(a->runner, QStringLiteral("ana"));
        QCOMPARE(a->expectedOutputBytes, std::optional<qint64>(5'000));
    }

    void assignRefuses_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("runner");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("escape") << "../x.ipynb"
                                << "ana"
                                << "" << int(ErrorKind::BadInput) << "..";
        QTest::newRow("absolute") << "/etc/x.ipynb"
                                  << "ana"
                                  << "" << int(ErrorKind::BadInput) << "notebook path";
        QTest::newRow("not a notebook") << "notebooks/ana/x.py"
                                        << "ana"
                                        << "" << int(ErrorKind::Usage) << ".ipynb";
        QTest::newRow("unknown owner") << "notebooks/ana/x.ipynb"
                                       << "zoe"
                                       << "" << int(ErrorKind::Usage) << "--owner zoe: no such member";
        QTest::newRow("unknown runner") << "notebooks/ana/x.ipynb"
                                        << ""
                                        << "zoe" << int(ErrorKind::Usage) << "--runner zoe: no such member";
        QTest::newRow("no owner known") << "shared/x.ipynb"
                                        << ""
                                        << "" << int(ErrorKind::Usage) << "pass --owner";
    }
    void assignRefuses()
    {
        QFETCH(QString, path);
        QFETCH(QString, owner);
        QFETCH(QString, runner);
        QFETCH(int, kind);
        QFETCH(QString, message);
        auto result = assignNotebook(teamWithAssignments(), {path, owner, runner, std::nullopt, {}});
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void rankingFromGivenUsage()
    {
        const Manifest m = teamWithAssignments();
        const QHash<QString, qint64> usage{
            {QStringLiteral("ana"), 400'000'000}, {QStringLiteral("ben"), 2'000}, {QStringLiteral("lea"), 7}};
        // ana: 1e9 − 4e8 − 1e8 (train.ipynb) = 5e8; ben: 10'000 − 2'000 = 8'000; lea: no quota → last.
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("notebooks/ben/new.ipynb"), usage, 500'000'000)),
                 (QStringList{"ana 500000000 fits", "ben 8000 no", "lea - no"}));
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("notebooks/ben/new.ipynb"), usage, 500'000'001)),
                 (QStringList{"ana 500000000 no", "ben 8000 no", "lea - no"}));
        // Without --expected-output the assignment's 100 MB is used; it is not counted twice against its
        // runner.
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("notebooks/ana/train.ipynb"), usage, std::nullopt)),
                 (QStringList{"ana 600000000 fits", "ben 8000 no", "lea - no"}));
        const QList<RunnerCandidate> c =
            rankRunners(m, QStringLiteral("notebooks/ben/new.ipynb"), usage, 1'000);
        QVERIFY(c.last().explanation.contains(QLatin1String("no quota")));
        QVERIFY(c.first().explanation.contains(QLatin1String("headroom")));
    }

    void rankingTiesAndOverQuota()
    {
        Manifest m = test::teamManifest();
        m.members[2].quotaBytes = 1'000'000'000; // ben now has the same quota as ana
        const QHash<QString, qint64> usage{{QStringLiteral("ana"), 1'200'000'000}};
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("x.ipynb"), usage, 0)),
                 (QStringList{"ben 1000000000 fits", "ana -200000000 no", "lea - no"}));
        m.members[0].quotaBytes = 1'000'000'000; // a tie between ben and lea: by id
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("x.ipynb"), usage, 0)).mid(0, 2),
                 (QStringList{"ben 1000000000 fits", "lea 1000000000 fits"}));
    }

    void rankingFromAScanOfSparseFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("root"));
        const QString repo = dir.filePath(QStringLiteral("repo"));
        const QString db = dir.filePath(QStringLiteral("index.sqlite"));
        makeSparseFile(root + QStringLiteral("/results/ana/run1/preds.bin"), 300'000'000);
        makeSparseFile(root + QStringLiteral("/checkpoints/ana/epoch3.pt"), 50'000'000);
        makeSparseFile(root + QStringLiteral("/results/ben/r.csv"), 4'000);
        makeSparseFile(root + QStringLiteral("/data/processed/shared.parquet"),
                       900'000'000); // nobody's quota
        test::writeFile(repo + QStringLiteral("/notebooks/ben/new.ipynb"), "{}");
        const Manifest m = teamWithAssignments();
        test::scanOrFail(root, repo, db, true, m);

        auto store = index::IndexStore::open(db);
        QVERIFY(store.ok());
        auto usage = store->usageByMember(m);
        QVERIFY(usage.ok());
        QHash<QString, qint64> byMember;
        for (const index::MemberUsage& u : *usage)
            byMember.insert(u.id, u.bytes);
        QCOMPARE(byMember.value(QStringLiteral("ana")), 350'000'000);
        QCOMPARE(byMember.value(QStringLiteral("ben")), 4'000);
        // ana: 1e9 − 3.5e8 − 1e8 = 5.5e8; ben: 10'000 − 4'000 = 6'000.
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("notebooks/ben/new.ipynb"), byMember, 6'000)),
                 (QStringList{"ana 550000000 fits", "ben 6000 fits", "lea - no"}));
        QCOMPARE(ranking(rankRunners(m, QStringLiteral("notebooks/ben/new.ipynb"), byMember, 6'001)),
                 (QStringList{"ana 550000000 fits", "ben 6000 no", "lea - no"}));
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
