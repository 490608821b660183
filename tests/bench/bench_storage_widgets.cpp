// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's widgets in bench_storage_panel, offscreen: the whole panel from setWorkspace to the
// first painted tree and treemap (and its memory), the size tree alone, the treemap view alone and its
// colouring.
#include "BenchFigures.h"
#include "Dialogs.h"
#include "models/SizeTreeModel.h"
#include "panels/storage/SizeTreeView.h"
#include "panels/storage/StoragePanel.h"
#include "panels/storage/TreemapCanvas.h"
#include "panels/storage/TreemapView.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTest>

namespace ts::bench {

namespace {

// Expands the folders above `index`, scrolls it to the top, then times expanding it until its rows are
// painted.
double timeExpand(gui::SizeTreeView& view, const QModelIndex& index)
{
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        view.expand(up);
    view.scrollTo(index, QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    PaintProbe probe(view.viewport());
    probe.mark();
    return timeMs([&] {
        view.expand(index);
        if (!probe.waitForPaint())
            fail(QStringLiteral("the expanded folder was not painted"));
    });
}

} // namespace

// The whole panel as the main window hosts it (1024x640 less the navigation: 860x600), on a fresh process's
// first open: setWorkspace to the tree's and the treemap's first paint, then the wide folder expanded.
void panelLevel(const Workspace& ws, const QString& widePath, const Peers& peers)
{
    out() << "Storage panel (StoragePanel, 860x600 offscreen, this process's first open):\n";
    gui::QtDialogs dialogs;
    gui::StoragePanel panel(gui::PanelContext{dialogs});
    panel.resize(860, 600);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        fail(QStringLiteral("the panel was never shown"));
    memory(QStringLiteral("the panel shown, no workspace yet"));
    PaintProbe treePaint(panel.tree()->viewport());
    PaintProbe mapPaint(panel.treemap()->canvas());
    QSignalSpy laidOut(panel.treemap(), &gui::TreemapView::layoutFinished);
    QSignalSpy figures(&panel, &gui::StoragePanel::figuresLoaded);
    treePaint.mark();
    mapPaint.mark();
    QElapsedTimer clock;
    clock.start();
    double treeMs = -1, mapMs = -1;
    bool mapMarked = false;
    panel.setWorkspace(std::make_shared<const Workspace>(ws));
    const double setMs = double(clock.nsecsElapsed()) / 1e6;
    // A paint counts only when the widget is really on screen (a hidden page gets no paint events), and the
    // treemap's only after its layout finished (before, it shows the previous picture or nothing).
    const bool shown = waitUntil([&] {
        if (treeMs < 0 && treePaint.painted() && panel.tree()->isVisible() &&
            panel.tree()->model()->rowCount() > 0)
            treeMs = double(clock.nsecsElapsed()) / 1e6;
        if (!mapMarked && !laidOut.isEmpty()) {
            mapPaint.mark();
            mapMarked = true;
            panel.treemap()->canvas()->update();
        }
        if (mapMs < 0 && mapMarked && mapPaint.painted() && panel.treemap()->isVisible())
            mapMs = double(clock.nsecsElapsed()) / 1e6;
        return treeMs >= 0 && mapMs >= 0;
    });
    if (!shown)
        fail(QStringLiteral("the panel did not show the index within 60 s (hasIndex %1)")
                 .arg(panel.hasIndex()));
    line(QStringLiteral("setWorkspace returned"), setMs, {});
    line(QStringLiteral("setWorkspace to the first painted tree"), treeMs, QStringLiteral("<= 200 ms"),
         QStringLiteral("peer: du -s of the tree (a rescan from disk) %1 ms").arg(fixed(peers.duRoot, 0)));
    line(QStringLiteral("setWorkspace to the first painted treemap (%1 tiles)")
             .arg(panel.treemap()->tiles().size()),
         mapMs, QStringLiteral("<= 200 ms"),
         QStringLiteral("peer: du -s of the tree %1 ms").arg(fixed(peers.duRoot, 0)));
    if (waitUntil([&] { return !figures.isEmpty(); }, 120000))
        line(QStringLiteral("setWorkspace to the side views filled (members, largest, growth, hazards)"),
             double(clock.nsecsElapsed()) / 1e6, QStringLiteral("(in the background)"));
    memory(QStringLiteral("panel open on the index"));
    auto* model = qobject_cast<SizeTreeModel*>(panel.tree()->model());
    const QModelIndex wide = model ? model->indexForPath(widePath) : QModelIndex();
    if (!wide.isValid())
        fail(QStringLiteral("%1: not in the panel's tree").arg(widePath));
    const double expandMs = timeExpand(*panel.tree(), wide);
    line(QStringLiteral("expand %1 (%2 rows) in the panel").arg(widePath).arg(model->rowCount(wide)),
         expandMs, QStringLiteral("<= 50 ms"),
         QStringLiteral("peer: ls -l of that folder %1 ms").arg(fixed(peers.lsWide, 0)));
    QCoreApplication::processEvents();
    memory(QStringLiteral("panel open, %1 rows fetched").arg(model->fetchedNodes()));
}

// The size tree as the panel shows it: SizeTreeView over SizeTreeModel at the panel's size, offscreen.
void treeLevel(const Workspace& ws, const QString& widePath, int runs, const Peers& peers)
{
    out() << "size tree alone (SizeTreeModel + SizeTreeView, 530x400 offscreen), median of " << runs
          << " runs, first run in brackets:\n";
    std::vector<double> first, wide;
    for (int i = 0; i < runs; ++i) {
        SizeTreeModel model;
        gui::SizeTreeView view;
        view.setModel(&model);
        view.resize(530, 400);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            fail(QStringLiteral("the tree view was never shown"));
        PaintProbe probe(view.viewport());
        probe.mark();
        first.push_back(timeMs([&] {
            if (auto ok = model.setDatabase(ws.databasePath); !ok)
                fail(ok.error().message);
            view.expand(model.index(0, 0)); // the shared folder open, as the panel shows it
            if (!probe.waitForPaint())
                fail(QStringLiteral("the tree was not painted"));
        }));
        const QModelIndex wideIndex = model.indexForPath(widePath);
        if (!wideIndex.isValid())
            fail(QStringLiteral("%1: not in the size tree").arg(widePath));
        wide.push_back(timeExpand(view, wideIndex));
    }
    line(QStringLiteral("setDatabase to the first painted tree [%1]").arg(fixed(first[0])), median(first),
         QStringLiteral("<= 200 ms"),
         QStringLiteral("peer: du -s of the tree %1 ms").arg(fixed(peers.duRoot, 0)));
    line(QStringLiteral("expand %1 to its painted rows [%2]").arg(widePath, fixed(wide[0])), median(wide),
         QStringLiteral("<= 50 ms"),
         QStringLiteral("peer: ls -l of that folder %1 ms").arg(fixed(peers.lsWide, 0)));
}

// The treemap view alone: setDatabase to the painted layout, and switching the colouring (member <-> kind).
void treemapLevel(const Workspace& ws, int runs)
{
    out() << "treemap view alone (TreemapView, 330x400 offscreen), median of " << runs
          << " runs, first run in brackets:\n";
    QStringList members;
    for (const Member& m : ws.manifest.members)
        members << m.id;
    std::vector<double> first, byKind, byMember;
    for (int i = 0; i < runs; ++i) {
        gui::TreemapView view;
        view.setMemberIds(members);
        view.resize(330, 400);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            fail(QStringLiteral("the treemap view was never shown"));
        QSignalSpy laidOut(&view, &gui::TreemapView::layoutFinished);
        const auto timeUntilShown = [&](const std::function<void()>& change) {
            laidOut.clear();
            return timeMs([&] {
                change();
                if (!waitUntil([&] { return !laidOut.isEmpty(); }))
                    fail(QStringLiteral("the treemap did not finish"));
                QCoreApplication::processEvents(); // its paint
            });
        };
        first.push_back(timeUntilShown([&] { view.setDatabase(ws.databasePath); }));
        byKind.push_back(timeUntilShown([&] { view.setColouring(gui::TreemapView::Colouring::ByKind); }));
        byMember.push_back(timeUntilShown([&] { view.setColouring(gui::TreemapView::Colouring::ByMember); }));
    }
    line(QStringLiteral("setDatabase to the painted treemap [%1]").arg(fixed(first[0])), median(first),
         QStringLiteral("<= 200 ms"));
    line(QStringLiteral("colouring member -> kind, on screen [%1]").arg(fixed(byKind[0])), median(byKind),
         QStringLiteral("<= 50 ms"));
    line(QStringLiteral("colouring kind -> member, on screen [%1]").arg(fixed(byMember[0])), median(byMember),
         QStringLiteral("<= 50 ms"));
}

} // namespace ts::bench
