// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Storage: where the space went, whose it is, and what will bite the team on the drive. The size tree and
// the treemap over the local index, side by side, above the side views (members & kinds, largest, growth,
// duplicates, hazards); a scan from the toolbar. Opens on the existing index at once and says how old it is;
// without one it explains and offers the scan. Selection is shared by entry id between the tree, the treemap
// and every list; clicking a member or a kind filters the tree and the treemap.
//
// Read-only (a reload failed): Scan stays enabled, since it writes only this computer's index; nothing in the
// panel writes the shared folder or teamspace.json.
#pragma once

#include "index/IndexBrowser.h"
#include "panels/Panel.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace ts {
class DuplicateGroupsModel;
class GrowthModel;
class HazardsModel;
class KindUsageModel;
class LargestFilesModel;
class MemberUsageModel;
class SizeTreeModel;
} // namespace ts

namespace ts::gui {

class DuplicatesView;
class EntryActions;
class FilterChip;
class GrowthView;
class HazardsView;
class LargestView;
class ScanControls;
class SizeTreeView;
class TreemapView;
class StorageEmptyState;
class StorageMembersView;
struct StorageFigures;

class StoragePanel : public Panel
{
    Q_OBJECT
public:
    explicit StoragePanel(const PanelContext& context, QWidget* parent = nullptr);
    ~StoragePanel() override;

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    // Re-reads the index (tree, treemap, side views); does not scan.
    void refresh() override;
    // {"scan": true}: start an incremental scan (scan on open, the Overview's next steps).
    void handleRequest(const QVariantMap& request) override;

    bool hasIndex() const { return m_hasIndex; }
    qint64 selectedEntry() const { return m_selectedId; }
    index::EntryFilter filter() const { return m_filter; }
    ScanControls* scanControls() const { return m_scan; }
    EntryActions* entryActions() const { return m_actions; }
    SizeTreeView* tree() const { return m_tree; }
    TreemapView* treemap() const { return m_treemap; }

    // Selects the entry at `displayPath` in the tree and the treemap (clearing a filter that hides it).
    bool selectPath(const QString& displayPath);
    void setFilter(const index::EntryFilter& filter);

signals:
    // After the side views show what the index holds (tests wait for it).
    void figuresLoaded();
    // The entry selected in the tree and the treemap changed (0: none).
    void selectedEntryChanged(qint64 id);

private:
    void buildToolbar();
    void showFigures(const StorageFigures& figures);
    void updateAge();
    void scanEnded(bool ok, const QString& message);
    void showIndex();
    QString pathOf(qint64 id) const;
    void selectEntryInTree(qint64 id);
    void showInTree(const QModelIndex& index);
    void selectEntry(qint64 id);
    QString filterText(const index::EntryFilter& filter) const;

    WorkspacePtr m_workspace;
    int m_generation = 0;
    bool m_hasIndex = false;
    QString m_finishedUtc;
    qint64 m_indexedFiles = 0;
    qint64 m_selectedId = 0;
    index::EntryFilter m_filter;
    QTimer m_ageTimer;

    MemberUsageModel* m_memberModel = nullptr;
    KindUsageModel* m_kindModel = nullptr;
    LargestFilesModel* m_largestModel = nullptr;
    GrowthModel* m_growthModel = nullptr;
    HazardsModel* m_hazardsModel = nullptr;
    DuplicateGroupsModel* m_duplicatesModel = nullptr;

    EntryActions* m_actions = nullptr;
    ScanControls* m_scan = nullptr;
    QComboBox* m_colouring = nullptr;
    QCheckBox* m_allocated = nullptr;
    QLabel* m_age = nullptr;
    FilterChip* m_chip = nullptr;
    QStackedWidget* m_pages = nullptr;
    StorageEmptyState* m_empty = nullptr;
    QSplitter* m_split = nullptr;
    SizeTreeModel* m_treeModel = nullptr;
    SizeTreeView* m_tree = nullptr;
    TreemapView* m_treemap = nullptr;
    QTabWidget* m_views = nullptr;
    StorageMembersView* m_membersView = nullptr;
    LargestView* m_largestView = nullptr;
    GrowthView* m_growthView = nullptr;
    DuplicatesView* m_duplicatesView = nullptr;
    HazardsView* m_hazardsView = nullptr;
};

} // namespace ts::gui
