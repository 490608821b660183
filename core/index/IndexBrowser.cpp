// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/IndexBrowser.h"

#include "index/PathText.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace ts::index {

namespace {

// Entry columns, then the folder's totals (NULL for other entries).
constexpr const char* kEntrySelect =
    "SELECT e.id,e.parent,e.top,e.name,e.type,e.state,e.size,e.allocated,e.mtime_ns,e.nlink,e.counted,e.kind,"
    "e.member,e.link_target,e.error,f.bytes,f.allocated,f.files,f.folders,f.entries,f.newest_mtime_ns "
    "FROM index_entries e LEFT JOIN index_folders f ON f.id=e.id ";

BrowseEntry entryFrom(const db::Statement& s, const QByteArray& parentPath)
{
    BrowseEntry e;
    e.id = s.columnInt64(0);
    e.parent = s.columnInt64(1);
    e.top = Top(s.columnInt64(2));
    e.name = s.columnBlob(3);
    e.type = EntryType(s.columnInt64(4));
    e.state = EntryState(s.columnInt64(5));
    e.bytes = s.columnInt64(6);
    e.allocated = s.columnInt64(7);
    e.mtimeNs = s.columnInt64(8);
    e.newestMtimeNs = e.mtimeNs;
    e.nlink = s.columnInt64(9);
    e.counted = s.columnInt64(10) != 0;
    e.kind = Kind(s.columnInt64(11));
    e.member = s.columnText(12);
    e.linkTarget = s.columnBlob(13);
    e.error = s.columnText(14);
    e.files = e.type == EntryType::File ? 1 : 0;
    if (!s.columnIsNull(15)) {
        e.bytes = s.columnInt64(15);
        e.allocated = s.columnInt64(16);
        e.files = s.columnInt64(17);
        e.folders = s.columnInt64(18);
        e.childCount = s.columnInt64(19);
        e.newestMtimeNs = s.columnInt64(20);
    }
    if (e.parent == 0)
        e.relativePath.clear();
    else if (parentPath.isEmpty())
        e.relativePath = e.name;
    else
        e.relativePath = parentPath + '/' + e.name;
    return e;
}

Error readError(const db::SqliteDb& db, const QString& what)
{
    return Error::failed(
        QStringLiteral("%1: cannot read %2 from the index: %3 (scan again with a full rescan)")
            .arg(db.path(), what, db.lastError()));
}

} // namespace

QString BrowseEntry::displayPath() const
{
    return displayEntryPath(top, relativePath);
}

bool EntryFilter::matches(Kind entryKind, const QString& entryMember) const
{
    switch (by) {
    case By::Nothing:
        return true;
    case By::Member:
        return entryMember == member;
    case By::Unattributed:
        return entryMember.isEmpty();
    case By::Kind:
        return entryKind == kind;
    }
    return true;
}

bool EntryFilter::operator==(const EntryFilter& other) const
{
    if (by != other.by)
        return false;
    if (by == By::Member)
        return member == other.member;
    if (by == By::Kind)
        return kind == other.kind;
    return true;
}

bool FilterView::shows(const BrowseEntry& e) const
{
    if (!filter.active() || filter.matches(e))
        return true;
    const auto it = partial.constFind(e.id);
    return it != partial.constEnd() && (it->bytes > 0 || it->files > 0 || it->folders > 0);
}

FilteredTotals FilterView::totalsOf(const BrowseEntry& e) const
{
    if (auto it = partial.constFind(e.id); it != partial.constEnd())
        return *it;
    if (!filter.active() || filter.matches(e))
        return {e.bytes, e.allocated, e.files, e.folders};
    return {};
}

struct IndexBrowser::Impl
{
    IndexStore store;
    db::Statement folderOf;       // id → path, first_child, child_count, parent
    db::Statement childrenRange;  // ?1..?2 under ?3, appended=0
    db::Statement childrenAppend; // appended under ?1
    db::Statement byId;
    db::Statement byName; // under folder ?1 (range ?2..?3 or appended) named ?4

    struct FolderInfo
    {
        QByteArray path;
        qint64 first = 0, count = 0, parent = 0;
        Top top = Top::SharedFolder;
    };
    Result<std::optional<FolderInfo>> folder(qint64 id)
    {
        folderOf.reset();
        folderOf.bind(1, id);
        if (!folderOf.step()) {
            if (folderOf.hasError())
                return readError(store.database(), QStringLiteral("folder %1").arg(id));
            return std::optional<FolderInfo>();
        }
        FolderInfo info{folderOf.columnBlob(0), folderOf.columnInt64(1), folderOf.columnInt64(2),
                        folderOf.columnInt64(3), Top(folderOf.columnInt64(4))};
        return std::optional<FolderInfo>(info);
    }
};

IndexBrowser::IndexBrowser(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
IndexBrowser::IndexBrowser(IndexBrowser&&) noexcept = default;
IndexBrowser& IndexBrowser::operator=(IndexBrowser&& other) noexcept
{
    if (this != &other) {
        if (m_impl) // ends the read transaction this browser pinned
            (void)m_impl->store.database().exec("COMMIT");
        m_impl = std::move(other.m_impl);
        m_lastScan = std::move(other.m_lastScan);
        m_path = std::move(other.m_path);
    }
    return *this;
}
IndexBrowser::~IndexBrowser()
{
    if (m_impl)
        (void)m_impl->store.database().exec("COMMIT");
}

Result<IndexBrowser> IndexBrowser::open(const QString& databasePath)
{
    auto store = IndexStore::openForReading(databasePath);
    if (!store)
        return store.error();
    db::SqliteDb& db = store->database();
    // A browser reads a few pages per folder: a small cache keeps the GUI's memory flat.
    (void)db.exec("PRAGMA files.cache_size=-8192");
    // Pins one picture of the index: a scan that commits meanwhile stays invisible to this connection.
    if (auto ok = db.exec("BEGIN"); !ok)
        return ok.error();
    auto last = IndexQueries(db).lastScan();
    if (!last) {
        (void)db.exec("COMMIT");
        return last.error();
    }
    if (!*last) {
        (void)db.exec("COMMIT");
        return Error::failed(
            QStringLiteral("%1: nothing indexed yet (scan the workspace first)").arg(databasePath));
    }
    auto impl = std::make_unique<Impl>(Impl{std::move(*store), {}, {}, {}, {}, {}});
    db::SqliteDb& d = impl->store.database();
    const auto prep = [&](db::Statement& into, const QByteArray& sql) -> Status {
        auto s = d.prepare(sql);
        if (!s)
            return s.error();
        into = std::move(*s);
        return {};
    };
    for (auto ok :
         {prep(impl->folderOf,
               "SELECT path,first_child,child_count,parent,top FROM index_folders WHERE id=?1"),
          prep(impl->childrenRange,
               QByteArray(kEntrySelect) + "WHERE e.id BETWEEN ?1 AND ?2 AND e.parent=?3 AND e.appended=0"),
          prep(impl->childrenAppend, QByteArray(kEntrySelect) + "WHERE e.parent=?1 AND e.appended=1"),
          prep(impl->byId, QByteArray(kEntrySelect) + "WHERE e.id=?1"),
          prep(impl->byName, "SELECT id FROM index_entries WHERE parent=?1 AND name=?4 AND "
                             "((id BETWEEN ?2 AND ?3 AND appended=0) OR appended=1)")})
        if (!ok) {
            (void)d.exec("COMMIT");
            return ok.error();
        }
    IndexBrowser browser(std::move(impl));
    browser.m_lastScan = **last;
    browser.m_path = databasePath;
    return browser;
}

Result<QList<BrowseEntry>> IndexBrowser::tops()
{
    return children(0);
}

Result<QList<BrowseEntry>> IndexBrowser::children(qint64 folderId)
{
    Impl& d = *m_impl;
    QByteArray path;
    qint64 first = 1, count = 2;
    if (folderId != 0) {
        auto info = d.folder(folderId);
        if (!info)
            return info.error();
        if (!*info) {
            auto e = entry(folderId);
            if (!e)
                return e.error();
            if (*e)
                return QList<BrowseEntry>(); // a file: no children
            return Error::badInput(QStringLiteral("%1: no entry %2 in the index").arg(m_path).arg(folderId));
        }
        path = (*info)->path;
        first = (*info)->first;
        count = (*info)->count;
    }
    QList<BrowseEntry> result;
    result.reserve(int(count));
    if (count > 0) {
        d.childrenRange.reset();
        d.childrenRange.bind(1, first).bind(2, first + count - 1).bind(3, folderId);
        while (d.childrenRange.step())
            result.append(entryFrom(d.childrenRange, path));
        if (d.childrenRange.hasError())
            return readError(d.store.database(), QStringLiteral("the children of folder %1").arg(folderId));
    }
    d.childrenAppend.reset();
    d.childrenAppend.bind(1, folderId);
    while (d.childrenAppend.step())
        result.append(entryFrom(d.childrenAppend, path));
    if (d.childrenAppend.hasError())
        return readError(d.store.database(), QStringLiteral("the children of folder %1").arg(folderId));
    return result;
}

Result<std::optional<BrowseEntry>> IndexBrowser::entry(qint64 id)
{
    Impl& d = *m_impl;
    d.byId.reset();
    d.byId.bind(1, id);
    if (!d.byId.step()) {
        if (d.byId.hasError())
            return readError(d.store.database(), QStringLiteral("entry %1").arg(id));
        return std::optional<BrowseEntry>();
    }
    const qint64 parent = d.byId.columnInt64(1);
    QByteArray parentPath;
    if (parent != 0) {
        // The statement's row stays valid only until the next step on it; the folder lookup uses another.
        auto info = d.folder(parent);
        if (!info)
            return info.error();
        if (*info)
            parentPath = (*info)->path;
    }
    return std::optional<BrowseEntry>(entryFrom(d.byId, parentPath));
}

Result<QList<qint64>> IndexBrowser::ancestors(qint64 id)
{
    auto e = entry(id);
    if (!e)
        return e.error();
    QList<qint64> chain;
    if (!*e)
        return Error::badInput(QStringLiteral("%1: no entry %2 in the index").arg(m_path).arg(id));
    qint64 parent = (*e)->parent;
    while (parent != 0) {
        chain.prepend(parent);
        auto info = m_impl->folder(parent);
        if (!info)
            return info.error();
        if (!*info || chain.size() > 4096)
            return readError(m_impl->store.database(), QStringLiteral("the folders above entry %1").arg(id));
        parent = (*info)->parent;
    }
    return chain;
}

Result<std::optional<qint64>> IndexBrowser::find(const QString& displayPath)
{
    const auto [top, relative] = entryPathFromDisplay(displayPath);
    return find(top, relative);
}

Result<std::optional<qint64>> IndexBrowser::find(Top top, const QByteArray& relativePath)
{
    db::SqliteDb& db = m_impl->store.database();
    auto folder = db.prepare("SELECT id FROM index_folders WHERE top=?1 AND path=?2");
    if (!folder)
        return folder.error();
    folder->bind(1, qint64(top)).bindBlob(2, relativePath);
    if (folder->step())
        return std::optional<qint64>(folder->columnInt64(0));
    if (folder->hasError())
        return readError(db, displayEntryPath(top, relativePath));
    const int slash = int(relativePath.lastIndexOf('/'));
    const QByteArray parentPath = slash < 0 ? QByteArray() : relativePath.left(slash);
    const QByteArray name = relativePath.mid(slash + 1);
    if (relativePath.isEmpty())
        return std::optional<qint64>();
    auto parent = find(top, parentPath);
    if (!parent)
        return parent.error();
    if (!*parent)
        return std::optional<qint64>();
    auto info = m_impl->folder(**parent);
    if (!info)
        return info.error();
    if (!*info)
        return std::optional<qint64>();
    db::Statement& s = m_impl->byName;
    s.reset();
    s.bind(1, **parent)
        .bind(2, (*info)->first)
        .bind(3, (*info)->first + (*info)->count - 1)
        .bindBlob(4, name);
    if (s.step())
        return std::optional<qint64>(s.columnInt64(0));
    if (s.hasError())
        return readError(db, displayEntryPath(top, relativePath));
    return std::optional<qint64>();
}

Result<FilterView> IndexBrowser::filterView(const EntryFilter& filter)
{
    FilterView view{filter, {}};
    if (!filter.active())
        return view;
    db::SqliteDb& db = m_impl->store.database();
    // The folders whose match differs from their parent's ("switches"; a top switches when it matches).
    QByteArray matchF, matchP;
    switch (filter.by) {
    case EntryFilter::By::Member:
        matchF = "f.member IS ?1";
        matchP = "p.member IS ?1";
        break;
    case EntryFilter::By::Unattributed:
        matchF = "f.member IS NULL";
        matchP = "p.member IS NULL";
        break;
    case EntryFilter::By::Kind:
        matchF = "f.kind = ?1";
        matchP = "p.kind = ?1";
        break;
    case EntryFilter::By::Nothing:
        break;
    }
    auto s = db.prepare("SELECT f.id,f.parent,f.bytes,f.allocated,f.files,f.folders,(" + matchF +
                        ") FROM index_folders f LEFT JOIN index_folders p ON p.id=f.parent WHERE "
                        "(p.id IS NULL AND " +
                        matchF + ") OR (p.id IS NOT NULL AND (" + matchF + ") <> (" + matchP + "))");
    if (!s)
        return s.error();
    if (filter.by == EntryFilter::By::Member)
        s->bind(1, filter.member);
    else if (filter.by == EntryFilter::By::Kind)
        s->bind(1, qint64(filter.kind));

    struct Node
    {
        qint64 parent = 0;
        FilteredTotals total;
        bool matches = false;
        QList<qint64> children; // nodes of the set below this one
    };
    QHash<qint64, Node> nodes; // the switches and every folder above one
    QList<qint64> switches;
    while (s->step()) {
        Node n;
        n.parent = s->columnInt64(1);
        n.total = {s->columnInt64(2), s->columnInt64(3), s->columnInt64(4), s->columnInt64(5)};
        n.matches = s->columnInt64(6) != 0;
        nodes.insert(s->columnInt64(0), n);
        switches.append(s->columnInt64(0));
    }
    if (s->hasError())
        return readError(db, QStringLiteral("the folders a filter keeps"));
    auto totals = db.prepare("SELECT parent,bytes,allocated,files,folders,(" +
                             QByteArray(matchF).replace("f.", "") + ") FROM index_folders WHERE id=?2");
    if (!totals)
        return totals.error();
    // Add every folder above a switch, linking each node to its parent node.
    for (qint64 id : switches) {
        qint64 child = id;
        qint64 parent = nodes[id].parent;
        while (parent != 0) {
            auto it = nodes.find(parent);
            if (it != nodes.end()) {
                if (!it->children.contains(child))
                    it->children.append(child);
                break;
            }
            totals->reset();
            if (filter.by == EntryFilter::By::Member)
                totals->bind(1, filter.member);
            else if (filter.by == EntryFilter::By::Kind)
                totals->bind(1, qint64(filter.kind));
            totals->bind(2, parent);
            if (!totals->step())
                return readError(db, QStringLiteral("folder %1").arg(parent));
            Node n;
            n.parent = totals->columnInt64(0);
            n.total = {totals->columnInt64(1), totals->columnInt64(2), totals->columnInt64(3),
                       totals->columnInt64(4)};
            n.matches = totals->columnInt64(5) != 0;
            n.children.append(child);
            nodes.insert(parent, n);
            child = parent;
            parent = n.parent;
        }
    }
    // Bottom up: a node's filtered totals are its own when it matches, less its switched-off sub-trees, plus
    // what its sub-trees keep.
    std::function<FilteredTotals(qint64)> filtered = [&](qint64 id) -> FilteredTotals {
        const Node n = nodes.value(id);
        FilteredTotals t = n.matches ? n.total : FilteredTotals{};
        for (qint64 c : n.children) {
            const FilteredTotals below = filtered(c);
            const Node& cn = nodes[c];
            if (n.matches) {
                t.bytes -= cn.total.bytes;
                t.allocated -= cn.total.allocated;
                t.files -= cn.total.files;
                t.folders -= cn.total.folders + (cn.matches ? 0 : 1); // the folder itself is not kept
            } else if (cn.matches) {
                t.folders += 1; // a kept folder below one that is not
            }
            t.bytes += below.bytes;
            t.allocated += below.allocated;
            t.files += below.files;
            t.folders += below.folders;
        }
        view.partial.insert(id, t);
        return t;
    };
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        if (it->parent == 0 || !nodes.contains(it->parent))
            filtered(it.key());
    return view;
}

} // namespace ts::index
