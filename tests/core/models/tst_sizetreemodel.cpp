// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// SizeTreeModel on a real scanned index (StorageTestTeam: a workspace scanned in full, then incrementally):
// under QAbstractItemModelTester through fetches, sorts and filter switches; laziness, deep lookups,
// escaping, marks, persistent indexes across sorts, allocated sizes, a folder of 10,000 entries. The totals
// against the usage reports are in tst_sizetreetotals.
#include "models/SizeTreeModel.h"

#include "index/PathText.h"

#include "../index/StorageTestTeam.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <sys/mount.h>

using namespace ts;
using index::EntryFilter;

// Qt 6.4's QAbstractItemModelTester runs its checks from modelReset before it marks the reset as finished, so
// a lazy model that fetches when the checks ask (as a view does) fails "change in flight". The tester is
// attached again after each reset instead: attaching runs every check, fetches included, on the new state.
class TestedModel
{
public:
    SizeTreeModel model;
    TestedModel() { attach(); }
    template <class Op> auto reset(Op&& op)
    {
        m_tester.reset();
        auto result = op();
        attach();
        return result;
    }

private:
    void attach()
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

class TestSizeTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsWithTheTopsOnly();
    void testerAcceptsFetchSortFilterAndSizes();
    void indexForEntryFetchesDeepDown();
    void sortKeepsPersistentIndexes();
    void namesAreEscapedAndTopsNamed();
    void marksLinks();
    void marksUnreadableFolders();
    void marksOtherFileSystems();
    void fractionsOfTheParent();
    void showsAllocatedAndModifiedOnDemand();
    void refusesAnUnscannedDatabase();
    void fetchesTenThousandChildren();
    void refreshUpdatesRowsInPlace();

private:
    // Fetches every folder below `parent`; returns how many rows it saw.
    int fetchAll(SizeTreeModel& model, const QModelIndex& parent = {});
    QModelIndex childNamed(const SizeTreeModel& model, const QModelIndex& parent, const QString& name);
    test::StorageTeam m_team;
};

void TestSizeTreeModel::initTestCase()
{
    test::isolateUserFolders();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_team.build();
}

int TestSizeTreeModel::fetchAll(SizeTreeModel& model, const QModelIndex& parent)
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    int rows = model.rowCount(parent);
    for (int r = 0, n = model.rowCount(parent); r < n; ++r)
        rows += fetchAll(model, model.index(r, 0, parent));
    return rows;
}

QModelIndex TestSizeTreeModel::childNamed(const SizeTreeModel& model, const QModelIndex& parent,
                                          const QString& name)
{
    for (int r = 0; r < model.rowCount(parent); ++r)
        if (model.index(r, 0, parent).data().toString() == name)
            return model.index(r, 0, parent);
    return {};
}

void TestSizeTreeModel::startsWithTheTopsOnly()
{
    SizeTreeModel model;
    QVERIFY(!model.hasIndex());
    QVERIFY(model.lastScan() == nullptr);
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    QVERIFY(model.hasIndex());
    QVERIFY(model.lastScan() != nullptr);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.fetchedNodes(), 2);
    const QModelIndex shared = model.index(0, 0);
    // Folders with children say so without fetching; fetching one folder adds only its direct children.
    QVERIFY(model.hasChildren(shared));
    QVERIFY(model.canFetchMore(shared));
    QCOMPARE(model.rowCount(shared), 0);
    model.fetchMore(shared);
    QVERIFY(!model.canFetchMore(shared));
    const int direct = model.rowCount(shared);
    QCOMPARE(direct, 7); // checkpoints data empty loose.txt models odd results
    QCOMPARE(model.fetchedNodes(), 2 + direct);
    const QModelIndex empty = model.indexForPath(QStringLiteral("empty"));
    QVERIFY(empty.isValid());
    QVERIFY(!model.hasChildren(empty));
    QVERIFY(!model.canFetchMore(empty));
    const QModelIndex loose = model.indexForPath(QStringLiteral("loose.txt"));
    QVERIFY(!model.hasChildren(loose));
    QVERIFY(model.flags(loose) & Qt::ItemNeverHasChildren);
}

void TestSizeTreeModel::testerAcceptsFetchSortFilterAndSizes()
{
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(m_team.ws.databasePath); }).ok());
    const int rows = fetchAll(model);
    QVERIFY2(rows > 30, qPrintable(QString::number(rows)));
    for (int column = 0; column < SizeTreeModel::ColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            // Siblings in key order everywhere.
            const QModelIndex data = model.indexForPath(QStringLiteral("data/processed/shards"));
            for (int r = 1; r < model.rowCount(data); ++r) {
                const QVariant a = model.index(r - 1, column, data).data(SizeTreeModel::SortKeyRole);
                const QVariant b = model.index(r, column, data).data(SizeTreeModel::SortKeyRole);
                if (column == SizeTreeModel::NameColumn || column >= SizeTreeModel::MemberColumn)
                    continue; // collation order: checked in sortKeepsPersistentIndexes
                QVERIFY(order == Qt::AscendingOrder ? a.toLongLong() <= b.toLongLong()
                                                    : a.toLongLong() >= b.toLongLong());
            }
        }
    for (const EntryFilter& f : {EntryFilter::ofMember(QStringLiteral("ana")), EntryFilter::unattributed(),
                                 EntryFilter::ofKind(index::Kind::Raw), EntryFilter::none()}) {
        QVERIFY(tested.reset([&] { return model.setFilter(f); }).ok());
        QVERIFY(model.filter() == f);
        fetchAll(model);
    }
    model.setShowAllocated(true);
    QCOMPARE(model.headerData(SizeTreeModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Allocated"));
    model.setShowAllocated(false);
    tested.reset([&] {
        model.clear();
        return 0;
    });
    QCOMPARE(model.rowCount(), 0);
}

void TestSizeTreeModel::indexForEntryFetchesDeepDown()
{
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(m_team.ws.databasePath); }).ok());
    auto browser = index::IndexBrowser::open(m_team.ws.databasePath);
    QVERIFY(browser.ok());
    auto id = browser->find(QStringLiteral("results/ana/run2/deep/er/x.npy"));
    QVERIFY(id.ok() && id->has_value());
    const QModelIndex deep = model.indexForEntry(**id);
    QVERIFY(deep.isValid());
    QCOMPARE(model.entryId(deep), **id);
    QCOMPARE(deep.data(SizeTreeModel::DisplayPathRole).toString(),
             QStringLiteral("results/ana/run2/deep/er/x.npy"));
    QCOMPARE(deep.data(SizeTreeModel::BytesRole).toLongLong(), 500);
    QCOMPARE(deep.parent().data().toString(), QStringLiteral("er"));
    QCOMPARE(model.entryAt(deep)->name, QByteArray("x.npy"));
    // The appended row of the incremental scan is a row like any other.
    const QModelIndex later = model.indexForPath(QStringLiteral("results/ana/run1/later.npy"));
    QVERIFY(later.isValid());
    QCOMPARE(later.data(SizeTreeModel::BytesRole).toLongLong(), 250);
    QCOMPARE(later.parent().data(SizeTreeModel::BytesRole).toLongLong(), 1250);
    QVERIFY(model.indexForPath(QStringLiteral("repo:notebooks/ben/b.ipynb")).isValid());
    QVERIFY(!model.indexForPath(QStringLiteral("no/such/file")).isValid());
    QVERIFY(!model.indexForEntry(99999999).isValid());
    // Hidden by a filter: invalid.
    QVERIFY(tested.reset([&] { return model.setFilter(EntryFilter::ofMember(QStringLiteral("ben"))); }).ok());
    QVERIFY(!model.indexForEntry(**id).isValid());
    QVERIFY(model.indexForPath(QStringLiteral("results/ben/big.bin")).isValid());
}

void TestSizeTreeModel::sortKeepsPersistentIndexes()
{
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(m_team.ws.databasePath); }).ok());
    // Default: size, largest first.
    QCOMPARE(model.sortColumn(), int(SizeTreeModel::SizeColumn));
    const QModelIndex shards = model.indexForPath(QStringLiteral("data/processed/shards"));
    QCOMPARE(model.index(0, 0, shards).data().toString(), QStringLiteral("s11"));
    const QPersistentModelIndex s3(model.indexForPath(QStringLiteral("data/processed/shards/s3")));
    const QPersistentModelIndex s3size(s3.sibling(s3.row(), SizeTreeModel::SizeColumn));
    const int before = s3.row();
    model.sort(SizeTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(s3.data().toString(), QStringLiteral("s3"));
    QCOMPARE(s3size.data(SizeTreeModel::BytesRole).toLongLong(), 13);
    QVERIFY(s3.row() != before);
    // Numeric collation: s2 before s10.
    QStringList names;
    for (int r = 0; r < model.rowCount(shards); ++r)
        names << model.index(r, 0, shards).data().toString();
    QCOMPARE(names.first(), QStringLiteral("s0"));
    QCOMPARE(names.indexOf(QStringLiteral("s2")) < names.indexOf(QStringLiteral("s10")), true);
    // Children fetched later follow the current sort.
    const QModelIndex shared = model.index(0, 0);
    QStringList top;
    for (int r = 0; r < model.rowCount(shared); ++r)
        top << model.index(r, 0, shared).data().toString();
    QCOMPARE(top.first(), QStringLiteral("checkpoints"));
    QCOMPARE(top.last(), QStringLiteral("results"));
}

void TestSizeTreeModel::namesAreEscapedAndTopsNamed()
{
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("shared folder"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("repository"));
    QCOMPARE(model.index(0, 0).data(SizeTreeModel::DisplayPathRole).toString(), QStringLiteral("."));
    QCOMPARE(model.index(1, 0).data(SizeTreeModel::DisplayPathRole).toString(), QStringLiteral("repo:."));
    // Their tooltips say where they are on this machine.
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QDir(m_team.root).canonicalPath());
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QDir(m_team.repo).canonicalPath());
    const QString escaped = index::displayPath(test::kOddName);
    QCOMPARE(escaped, QStringLiteral("caf\\xe9.txt"));
    const QModelIndex odd = model.indexForPath(QStringLiteral("odd/") + escaped);
    QVERIFY(odd.isValid());
    QCOMPARE(odd.data().toString(), escaped);
    QCOMPARE(odd.data(SizeTreeModel::BytesRole).toLongLong(), 13);
    const QModelIndex newline = childNamed(model, odd.parent(), QStringLiteral("line\\nbreak.txt"));
    QVERIFY(newline.isValid());
    QCOMPARE(newline.data(SizeTreeModel::DisplayPathRole).toString(), QStringLiteral("odd/line\\nbreak.txt"));
}

void TestSizeTreeModel::marksLinks()
{
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    const QModelIndex alias = model.indexForPath(QStringLiteral("models/alias.onnx"));
    QCOMPARE(alias.data(SizeTreeModel::MarkRole).toInt(), int(SizeTreeModel::SymlinkMark));
    QCOMPARE(alias.data(SizeTreeModel::MarkTextRole).toString(), QStringLiteral("symlink"));
    QCOMPARE(alias.data(SizeTreeModel::LinkTargetRole).toString(), QStringLiteral("m.onnx"));
    QVERIFY(alias.data(Qt::ToolTipRole).toString().contains(QStringLiteral("m.onnx")));
    QCOMPARE(alias.data(SizeTreeModel::FractionOfParentRole).toDouble(), 0.0);
    const QModelIndex a = model.indexForPath(QStringLiteral("models/m.onnx"));
    const QModelIndex b = model.indexForPath(QStringLiteral("models/m-link.onnx"));
    QVERIFY(a.data(SizeTreeModel::IsHardLinkRole).toBool());
    QVERIFY(b.data(SizeTreeModel::IsHardLinkRole).toBool());
    // One of the two paths counts the bytes; the other says it is counted elsewhere.
    const QModelIndex counted = a.data(SizeTreeModel::IsCountedRole).toBool() ? a : b;
    const QModelIndex other = counted == a ? b : a;
    QVERIFY(!other.data(SizeTreeModel::IsCountedRole).toBool());
    QCOMPARE(counted.data(SizeTreeModel::MarkRole).toInt(), int(SizeTreeModel::HardLinkMark));
    QCOMPARE(other.data(SizeTreeModel::MarkRole).toInt(), int(SizeTreeModel::CountedElsewhere));
    QVERIFY(other.data(Qt::ToolTipRole).toString().contains(QStringLiteral("counted elsewhere")));
    QCOMPARE(other.data(SizeTreeModel::BytesRole).toLongLong(), 4000);
    QCOMPARE(other.data(SizeTreeModel::FractionOfParentRole).toDouble(), 0.0);
    QCOMPARE(counted.data(SizeTreeModel::FractionOfParentRole).toDouble(), 1.0);
    QCOMPARE(a.parent().data(SizeTreeModel::BytesRole).toLongLong(), 4000);
    QCOMPARE(model.indexForPath(QStringLiteral("loose.txt")).data(SizeTreeModel::MarkRole).toInt(),
             int(SizeTreeModel::NoMark));
}

void TestSizeTreeModel::marksUnreadableFolders()
{
    QTemporaryDir base;
    const QString db = base.filePath(QStringLiteral("state/index.sqlite"));
    const QString skip = test::scanWithUnreadableFolder(base.path(), db);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(db); }).ok());
    fetchAll(model);
    const QModelIndex locked = model.indexForPath(QStringLiteral("locked"));
    QVERIFY(locked.isValid());
    QCOMPARE(locked.data(SizeTreeModel::MarkRole).toInt(), int(SizeTreeModel::UnreadableMark));
    QCOMPARE(locked.data(SizeTreeModel::MarkTextRole).toString(), QStringLiteral("unreadable"));
    QVERIFY(!locked.data(SizeTreeModel::ErrorRole).toString().isEmpty());
    QVERIFY(
        locked.data(Qt::ToolTipRole).toString().contains(locked.data(SizeTreeModel::ErrorRole).toString()));
    QCOMPARE(model.rowCount(locked), 0);
    QCOMPARE(model.index(0, 0).data(SizeTreeModel::BytesRole).toLongLong(), 4);
}

void TestSizeTreeModel::marksOtherFileSystems()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("shared"));
    const QString mountPoint = root + QStringLiteral("/mnt");
    QDir().mkpath(mountPoint);
    test::writeFile(root + QStringLiteral("/here.txt"), "12");
    test::writeFile(dir.filePath(QStringLiteral("repo/n.ipynb")), "{}");
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("cannot mount a tmpfs here (needs CAP_SYS_ADMIN): the other-file-system mark is not tested");
    test::writeFile(mountPoint + QStringLiteral("/inside.txt"), "12345");
    index::ScanRequest request;
    request.sharedFolder = root;
    request.repository = dir.filePath(QStringLiteral("repo"));
    request.databasePath = dir.filePath(QStringLiteral("index.sqlite"));
    request.full = true;
    const bool scanned = index::scanIntoIndex(request).ok();
    ::umount(QFile::encodeName(mountPoint).constData());
    QVERIFY(scanned);
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(request.databasePath); }).ok());
    const QModelIndex mnt = model.indexForPath(QStringLiteral("mnt"));
    QVERIFY(mnt.isValid());
    QCOMPARE(mnt.data(SizeTreeModel::MarkRole).toInt(), int(SizeTreeModel::OtherMountMark));
    QCOMPARE(mnt.data(SizeTreeModel::MarkTextRole).toString(), QStringLiteral("other file system"));
    QVERIFY(!model.hasChildren(mnt));
    QCOMPARE(model.index(0, 0).data(SizeTreeModel::BytesRole).toLongLong(), 2);
}

void TestSizeTreeModel::fractionsOfTheParent()
{
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    const QModelIndex raw = model.indexForPath(QStringLiteral("data/raw"));
    model.fetchMore(raw);
    double sum = 0;
    for (int r = 0; r < model.rowCount(raw); ++r)
        sum += model.index(r, SizeTreeModel::PercentColumn, raw)
                   .data(SizeTreeModel::FractionOfParentRole)
                   .toDouble();
    QVERIFY(qAbs(sum - 1.0) < 1e-9);
    const QModelIndex a = model.indexForPath(QStringLiteral("data/raw/a.csv"));
    QCOMPARE(a.data(SizeTreeModel::FractionOfParentRole).toDouble(), 3000.0 / 4060.0);
    QCOMPARE(a.sibling(a.row(), SizeTreeModel::PercentColumn).data().toString(), QStringLiteral("73.9 %"));
    QVERIFY(a.sibling(a.row(), SizeTreeModel::SizeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("3,000 bytes")));
    // Under a filter: of the parent's filtered total.
    QVERIFY(model.setFilter(EntryFilter::ofMember(QStringLiteral("ana"))).ok());
    const QModelIndex results = model.indexForPath(QStringLiteral("results"));
    QCOMPARE(results.data(SizeTreeModel::BytesRole).toLongLong(), 1750);
    QCOMPARE(results.data(SizeTreeModel::FractionOfParentRole).toDouble(), 1750.0 / 2450.0);
}

void TestSizeTreeModel::showsAllocatedAndModifiedOnDemand()
{
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(m_team.ws.databasePath); }).ok());
    const QModelIndex raw = model.indexForPath(QStringLiteral("data/raw"));
    model.fetchMore(raw);
    const QModelIndex a = model.indexForPath(QStringLiteral("data/raw/a.csv"));
    const QModelIndex size = a.siblingAtColumn(SizeTreeModel::SizeColumn);
    QCOMPARE(size.data().toString(), QLocale().formattedDataSize(3000));
    const qint64 allocated = a.data(SizeTreeModel::AllocatedRole).toLongLong();
    QVERIFY(allocated > 0 && allocated % 512 == 0);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setShowAllocated(true);
    QCOMPARE(header.count(), 1);
    QCOMPARE(size.data().toString(), QLocale().formattedDataSize(allocated));
    QCOMPARE(size.data(SizeTreeModel::SortKeyRole).toLongLong(), allocated);
    // The bar follows: of the folder's allocated bytes.
    QCOMPARE(a.data(SizeTreeModel::FractionOfParentRole).toDouble(),
             double(allocated) / double(raw.data(SizeTreeModel::AllocatedRole).toLongLong()));
    model.setShowAllocated(false);
    // Modified: a folder's newest file, numeric for sorting, a date in the tooltip.
    const QModelIndex modified = raw.siblingAtColumn(SizeTreeModel::ModifiedColumn);
    qint64 newest = 0;
    for (int r = 0; r < model.rowCount(raw); ++r)
        newest = std::max(newest, model.index(r, 0, raw).data(SizeTreeModel::ModifiedNsRole).toLongLong());
    QCOMPARE(modified.data(SizeTreeModel::SortKeyRole).toLongLong(), newest);
    QCOMPARE(modified.data().toString(), QStringLiteral("just now"));
    QVERIFY(modified.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("newest file below: ")));
}

void TestSizeTreeModel::refusesAnUnscannedDatabase()
{
    QTemporaryDir dir;
    SizeTreeModel model;
    QVERIFY(model.setDatabase(m_team.ws.databasePath).ok());
    const Status none = model.setDatabase(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QStringLiteral("scan")), qPrintable(none.error().message));
    QVERIFY(!model.hasIndex());
    QCOMPARE(model.rowCount(), 0);
}

void TestSizeTreeModel::fetchesTenThousandChildren()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("shared"));
    for (int i = 0; i < 10000; ++i)
        test::writeFile(root + QStringLiteral("/wide/f%1").arg(i), QByteArray(i % 97, 'w'));
    test::writeFile(dir.filePath(QStringLiteral("repo/n.ipynb")), "{}");
    index::ScanRequest request;
    request.sharedFolder = root;
    request.repository = dir.filePath(QStringLiteral("repo"));
    request.databasePath = dir.filePath(QStringLiteral("index.sqlite"));
    request.full = true;
    QVERIFY(index::scanIntoIndex(request).ok());
    SizeTreeModel model;
    QVERIFY(model.setDatabase(request.databasePath).ok());
    model.fetchMore(model.index(0, 0));
    const QModelIndex wide = model.index(0, 0, model.index(0, 0));
    QElapsedTimer timer;
    auto browser = index::IndexBrowser::open(request.databasePath);
    timer.start();
    const qsizetype read = browser->children(model.entryId(wide))->size();
    const qint64 readMs = timer.elapsed();
    QCOMPARE(read, 10000);
    timer.restart();
    model.fetchMore(wide);
    const qint64 fetchMs = timer.elapsed();
    QCOMPARE(model.rowCount(wide), 10000);
    QCOMPARE(model.index(0, 0, wide).data(SizeTreeModel::BytesRole).toLongLong(), 96);
    timer.restart();
    model.sort(SizeTreeModel::NameColumn, Qt::AscendingOrder);
    const qint64 sortMs = timer.elapsed();
    QCOMPARE(model.index(9999, 0, wide).data().toString(), QStringLiteral("f9999"));
    qInfo("10,000 children: read by IndexBrowser in %lld ms; fetched and sorted by size in %lld ms, "
          "re-sorted by "
          "name in %lld ms; %lld nodes of %d bytes",
          readMs, fetchMs, sortMs, model.fetchedNodes(), int(sizeof(SizeTreeNode)));
}

void TestSizeTreeModel::refreshUpdatesRowsInPlace()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("shared"));
    const auto w = [&](const QString& path, int size) {
        test::writeFile(root + u'/' + path, QByteArray(size, 'x'));
    };
    w(QStringLiteral("a/x"), 100);
    w(QStringLiteral("a/y"), 200);
    w(QStringLiteral("b/z"), 50);
    w(QStringLiteral("gone/g"), 10);
    w(QStringLiteral("c.txt"), 7);
    test::writeFile(dir.filePath(QStringLiteral("repo/n.ipynb")), "{}");
    index::ScanRequest request;
    request.sharedFolder = root;
    request.repository = dir.filePath(QStringLiteral("repo"));
    request.databasePath = dir.filePath(QStringLiteral("index.sqlite"));
    request.full = true;
    QVERIFY(index::scanIntoIndex(request).ok());
    TestedModel tested;
    SizeTreeModel& model = tested.model;
    QVERIFY(tested.reset([&] { return model.setDatabase(request.databasePath); }).ok());
    fetchAll(model);
    const QPersistentModelIndex x(model.indexForPath(QStringLiteral("a/x")));
    const QPersistentModelIndex a(model.indexForPath(QStringLiteral("a")));
    const QPersistentModelIndex bSize(
        model.indexForPath(QStringLiteral("b")).siblingAtColumn(SizeTreeModel::SizeColumn));
    QVERIFY(x.isValid() && a.isValid() && bSize.isValid());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Changes of every kind, scanned incrementally, then in full (which gives every entry a new id).
    QVERIFY(QDir(root + QStringLiteral("/gone")).removeRecursively());
    w(QStringLiteral("a/new"), 500);
    w(QStringLiteral("b/z"), 5000);
    QVERIFY(QFile::remove(root + QStringLiteral("/c.txt")));
    w(QStringLiteral("c.txt/inside"), 3);
    for (bool full : {false, true}) {
        removed.clear();
        inserted.clear();
        request.full = full;
        QVERIFY(index::scanIntoIndex(request).ok());
        // The tester is detached meanwhile for the Qt 6.4 flaw TestedModel describes (it fetches from within
        // rowsInserted); attaching it again checks the whole refreshed model.
        QVERIFY(tested.reset([&] { return model.setDatabase(request.databasePath); }).ok());
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() > 0);
        QVERIFY(x.isValid());
        QCOMPARE(x.data(SizeTreeModel::DisplayPathRole).toString(), QStringLiteral("a/x"));
        auto browser = index::IndexBrowser::open(request.databasePath);
        QCOMPARE(model.entryId(x), **browser->find(QStringLiteral("a/x")));
        QCOMPARE(a.data(SizeTreeModel::BytesRole).toLongLong(), 800);
        QCOMPARE(model.rowCount(a), 3);
        QCOMPARE(bSize.data(SizeTreeModel::BytesRole).toLongLong(), 5000);
        QVERIFY(!model.indexForPath(QStringLiteral("gone")).isValid());
        const QModelIndex c = model.indexForPath(QStringLiteral("c.txt"));
        QVERIFY(c.data(SizeTreeModel::IsFolderRole).toBool());
        QVERIFY(model.hasChildren(c));
        // In order again: b, a, c.txt under the shared folder, largest first.
        const QModelIndex shared = model.index(0, 0);
        QCOMPARE(shared.data(SizeTreeModel::BytesRole).toLongLong(), 5803);
        QStringList names;
        for (int r = 0; r < model.rowCount(shared); ++r)
            names << model.index(r, 0, shared).data().toString();
        QCOMPARE(names, QStringList({"b", "a", "c.txt"}));
        // Tops; a, b, c.txt; a's 3; b's 1; c.txt's 1 (fetched by the tester); the repository's 1.
        QCOMPARE(model.fetchedNodes(), qint64(2 + 3 + 3 + 1 + 1 + 1));
        // The incremental refresh removed gone and the file c.txt, inserted a/new and the folder c.txt (and
        // the tester fetched c.txt's child); the full one only changed rows.
        QCOMPARE(removed.count(), full ? 0 : 2);
        QCOMPARE(inserted.count(), full ? 0 : 3);
    }
}

QTEST_GUILESS_MAIN(TestSizeTreeModel)
#include "tst_sizetreemodel.moc"
