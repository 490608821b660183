// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// IndexBrowser on real scanned indexes (StorageTestTeam: a workspace scanned in full with services::scan,
// then incrementally so that folders hold appended rows): children, entry, ancestors and find; folder totals
// equal `usage --by folder`; filter views equal the member and kind usage, and add up at every level; links,
// a non-UTF-8 name, an unreadable folder; a browser keeps its picture while a scan commits.
#include "index/IndexBrowser.h"

#include "index/PathText.h"
#include "services/StorageQueries.h"

#include "StorageTestTeam.h"

#include <QTest>

#include <functional>

using namespace ts;
using namespace ts::index;

class TestIndexBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void topsAndChildren();
    void appendedRowsAreChildren();
    void entryAndAncestors();
    void findByDisplayPath();
    void linksAndHardLinks();
    void folderTotalsEqualUsageByFolder();
    void memberFilterKeepsResultsCheckpointsAndNotebooks();
    void kindAndUnattributedFilters();
    void filteredTotalsAddUpAtEveryLevel();
    void unreadableFolder();
    void keepsItsPictureWhileAScanCommits();
    void refusesAnUnscannedIndex();

private:
    IndexBrowser open(const QString& db = {});
    qint64 idOf(IndexBrowser& b, const QString& path);
    BrowseEntry entryOf(IndexBrowser& b, const QString& path);
    QList<BrowseEntry> childrenOf(IndexBrowser& b, qint64 id);
    QHash<QString, FolderRow> usageFolders();
    qint64 filteredSumOfTops(IndexBrowser& b, const FilterView& view);
    test::StorageTeam m_team;
};

void TestIndexBrowser::initTestCase()
{
    test::isolateUserFolders();
    m_team.build();
}

IndexBrowser TestIndexBrowser::open(const QString& db)
{
    auto b = IndexBrowser::open(db.isEmpty() ? m_team.ws.databasePath : db);
    if (!b)
        qFatal("open: %s", qPrintable(b.error().message));
    return std::move(*b);
}

qint64 TestIndexBrowser::idOf(IndexBrowser& b, const QString& path)
{
    auto id = b.find(path);
    if (!id || !*id)
        qFatal("not found: %s", qPrintable(path));
    return **id;
}

BrowseEntry TestIndexBrowser::entryOf(IndexBrowser& b, const QString& path)
{
    auto e = b.entry(idOf(b, path));
    if (!e || !*e)
        qFatal("no entry: %s", qPrintable(path));
    return **e;
}

QList<BrowseEntry> TestIndexBrowser::childrenOf(IndexBrowser& b, qint64 id)
{
    auto c = b.children(id);
    if (!c)
        qFatal("children: %s", qPrintable(c.error().message));
    return *c;
}

QHash<QString, FolderRow> TestIndexBrowser::usageFolders()
{
    QHash<QString, FolderRow> usage;
    for (const QString& top : {QStringLiteral("."), QStringLiteral("repo:.")}) {
        auto report = services::usageByFolder(m_team.ws, {top, 64});
        if (!report)
            qFatal("usage: %s", qPrintable(report.error().message));
        for (const FolderRow& row : report->folders)
            usage.insert(row.path, row);
    }
    return usage;
}

qint64 TestIndexBrowser::filteredSumOfTops(IndexBrowser& b, const FilterView& view)
{
    qint64 sum = 0;
    for (const BrowseEntry& top : childrenOf(b, 0))
        if (view.shows(top))
            sum += view.totalsOf(top).bytes;
    return sum;
}

void TestIndexBrowser::topsAndChildren()
{
    IndexBrowser b = open();
    auto tops = b.tops();
    QVERIFY(tops.ok());
    QCOMPARE(tops->size(), 2);
    QCOMPARE(tops->at(0).top, Top::SharedFolder);
    QCOMPARE(tops->at(1).top, Top::Repository);
    QCOMPARE(tops->at(0).displayPath(), QStringLiteral("."));
    QCOMPARE(tops->at(1).displayPath(), QStringLiteral("repo:."));
    QCOMPARE(tops->at(0).parent, 0);
    QVERIFY(tops->at(0).isFolder());
    QStringList names;
    for (const BrowseEntry& e : childrenOf(b, tops->at(0).id)) {
        names << displayPath(e.name);
        QCOMPARE(e.parent, tops->at(0).id);
        QCOMPARE(e.relativePath, e.name);
    }
    names.sort();
    QCOMPARE(names, QStringList({"checkpoints", "data", "empty", "loose.txt", "models", "odd", "results"}));
    QCOMPARE(qint64(names.size()), tops->at(0).childCount);
    // A file has no children; an id that is not in the index is bad input.
    QVERIFY(childrenOf(b, idOf(b, QStringLiteral("loose.txt"))).isEmpty());
    QVERIFY(childrenOf(b, idOf(b, QStringLiteral("empty"))).isEmpty());
    auto none = b.children(987654321);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::BadInput);
    QCOMPARE(b.lastScan().scans, 2);
    QVERIFY(!b.lastScan().full);
}

void TestIndexBrowser::appendedRowsAreChildren()
{
    // The incremental scan appended the new files to folders that already had an id range.
    auto store = IndexStore::openForReading(m_team.ws.databasePath);
    QVERIFY(store.ok());
    auto appended = store->database().prepare("SELECT count(*) FROM index_entries WHERE appended=1 AND "
                                              "CAST(name AS TEXT) IN ('later.npy','c.csv')");
    QVERIFY(appended.ok() && appended->step());
    QCOMPARE(appended->columnInt64(0), 2);
    IndexBrowser b = open();
    const BrowseEntry run1 = entryOf(b, QStringLiteral("results/ana/run1"));
    QCOMPARE(run1.childCount, 2);
    QCOMPARE(run1.bytes, 1250);
    QStringList names;
    for (const BrowseEntry& e : childrenOf(b, run1.id)) {
        names << QString::fromUtf8(e.name);
        QCOMPARE(e.relativePath, QByteArray("results/ana/run1/") + e.name);
    }
    names.sort();
    QCOMPARE(names, QStringList({"later.npy", "out.npy"}));
    QCOMPARE(childrenOf(b, idOf(b, QStringLiteral("data/raw"))).size(), 3);
    QCOMPARE(entryOf(b, QStringLiteral("data/raw/c.csv")).bytes, 60);
}

void TestIndexBrowser::entryAndAncestors()
{
    IndexBrowser b = open();
    const BrowseEntry x = entryOf(b, QStringLiteral("results/ana/run2/deep/er/x.npy"));
    QCOMPARE(x.name, QByteArray("x.npy"));
    QCOMPARE(x.relativePath, QByteArray("results/ana/run2/deep/er/x.npy"));
    QCOMPARE(x.type, EntryType::File);
    QCOMPARE(x.state, EntryState::Ok);
    QCOMPARE(x.bytes, 500);
    QCOMPARE(x.files, 1);
    QCOMPARE(x.member, QStringLiteral("ana"));
    QCOMPARE(x.kind, Kind::Results);
    QCOMPARE(x.newestMtimeNs, x.mtimeNs);
    QVERIFY(x.mtimeNs > 0);
    auto chain = b.ancestors(x.id);
    QVERIFY(chain.ok());
    QStringList paths;
    for (qint64 id : *chain) {
        auto e = b.entry(id);
        QVERIFY(e.ok() && e->has_value());
        paths << (*e)->displayPath();
    }
    QCOMPARE(paths, QStringList({".", "results", "results/ana", "results/ana/run2", "results/ana/run2/deep",
                                 "results/ana/run2/deep/er"}));
    QCOMPARE(chain->last(), x.parent);
    auto topChain = b.ancestors(chain->first());
    QVERIFY(topChain.ok() && topChain->isEmpty());
    auto missing = b.entry(987654321);
    QVERIFY(missing.ok() && !missing->has_value());
    QVERIFY(!b.ancestors(987654321).ok());
    const BrowseEntry nb = entryOf(b, QStringLiteral("repo:notebooks/ana/explore.ipynb"));
    QCOMPARE(nb.top, Top::Repository);
    QCOMPARE(nb.kind, Kind::Notebooks);
    QCOMPARE(nb.member, QStringLiteral("ana"));
    QCOMPARE(entryOf(b, QStringLiteral("results/stranger/x.bin")).member, QString());
}

void TestIndexBrowser::findByDisplayPath()
{
    IndexBrowser b = open();
    auto tops = b.tops();
    QCOMPARE(idOf(b, QStringLiteral(".")), tops->at(0).id);
    QCOMPARE(idOf(b, QStringLiteral("repo:.")), tops->at(1).id);
    const QString odd = QStringLiteral("odd/") + displayPath(test::kOddName);
    QCOMPARE(odd, QStringLiteral("odd/caf\\xe9.txt"));
    const BrowseEntry e = entryOf(b, odd);
    QCOMPARE(e.name, test::kOddName);
    QCOMPARE(e.bytes, 13);
    QCOMPARE(e.displayPath(), odd);
    QCOMPARE(entryOf(b, QStringLiteral("odd/line\\nbreak.txt")).name, QByteArray("line\nbreak.txt"));
    QCOMPARE(*b.find(Top::SharedFolder, QByteArray("odd/") + test::kOddName), e.id);
    for (const QString& missing : {QStringLiteral("nope"), QStringLiteral("data/raw/nope.csv"),
                                   QStringLiteral("loose.txt/below"), QStringLiteral("repo:data")}) {
        auto id = b.find(missing);
        QVERIFY(id.ok());
        QVERIFY2(!id->has_value(), qPrintable(missing));
    }
}

void TestIndexBrowser::linksAndHardLinks()
{
    IndexBrowser b = open();
    const BrowseEntry alias = entryOf(b, QStringLiteral("models/alias.onnx"));
    QCOMPARE(alias.type, EntryType::Symlink);
    QCOMPARE(alias.linkTarget, QByteArray("m.onnx"));
    QVERIFY(!alias.isHardLink());
    const BrowseEntry a = entryOf(b, QStringLiteral("models/m.onnx"));
    const BrowseEntry c = entryOf(b, QStringLiteral("models/m-link.onnx"));
    QCOMPARE(a.nlink, 2);
    QVERIFY(a.isHardLink() && c.isHardLink());
    QVERIFY(a.counted != c.counted);
    const BrowseEntry models = entryOf(b, QStringLiteral("models"));
    QCOMPARE(models.bytes, 4000); // the inode once; the symlink's own size is not counted
    QCOMPARE(models.files, 2);    // both paths of the hard link
    QCOMPARE(models.childCount, 3);
}

void TestIndexBrowser::folderTotalsEqualUsageByFolder()
{
    IndexBrowser b = open();
    const QHash<QString, FolderRow> usage = usageFolders();
    int compared = 0;
    std::function<void(const BrowseEntry&)> walk = [&](const BrowseEntry& folder) {
        const FolderRow row = usage.value(folder.displayPath());
        QVERIFY2(usage.contains(folder.displayPath()), qPrintable(folder.displayPath()));
        QCOMPARE(folder.bytes, row.bytes);
        QCOMPARE(folder.allocated, row.allocated);
        QCOMPARE(folder.files, row.files);
        QCOMPARE(folder.folders, row.folders);
        QCOMPARE(folder.childCount, row.entries);
        QCOMPARE(folder.newestMtimeNs, row.newestMtimeNs);
        QCOMPARE(folder.member, row.member);
        QCOMPARE(folder.kind, row.kind);
        ++compared;
        qint64 newest = 0;
        for (const BrowseEntry& child : childrenOf(b, folder.id)) {
            if (child.type == EntryType::File || child.isFolder())
                newest = std::max(newest, child.newestMtimeNs);
            if (child.isFolder())
                walk(child);
        }
        QCOMPARE(folder.newestMtimeNs, newest);
    };
    for (const BrowseEntry& top : childrenOf(b, 0))
        walk(top);
    QCOMPARE(compared, int(usage.size()));
}

void TestIndexBrowser::memberFilterKeepsResultsCheckpointsAndNotebooks()
{
    IndexBrowser b = open();
    auto members = services::usageByMember(m_team.ws);
    QVERIFY(members.ok());
    QCOMPARE(members->members.size(), 2);
    for (const MemberUsage& m : members->members) {
        auto view = b.filterView(EntryFilter::ofMember(m.id));
        QVERIFY(view.ok());
        auto tops = b.tops();
        // Shared folder: exactly the member's usage (results/<m> + checkpoints/<m>).
        QVERIFY(view->shows(tops->at(0)));
        QCOMPARE(view->totalsOf(tops->at(0)).bytes, m.bytes);
        QCOMPARE(view->totalsOf(tops->at(0)).files, m.files);
        // Repository: notebooks/<m>, which the filter keeps and the usage does not count.
        const BrowseEntry notebooks = entryOf(b, QStringLiteral("repo:notebooks/") + m.id);
        QCOMPARE(view->totalsOf(tops->at(1)).bytes, notebooks.bytes);
        QVERIFY(notebooks.bytes > 0);
        QVERIFY(!view->shows(entryOf(b, QStringLiteral("models"))));
        QVERIFY(!view->shows(entryOf(b, QStringLiteral("results/stranger"))));
        QVERIFY(view->shows(entryOf(b, QStringLiteral("results/") + m.id)));
    }
    QCOMPARE(members->members.at(0).bytes, 1000 + 250 + 500 + 700);
}

void TestIndexBrowser::kindAndUnattributedFilters()
{
    IndexBrowser b = open();
    auto kinds = services::usageByKind(m_team.ws);
    QVERIFY(kinds.ok());
    for (int k = 0; k < kKindCount; ++k) {
        auto view = b.filterView(EntryFilter::ofKind(Kind(k)));
        QVERIFY(view.ok());
        qint64 expected = 0;
        for (const KindUsage& u : kinds->kinds)
            if (u.kind == kindName(Kind(k)))
                expected = u.bytes;
        QCOMPARE(filteredSumOfTops(b, *view), expected);
    }
    auto members = services::usageByMember(m_team.ws);
    qint64 notebooks = 0;
    for (const MemberUsage& m : members->members)
        notebooks += entryOf(b, QStringLiteral("repo:notebooks/") + m.id).bytes;
    auto view = b.filterView(EntryFilter::unattributed());
    QVERIFY(view.ok());
    // The usage report's unattributed bytes still hold the members' notebooks; the filter does not.
    QCOMPARE(filteredSumOfTops(b, *view), members->unattributedBytes - notebooks);
    QVERIFY(view->shows(entryOf(b, QStringLiteral("results/stranger"))));
    QVERIFY(!view->shows(entryOf(b, QStringLiteral("results/ana"))));
    auto none = b.filterView(EntryFilter::none());
    QVERIFY(none.ok() && none->partial.isEmpty());
}

void TestIndexBrowser::filteredTotalsAddUpAtEveryLevel()
{
    IndexBrowser b = open();
    for (const EntryFilter& f : {EntryFilter::none(), EntryFilter::ofMember(QStringLiteral("ana")),
                                 EntryFilter::ofMember(QStringLiteral("ben")), EntryFilter::unattributed(),
                                 EntryFilter::ofKind(Kind::Raw), EntryFilter::ofKind(Kind::Results),
                                 EntryFilter::ofKind(Kind::Other), EntryFilter::ofKind(Kind::Notebooks)}) {
        auto view = b.filterView(f);
        QVERIFY(view.ok());
        std::function<void(const BrowseEntry&)> check = [&](const BrowseEntry& folder) {
            const FilteredTotals total = view->totalsOf(folder);
            FilteredTotals sum;
            for (const BrowseEntry& c : childrenOf(b, folder.id)) {
                if (!view->shows(c))
                    continue;
                const FilteredTotals t = view->totalsOf(c);
                if (c.isFolder()) {
                    sum.bytes += t.bytes;
                    sum.allocated += t.allocated;
                    sum.files += t.files;
                    // Folders count those the filter keeps: a folder shown only as the way to them is not.
                    sum.folders += t.folders + (f.matches(c) ? 1 : 0);
                    check(c);
                } else if (c.type == EntryType::File) {
                    sum.bytes += c.counted ? t.bytes : 0;
                    sum.allocated += c.counted ? t.allocated : 0;
                    sum.files += 1;
                }
            }
            const QString where =
                QStringLiteral("%1 under filter %2").arg(folder.displayPath()).arg(int(f.by));
            QVERIFY2(sum.bytes == total.bytes, qPrintable(where));
            QVERIFY2(sum.allocated == total.allocated, qPrintable(where));
            QVERIFY2(sum.files == total.files, qPrintable(where));
            QVERIFY2(sum.folders == total.folders, qPrintable(where));
        };
        for (const BrowseEntry& top : childrenOf(b, 0))
            if (view->shows(top))
                check(top);
    }
}

void TestIndexBrowser::unreadableFolder()
{
    QTemporaryDir base;
    const QString db = base.filePath(QStringLiteral("state/index.sqlite"));
    const QString skip = test::scanWithUnreadableFolder(base.path(), db);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    IndexBrowser b = open(db);
    const BrowseEntry locked = entryOf(b, QStringLiteral("locked"));
    QCOMPARE(locked.state, EntryState::PermissionDenied);
    QVERIFY(!locked.error.isEmpty());
    QVERIFY(childrenOf(b, locked.id).isEmpty());
    QCOMPARE(entryOf(b, QStringLiteral(".")).bytes, 4);
    QVERIFY(b.lastScan().errors >= 1);
}

void TestIndexBrowser::keepsItsPictureWhileAScanCommits()
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("shared/a.txt")), "aaaa");
    test::writeFile(dir.filePath(QStringLiteral("repo/n.ipynb")), "{}");
    ScanRequest request;
    request.sharedFolder = dir.filePath(QStringLiteral("shared"));
    request.repository = dir.filePath(QStringLiteral("repo"));
    request.databasePath = dir.filePath(QStringLiteral("index.sqlite"));
    request.full = true;
    QVERIFY(scanIntoIndex(request).ok());
    IndexBrowser before = open(request.databasePath);
    test::writeFile(dir.filePath(QStringLiteral("shared/b.txt")), "bbbbbb");
    request.full = false;
    QVERIFY(scanIntoIndex(request).ok());
    QCOMPARE(entryOf(before, QStringLiteral(".")).bytes, 4);
    QVERIFY(!before.find(QStringLiteral("b.txt"))->has_value());
    IndexBrowser after = open(request.databasePath);
    QCOMPARE(entryOf(after, QStringLiteral(".")).bytes, 10);
    QCOMPARE(after.lastScan().scans, 2);
}

void TestIndexBrowser::refusesAnUnscannedIndex()
{
    QTemporaryDir dir;
    auto b = IndexBrowser::open(dir.filePath(QStringLiteral("index.sqlite")));
    QVERIFY(!b.ok());
    QVERIFY2(b.error().message.contains(QStringLiteral("scan")), qPrintable(b.error().message));
}

QTEST_GUILESS_MAIN(TestIndexBrowser)
#include "tst_indexbrowser.moc"
