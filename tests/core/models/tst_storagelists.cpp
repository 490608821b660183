// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's side-list models over a real scan of the demo workspace: each passes
// QAbstractItemModelTester, shows the figures the services report (chen over quota, the unattributed bytes,
// the largest file first, the demo's hazards), and a refresh with the same rows changes data without a reset.
#include "models/DuplicateGroupsModel.h"
#include "models/GrowthModel.h"
#include "models/HazardsModel.h"
#include "models/KindUsageModel.h"
#include "models/LargestFilesModel.h"
#include "models/MemberUsageModel.h"
#include "services/DemoWorkspace.h"
#include "services/ScanService.h"
#include "services/StorageQueries.h"

#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestStorageLists : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void membersShowUsageAgainstQuota();
    void kindsShareTheTotal();
    void largestFilesComeLargestFirst();
    void growthNeedsAnEarlierScan();
    void hazardsListTheDemosFindings();
    void duplicatesAreGroupsWithTheirCopies();
    void aRefreshWithTheSameRowsKeepsThem();

private:
    template <typename M> void test(M& model)
    {
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    }

    QTemporaryDir m_tmp;
    Workspace m_ws;
};

void TestStorageLists::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    const QString index = m_tmp.filePath(QStringLiteral("index.db"));
    auto demo = services::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")), index);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    auto ws = openWorkspace(WorkspaceOpenOptions{demo->repoDir, {}, {}, index});
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    m_ws = *ws;
    auto scan = services::scan(m_ws, {}, services::Call{});
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
}

void TestStorageLists::membersShowUsageAgainstQuota()
{
    auto report = services::usageByMember(m_ws);
    QVERIFY(report.ok());
    MemberUsageModel model;
    test(model);
    model.setReport(*report);
    QCOMPARE(model.rowCount(), m_ws.manifest.members.size() + 1);
    const int unattributed = model.rowCount() - 1;
    QVERIFY(model.index(unattributed, 0).data(MemberUsageModel::IsUnattributedRole).toBool());
    QCOMPARE(model.index(unattributed, 0).data(MemberUsageModel::BytesRole).toLongLong(),
             report->unattributedBytes);
    QCOMPARE(model.index(unattributed, 0).data().toString(), QStringLiteral("Unattributed"));

    const int chen = model.rowOfMember(QStringLiteral("chen"));
    QVERIFY(chen >= 0);
    QVERIFY(model.index(chen, 0).data(MemberUsageModel::OverQuotaRole).toBool());
    QVERIFY(model.index(chen, MemberUsageModel::HeadroomColumn)
                .data()
                .toString()
                .contains(QStringLiteral("over quota")));
    QCOMPARE(model.index(chen, 0).data(MemberUsageModel::FractionRole).toDouble(), 1.0);
    QCOMPARE(model.overQuotaCount(), 1);
    const int ana = model.rowOfMember(QStringLiteral("ana"));
    QVERIFY(!model.index(ana, 0).data(MemberUsageModel::OverQuotaRole).toBool());
    QVERIFY(model.index(ana, MemberUsageModel::HeadroomColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("left")));
    for (const index::MemberUsage& member : report->members) {
        const QModelIndex used = model.index(model.rowOfMember(member.id), MemberUsageModel::UsedColumn);
        QCOMPARE(used.data(MemberUsageModel::BytesRole).toLongLong(), member.bytes);
        QCOMPARE(used.data(Qt::ToolTipRole).toString(), QStringLiteral("%L1 bytes").arg(member.bytes));
    }
}

void TestStorageLists::kindsShareTheTotal()
{
    auto report = services::usageByKind(m_ws);
    QVERIFY(report.ok());
    KindUsageModel model;
    test(model);
    model.setReport(*report);
    QCOMPARE(model.rowCount(), report->kinds.size());
    double shares = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        shares += index.data(KindUsageModel::FractionRole).toDouble();
        QCOMPARE(index::kindName(index::Kind(index.data(KindUsageModel::KindRole).toInt())),
                 index.data(KindUsageModel::KindNameRole).toString());
    }
    QVERIFY(qAbs(shares - 1.0) < 1e-9);
    QVERIFY(model.rowOfKind(index::Kind::Raw) >= 0);
}

void TestStorageLists::largestFilesComeLargestFirst()
{
    auto report = services::largest(m_ws, 20);
    QVERIFY(report.ok());
    QVERIFY(report->files.size() > 3);
    LargestFilesModel model;
    test(model);
    model.setReport(*report);
    QCOMPARE(model.rowCount(), report->files.size());
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(StorageListModel::BytesRole).toLongLong() >=
                model.index(row, 0).data(StorageListModel::BytesRole).toLongLong());
    const QString first = model.index(0, 0).data(StorageListModel::DisplayPathRole).toString();
    QCOMPARE(first, report->files.first().path);
    QVERIFY(first.endsWith(model.index(0, LargestFilesModel::NameColumn).data().toString()));
    QCOMPARE(model.rowOfPath(first), 0);
}

void TestStorageLists::growthNeedsAnEarlierScan()
{
    GrowthModel model;
    test(model);
    auto before = services::growth(m_ws);
    QVERIFY(before.ok());
    model.setReport(*before);
    QVERIFY(!model.hasEarlierScan());
    QCOMPARE(model.rowCount(), 0);

    // A file appears in ben's results; the next scan has something to compare with.
    QFile grown(m_ws.rootDir + QStringLiteral("/results/ben/grown.bin"));
    QVERIFY(grown.open(QIODevice::WriteOnly));
    grown.write(QByteArray(70000, 'g'));
    grown.close();
    QVERIFY(services::scan(m_ws, {}, services::Call{}).ok());
    auto after = services::growth(m_ws);
    QVERIFY(after.ok());
    model.setReport(*after);
    QVERIFY(model.hasEarlierScan());
    QCOMPARE(model.index(0, 0).data(GrowthModel::ScopeRole).toString(), QStringLiteral("all"));
    QCOMPARE(model.total()->delta(), after->total->delta());
    QVERIFY(model.total()->delta() >= 70000);
    const auto ben =
        model.match(model.index(0, 0), GrowthModel::KeyRole, QStringLiteral("ben"), 1, Qt::MatchExactly);
    QCOMPARE(ben.size(), 1);
    QVERIFY(ben.first().data(GrowthModel::DeltaRole).toLongLong() >= 70000);
    QVERIFY(model.index(ben.first().row(), GrowthModel::ChangeColumn).data().toString().startsWith(u'+'));
    // Folder rows name their folder, so the panel can select it.
    const auto folders = model.match(model.index(0, 0), GrowthModel::ScopeRole, QStringLiteral("folder"), -1);
    QVERIFY(!folders.isEmpty());
    for (const QModelIndex& folder : folders)
        QCOMPARE(folder.data(StorageListModel::DisplayPathRole).toString(),
                 folder.data(GrowthModel::KeyRole).toString());
}

void TestStorageLists::hazardsListTheDemosFindings()
{
    auto report = services::hazards(m_ws);
    QVERIFY(report.ok());
    QVERIFY(!report->findings.isEmpty());
    HazardsModel model;
    test(model);
    model.setReport(*report);
    QCOMPARE(model.rowCount(), report->findings.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const hazards::Finding& finding = report->findings[row];
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(HazardsModel::RuleRole).toString(), finding.rule);
        QCOMPARE(index.data(StorageListModel::DisplayPathRole).toString(), finding.path);
        QCOMPARE(index.data(HazardsModel::FixRole).toString(), finding.fix);
        QVERIFY(!index.data().toString().isEmpty()); // the severity in words
    }
}

void TestStorageLists::duplicatesAreGroupsWithTheirCopies()
{
    // The demo's duplicates are gigabyte checkpoints (sparse, but still read to be hashed): a small team
    // with one duplicate pair instead.
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("repo")), root = dir.filePath(QStringLiteral("root"));
    QDir().mkpath(repo);
    QDir().mkpath(root);
    Workspace ws = test::makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
    test::writeFile(root + QStringLiteral("/results/ben/dup.bin"), QByteArray(5000, 'd'));
    test::writeFile(root + QStringLiteral("/checkpoints/ana/dup.bin"), QByteArray(5000, 'd'));
    test::writeFile(root + QStringLiteral("/checkpoints/ana/other.bin"), QByteArray(5000, 'o'));
    QVERIFY(services::scan(ws, {}, services::Call{}).ok());
    auto report = services::duplicates(ws, {}, services::Call{});
    QVERIFY(report.ok());
    DuplicateGroupsModel model;
    test(model);
    QVERIFY(!model.hasReport());
    model.setReport(*report);
    QVERIFY(model.hasReport());
    QCOMPARE(model.rowCount(), report->groups.size());
    QCOMPARE(report->groups.size(), 1);
    QCOMPARE(report->reclaimableBytes, 5000);
    const QModelIndex group = model.index(0, 0);
    QCOMPARE(model.rowCount(group), report->groups.first().paths.size());
    QCOMPARE(group.data(DuplicateGroupsModel::ReclaimableRole).toLongLong(),
             report->groups.first().reclaimable());
    const QModelIndex copy = model.index(1, 0, group);
    QCOMPARE(copy.parent(), group);
    QCOMPARE(copy.data(DuplicateGroupsModel::DisplayPathRole).toString(), report->groups.first().paths.at(1));
    model.clear();
    QVERIFY(!model.hasReport());
    QCOMPARE(model.rowCount(), 0);
}

void TestStorageLists::aRefreshWithTheSameRowsKeepsThem()
{
    auto report = services::usageByMember(m_ws);
    QVERIFY(report.ok());
    MemberUsageModel model;
    test(model);
    model.setReport(*report);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    services::MemberUsageReport changed = *report;
    changed.members[0].bytes += 1000;
    model.setReport(changed);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, 0).data(StorageListModel::BytesRole).toLongLong(), changed.members[0].bytes);
    changed.members.removeLast();
    model.setReport(changed);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), changed.members.size() + 1);
}

QTEST_GUILESS_MAIN(TestStorageLists)
#include "tst_storagelists.moc"
