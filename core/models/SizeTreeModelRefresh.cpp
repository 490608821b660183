// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// SizeTreeModel's refresh after a new scan: the fetched rows updated in place, folder by folder, matched by
// name (ids change on a full rescan), so that views keep their selection, scrolling and open folders.
#include "models/SizeTreeModel.h"

#include <QHash>

#include <algorithm>

namespace ts {

namespace {

// Within one folder a name is unique; the tops differ by top; a folder that became a file is another row.
QByteArray keyOf(index::Top top, const QByteArray& name, bool folder)
{
    QByteArray key;
    key.reserve(name.size() + 2);
    key.append(char('0' + int(top))).append(folder ? 'd' : 'f').append(name);
    return key;
}

} // namespace

Status SizeTreeModel::refreshRows()
{
    m_lastError.clear();
    const bool ok = diffChildren(m_root.get());
    sumTops();
    m_nodeCount = countNodes(m_root.get()) - 1; // the invisible root is no entry
    // New rows were appended and sizes changed: one re-sort puts everything in order, persistent indexes
    // following their rows.
    sort(m_sortColumn, m_sortOrder);
    if (!ok)
        return Error::failed(m_lastError);
    return {};
}

qint64 SizeTreeModel::countNodes(const SizeTreeNode* node) const
{
    qint64 n = 1;
    for (const auto& child : node->children)
        n += countNodes(child.get());
    return n;
}

bool SizeTreeModel::diffChildren(SizeTreeNode* node)
{
    auto entries = m_browser->children(node->id);
    if (!entries) {
        readFailure(entries.error());
        return false;
    }
    QHash<QByteArray, qsizetype> fresh; // the entries shown now, by key → position in *entries
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const index::BrowseEntry& e = entries->at(i);
        if (m_view.shows(e))
            fresh.insert(keyOf(e.top, e.name, e.isFolder()), i);
    }
    const QModelIndex parent = indexOf(node);
    auto& children = node->children;
    // 1. Rows that are gone, from the bottom; the rows below each one move up at once (views ask for parents
    //    of their children during the signals).
    for (int row = int(children.size()) - 1; row >= 0; --row) {
        const SizeTreeNode& c = *children[std::size_t(row)];
        if (fresh.contains(keyOf(c.top, c.name, c.isFolder())))
            continue;
        beginRemoveRows(parent, row, row);
        children.erase(children.begin() + row);
        for (std::size_t i = std::size_t(row); i < children.size(); ++i)
            children[i]->row = int(i);
        endRemoveRows();
    }
    // 2. Rows that stay take the new figures and id, and their fetched folders are compared in turn.
    bool ok = true;
    for (auto& c : children) {
        fillNode(*c, entries->at(fresh.take(keyOf(c->top, c->name, c->isFolder()))));
        if (c->fetched && c->isFolder() && !diffChildren(c.get()))
            ok = false;
    }
    if (!children.empty())
        emit dataChanged(index(0, 0, parent), index(int(children.size()) - 1, ColumnCount - 1, parent));
    // 3. New rows at the end; the sort that follows puts them in place.
    if (!fresh.isEmpty()) {
        std::vector<qsizetype> added(fresh.cbegin(), fresh.cend());
        std::sort(added.begin(), added.end());
        const int first = int(children.size());
        beginInsertRows(parent, first, first + int(added.size()) - 1);
        for (qsizetype i : added) {
            auto child = makeNode(entries->at(i), node);
            child->row = int(children.size());
            children.push_back(std::move(child));
        }
        endInsertRows();
    }
    node->fetched = true;
    return ok;
}

} // namespace ts
