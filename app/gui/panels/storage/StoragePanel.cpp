// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/StoragePanel.h"

#include "Background.h"
#include "ThemedIcons.h"
#include "models/DuplicateGroupsModel.h"
#include "models/GrowthModel.h"
#include "models/HazardsModel.h"
#include "models/KindUsageModel.h"
#include "models/LargestFilesModel.h"
#include "models/MemberUsageModel.h"
#include "models/SizeTreeModel.h"
#include "panels/storage/DuplicatesView.h"
#include "panels/storage/EntryActions.h"
#include "panels/storage/FilterChip.h"
#include "panels/storage/GrowthView.h"
#include "panels/storage/HazardsView.h"
#include "panels/storage/LargestView.h"
#include "panels/storage/ScanControls.h"
#include "panels/storage/SizeTreeView.h"
#include "panels/storage/StorageEmptyState.h"
#include "panels/storage/StorageFigures.h"
#include "panels/storage/StorageListView.h"
#include "panels/storage/StorageMembersView.h"
#include "panels/storage/TreemapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

// "2 h ago", "3 days ago": how old the index is, for people; the exact time goes in the tooltip.
QString ageText(const QDateTime& then, const QDateTime& now)
{
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return StoragePanel::tr("just now");
    if (seconds < 3600)
        return StoragePanel::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return StoragePanel::tr("%n h ago", nullptr, int(seconds / 3600));
    const qint64 days = seconds / 86400;
    return days == 1 ? StoragePanel::tr("yesterday") : StoragePanel::tr("%n days ago", nullptr, int(days));
}

QDateTime parseUtc(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when;
}

} // namespace

StoragePanel::StoragePanel(const PanelContext& context, QWidget* parent) : Panel(parent)
{
    Q_UNUSED(context);
    setObjectName(QStringLiteral("panel.storage"));
    m_memberModel = new MemberUsageModel(this);
    m_kindModel = new KindUsageModel(this);
    m_largestModel = new LargestFilesModel(this);
    m_growthModel = new GrowthModel(this);
    m_hazardsModel = new HazardsModel(this);
    m_duplicatesModel = new DuplicateGroupsModel(this);
    m_actions = new EntryActions(this);
    connect(m_actions, &EntryActions::copied, this,
            [this](const QString& path) { emit statusMessage(tr("Copied %1").arg(path)); });

    buildToolbar();
    m_chip = new FilterChip;
    connect(m_chip, &FilterChip::clearRequested, this, [this] { setFilter(index::EntryFilter::none()); });

    m_treeModel = new SizeTreeModel(this);
    m_tree = new SizeTreeView;
    m_tree->setObjectName(QStringLiteral("storage.tree"));
    m_tree->setAccessibleName(tr("Folders and files by size"));
    m_tree->setAccessibleDescription(
        tr("The shared folder as a tree, largest first; the treemap beside it shows the same selection"));
    m_tree->setModel(m_treeModel);
    // Beside the treemap at 1024 px the name needs the room: the folder and kind counts are left out (the
    // treemap colours by kind, the Members & kinds tab counts them).
    m_tree->setColumnHidden(SizeTreeModel::FoldersColumn, true);
    m_tree->setColumnHidden(SizeTreeModel::KindColumn, true);
    // The name keeps a readable width in a narrow window; the tree scrolls sideways instead.
    m_tree->header()->setSectionResizeMode(SizeTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(SizeTreeModel::NameColumn, 170);
    m_tree->header()->setStretchLastSection(true);
    m_actions->attach(m_tree, SizeTreeModel::DisplayPathRole);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectEntry(m_treeModel->entryId(current)); });
    connect(m_treeModel, &SizeTreeModel::readFailed, this, &Panel::statusMessage);
    m_treemap = new TreemapView;
    connect(m_treemap, &TreemapView::entrySelected, this, &StoragePanel::selectEntryInTree);
    connect(m_treemap, &TreemapView::entryActivated, this,
            [this](qint64 id) { m_actions->open(pathOf(id)); });
    connect(m_treemap, &TreemapView::contextMenuRequested, this,
            [this](qint64 id, QPoint at) { m_actions->showMenu(pathOf(id), at, m_treemap); });

    auto* browse = new QSplitter(Qt::Horizontal);
    browse->setObjectName(QStringLiteral("storage.browseSplit")); // its sizes are kept between starts
    browse->setChildrenCollapsible(false);
    browse->addWidget(m_tree);
    browse->addWidget(m_treemap);
    browse->setStretchFactor(0, 11);
    browse->setStretchFactor(1, 9);
    browse->setSizes({660, 340});

    m_membersView = new StorageMembersView(m_memberModel, m_kindModel);
    m_largestView = new LargestView(m_largestModel);
    m_growthView = new GrowthView(m_growthModel);
    m_duplicatesView = new DuplicatesView(m_duplicatesModel);
    m_hazardsView = new HazardsView(m_hazardsModel);
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("storage.views"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_membersView, tr("Members && kinds"));
    m_views->addTab(m_largestView, tr("Largest"));
    m_views->addTab(m_growthView, tr("Growth"));
    m_views->addTab(m_duplicatesView, tr("Duplicates"));
    m_views->addTab(m_hazardsView, tr("Hazards"));
    connect(m_membersView, &StorageMembersView::filterRequested, this, &StoragePanel::setFilter);
    connect(m_duplicatesView, &DuplicatesView::statusMessage, this, &Panel::statusMessage);
    for (StorageListView* list :
         {m_largestView->list(), m_growthView->list(), m_duplicatesView->list(), m_hazardsView->list()}) {
        m_actions->attach(list, StorageListModel::DisplayPathRole);
        connect(list, &StorageListView::entryChosen, this, [this](const QString& path) {
            if (!path.isEmpty())
                selectPath(path);
        });
    }

    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("storage.split"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(browse);
    m_split->addWidget(m_views);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({640, 360});

    m_empty = new StorageEmptyState;
    connect(m_empty, &StorageEmptyState::scanRequested, this, [this] { m_scan->startScan(false); });
    connect(m_empty, &StorageEmptyState::cancelRequested, m_scan, &ScanControls::cancel);
    connect(m_scan, &ScanControls::scanStarted, this,
            [this](bool full) { m_empty->setScanning(m_scan->heading(full)); });
    connect(m_scan, &ScanControls::figuresChanged, m_empty, &StorageEmptyState::setProgress);
    connect(m_scan, &ScanControls::cancelling, m_empty, &StorageEmptyState::setCancelling);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_split);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(findChild<QWidget*>(QStringLiteral("storage.toolbar")));
    layout->addWidget(m_chip, 0, Qt::AlignLeft);
    layout->addWidget(m_pages, 1);

    m_ageTimer.setInterval(60 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &StoragePanel::updateAge);
    m_ageTimer.start();
}

StoragePanel::~StoragePanel() = default;

void StoragePanel::buildToolbar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("storage.toolbar"));
    m_scan = new ScanControls;
    connect(m_scan, &ScanControls::progressed, this, &Panel::statusMessage);
    connect(m_scan, &ScanControls::scanFinished, this, &StoragePanel::scanEnded);
    m_colouring = new QComboBox;
    m_colouring->setObjectName(QStringLiteral("storage.colouring"));
    m_colouring->addItem(tr("Colour by member"));
    m_colouring->addItem(tr("Colour by kind"));
    connect(m_colouring, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_treemap->setColouring(index == 1 ? TreemapView::Colouring::ByKind
                                           : TreemapView::Colouring::ByMember);
    });
    m_colouring->setToolTip(tr("How the treemap colours its tiles; the legend under it names the colours."));
    m_allocated = new QCheckBox(tr("Size on disk"));
    m_allocated->setObjectName(QStringLiteral("storage.allocated"));
    m_allocated->setToolTip(
        tr("Show the space the files take on the drive (allocated blocks) instead of their "
           "length; sparse and tiny files differ most."));
    connect(m_allocated, &QCheckBox::toggled, this, [this](bool on) { m_treeModel->setShowAllocated(on); });
    m_age = new QLabel;
    m_age->setObjectName(QStringLiteral("storage.age"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scan, 1);
    layout->addWidget(m_colouring);
    layout->addWidget(m_allocated);
    layout->addSpacing(8);
    layout->addWidget(m_age);
}

QString StoragePanel::title() const
{
    return tr("Storage");
}

QIcon StoragePanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/storage.svg"));
}

void StoragePanel::setWorkspace(WorkspacePtr workspace)
{
    const bool sameIndex = m_workspace && workspace && m_workspace->databasePath == workspace->databasePath;
    m_workspace = std::move(workspace);
    m_actions->setWorkspace(m_workspace);
    m_scan->setWorkspace(m_workspace);
    if (!sameIndex) {
        m_duplicatesView->setWorkspace(m_workspace);
        m_filter = index::EntryFilter::none();
        m_chip->setFilterText({});
        m_selectedId = 0;
    }
    refresh();
}

void StoragePanel::refresh()
{
    const int generation = ++m_generation;
    showIndex();
    if (!m_workspace) {
        showFigures(StorageFigures{});
        return;
    }
    runInBackground(
        this, [workspace = m_workspace] { return StorageFigures::load(*workspace); },
        [this, generation](Result<StorageFigures> figures) {
            if (generation != m_generation)
                return; // a newer workspace or scan superseded this one
            if (!figures) {
                showFigures(StorageFigures{});
                m_empty->setDetail(figures.error().message);
            } else {
                showFigures(*figures);
            }
            emit figuresLoaded();
        });
}

void StoragePanel::showFigures(const StorageFigures& figures)
{
    m_hasIndex = figures.lastScan.has_value();
    m_scan->setHasIndex(m_hasIndex);
    m_finishedUtc = m_hasIndex ? figures.lastScan->finishedUtc : QString();
    m_indexedFiles = m_hasIndex ? figures.lastScan->files : 0;
    m_memberModel->setReport(figures.members);
    m_kindModel->setReport(figures.kinds);
    m_largestModel->setReport(figures.largest);
    m_growthModel->setReport(figures.growth);
    m_hazardsModel->setReport(figures.hazards);
    m_pages->setCurrentWidget(m_hasIndex ? static_cast<QWidget*>(m_split) : m_empty);
    if (!m_hasIndex)
        m_empty->setDetail({});
    m_colouring->setEnabled(m_hasIndex);
    m_allocated->setEnabled(m_hasIndex);
    m_views->setTabText(m_views->indexOf(m_hazardsView),
                        m_hazardsModel->rowCount() ? tr("Hazards (%1)").arg(m_hazardsModel->rowCount())
                                                   : tr("Hazards"));
    updateAge();
}

void StoragePanel::updateAge()
{
    if (!m_hasIndex) {
        m_age->setText(m_workspace ? tr("Not scanned yet") : QString());
        m_age->setToolTip({});
        return;
    }
    const QDateTime when = parseUtc(m_finishedUtc);
    m_age->setText(tr("Index from %1 · %2 files")
                       .arg(when.isValid() ? ageText(when, QDateTime::currentDateTimeUtc()) : m_finishedUtc,
                            QLocale().toString(m_indexedFiles)));
    m_age->setToolTip(
        when.isValid()
            ? tr("Last scan finished %1").arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat))
            : QString());
}

void StoragePanel::scanEnded(bool ok, const QString& message)
{
    m_empty->setIdle();
    emit statusMessage(message);
    if (ok) {
        refresh();
    } else if (!m_hasIndex) {
        m_empty->setDetail(message);
    }
}

void StoragePanel::showIndex()
{
    // The tree and the treemap open on the index at once (reading only the tops); the side views follow
    // from the background job. Open folders and the selection survive a refresh after a scan.
    const QStringList expanded = m_tree->expandedPaths();
    const QString selected = m_selectedId ? pathOf(m_selectedId) : QString();
    if (!m_workspace || !m_treeModel->setDatabase(m_workspace->databasePath).ok()) {
        m_treeModel->clear();
        m_treemap->setDatabase({});
        return;
    }
    if (const index::ScanSummary* last = m_treeModel->lastScan()) {
        // There is an index: the tree and the treemap show it now; the side views' figures (hazards and the
        // largest files take seconds on a million entries) arrive from the background job.
        m_hasIndex = true;
        m_scan->setHasIndex(true);
        m_finishedUtc = last->finishedUtc;
        m_indexedFiles = last->files;
        m_pages->setCurrentWidget(m_split);
        m_colouring->setEnabled(true);
        m_allocated->setEnabled(true);
        updateAge();
    }
    if (!m_treeModel->setFilter(m_filter).ok()) {
        m_filter = index::EntryFilter::none();
        (void)m_treeModel->setFilter(m_filter); // no filter: cannot fail on an open index
        m_chip->setFilterText({});
    }
    QStringList members;
    for (const Member& member : m_workspace->manifest.members)
        members << member.id;
    m_treemap->setMemberIds(members);
    m_treemap->setFilter(m_filter);
    m_treemap->setDatabase(m_workspace->databasePath);
    if (expanded.isEmpty()) // first open: the shared folder's top level, as QDirStat opens its root
        m_tree->expand(m_treeModel->index(0, 0));
    m_tree->restoreExpandedPaths(expanded);
    m_selectedId = 0;
    if (!selected.isEmpty())
        selectPath(selected);
}

QString StoragePanel::pathOf(qint64 id) const
{
    const QModelIndex index = m_treeModel->indexForEntry(id);
    return index.isValid() ? index.data(SizeTreeModel::DisplayPathRole).toString() : QString();
}

bool StoragePanel::selectPath(const QString& displayPath)
{
    QModelIndex index = m_treeModel->indexForPath(displayPath);
    if (!index.isValid() && m_filter.active()) { // hidden by the filter: show everything again
        setFilter(index::EntryFilter::none());
        index = m_treeModel->indexForPath(displayPath);
    }
    if (!index.isValid())
        return false;
    showInTree(index);
    return true;
}

void StoragePanel::selectEntryInTree(qint64 id)
{
    QModelIndex index = m_treeModel->indexForEntry(id);
    if (index.isValid())
        showInTree(index);
    else
        selectEntry(id);
}

void StoragePanel::showInTree(const QModelIndex& index)
{
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index); // selects it in the treemap through selectEntry
    m_tree->scrollTo(index);
    selectEntry(m_treeModel->entryId(index));
}

void StoragePanel::selectEntry(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    m_treemap->setSelectedEntry(id);
    emit selectedEntryChanged(id);
}

void StoragePanel::setFilter(const index::EntryFilter& filter)
{
    if (filter == m_filter)
        return;
    const QString selected = m_selectedId ? pathOf(m_selectedId) : QString();
    if (const Status set = m_treeModel->setFilter(filter); !set) {
        emit statusMessage(set.error().message);
        return;
    }
    m_filter = filter;
    m_treemap->setFilter(filter);
    m_chip->setFilterText(filterText(filter));
    m_selectedId = 0;
    if (!selected.isEmpty() && m_treeModel->indexForPath(selected).isValid())
        selectPath(selected);
}

QString StoragePanel::filterText(const index::EntryFilter& filter) const
{
    switch (filter.by) {
    case index::EntryFilter::By::Nothing:
        return {};
    case index::EntryFilter::By::Member:
        return filter.member;
    case index::EntryFilter::By::Unattributed:
        return tr("no member");
    case index::EntryFilter::By::Kind:
        break;
    }
    return tr("kind %1").arg(index::kindName(filter.kind));
}

void StoragePanel::handleRequest(const QVariantMap& request)
{
    if (request.value(QStringLiteral("scan")).toBool() && m_workspace && m_workspace->hasSharedFolder() &&
        !isReadOnly())
        m_scan->startScan(false);
}

} // namespace ts::gui
