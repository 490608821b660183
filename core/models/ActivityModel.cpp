// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/ActivityModel.h"

#include "models/NotebooksModel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ts {

namespace {

constexpr int kResetAbove = 200; // a batch larger than this resets instead of inserting row by row

int compareText(const QString& a, const QString& b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

} // namespace

ActivityModel::ActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::kindOf(const QString& action)
{
    const qsizetype dot = action.indexOf(u'.');
    return dot < 0 ? action : action.left(dot);
}

QString ActivityModel::kindTitle(const QString& kind)
{
    if (kind == QLatin1String("member"))
        return tr("Members");
    if (kind == QLatin1String("layout"))
        return tr("Layout");
    if (kind == QLatin1String("notebook"))
        return tr("Notebooks");
    if (kind == QLatin1String("raw"))
        return tr("Raw data");
    if (kind == QLatin1String("sync"))
        return tr("Sync");
    if (kind == QLatin1String("workspace"))
        return tr("Workspace");
    return kind;
}

QString ActivityModel::describe(const QString& action)
{
    static const QMap<QString, const char*> words{
        {QStringLiteral("member.add"), QT_TR_NOOP("Member added")},
        {QStringLiteral("member.remove"), QT_TR_NOOP("Member removed")},
        {QStringLiteral("member.update"), QT_TR_NOOP("Member changed")},
        {QStringLiteral("layout.create"), QT_TR_NOOP("Folder created")},
        {QStringLiteral("notebook.assign"), QT_TR_NOOP("Notebook assigned")},
        {QStringLiteral("notebook.apply-cells"), QT_TR_NOOP("Set-aside cells applied")},
        {QStringLiteral("raw.protect"), QT_TR_NOOP("Raw data protected")},
        {QStringLiteral("raw.unprotect"), QT_TR_NOOP("Raw data unprotected")},
        {QStringLiteral("raw.baseline"), QT_TR_NOOP("Raw data baseline recorded")},
        {QStringLiteral("sync.commit"), QT_TR_NOOP("Notebooks committed")},
        {QStringLiteral("sync.push"), QT_TR_NOOP("Pushed to the remote")},
        {QStringLiteral("sync.pull"), QT_TR_NOOP("Pulled from the remote")},
        {QStringLiteral("sync.local"), QT_TR_NOOP("Committed, not pushed")},
        {QStringLiteral("sync.fail"), QT_TR_NOOP("Sync failed")},
        {QStringLiteral("sync.refuse"), QT_TR_NOOP("Sync refused a file")},
        {QStringLiteral("sync.resume"), QT_TR_NOOP("Interrupted sync finished")},
        {QStringLiteral("sync.set-aside"), QT_TR_NOOP("Edits set aside")},
        {QStringLiteral("sync.discard"), QT_TR_NOOP("Set-aside copy discarded")},
        {QStringLiteral("workspace.init"), QT_TR_NOOP("Workspace created")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd() ? action : tr(it.value());
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_entries[m_visible[index.row()]];
    const ActivityEntry& e = row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            const qint64 now = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
            const qint64 secs = row.atMs / 1000;
            if (now - secs < 86400)
                return NotebooksModel::relativeTime(secs, now);
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        case WhoColumn:
            return e.actor;
        case WhatColumn:
            return row.what;
        case PathColumn:
            return e.path;
        case DetailsColumn:
            return e.detail;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return tr("%1 (%2 UTC)")
                .arg(QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat),
                     e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case WhatColumn:
            return e.action;
        case PathColumn:
            return e.path.isEmpty() ? QVariant() : QVariant(e.path);
        case DetailsColumn:
            return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
        }
        return {};
    case IdRole:
        return e.id;
    case TimeRole:
        return e.at;
    case ActorRole:
        return e.actor;
    case ActionRole:
        return e.action;
    case KindRole:
        return row.kind;
    case PathRole:
        return e.path;
    case DetailRole:
        return e.detail;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case PathColumn:
        return tr("Path");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

bool ActivityModel::accepts(const Row& row) const
{
    const ActivityEntry& e = row.entry;
    if (!m_filter.member.isEmpty() && e.actor != m_filter.member)
        return false;
    if (!m_filter.kind.isEmpty() && row.kind != m_filter.kind)
        return false;
    if (m_filter.sinceMs != 0 && row.atMs < m_filter.sinceMs)
        return false;
    if (m_filter.untilMs != 0 && row.atMs >= m_filter.untilMs)
        return false;
    if (m_needle.isEmpty())
        return true;
    for (const QString* field : {&e.actor, &e.action, &row.what, &e.path, &e.detail})
        if (field->contains(m_needle, Qt::CaseInsensitive))
            return true;
    return false;
}

bool ActivityModel::before(int a, int b) const
{
    const Row& x = m_entries[a];
    const Row& y = m_entries[b];
    int c = 0;
    switch (m_sortColumn) {
    case WhoColumn:
        c = compareText(x.entry.actor, y.entry.actor);
        break;
    case WhatColumn:
        c = compareText(x.what, y.what);
        break;
    case PathColumn:
        c = compareText(x.entry.path, y.entry.path);
        break;
    case DetailsColumn:
        c = compareText(x.entry.detail, y.entry.detail);
        break;
    default:
        break;
    }
    if (c == 0) // the time (then the id) breaks ties, so equal texts stay in log order
        c = x.atMs != y.atMs ? (x.atMs < y.atMs ? -1 : 1) : (x.entry.id < y.entry.id ? -1 : 1);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void ActivityModel::sortVisible()
{
    const QString Row::*textField = nullptr;
    const QString ActivityEntry::*entryField = nullptr;
    switch (m_sortColumn) {
    case WhoColumn:
        entryField = &ActivityEntry::actor;
        break;
    case WhatColumn:
        textField = &Row::what;
        break;
    case PathColumn:
        entryField = &ActivityEntry::path;
        break;
    case DetailsColumn:
        entryField = &ActivityEntry::detail;
        break;
    default:
        break;
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    auto byTime = [this](int a, int b) {
        const Row& x = m_entries[a];
        const Row& y = m_entries[b];
        return x.atMs != y.atMs ? x.atMs < y.atMs : x.entry.id < y.entry.id;
    };
    if (!textField && !entryField) {
        if (ascending)
            std::sort(m_visible.begin(), m_visible.end(), byTime);
        else
            std::sort(m_visible.begin(), m_visible.end(), [&](int a, int b) { return byTime(b, a); });
        return;
    }
    // Text columns: each distinct text is compared once (case-insensitively) into a rank, then the rows sort
    // by rank and time: the same order as before(), at a fraction of the cost on 100,000 rows.
    auto text = [&](int i) -> const QString& {
        return textField ? m_entries[i].*textField : m_entries[i].entry.*entryField;
    };
    QHash<QString, int> distinct;
    for (int i : m_visible)
        distinct.insert(text(i), 0);
    // Case-folded once per distinct text, then compared as plain UTF-16: the order of compareText().
    std::vector<std::pair<QString, QString>> keyed; // (folded, text)
    keyed.reserve(size_t(distinct.size()));
    for (auto it = distinct.cbegin(); it != distinct.cend(); ++it)
        keyed.emplace_back(it.key().toCaseFolded(), it.key());
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    int rank = 0;
    for (size_t v = 0; v < keyed.size(); ++v) {
        if (v > 0 && keyed[v - 1].first != keyed[v].first)
            ++rank;
        distinct[keyed[v].second] = rank;
    }
    std::vector<int> rankOf(m_entries.size(), 0);
    for (int i : m_visible)
        rankOf[i] = distinct.value(text(i));
    auto byRank = [&](int a, int b) { return rankOf[a] != rankOf[b] ? rankOf[a] < rankOf[b] : byTime(a, b); };
    if (ascending)
        std::sort(m_visible.begin(), m_visible.end(), byRank);
    else
        std::sort(m_visible.begin(), m_visible.end(), [&](int a, int b) { return byRank(b, a); });
}

void ActivityModel::refilter()
{
    m_visible.clear();
    m_visible.reserve(m_entries.size());
    for (int i = 0; i < int(m_entries.size()); ++i)
        if (accepts(m_entries[i]))
            m_visible.push_back(i);
    sortVisible();
}

void ActivityModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> entryOf;
    entryOf.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        entryOf << m_visible[index.row()];
    m_sortColumn = column;
    m_sortOrder = order;
    sortVisible();
    if (!persistent.isEmpty()) {
        std::vector<int> rowOfEntry(m_entries.size(), -1);
        for (int row = 0; row < int(m_visible.size()); ++row)
            rowOfEntry[m_visible[row]] = row;
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (int i = 0; i < persistent.size(); ++i)
            moved << index(rowOfEntry[entryOf[i]], persistent[i].column());
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

ActivityModel::Batch ActivityModel::prepare(QList<ActivityEntry> entries, int unreadable)
{
    Batch batch;
    batch.unreadable = unreadable;
    batch.rows.reserve(entries.size());
    QHash<QString, std::pair<QString, QString>> words; // action → (what, kind): a few distinct actions
    for (ActivityEntry& e : entries) {
        auto it = words.find(e.action);
        if (it == words.end())
            it = words.insert(e.action, {describe(e.action), kindOf(e.action)});
        Row row;
        row.atMs = e.at.toMSecsSinceEpoch();
        row.what = it->first;
        row.kind = it->second;
        ++batch.actors[e.actor];
        ++batch.kinds[row.kind];
        row.entry = std::move(e);
        batch.rows.push_back(std::move(row));
    }
    return batch;
}

void ActivityModel::addBatch(Batch batch)
{
    m_unreadable += batch.unreadable;
    bool newChoice = false;
    const int firstNew = int(m_entries.size());
    m_entries.reserve(m_entries.size() + batch.rows.size());
    m_ids.reserve(m_ids.size() + qsizetype(batch.rows.size()));
    for (Row& row : batch.rows) {
        const qint64 id = row.entry.id;
        if (m_ids.contains(id)) { // a read that overlapped an earlier one
            --batch.actors[row.entry.actor];
            --batch.kinds[row.kind];
            continue;
        }
        m_ids.insert(id);
        m_highestId = std::max(m_highestId, id);
        m_entries.push_back(std::move(row));
    }
    // The counts were taken on the worker: a few distinct actors and kinds to merge, not one lookup per row.
    auto merge = [&newChoice](QMap<QString, int>& into, const QHash<QString, int>& counts) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() <= 0)
                continue;
            int& count = into[it.key()];
            newChoice |= count == 0;
            count += it.value();
        }
    };
    merge(m_actors, batch.actors);
    merge(m_kinds, batch.kinds);
    const int added = int(m_entries.size()) - firstNew;
    if (added > kResetAbove || (m_visible.empty() && added > 0)) {
        beginResetModel();
        refilter();
        endResetModel();
    } else {
        for (int i = firstNew; i < int(m_entries.size()); ++i) {
            if (!accepts(m_entries[i]))
                continue;
            const auto at =
                std::lower_bound(m_visible.begin(), m_visible.end(), i,
                                 [this](int existing, int fresh) { return before(existing, fresh); });
            const int row = int(at - m_visible.begin());
            beginInsertRows({}, row, row);
            m_visible.insert(at, i);
            endInsertRows();
        }
    }
    if (added > 0 || batch.unreadable > 0)
        emit entriesChanged();
    if (newChoice)
        emit choicesChanged();
}

void ActivityModel::refreshTimes()
{
    if (!m_visible.empty())
        emit dataChanged(index(0, WhenColumn), index(rowCount() - 1, WhenColumn), {Qt::DisplayRole});
}

void ActivityModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_visible.clear();
    m_ids.clear();
    m_actors.clear();
    m_kinds.clear();
    m_unreadable = 0;
    m_highestId = 0;
    endResetModel();
    emit entriesChanged();
    emit choicesChanged();
}

void ActivityModel::setFilter(const ActivityFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_needle = filter.text.trimmed();
    refilter();
    endResetModel();
}

QList<ActivityEntry> ActivityModel::visibleEntries() const
{
    QList<ActivityEntry> rows;
    rows.reserve(qsizetype(m_visible.size()));
    for (int i : m_visible)
        rows << m_entries[i].entry;
    return rows;
}

} // namespace ts
