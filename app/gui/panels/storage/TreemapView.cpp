// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapView.h"

#include "Background.h"
#include "panels/storage/TreemapCanvas.h"
#include "panels/storage/TreemapColours.h"
#include "panels/storage/TreemapJob.h"
#include "panels/storage/TreemapLegend.h"
#include "panels/storage/TreemapRenderer.h"
#include "panels/storage/TreemapText.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

constexpr double kMinimumTileArea = 16.0;

} // namespace

TreemapView::TreemapView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storage.treemap"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    m_breadcrumb = new TreemapBreadcrumb(this);
    m_canvas = new TreemapCanvas(this);
    m_legend = new TreemapLegend(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storage.treemap.status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(1);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_breadcrumb);
    column->addWidget(m_canvas, 1);
    column->addWidget(m_legend);
    column->addWidget(m_status);
    m_canvas->setMessage(tr("No index to show yet: scan the workspace to see where the space goes."));

    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] { startJob(true); });
    // Resizing pauses before a new layout (the old picture stretched meanwhile); the first picture, when
    // the panel appears, is laid out at once.
    connect(m_canvas, &TreemapCanvas::resized, this,
            [this] { scheduleLayout(m_canvas->tiles().isEmpty() ? 0 : 60); });
    connect(m_canvas, &TreemapCanvas::tileClicked, this, &TreemapView::selectTile);
    connect(m_canvas, &TreemapCanvas::tileDoubleClicked, this, [this](qsizetype i) {
        const TreemapTile& t = tiles()[i];
        if (t.aggregate)
            zoomTo(t.parentId);
        else if (t.folder)
            zoomTo(t.id);
        else
            Q_EMIT entryActivated(t.id);
    });
    connect(m_canvas, &TreemapCanvas::tileHovered, this, &TreemapView::showHover);
    connect(m_canvas, &TreemapCanvas::contextMenuAt, this, [this](qsizetype i, QPoint global) {
        const TreemapTile& t = tiles()[i];
        Q_EMIT contextMenuRequested(t.aggregate ? t.parentId : t.id, global);
    });
    connect(m_canvas, &TreemapCanvas::upRequested, this, &TreemapView::zoomOut);
    connect(m_canvas, &TreemapCanvas::moveRequested, this, &TreemapView::moveSelection);
    connect(m_canvas, &TreemapCanvas::activateRequested, this, &TreemapView::activateSelection);
    connect(m_breadcrumb, &TreemapBreadcrumb::folderRequested, this, &TreemapView::zoomTo);
    updateLegend();
}

TreemapView::~TreemapView()
{
    if (m_cancel)
        m_cancel->cancel();
}

const QList<TreemapTile>& TreemapView::tiles() const
{
    return m_canvas->tiles();
}

void TreemapView::setDatabase(const QString& databasePath)
{
    if (!databasePath.isEmpty() && databasePath == m_database && !tiles().isEmpty()) {
        // The same index again (after a scan): stay in the folder shown, found again by its path, and keep
        // the picture on screen until the new one is ready.
        m_refreshRoot = true;
        scheduleLayout(0);
        return;
    }
    m_database = databasePath;
    m_root = 0;
    m_crumbs.clear();
    m_rootPath.clear();
    m_byId.clear();
    m_canvas->setContent({}, {}, {});
    m_breadcrumb->setPath({});
    setStatus(QString());
    if (databasePath.isEmpty()) {
        if (m_cancel)
            m_cancel->cancel();
        m_pending = false;
        m_canvas->setMessage(tr("No index to show yet: scan the workspace to see where the space goes."));
        return;
    }
    m_canvas->setMessage(tr("Laying out…"));
    scheduleLayout(0);
}

void TreemapView::setRoot(qint64 folderId)
{
    if (folderId == m_root)
        return;
    m_root = folderId;
    setStatus(QString()); // the folder's description comes with its layout
    scheduleLayout(0);
    Q_EMIT rootChanged(folderId);
}

void TreemapView::zoomTo(qint64 folderId)
{
    setRoot(folderId);
}

void TreemapView::zoomOut()
{
    if (m_root == 0)
        return;
    zoomTo(m_crumbs.size() >= 2 ? m_crumbs[m_crumbs.size() - 2].id : 0);
}

void TreemapView::setColouring(Colouring colouring)
{
    if (colouring == m_colouring)
        return;
    m_colouring = colouring;
    updateLegend();
    startJob(false);
}

void TreemapView::setFilter(const index::EntryFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    scheduleLayout(0);
}

void TreemapView::setMemberIds(const QStringList& ids)
{
    if (ids == m_memberIds)
        return;
    m_memberIds = ids;
    updateLegend();
    startJob(false);
}

void TreemapView::setCushions(bool cushions)
{
    if (cushions == m_cushions)
        return;
    m_cushions = cushions;
    startJob(false);
}

void TreemapView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateLegend();
        startJob(false);
    }
}

void TreemapView::scheduleLayout(int delayMs)
{
    // The job in flight is for another size, root or filter: stop it now, start the new one when resizing
    // pauses. The old picture stays on screen, stretched.
    if (m_cancel)
        m_cancel->cancel();
    ++m_generation;
    if (m_database.isEmpty())
        return;
    m_pending = true;
    m_relayoutPending = true;
    m_delay.start(delayMs);
}

TreemapStyle TreemapView::style() const
{
    const QPalette pal = palette();
    TreemapStyle s;
    s.byMember = m_colouring == Colouring::ByMember;
    for (qsizetype i = 0; i < m_memberIds.size(); ++i)
        s.memberColours.insert(m_memberIds[i], categoricalColour(int(i), pal));
    // Members the manifest no longer lists still get a colour of their own, the same on every layout.
    for (const TreemapTile& t : tiles())
        if (!t.member.isEmpty() && !s.memberColours.contains(t.member))
            s.memberColours.insert(t.member, categoricalColour(int(qHash(t.member) % 97), pal));
    s.unattributed = unattributedColour(pal);
    for (int k = 0; k < index::kKindCount; ++k)
        s.kinds[std::size_t(k)] = kindColour(index::Kind(k), pal);
    s.aggregate = aggregateColour(pal);
    s.hatch = aggregateHatchColour(pal);
    s.band = folderBandColour(pal);
    s.bandText = folderTextColour(pal);
    s.frame = frameColour(pal);
    s.font = font();
    s.cushions = m_cushions;
    return s;
}

void TreemapView::startJob(bool relayout)
{
    if (m_database.isEmpty())
        return;
    if (!relayout && (m_relayoutPending || tiles().isEmpty())) {
        if (m_relayoutPending)
            scheduleLayout(0); // the layout on its way would paint with the old colours
        return;
    }
    const QSize size = m_canvas->size();
    if (size.isEmpty())
        return;
    if (m_cancel)
        m_cancel->cancel();
    services::Call call;
    m_cancel = call.cancel;
    m_pending = true;
    TreemapJob job;
    job.generation = ++m_generation;
    job.relayout = relayout;
    job.database = m_database;
    job.root = m_root;
    if (m_refreshRoot && m_root != 0)
        job.rootPath = m_rootPath;
    job.size = size;
    job.devicePixelRatio = m_canvas->devicePixelRatioF();
    job.options.minimumTileArea = kMinimumTileArea;
    job.options.filter = m_filter;
    job.options.padding = 1;
    job.options.headerHeight = QFontMetrics(font()).height() + 4;
    job.style = style();
    if (!relayout)
        job.tiles = tiles();
    job.sharedName = tr("Shared folder");
    job.repositoryName = tr("Repository");
    job.workspaceName = tr("Workspace");
    runInBackground(
        this, std::move(call),
        [job = std::move(job)](const services::Call& call) { return runTreemapJob(job, *call.cancel); },
        [this](TreemapJobResult r) { finishJob(std::move(r)); });
}

void TreemapView::finishJob(TreemapJobResult r)
{
    if (r.generation != m_generation)
        return; // a newer job is on its way
    m_pending = false;
    if (r.error) {
        if (r.error->kind == ErrorKind::Cancelled)
            return;
        m_relayoutPending = false;
        m_canvas->setContent({}, {}, {});
        m_byId.clear();
        m_canvas->setMessage(r.error->message);
        setStatus(r.error->message);
        return;
    }
    if (r.relayout) {
        m_relayoutPending = false;
        m_refreshRoot = false;
        if (r.root != m_root) {
            m_root = r.root; // the folder shown is gone, or has another id after a full scan
            Q_EMIT rootChanged(m_root);
        }
        m_crumbs = r.crumbs;
        m_rootPath = r.rootPath;
        m_breadcrumb->setPath(m_crumbs);
        m_byId.clear();
        for (qsizetype i = 0; i < r.tiles.size(); ++i)
            if (!r.tiles[i].aggregate)
                m_byId.insert(r.tiles[i].id, i);
        m_canvas->setContent(r.tiles, r.image, r.size);
        m_canvas->setMessage(r.tiles.isEmpty() ? tr("Nothing to show: no file here takes any space.")
                                               : QString());
        updateLegend();
        applySelection();
    } else {
        m_canvas->setImage(r.image);
    }
    Q_EMIT layoutFinished();
}

void TreemapView::updateLegend()
{
    const QPalette pal = palette();
    QList<TreemapLegendItem> items;
    if (m_colouring == Colouring::ByMember) {
        for (qsizetype i = 0; i < m_memberIds.size(); ++i)
            items.append({categoricalColour(int(i), pal), m_memberIds[i], false, {}});
        items.append({unattributedColour(pal), tr("Unattributed"), false, {}});
    } else {
        bool present[index::kKindCount] = {};
        for (const TreemapTile& t : tiles())
            if (!t.aggregate && !(t.folder && t.expanded))
                present[int(t.kind)] = true;
        for (int k = 1; k <= index::kKindCount; ++k) {
            const int kind = k % index::kKindCount; // Other last
            if (present[kind] || tiles().isEmpty())
                items.append({kindColour(index::Kind(kind), pal),
                              TreemapText::kindWord(index::Kind(kind)),
                              false,
                              {}});
        }
    }
    items.append(
        {aggregateColour(pal), tr("Small entries, grouped per folder"), true, aggregateHatchColour(pal)});
    m_legend->setItems(items);
}

void TreemapView::setSelectedEntry(qint64 id)
{
    m_selected = id;
    applySelection();
}

QRectF TreemapView::tileRectOf(qint64 id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? QRectF() : m_canvas->tileRect(i);
}

QString TreemapView::statusText() const
{
    return m_statusText;
}

void TreemapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    elideStatus();
}

void TreemapView::setStatus(const QString& text)
{
    m_statusText = text;
    m_status->setToolTip(text);
    elideStatus();
}

void TreemapView::elideStatus()
{
    const QFontMetrics metrics(m_status->font());
    const int available = std::max(1, width() - 2);
    QString shown = m_statusText;
    if (metrics.horizontalAdvance(shown) > available) {
        // "path — size · …": the path gives way in its middle first, then the whole line at its end.
        const QString dash = QStringLiteral(" — ");
        const qsizetype cut = shown.indexOf(dash);
        const QString rest = cut < 0 ? QString() : shown.mid(cut);
        const int room = available - metrics.horizontalAdvance(rest);
        shown = cut >= 0 && room >= 8 * metrics.averageCharWidth()
                    ? metrics.elidedText(shown.left(cut), Qt::ElideMiddle, room) + rest
                    : metrics.elidedText(shown, Qt::ElideRight, available);
    }
    m_status->setText(shown);
}

QString TreemapView::describeRoot() const
{
    if (m_root == 0 || tiles().isEmpty() || tiles().first().id != m_root)
        return QString();
    return describe(0);
}

} // namespace ts::gui

namespace ts::gui {

void TreemapView::applySelection()
{
    if (m_selected == 0 || tiles().isEmpty()) {
        m_canvas->setSelection(-1, -1);
        setStatus(describeRoot());
        return;
    }
    const qsizetype i = indexOf(m_selected);
    if (i >= 0) {
        m_canvas->setSelection(i, indexOf(tiles()[i].parentId));
        setStatus(describe(i));
        return;
    }
    // Not on screen on its own: the line describes the folder shown, not an entry out of sight.
    setStatus(describeRoot());
    // Not drawn on its own (too small, or deeper than the layout went): outline the deepest folder above it
    // that is drawn, once its ancestors are read (off this thread, like the layout).
    m_canvas->setSelection(-1, -1);
    const qint64 id = m_selected;
    const quint64 generation = m_generation;
    runInBackground(
        this,
        [database = m_database, id] {
            auto browser = index::IndexBrowser::open(database);
            if (!browser)
                return QList<qint64>();
            auto chain = browser->ancestors(id);
            return chain ? *chain : QList<qint64>();
        },
        [this, id, generation](const QList<qint64>& chain) {
            if (id != m_selected || generation != m_generation)
                return; // another selection or another layout meanwhile
            qsizetype folder = -1;
            for (auto it = chain.crbegin(); it != chain.crend() && folder < 0; ++it)
                folder = indexOf(*it);
            m_canvas->setSelection(-1, folder);
        });
}

void TreemapView::selectTile(qsizetype tile)
{
    const TreemapTile& t = tiles()[tile];
    const qint64 id = t.aggregate ? t.parentId : t.id;
    if (id == 0)
        return;
    m_selected = id;
    applySelection();
    Q_EMIT entrySelected(id);
}

void TreemapView::moveSelection(Qt::Key direction)
{
    const QList<TreemapTile>& all = tiles();
    const qsizetype current = indexOf(m_selected);
    if (current < 0) {
        for (qsizetype i = 0; i < all.size(); ++i)
            if (!all[i].aggregate && all[i].depth == 1) {
                selectTile(i);
                return;
            }
        return;
    }
    const qsizetype best = TreemapCanvas::nearestSibling(all, current, direction);
    if (best >= 0)
        selectTile(best);
}

void TreemapView::activateSelection()
{
    const qsizetype i = indexOf(m_selected);
    if (i < 0)
        return;
    const TreemapTile& t = tiles()[i];
    if (t.folder)
        zoomTo(t.id);
    else
        Q_EMIT entryActivated(t.id);
}

void TreemapView::showHover(qsizetype tile)
{
    QString text;
    if (tile >= 0)
        text = describe(tile);
    else if (const qsizetype s = indexOf(m_selected); s >= 0)
        text = describe(s);
    else
        text = describeRoot();
    setStatus(text);
    m_canvas->setToolTip(text);
    m_canvas->setAccessibleDescription(text);
    if (tile >= 0 && QToolTip::isVisible())
        QToolTip::showText(QCursor::pos(), text, m_canvas);
}

QString TreemapView::describe(qsizetype tile) const
{
    return TreemapText(tiles(), m_byId, m_rootPath).describe(tile);
}

} // namespace ts::gui
