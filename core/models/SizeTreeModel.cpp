// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/SizeTreeModel.h"

#include "index/PathText.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ts {

using index::EntryState;
using index::EntryType;

namespace {

bool numericColumn(int column)
{
    return column != SizeTreeModel::NameColumn && column != SizeTreeModel::MemberColumn &&
           column != SizeTreeModel::KindColumn;
}

} // namespace

SizeTreeModel::SizeTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<SizeTreeNode>())
{
    m_root->type = EntryType::Directory;
    m_root->fetched = true;
}

SizeTreeModel::~SizeTreeModel() = default;

Status SizeTreeModel::setDatabase(const QString& databasePath)
{
    auto browser = index::IndexBrowser::open(databasePath);
    if (!browser) {
        clear();
        return browser.error();
    }
    auto view = browser->filterView(m_view.filter);
    if (!view) {
        clear();
        return view.error();
    }
    if (m_browser) {
        // Already showing an index: update the rows in place (selection, scrolling and open folders stay).
        m_browser.emplace(std::move(*browser));
        m_view = std::move(*view);
        return refreshRows();
    }
    beginResetModel();
    m_browser.emplace(std::move(*browser));
    m_view = std::move(*view);
    const Status built = rebuild();
    endResetModel();
    return built;
}

void SizeTreeModel::clear()
{
    beginResetModel();
    m_browser.reset();
    m_view.partial.clear();
    (void)rebuild();
    endResetModel();
}

const index::ScanSummary* SizeTreeModel::lastScan() const
{
    return m_browser ? &m_browser->lastScan() : nullptr;
}

QString SizeTreeModel::databasePath() const
{
    return m_browser ? m_browser->databasePath() : QString();
}

Status SizeTreeModel::setFilter(const index::EntryFilter& filter)
{
    if (!m_browser) {
        m_view = index::FilterView{filter, {}};
        return {};
    }
    if (filter == m_view.filter) // the rows already show it (setDatabase computed the view)
        return {};
    auto view = m_browser->filterView(filter);
    if (!view)
        return view.error();
    beginResetModel();
    m_view = std::move(*view);
    const Status built = rebuild();
    endResetModel();
    return built;
}

Status SizeTreeModel::rebuild()
{
    m_root = std::make_unique<SizeTreeNode>();
    m_root->type = EntryType::Directory;
    m_members.clear();
    m_nodeCount = 0;
    m_lastError.clear();
    if (!m_browser) {
        m_root->fetched = true;
        return {};
    }
    if (!fetch(m_root.get(), false))
        return Error::failed(m_lastError);
    sumTops();
    return {};
}

void SizeTreeModel::sumTops()
{
    m_root->bytes = m_root->allocated = m_root->files = m_root->folders = 0;
    for (const auto& top : m_root->children) {
        m_root->bytes += top->bytes;
        m_root->allocated += top->allocated;
        m_root->files += top->files;
        m_root->folders += top->folders;
    }
}

std::unique_ptr<SizeTreeNode> SizeTreeModel::makeNode(const index::BrowseEntry& e, SizeTreeNode* parent)
{
    auto node = std::make_unique<SizeTreeNode>();
    node->parent = parent;
    fillNode(*node, e);
    ++m_nodeCount;
    return node;
}

void SizeTreeModel::fillNode(SizeTreeNode& node, const index::BrowseEntry& e)
{
    const index::FilteredTotals totals = m_view.totalsOf(e);
    node.id = e.id;
    node.bytes = totals.bytes;
    node.allocated = totals.allocated;
    node.files = totals.files;
    node.folders = totals.folders;
    node.modifiedNs = e.newestMtimeNs;
    node.name = e.name;
    node.childCount = qint32(std::min<qint64>(e.childCount, std::numeric_limits<qint32>::max()));
    node.member = -1;
    if (!e.member.isEmpty()) {
        int m = int(m_members.indexOf(e.member));
        if (m < 0) {
            m = int(m_members.size());
            m_members.append(e.member);
        }
        node.member = qint16(m);
    }
    node.type = e.type;
    node.state = e.state;
    node.kind = e.kind;
    node.top = e.top;
    node.hardLink = e.isHardLink();
    node.counted = e.counted;
}

bool SizeTreeModel::fetch(SizeTreeNode* node, bool notify)
{
    if (node->fetched || !m_browser)
        return true;
    node->fetched = true;
    auto entries = m_browser->children(node->id);
    if (!entries) {
        readFailure(entries.error());
        return false;
    }
    std::vector<std::unique_ptr<SizeTreeNode>> list;
    list.reserve(std::size_t(entries->size()));
    for (const index::BrowseEntry& e : *entries)
        if (m_view.shows(e))
            list.push_back(makeNode(e, node));
    if (list.empty())
        return true;
    if (notify)
        beginInsertRows(indexOf(node), 0, int(list.size()) - 1);
    node->children = std::move(list);
    sortChildren(node, false);
    if (notify)
        endInsertRows();
    return true;
}

void SizeTreeModel::sortChildren(SizeTreeNode* node, bool recursive)
{
    auto& children = node->children;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Keys computed once per child; the sort moves indexes only.
    const bool numeric = numericColumn(m_sortColumn);
    std::vector<qint64> numbers(numeric ? children.size() : 0);
    std::vector<QCollatorSortKey> texts; // compared far faster than collator.compare on each pair
    texts.reserve(numeric ? 0 : children.size());
    for (std::size_t i = 0; i < children.size(); ++i) {
        const QVariant key = sortKey(children[i].get(), m_sortColumn);
        if (numeric)
            numbers[i] = key.toLongLong();
        else
            texts.push_back(collator.sortKey(key.toString()));
    }
    std::vector<std::uint32_t> order(children.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = std::uint32_t(i);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // The tops keep their place (the shared folder, then the repository), as in every report.
    if (node != m_root.get())
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            const int c = numeric ? (numbers[a] < numbers[b]   ? -1
                                     : numbers[a] > numbers[b] ? 1
                                                               : 0)
                                  : texts[a].compare(texts[b]);
            if (c != 0)
                return descending ? c > 0 : c < 0;
            const SizeTreeNode& x = *children[a];
            const SizeTreeNode& y = *children[b];
            if (x.name != y.name) // ties: by name, then id, whatever the order
                return x.name < y.name;
            return x.id < y.id;
        });
    std::vector<std::unique_ptr<SizeTreeNode>> sorted;
    sorted.reserve(children.size());
    for (std::uint32_t i : order)
        sorted.push_back(std::move(children[i]));
    children = std::move(sorted);
    for (std::size_t i = 0; i < children.size(); ++i) {
        children[i]->row = int(i);
        if (recursive && children[i]->fetched)
            sortChildren(children[i].get(), true);
    }
}

void SizeTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<SizeTreeNode*> nodes;
    nodes.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        nodes.push_back(nodeOf(index));
    sortChildren(m_root.get(), true);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << createIndex(nodes[std::size_t(i)]->row, before[i].column(), nodes[std::size_t(i)]);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SizeTreeModel::setShowAllocated(bool allocated)
{
    if (allocated == m_showAllocated)
        return;
    m_showAllocated = allocated;
    emit headerDataChanged(Qt::Horizontal, SizeColumn, PercentColumn);
    emitSizesChanged(m_root.get());
    if (m_sortColumn == SizeColumn || m_sortColumn == PercentColumn)
        sort(m_sortColumn, m_sortOrder);
}

void SizeTreeModel::emitSizesChanged(SizeTreeNode* node)
{
    if (node->children.empty())
        return;
    const QModelIndex parent = indexOf(node);
    emit dataChanged(index(0, SizeColumn, parent),
                     index(int(node->children.size()) - 1, PercentColumn, parent));
    for (const auto& child : node->children)
        emitSizesChanged(child.get());
}

QModelIndex SizeTreeModel::indexForEntry(qint64 id)
{
    if (!m_browser || id <= 0)
        return {};
    auto chain = m_browser->ancestors(id);
    if (!chain) {
        if (chain.error().kind != ErrorKind::BadInput)
            readFailure(chain.error());
        return {};
    }
    chain->append(id);
    SizeTreeNode* node = m_root.get();
    for (qint64 step : *chain) {
        if (!fetch(node, true))
            return {};
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&](const auto& c) { return c->id == step; });
        if (it == node->children.end())
            return {};
        node = it->get();
    }
    return indexOf(node);
}

QModelIndex SizeTreeModel::indexForPath(const QString& displayPath)
{
    if (!m_browser)
        return {};
    auto id = m_browser->find(displayPath);
    if (!id) {
        readFailure(id.error());
        return {};
    }
    return *id ? indexForEntry(**id) : QModelIndex();
}

qint64 SizeTreeModel::entryId(const QModelIndex& index) const
{
    const SizeTreeNode* node = nodeOf(index);
    return node == m_root.get() ? 0 : node->id;
}

std::optional<index::BrowseEntry> SizeTreeModel::entryAt(const QModelIndex& index) const
{
    const qint64 id = entryId(index);
    if (!m_browser || id == 0)
        return std::nullopt;
    auto e = m_browser->entry(id);
    if (!e)
        return std::nullopt;
    return *e;
}

void SizeTreeModel::readFailure(const Error& error)
{
    m_lastError = error.message;
    emit readFailed(error.message);
}

SizeTreeNode* SizeTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<SizeTreeNode*>(index.internalPointer());
}

QModelIndex SizeTreeModel::indexOf(SizeTreeNode* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex SizeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    SizeTreeNode* node = nodeOf(parent);
    if (std::size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex SizeTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SizeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SizeTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool SizeTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const SizeTreeNode* node = nodeOf(parent);
    if (node->fetched)
        return !node->children.empty();
    return node->isFolder() && node->childCount > 0;
}

bool SizeTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const SizeTreeNode* node = nodeOf(parent);
    return m_browser && !node->fetched && node->isFolder() && node->childCount > 0;
}

void SizeTreeModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetch(nodeOf(parent), true);
}

Qt::ItemFlags SizeTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!nodeOf(index)->isFolder())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> SizeTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{EntryIdRole, "entryId"},
                  {DisplayPathRole, "displayPath"},
                  {BytesRole, "bytes"},
                  {AllocatedRole, "allocated"},
                  {FractionOfParentRole, "fractionOfParent"},
                  {IsFolderRole, "isFolder"},
                  {EntryTypeRole, "entryType"},
                  {EntryStateRole, "entryState"},
                  {IsHardLinkRole, "isHardLink"},
                  {KindRole, "kind"},
                  {MemberRole, "member"},
                  {SortKeyRole, "sortKey"},
                  {MarkRole, "mark"},
                  {MarkTextRole, "markText"},
                  {LinkTargetRole, "linkTarget"},
                  {ErrorRole, "error"},
                  {IsCountedRole, "isCounted"},
                  {ModifiedNsRole, "modifiedNs"}});
    return names;
}

} // namespace ts
