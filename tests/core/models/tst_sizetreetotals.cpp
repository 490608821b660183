// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The size tree's numbers against the usage reports, on a real scanned workspace (StorageTestTeam): every
// folder's size, allocated bytes, files and folders equal `usage --by folder` — both the service the CLI
// calls (services::usageByFolder at depth 64, which reaches every folder) and the CLI's own JSON
// (teamspace-cli --json usage --by folder, run as a user would) — and the member, unattributed and kind
// filters give the member and kind usage (IndexBrowser.h says how the member filter differs).
#include "models/SizeTreeModel.h"

#include "index/PathText.h"
#include "services/StorageQueries.h"

#include "../index/StorageTestTeam.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace ts;
using index::EntryFilter;

class TestSizeTreeTotals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void folderSizesEqualUsageByFolder();
    void folderSizesEqualTheCliJson();
    void filtersGiveMemberAndKindUsage();

private:
    int fetchAll(SizeTreeModel& model, const QModelIndex& parent = {});
    // Every folder of the model: display path -> (bytes, files), fetching everything.
    QHash<QString, std::pair<qint64, qint64>> folderSizes(SizeTreeModel& model);
    test::StorageTeam m_team;
};

void TestSizeTreeTotals::initTestCase()
{
    test::isolateUserFolders();
    m_team.build();
}

int TestSizeTreeTotals::fetchAll(SizeTreeModel& model, const QModelIndex& parent)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    int rows = model.rowCount(parent);
    for (int r = 0, n = model.rowCount(parent); r < n; ++r)
        rows += fetchAll(model, model.index(r, 0, parent));
    return rows;
}

QHash<QString, std::pair<qint64, qint64>> TestSizeTreeTotals::folderSizes(SizeTreeModel& model)
{
    fetchAll(model);
    QHash<QString, std::pair<qint64, qint64>> sizes;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (!i.data(SizeTreeModel::IsFolderRole).toBool())
                continue;
            sizes.insert(
                i.data(SizeTreeModel::DisplayPathRole).toString(),
                {i.data(SizeTreeModel::BytesRole).toLongLong(), i.siblingAtColumn(SizeTreeModel::FilesColumn)
                                                                    .data(SizeTreeModel::SortKeyRole)
                                                                    .toLongLong()});
            walk(i);
        }
    };
    walk({});
    return sizes;
}

void TestSizeTreeTotals::folderSizesEqualTheCliJson()
{
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    const auto sizes = folderSizes(model);
    int compared = 0;
    for (const QString& top : {QStringLiteral("."), QStringLiteral("repo:.")}) {
        const test::CliOutput out =
            test::runCli({QStringLiteral("-w"), m_team.repo, QStringLiteral("-r"), m_team.root,
                          QStringLiteral("--index"), m_team.ws.databasePath, QStringLiteral("--json"),
                          QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("folder"),
                          QStringLiteral("--path"), top, QStringLiteral("--depth"), QStringLiteral("64")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        const QJsonArray folders = out.json().value(QStringLiteral("folders")).toArray();
        QVERIFY(!folders.isEmpty());
        for (const QJsonValue& v : folders) {
            const QJsonObject f = v.toObject();
            const QString path = f.value(QStringLiteral("path")).toString();
            QVERIFY2(sizes.contains(path), qPrintable(path));
            QCOMPARE(sizes.value(path).first, qint64(f.value(QStringLiteral("bytes")).toDouble()));
            QCOMPARE(sizes.value(path).second, qint64(f.value(QStringLiteral("files")).toDouble()));
            ++compared;
        }
    }
    // Every folder of the tree, none missing on either side.
    QCOMPARE(compared, int(sizes.size()));
    QVERIFY(compared > 20);
}

void TestSizeTreeTotals::folderSizesEqualUsageByFolder()
{
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    fetchAll(model);
    // What `usage --by folder --path . --depth 64` and `--path repo:. --depth 64` print.
    QHash<QString, index::FolderRow> usage;
    for (const QString& top : {QStringLiteral("."), QStringLiteral("repo:.")}) {
        auto report = services::usageByFolder(m_team.ws, {top, 64});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        for (const index::FolderRow& row : report->folders)
            usage.insert(row.path, row);
    }
    int compared = 0;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (!i.data(SizeTreeModel::IsFolderRole).toBool())
                continue;
            const QString path = i.data(SizeTreeModel::DisplayPathRole).toString();
            QVERIFY2(usage.contains(path), qPrintable(path));
            QCOMPARE(i.data(SizeTreeModel::BytesRole).toLongLong(), usage[path].bytes);
            QCOMPARE(i.data(SizeTreeModel::AllocatedRole).toLongLong(), usage[path].allocated);
            QCOMPARE(model.index(r, SizeTreeModel::FilesColumn, parent)
                         .data(SizeTreeModel::SortKeyRole)
                         .toLongLong(),
                     usage[path].files);
            QCOMPARE(model.index(r, SizeTreeModel::FoldersColumn, parent)
                         .data(SizeTreeModel::SortKeyRole)
                         .toLongLong(),
                     usage[path].folders);
            ++compared;
            walk(i);
        }
    };
    walk({});
    // Every folder the report lists (the repository's .git is recorded as one skipped folder, too).
    QCOMPARE(compared, int(usage.size()));
    QVERIFY(compared > 20);
}

void TestSizeTreeTotals::filtersGiveMemberAndKindUsage()
{
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    const auto topBytes = [&](int row) {
        return model.index(row, 0).data(SizeTreeModel::BytesRole).toLongLong();
    };
    qint64 all = topBytes(0) + topBytes(1);
    auto members = services::usageByMember(m_team.ws);
    QVERIFY(members.ok());
    qint64 attributed = 0, notebooksOfMembers = 0;
    for (const index::MemberUsage& m : members->members) {
        QVERIFY(model.setFilter(EntryFilter::ofMember(m.id)).ok());
        QCOMPARE(model.rowCount(), 2);
        // The shared folder: results/<m> + checkpoints/<m>, what counts against the quota.
        QCOMPARE(topBytes(0), m.bytes);
        // The repository: notebooks/<m>, which the filter keeps and the quota does not count.
        auto notebooks = services::usageByFolder(m_team.ws, {QStringLiteral("repo:notebooks/") + m.id, 0});
        QVERIFY(notebooks.ok());
        QCOMPARE(topBytes(1), notebooks->folders.first().bytes);
        attributed += topBytes(0) + topBytes(1);
        notebooksOfMembers += topBytes(1);
    }
    QCOMPARE(members->members.size(), 2);
    QVERIFY(model.setFilter(EntryFilter::unattributed()).ok());
    const qint64 unattributed = topBytes(0) + (model.rowCount() > 1 ? topBytes(1) : 0);
    QCOMPARE(unattributed, members->unattributedBytes - notebooksOfMembers);
    QCOMPARE(unattributed + attributed, all);
    auto kinds = services::usageByKind(m_team.ws);
    QVERIFY(kinds.ok());
    QVERIFY(kinds->kinds.size() >= 5);
    for (int k = 0; k < index::kKindCount; ++k) {
        QVERIFY(model.setFilter(EntryFilter::ofKind(index::Kind(k))).ok());
        qint64 sum = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            sum += topBytes(r);
        qint64 expected = 0;
        for (const index::KindUsage& u : kinds->kinds)
            if (u.kind == index::kindName(index::Kind(k)))
                expected = u.bytes;
        QCOMPARE(sum, expected);
    }
    // Hidden entries are not rows: under "raw" the shared folder holds data only, data holds raw only.
    QVERIFY(model.setFilter(EntryFilter::ofKind(index::Kind::Raw)).ok());
    QCOMPARE(model.rowCount(), 1);
    fetchAll(model);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QVERIFY(model.indexForPath(QStringLiteral("data/raw/c.csv")).isValid());
    QVERIFY(!model.indexForPath(QStringLiteral("models/m.onnx")).isValid());
    QCOMPARE(model.indexForPath(QStringLiteral("data")).data(SizeTreeModel::BytesRole).toLongLong(), 4060);
}

QTEST_GUILESS_MAIN(TestSizeTreeTotals)
#include "tst_sizetreetotals.moc"
