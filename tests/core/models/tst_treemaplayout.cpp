// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The treemap's layout: squarify's geometry on its own, then layoutTreemap on real indexes (a workspace
// built in a temporary folder and the demo workspace, each scanned with services::scan): areas proportional
// to sizes within 1 %, tiles inside their folder and apart from their siblings, aggregates, filters, hard
// links, cancellation.
#include "models/TreemapLayout.h"

#include "services/DemoWorkspace.h"
#include "services/ScanService.h"

#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ts;

namespace {

double areaOf(const QRectF& r)
{
    return r.width() * r.height();
}

double aspectOf(const QRectF& r)
{
    return std::max(r.width() / r.height(), r.height() / r.width());
}

// Slice-and-dice (Shneiderman's original): every item a strip across the whole rectangle.
QList<QRectF> sliceAndDice(const QList<qint64>& sizes, const QRectF& rect)
{
    double total = 0;
    for (qint64 s : sizes)
        total += double(s);
    QList<QRectF> out;
    double x = rect.left();
    for (qint64 s : sizes) {
        const double w = rect.width() * double(s) / total;
        out.append(QRectF(x, rect.top(), w, rect.height()));
        x += w;
    }
    return out;
}

// Overlap beyond rounding between any two tiles of the same folder; the first pair found, or empty.
QString overlappingSiblings(const QList<TreemapTile>& tiles)
{
    QHash<qint64, QList<qsizetype>> byParent;
    for (qsizetype i = 0; i < tiles.size(); ++i)
        if (tiles[i].depth > 0)
            byParent[tiles[i].parentId].append(i);
    for (const auto& group : std::as_const(byParent))
        for (qsizetype a = 0; a < group.size(); ++a)
            for (qsizetype b = a + 1; b < group.size(); ++b) {
                const QRectF cut = tiles[group[a]].rect.intersected(tiles[group[b]].rect);
                if (cut.width() > 1e-6 && cut.height() > 1e-6)
                    return tiles[group[a]].name + QStringLiteral(" / ") + tiles[group[b]].name;
            }
    return {};
}

// A tile that is not inside the rectangle its folder gives its children; the first found, or empty.
QString tileOutsideItsFolder(const QList<TreemapTile>& tiles, const TreemapOptions& options,
                             const QSizeF& size)
{
    QHash<qint64, qsizetype> folders;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const TreemapTile& t = tiles[i];
        QRectF bounds(QPointF(0, 0), size);
        if (t.depth > 0 && folders.contains(t.parentId)) {
            const TreemapTile& f = tiles[folders.value(t.parentId)];
            if (!f.expanded)
                return t.name + QStringLiteral(" lies in a folder that was not expanded");
            bounds = treemapContentRect(f, options);
        } else if (t.depth > 0 && t.parentId != 0 && t.depth != 1) {
            return t.name + QStringLiteral(" comes before its folder");
        }
        const QRectF grown = bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6);
        if (!grown.contains(t.rect))
            return t.name;
        if (t.folder)
            folders.insert(t.id, i);
    }
    return {};
}

} // namespace

class TestTreemapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void squarifyGivesProportionalDisjointRectangles();
    void squarifyIsSquarerThanSliceAndDice();
    void squarifyOfZeroAndEmpty();
    void tileAreasAreProportionalToSizes();
    void tilesStayInsideTheirFolderAndApart();
    void smallEntriesMergeIntoAggregates();
    void aFilterHidesEntriesAndUsesFilteredTotals();
    void hardLinksAndEmptyEntriesTakeNoArea();
    void aFolderAsRootAndBadInput();
    void cancelledLayoutStops();
    void demoWorkspaceAtWindowSize();

private:
    struct Team
    {
        QString repo, root;
        Workspace ws;
    };
    Team makeTeam(const QString& name);
    void scan(const Workspace& ws);
    index::IndexBrowser open(const Workspace& ws);

    QTemporaryDir m_tmp;
    Team m_team;
};

void TestTreemapLayout::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    m_team = makeTeam(QStringLiteral("team"));
    const QString root = m_team.root;
    test::writeFile(root + QStringLiteral("/data/raw/a.csv"), QByteArray(300000, 'r'));
    test::writeFile(root + QStringLiteral("/data/raw/b.csv"), QByteArray(120000, 'r'));
    test::writeFile(root + QStringLiteral("/data/processed/p.parquet"), QByteArray(90000, 'p'));
    test::writeFile(root + QStringLiteral("/results/ana/run1/out.npy"), QByteArray(250000, 'a'));
    test::writeFile(root + QStringLiteral("/results/ana/run2/out.npy"), QByteArray(50000, 'a'));
    test::writeFile(root + QStringLiteral("/results/ben/run1/out.npy"), QByteArray(180000, 'b'));
    test::writeFile(root + QStringLiteral("/checkpoints/ben/epoch1.ckpt"), QByteArray(400000, 'c'));
    test::writeFile(root + QStringLiteral("/models/m.onnx"), QByteArray(70000, 'm'));
    // Many tiny files beside one big one: the tiny ones merge into the folder's aggregate.
    test::writeFile(root + QStringLiteral("/misc/big.bin"), QByteArray(200000, 'x'));
    for (int i = 0; i < 40; ++i)
        test::writeFile(root + QStringLiteral("/misc/small%1.txt").arg(i), QByteArray(100 + i, 's'));
    // Zero sizes: an empty file and an empty folder.
    test::writeFile(root + QStringLiteral("/misc/empty.txt"), QByteArray());
    QVERIFY(QDir().mkpath(root + QStringLiteral("/misc/nothing")));
    // A hard link: the second path takes no area.
    QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/models/m.onnx")).constData(),
                   QFile::encodeName(root + QStringLiteral("/models/m-link.onnx")).constData()) == 0);
    // A symlink takes no area either (a folder's size counts regular files).
    QVERIFY(QFile::link(QStringLiteral("m.onnx"), root + QStringLiteral("/models/alias.onnx")));
    scan(m_team.ws);
}

TestTreemapLayout::Team TestTreemapLayout::makeTeam(const QString& name)
{
    Team team;
    team.repo = m_tmp.filePath(name + QStringLiteral("/repo"));
    team.root = m_tmp.filePath(name + QStringLiteral("/root"));
    QDir().mkpath(team.repo);
    QDir().mkpath(team.root);
    team.ws =
        test::makeWorkspace(team.repo, team.root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
    return team;
}

void TestTreemapLayout::scan(const Workspace& ws)
{
    services::ScanSettings settings;
    settings.full = true;
    auto report = services::scan(ws, settings, services::Call{});
    if (!report)
        qFatal("scan: %s", qPrintable(report.error().message));
}

index::IndexBrowser TestTreemapLayout::open(const Workspace& ws)
{
    auto browser = index::IndexBrowser::open(ws.databasePath);
    if (!browser)
        qFatal("open: %s", qPrintable(browser.error().message));
    return std::move(*browser);
}

void TestTreemapLayout::squarifyGivesProportionalDisjointRectangles()
{
    QRandomGenerator random(14);
    for (int round = 0; round < 50; ++round) {
        QList<qint64> sizes;
        const int n = 1 + int(random.bounded(200));
        for (int i = 0; i < n; ++i)
            sizes.append(1 + qint64(random.bounded(1000000)) * (random.bounded(10) == 0 ? 1000 : 1));
        std::sort(sizes.begin(), sizes.end(), std::greater<>());
        const QRectF rect(3, 5, 100 + random.bounded(900), 50 + random.bounded(600));
        const QList<QRectF> rects = squarify(sizes, rect);
        QCOMPARE(rects.size(), sizes.size());
        double total = 0, covered = 0;
        for (qint64 s : sizes)
            total += double(s);
        for (int i = 0; i < n; ++i) {
            const double expected = areaOf(rect) * double(sizes[i]) / total;
            QVERIFY2(qAbs(areaOf(rects[i]) - expected) <= 0.01 * expected,
                     qPrintable(QStringLiteral("round %1 item %2: %3 px² for %4 expected")
                                    .arg(round)
                                    .arg(i)
                                    .arg(areaOf(rects[i]))
                                    .arg(expected)));
            QVERIFY(rect.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(rects[i]));
            covered += areaOf(rects[i]);
            for (int j = i + 1; j < n; ++j) {
                const QRectF cut = rects[i].intersected(rects[j]);
                QVERIFY2(cut.width() <= 1e-6 || cut.height() <= 1e-6, "two rectangles overlap");
            }
        }
        QVERIFY(qAbs(covered - areaOf(rect)) < 1e-6 * areaOf(rect));
    }
}

void TestTreemapLayout::squarifyIsSquarerThanSliceAndDice()
{
    // The paper's example (6, 6, 4, 3, 2, 2, 1 in a 6 × 4 rectangle) and a long-tailed sample.
    const QList<QList<qint64>> samples{{6, 6, 4, 3, 2, 2, 1},
                                       {5000, 3000, 1200, 900, 800, 400, 300, 120, 90, 60, 50, 10}};
    for (const auto& sizes : samples) {
        const QRectF rect(0, 0, 6, 4);
        double squarified = 0, sliced = 0;
        for (const QRectF& r : squarify(sizes, rect))
            squarified = std::max(squarified, aspectOf(r));
        for (const QRectF& r : sliceAndDice(sizes, rect))
            sliced = std::max(sliced, aspectOf(r));
        qInfo("worst aspect ratio: squarified %.2f, slice-and-dice %.2f", squarified, sliced);
        QVERIFY(squarified < sliced);
    }
    // Worked by hand through the paper's steps: rows (6, 6), (4, 3), (2), (2), (1); the last tile, 0.6 × 5/3,
    // is the worst at 25/9.
    double worst = 0;
    for (const QRectF& r : squarify({6, 6, 4, 3, 2, 2, 1}, QRectF(0, 0, 6, 4)))
        worst = std::max(worst, aspectOf(r));
    QVERIFY2(qAbs(worst - 25.0 / 9.0) < 1e-9, qPrintable(QString::number(worst)));
}

void TestTreemapLayout::squarifyOfZeroAndEmpty()
{
    QVERIFY(squarify({}, QRectF(0, 0, 10, 10)).isEmpty());
    const auto zeros = squarify({0, 0}, QRectF(0, 0, 10, 10));
    QCOMPARE(zeros.size(), 2);
    QVERIFY(zeros[0].isEmpty() && zeros[1].isEmpty());
    const auto mixed = squarify({10, 0, 5}, QRectF(0, 0, 10, 10));
    QCOMPARE(mixed.size(), 3);
    QVERIFY(mixed[1].isEmpty());
    QVERIFY(qAbs(areaOf(mixed[0]) - 100.0 * 10 / 15) < 1e-6);
    QVERIFY(qAbs(areaOf(mixed[2]) - 100.0 * 5 / 15) < 1e-6);
    for (const QRectF& r : squarify({3, 2}, QRectF(0, 0, 0, 10)))
        QVERIFY(r.isEmpty());
}

void TestTreemapLayout::tileAreasAreProportionalToSizes()
{
    index::IndexBrowser browser = open(m_team.ws);
    TreemapOptions options;
    options.minimumTileArea = 0.01; // every file its own tile
    const QSizeF size(1024, 640);
    auto tiles = layoutTreemap(browser, 0, size, options, CancelToken());
    QVERIFY2(tiles.ok(), qPrintable(tiles.ok() ? QString() : tiles.error().message));
    auto tops = browser.tops();
    QVERIFY(tops.ok());
    qint64 total = 0;
    for (const auto& top : *tops)
        total += top.bytes;
    QVERIFY(total >= 300000 + 120000 + 90000 + 250000 + 50000 + 180000 + 400000 + 70000 + 200000);
    // Without padding or headers every leaf (file or aggregate) takes exactly its share of the window.
    int leaves = 0;
    double covered = 0;
    for (const TreemapTile& t : *tiles) {
        if (t.folder && t.expanded)
            continue;
        ++leaves;
        covered += areaOf(t.rect);
        const double expected = areaOf(QRectF(QPointF(0, 0), size)) * double(t.bytes) / double(total);
        QVERIFY2(qAbs(areaOf(t.rect) - expected) <= 0.01 * expected,
                 qPrintable(QStringLiteral("%1: %2 px² for %3 bytes, expected %4 px²")
                                .arg(t.name)
                                .arg(areaOf(t.rect))
                                .arg(t.bytes)
                                .arg(expected)));
    }
    QVERIFY(leaves >= 9 + 40);
    QVERIFY(qAbs(covered - size.width() * size.height()) < 1e-3 * size.width() * size.height());
    QCOMPARE(overlappingSiblings(*tiles), QString());
}

void TestTreemapLayout::tilesStayInsideTheirFolderAndApart()
{
    index::IndexBrowser browser = open(m_team.ws);
    TreemapOptions options;
    options.padding = 2;
    options.headerHeight = 14;
    const QSizeF size(800, 500);
    auto tiles = layoutTreemap(browser, 0, size, options, CancelToken());
    QVERIFY(tiles.ok());
    QVERIFY(tiles->size() > 10);
    QCOMPARE(tileOutsideItsFolder(*tiles, options, size), QString());
    QCOMPARE(overlappingSiblings(*tiles), QString());
    // Inside a folder with padding and a header band, siblings still share its content by size.
    QHash<qint64, QList<const TreemapTile*>> byParent;
    for (const TreemapTile& t : *tiles)
        byParent[t.parentId].append(&t);
    for (const TreemapTile& f : *tiles) {
        if (!f.folder || !f.expanded)
            continue;
        const double content = areaOf(treemapContentRect(f, options));
        qint64 sum = 0;
        for (const TreemapTile* c : byParent.value(f.id))
            sum += c->bytes;
        QCOMPARE(sum, f.bytes);
        for (const TreemapTile* c : byParent.value(f.id)) {
            const double expected = content * double(c->bytes) / double(sum);
            QVERIFY2(qAbs(areaOf(c->rect) - expected) <= 0.01 * expected, qPrintable(c->name));
        }
    }
    // The big folders carry a name band; tiles are in paint order (a folder before what lies in it).
    bool banded = false;
    for (const TreemapTile& t : *tiles)
        banded = banded || (t.folder && t.header == 14);
    QVERIFY(banded);
}

void TestTreemapLayout::smallEntriesMergeIntoAggregates()
{
    index::IndexBrowser browser = open(m_team.ws);
    auto misc = browser.find(QStringLiteral("misc"));
    QVERIFY(misc.ok() && misc->has_value());
    TreemapOptions options;
    options.minimumTileArea = 16;
    // misc holds 200,000 + 40 × ~120 bytes: at 100 × 100 px the small files get ~0.2 px² each.
    auto tiles = layoutTreemap(browser, **misc, QSizeF(100, 100), options, CancelToken());
    QVERIFY(tiles.ok());
    QCOMPARE(tiles->first().id, **misc);
    QCOMPARE(tiles->first().depth, 0);
    QVERIFY(tiles->first().expanded);
    int aggregates = 0;
    qint64 smallBytes = 0;
    for (int i = 0; i < 40; ++i)
        smallBytes += 100 + i;
    for (const TreemapTile& t : *tiles) {
        if (!t.aggregate)
            continue;
        ++aggregates;
        QCOMPARE(t.parentId, **misc);
        QCOMPARE(t.bytes, smallBytes);
        QCOMPARE(t.entries, qint64(40));
        QCOMPARE(t.id, qint64(0));
    }
    QCOMPARE(aggregates, 1);
    QCOMPARE(tiles->size(), 3); // misc, big.bin, the aggregate
    for (const TreemapTile& t : *tiles)
        QVERIFY2(t.aggregate || areaOf(t.rect) >= options.minimumTileArea, qPrintable(t.name));

    // With room enough, each small file is its own tile again.
    auto large = layoutTreemap(browser, **misc, QSizeF(2000, 2000), options, CancelToken());
    QVERIFY(large.ok());
    QCOMPARE(large->size(), 1 + 1 + 40);
}

void TestTreemapLayout::aFilterHidesEntriesAndUsesFilteredTotals()
{
    index::IndexBrowser browser = open(m_team.ws);
    TreemapOptions options;
    options.minimumTileArea = 0.01;
    options.filter = index::EntryFilter::ofMember(QStringLiteral("ben"));
    const QSizeF size(600, 400);
    auto tiles = layoutTreemap(browser, 0, size, options, CancelToken());
    QVERIFY(tiles.ok());
    // ben's bytes: results/ben (180,000) and checkpoints/ben (400,000), and nothing of ana's.
    qint64 files = 0;
    double covered = 0;
    for (const TreemapTile& t : *tiles) {
        if (t.folder)
            continue;
        QCOMPARE(t.member, QStringLiteral("ben"));
        ++files;
        covered += areaOf(t.rect);
        const double expected = size.width() * size.height() * double(t.bytes) / 580000.0;
        QVERIFY2(qAbs(areaOf(t.rect) - expected) <= 0.01 * expected, qPrintable(t.name));
    }
    QCOMPARE(files, qint64(2));
    QVERIFY(qAbs(covered - size.width() * size.height()) < 1e-3 * size.width() * size.height());
    for (const TreemapTile& t : *tiles)
        QVERIFY2(t.name != QStringLiteral("ana") && t.name != QStringLiteral("data"), qPrintable(t.name));

    options.filter = index::EntryFilter::ofKind(index::Kind::Raw);
    auto raw = layoutTreemap(browser, 0, size, options, CancelToken());
    QVERIFY(raw.ok());
    QStringList names;
    for (const TreemapTile& t : *raw)
        if (!t.folder)
            names << t.name;
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
}

void TestTreemapLayout::hardLinksAndEmptyEntriesTakeNoArea()
{
    index::IndexBrowser browser = open(m_team.ws);
    TreemapOptions options;
    options.minimumTileArea = 0.01;
    auto tiles = layoutTreemap(browser, 0, QSizeF(1000, 1000), options, CancelToken());
    QVERIFY(tiles.ok());
    QStringList models;
    for (const TreemapTile& t : *tiles) {
        QVERIFY2(t.name != QStringLiteral("empty.txt") && t.name != QStringLiteral("nothing"),
                 qPrintable(t.name));
        QVERIFY(t.bytes > 0);
        QVERIFY(areaOf(t.rect) > 0);
        if (t.name.endsWith(QStringLiteral(".onnx")))
            models << t.name;
    }
    // One of the two paths of the hard-linked model is drawn (whichever the scan counted); no symlink.
    QCOMPARE(models.size(), 1);
    QVERIFY(models[0] != QStringLiteral("alias.onnx"));

    // A zero-sized window gives no tiles.
    auto none = layoutTreemap(browser, 0, QSizeF(0, 300), options, CancelToken());
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestTreemapLayout::aFolderAsRootAndBadInput()
{
    index::IndexBrowser browser = open(m_team.ws);
    auto results = browser.find(QStringLiteral("results"));
    QVERIFY(results.ok() && results->has_value());
    TreemapOptions options;
    options.minimumTileArea = 0.01;
    auto tiles = layoutTreemap(browser, **results, QSizeF(300, 200), options, CancelToken());
    QVERIFY(tiles.ok());
    QCOMPARE(tiles->first().rect, QRectF(0, 0, 300, 200));
    QCOMPARE(tiles->first().bytes, qint64(250000 + 50000 + 180000));
    QCOMPARE(tiles->first().name, QStringLiteral("results"));
    int maxDepth = 0;
    for (const TreemapTile& t : *tiles)
        maxDepth = std::max(maxDepth, t.depth);
    QCOMPARE(maxDepth, 3); // results/ana/run1/out.npy

    options.maximumDepth = 1;
    auto shallow = layoutTreemap(browser, **results, QSizeF(300, 200), options, CancelToken());
    QVERIFY(shallow.ok());
    QCOMPARE(shallow->size(), 3); // results, ana, ben: drawn whole
    QVERIFY(!shallow->at(1).expanded && !shallow->at(2).expanded);

    // A folder whose content is below minimumFolderArea is drawn whole: its children are not even read.
    TreemapOptions coarse;
    coarse.minimumFolderArea = 300 * 200 + 1;
    auto whole = layoutTreemap(browser, **results, QSizeF(300, 200), coarse, CancelToken());
    QVERIFY(whole.ok());
    QCOMPARE(whole->size(), 1);
    QVERIFY(!whole->first().expanded);
    coarse.minimumFolderArea = 300 * 200 * 0.7; // ana has 62.5 % of results
    auto one = layoutTreemap(browser, **results, QSizeF(300, 200), coarse, CancelToken());
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 3); // results and its two member folders, drawn whole
    QVERIFY(one->at(0).expanded && !one->at(1).expanded && !one->at(2).expanded);

    auto missing = layoutTreemap(browser, 987654321, QSizeF(300, 200), options, CancelToken());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::BadInput);
    QVERIFY(missing.error().message.contains(m_team.ws.databasePath));
}

void TestTreemapLayout::cancelledLayoutStops()
{
    index::IndexBrowser browser = open(m_team.ws);
    CancelToken cancel;
    cancel.cancel();
    auto tiles = layoutTreemap(browser, 0, QSizeF(1024, 640), TreemapOptions(), cancel);
    QVERIFY(!tiles.ok());
    QCOMPARE(tiles.error().kind, ErrorKind::Cancelled);
}

void TestTreemapLayout::demoWorkspaceAtWindowSize()
{
    const QString dir = m_tmp.filePath(QStringLiteral("demo"));
    auto demo = services::createDemoWorkspace(dir);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    WorkspaceOpenOptions openOptions;
    openOptions.workspaceDir = demo->repoDir;
    auto ws = openWorkspace(openOptions);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    scan(*ws);
    index::IndexBrowser browser = open(*ws);
    TreemapOptions options;
    options.padding = 1;
    options.headerHeight = 16;
    const QSizeF size(1024, 640);
    QElapsedTimer timer;
    timer.start();
    auto tiles = layoutTreemap(browser, 0, size, options, CancelToken());
    const qint64 ms = timer.elapsed();
    QVERIFY(tiles.ok());
    int files = 0, aggregates = 0;
    for (const TreemapTile& t : *tiles) {
        files += !t.folder && !t.aggregate ? 1 : 0;
        aggregates += t.aggregate ? 1 : 0;
    }
    qInfo("demo at 1024x640: %lld tiles (%d files, %d aggregates) in %lld ms", qint64(tiles->size()), files,
          aggregates, ms);
    QVERIFY(files > 10);
    QCOMPARE(tileOutsideItsFolder(*tiles, options, size), QString());
    QCOMPARE(overlappingSiblings(*tiles), QString());
    for (const TreemapTile& t : *tiles)
        QVERIFY2(t.aggregate || areaOf(t.rect) >= options.minimumTileArea - 1e-9, qPrintable(t.name));
}

QTEST_GUILESS_MAIN(TestTreemapLayout)
#include "tst_treemaplayout.moc"
