// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's size tree: the stored index as a lazy tree (QtCore only). Nothing is read until a view
// asks: the tops when a database is set, then one folder's direct children per fetchMore (IndexBrowser reads
// them from the folder's id range), so memory grows with what the user opened, never with the tree: one
// SizeTreeNode (128 bytes + the name) per fetched entry and no per-entry strings (display names, paths, link
// targets and errors are made or read back on demand).
//
// Under a filter (member, unattributed, kind: IndexBrowser::filterView) hidden entries are not rows and the
// numbers are the filtered totals. A filter change resets the model: which rows exist changes everywhere at
// once, and the filtered totals come from one new FilterView, so a row-by-row diff would cost a read of every
// fetched folder for no gain (the view re-expands what was open with SizeTreeView::restoreExpandedPaths).
//
// Sizes: apparent bytes (allocated with setShowAllocated(true)); a folder's size counts the regular files
// below it, each inode once, so the percentage of the parent is 0 for symlinks and for the second path of a
// hard-linked file (the mark says "counted elsewhere").
#pragma once

#include "index/IndexBrowser.h"
#include "models/SizeTreeNode.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>

namespace ts {

class SizeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        PercentColumn,
        FilesColumn,
        FoldersColumn,
        ModifiedColumn,
        MemberColumn,
        KindColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        DisplayPathRole,                // QString: as reports name it ("data/raw", "repo:notebooks/ana", ".")
        BytesRole,                      // qint64: exact apparent bytes, under the filter
        AllocatedRole,                  // qint64: under the filter
        FractionOfParentRole,           // double 0..1: of the parent's size (apparent or allocated)
        IsFolderRole,                   // bool
        EntryTypeRole,                  // int: index::EntryType
        EntryStateRole,                 // int: index::EntryState
        IsHardLinkRole,                 // bool: a regular file with more than one link
        KindRole,                       // int: index::Kind
        MemberRole,                     // QString: "" when not attributed
        SortKeyRole,                    // qint64 for numeric columns, QString for text ones
        MarkRole,                       // int: Mark, what the view draws as an icon and a word
        MarkTextRole,                   // QString: the word for the mark ("" for none)
        LinkTargetRole,                 // QString: a symlink's target (escaped), read on demand
        ErrorRole,                      // QString: why the state is not Ok, read on demand
        IsCountedRole,                  // bool: false when another path of the same inode counts the bytes
        ModifiedNsRole,                 // qint64: folders the newest file below, others their own mtime
    };
    enum Mark {
        NoMark,
        SymlinkMark,
        HardLinkMark,     // counted here
        CountedElsewhere, // a hard link whose bytes another path counts
        UnreadableMark,   // permission denied
        VanishedMark,     // gone while scanning
        FailedMark,       // any other scan error
        OtherMountMark,   // another file system, not entered
        SkippedMark,      // deliberately not entered (.git internals)
    };

    explicit SizeTreeModel(QObject* parent = nullptr);
    ~SizeTreeModel() override;

    // Opens the index (a new IndexBrowser, pinned to what is indexed now); the filter stays. The first time
    // the model resets to the tops; when it already shows an index (a refresh after a scan) it updates the
    // fetched rows in place, matching them by name: gone rows are removed, new ones inserted, the others
    // changed, then re-sorted, so selection, scrolling and open folders survive. On error the model is empty
    // and the error says why (nothing indexed: scan first).
    Status setDatabase(const QString& databasePath);
    void clear();
    bool hasIndex() const { return m_browser.has_value(); }
    const index::ScanSummary* lastScan() const;
    QString databasePath() const;

    // Resets the model under the new filter; nothing happens when the filter is the current one.
    Status setFilter(const index::EntryFilter& filter);
    index::EntryFilter filter() const { return m_view.filter; }

    // Fetches the folders above as needed; invalid when the entry is hidden by the filter or absent.
    QModelIndex indexForEntry(qint64 id);
    QModelIndex indexForPath(const QString& displayPath);
    qint64 entryId(const QModelIndex& index) const;
    // Read back from the index (all fields, unfiltered totals).
    std::optional<index::BrowseEntry> entryAt(const QModelIndex& index) const;

    void setShowAllocated(bool allocated);
    bool showAllocated() const { return m_showAllocated; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The last error reading the index (a fetch that failed leaves its folder empty); "" when none.
    QString lastError() const { return m_lastError; }
    // Entries fetched so far (for the memory benchmark).
    qint64 fetchedNodes() const { return m_nodeCount; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Sorts every fetched folder's children (and later fetches) by the column's SortKeyRole; persistent
    // indexes follow their rows. Default: size, largest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A fetch or lookup failed (the message names the database and what to do).
    void readFailed(const QString& message);

private:
    SizeTreeNode* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(SizeTreeNode* node, int column = 0) const;
    Status rebuild();
    std::unique_ptr<SizeTreeNode> makeNode(const index::BrowseEntry& e, SizeTreeNode* parent);
    void fillNode(SizeTreeNode& node, const index::BrowseEntry& e);
    void sumTops();
    Status refreshRows();
    bool diffChildren(SizeTreeNode* node);
    qint64 countNodes(const SizeTreeNode* node) const;
    bool fetch(SizeTreeNode* node, bool notify);
    void sortChildren(SizeTreeNode* node, bool recursive);
    QVariant sortKey(const SizeTreeNode* node, int column) const;
    QVariant displayText(const SizeTreeNode* node, int column) const;
    QString toolTip(const SizeTreeNode* node, int column) const;
    QString nameText(const SizeTreeNode* node) const;
    QString memberText(const SizeTreeNode* node) const;
    Mark markOf(const SizeTreeNode* node) const;
    QString markText(Mark mark) const;
    double fraction(const SizeTreeNode* node) const;
    void readFailure(const Error& error);
    void emitSizesChanged(SizeTreeNode* node);

    mutable std::optional<index::IndexBrowser> m_browser; // reads on demand from const data()
    index::FilterView m_view;
    std::unique_ptr<SizeTreeNode> m_root;
    QStringList m_members; // SizeTreeNode::member indexes this
    qint64 m_nodeCount = 0;
    int m_sortColumn = SizeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_showAllocated = false;
    QString m_lastError;
};

} // namespace ts
