// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel on a big index (issue 14's benchmark): how long it takes to show, to expand a wide
// folder, to lay out the treemap and to switch its colouring, and how much memory the process holds
// meanwhile, each next to its goal and, where one exists, a peer measured in the same run. A program, not a
// test: nothing here fails on timing. See tests/bench/README.md.
//
//   bench_storage_panel --workspace REPO --root DIR --index FILE [--wide PATH] [--runs N]
//
// The index must exist (scan first, e.g. bench_scan_progress --mode none). --wide names the folder of ~10,000
// children to expand (default data/raw/frames, which make_team_tree.py --wide writes).
#include "BenchFigures.h"
#include "index/IndexBrowser.h"
#include "models/TreemapLayout.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace ts;
using namespace ts::bench;

namespace ts::bench {
// bench_storage_widgets.cpp: the widgets, offscreen.
void panelLevel(const Workspace& ws, const QString& widePath, const Peers& peers);
void treeLevel(const Workspace& ws, const QString& widePath, int runs, const Peers& peers);
void treemapLevel(const Workspace& ws, int runs);
} // namespace ts::bench

namespace {

// What the panel reads from the index, without any widget: the model's and the treemap's queries.
void indexLevel(const Workspace& ws, const QString& widePath, int runs, const Peers& peers)
{
    out() << "index level (IndexBrowser: the queries under the tree and the treemap), median of " << runs
          << " runs, first run in brackets:\n";
    std::vector<double> open, wide, filter;
    qint64 wideChildren = 0, rootChildren = 0;
    for (int i = 0; i < runs; ++i) {
        std::optional<index::IndexBrowser> browser;
        qint64 sharedId = 0;
        open.push_back(timeMs([&] {
            browser.emplace(take(index::IndexBrowser::open(ws.databasePath)));
            const QList<index::BrowseEntry> tops = take(browser->tops());
            sharedId = tops.value(0).id;
            rootChildren = take(browser->children(sharedId)).size();
        }));
        const std::optional<qint64> wideId = take(browser->find(widePath));
        if (!wideId)
            fail(QStringLiteral("%1: not in the index (generate the tree with --wide 10000)").arg(widePath));
        wide.push_back(timeMs([&] { wideChildren = take(browser->children(*wideId)).size(); }));
        filter.push_back(timeMs([&] { take(browser->filterView(index::EntryFilter::ofMember("ana"))); }));
    }
    line(QStringLiteral("open + tops + the shared folder's %1 children [%2]")
             .arg(rootChildren)
             .arg(fixed(open[0])),
         median(open), QStringLiteral("<= 200 ms (first paint)"),
         QStringLiteral("peer: du -s of the tree (a rescan from disk) %1 ms").arg(fixed(peers.duRoot, 0)));
    line(QStringLiteral("children of %1 (%2 entries) [%3]")
             .arg(widePath)
             .arg(wideChildren)
             .arg(fixed(wide[0])),
         median(wide), QStringLiteral("<= 50 ms (expand)"),
         QStringLiteral("peer: ls -l of that folder from disk %1 ms").arg(fixed(peers.lsWide, 0)));
    line(QStringLiteral("filter view: member ana [%1]").arg(fixed(filter[0])), median(filter),
         QStringLiteral("(filtering the tree)"));
    memory(QStringLiteral("after the index-level runs"));
}

// The treemap's layout of the shared folder, off any widget (the view runs it on a worker).
void layoutLevel(const Workspace& ws, int runs)
{
    auto browser = take(index::IndexBrowser::open(ws.databasePath));
    const qint64 sharedId = take(browser.tops()).value(0).id;
    TreemapOptions options;
    options.padding = 2;
    options.headerHeight = 14;
    const CancelToken never;
    for (const QSizeF size : {QSizeF(460, 560), QSizeF(1024, 640), QSizeF(2048, 1280)}) {
        std::vector<double> ms;
        qsizetype tiles = 0;
        for (int i = 0; i < runs; ++i)
            ms.push_back(
                timeMs([&] { tiles = take(layoutTreemap(browser, sharedId, size, options, never)).size(); }));
        line(QStringLiteral("treemap layout of the shared folder at %1x%2: %3 tiles [%4]")
                 .arg(size.width())
                 .arg(size.height())
                 .arg(tiles)
                 .arg(fixed(ms[0])),
             median(ms), QStringLiteral("<= 100 ms"));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption workspaceOpt("workspace", "The notebook repository.", "REPO");
    const QCommandLineOption rootOpt("root", "The shared folder.", "DIR");
    const QCommandLineOption indexOpt("index", "The index file (scanned already).", "FILE");
    const QCommandLineOption wideOpt("wide", "The folder of ~10,000 children to expand.", "PATH",
                                     "data/raw/frames");
    const QCommandLineOption runsOpt("runs", "Runs of each figure.", "N", "5");
    parser.addOptions({workspaceOpt, rootOpt, indexOpt, wideOpt, runsOpt});
    parser.addHelpOption();
    parser.process(app);
    Workspace ws = take(openWorkspace(WorkspaceOpenOptions{parser.value(workspaceOpt), parser.value(rootOpt),
                                                           QStringLiteral("lea"), parser.value(indexOpt)}));
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const QString wide = parser.value(wideOpt);

    out() << "load average at start: " << loadAverage() << "\n";
    memory(QStringLiteral("at start (QApplication, workspace)"));
    {
        auto browser = take(index::IndexBrowser::open(ws.databasePath));
        const index::ScanSummary& last = browser.lastScan();
        out() << "index: " << ws.databasePath << ", last scan " << last.files << " files, " << last.dirs
              << " folders\n";
    }
    Peers peers;
    peers.duRoot = peerMs(QStringLiteral("du"), {QStringLiteral("-s"), ws.rootDir}); // warms the cache
    peers.duRoot = median({peerMs(QStringLiteral("du"), {QStringLiteral("-s"), ws.rootDir}),
                           peerMs(QStringLiteral("du"), {QStringLiteral("-s"), ws.rootDir}),
                           peerMs(QStringLiteral("du"), {QStringLiteral("-s"), ws.rootDir})});
    const QString wideOnDisk = ws.rootDir + QLatin1Char('/') + wide;
    peerMs(QStringLiteral("ls"), {QStringLiteral("-l"), wideOnDisk});
    peers.lsWide = median({peerMs(QStringLiteral("ls"), {QStringLiteral("-l"), wideOnDisk}),
                           peerMs(QStringLiteral("ls"), {QStringLiteral("-l"), wideOnDisk}),
                           peerMs(QStringLiteral("ls"), {QStringLiteral("-l"), wideOnDisk})});

    // The panel first, so that its memory figures are those of a process that opened only the panel.
    panelLevel(ws, wide, peers);
    indexLevel(ws, wide, runs, peers);
    out() << "treemap layout (layoutTreemap, padding 2, name bands 14 px), median of " << runs
          << " runs, first run in brackets:\n";
    layoutLevel(ws, runs);
    treeLevel(ws, wide, runs, peers);
    treemapLevel(ws, runs);
    memory(QStringLiteral("at the end (every stage ran in this process)"));
    out() << "load average at the end: " << loadAverage() << "\n";
    return 0;
}
