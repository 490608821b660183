// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/NotebooksModel.h"

#include <QSet>

#include <algorithm>

namespace ts {

namespace {

bool sameRow(const services::NotebookRow& a, const services::NotebookRow& b)
{
    return a.path == b.path && a.onDisk == b.onDisk && a.assigned == b.assigned && a.owner == b.owner &&
           a.runner == b.runner && a.plannedAccelerator == b.plannedAccelerator &&
           a.expectedOutputBytes == b.expectedOutputBytes && a.bytes == b.bytes &&
           a.modifiedMs == b.modifiedMs;
}

bool sameCommit(const services::LastCommit* a, const services::LastCommit* b)
{
    if (!a || !b)
        return a == b;
    return a->commit == b->commit && a->author == b->author && a->timeSecs == b->timeSecs &&
           a->summary == b->summary;
}

bool sameOutputs(const services::RunnerOutputs* a, const services::RunnerOutputs* b)
{
    if (!a || !b)
        return a == b;
    return a->resultsFolder == b->resultsFolder && a->checkpointsFolder == b->checkpointsFolder &&
           a->indexed == b->indexed && a->newestResultNs == b->newestResultNs &&
           a->newestCheckpointNs == b->newestCheckpointNs && a->resultBytes == b->resultBytes &&
           a->checkpointBytes == b->checkpointBytes && a->atRisk == b->atRisk &&
           a->explanation == b->explanation;
}

} // namespace

NotebooksModel::NotebooksModel(QObject* parent) : QAbstractTableModel(parent) {}

NotebooksModel::Entry NotebooksModel::makeEntry(const services::NotebookRow& row)
{
    return Entry{row, std::nullopt, (row.path + u' ' + row.owner + u' ' + row.runner).toLower(),
                 naturalKey(row.path)};
}

void NotebooksModel::rebuildIndex()
{
    m_rowOfPath.clear();
    m_rowOfPath.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_rowOfPath.insert(m_entries[i].row.path, i);
}

void NotebooksModel::setRows(const QList<services::NotebookRow>& rows, const QString& me)
{
    const bool meChanged = me != m_me;
    m_me = me;
    if (m_entries.isEmpty()) { // the first fill: nothing to keep
        if (rows.isEmpty())
            return;
        beginResetModel();
        for (const services::NotebookRow& r : rows)
            m_entries.append(makeEntry(r));
        rebuildIndex();
        endResetModel();
        return;
    }
    QSet<QString> wanted;
    wanted.reserve(rows.size());
    for (const services::NotebookRow& r : rows)
        wanted.insert(r.path);
    // 1. Rows whose path is gone, from the bottom, in contiguous ranges.
    for (int last = int(m_entries.size()) - 1; last >= 0;) {
        if (wanted.contains(m_entries[last].row.path)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(m_entries[first - 1].row.path))
            --first;
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    QSet<QString> kept;
    kept.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        kept.insert(e.row.path);
    // 2. Walk the new order: a position holds its row already, or the row moves up from below, or a run of
    //    new rows is inserted there.
    QList<int> changed;
    for (int row = 0; row < rows.size();) {
        const services::NotebookRow& r = rows[row];
        if (!kept.contains(r.path)) {
            int end = row + 1;
            while (end < rows.size() && !kept.contains(rows[end].path))
                ++end;
            beginInsertRows({}, row, end - 1);
            for (int i = row; i < end; ++i)
                m_entries.insert(i, makeEntry(rows[i]));
            endInsertRows();
            row = end;
            continue;
        }
        if (m_entries[row].row.path != r.path) { // another order: move it up from below (rare)
            int current = row + 1;
            while (m_entries[current].row.path != r.path)
                ++current;
            beginMoveRows({}, current, current, {}, row);
            m_entries.move(current, row);
            endMoveRows();
        }
        Entry& e = m_entries[row];
        if (!sameRow(e.row, r)) {
            std::optional<services::NotebookHealth> health = std::move(e.health);
            e = makeEntry(r);
            e.health = std::move(health);
            changed << row;
        } else if (meChanged) {
            changed << row;
        }
        ++row;
    }
    rebuildIndex();
    emitRowRanges(changed, 0, ColumnCount - 1);
}

void NotebooksModel::emitRowRanges(QList<int> rows, int firstColumn, int lastColumn, const QList<int>& roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i], firstColumn), index(rows[j], lastColumn), roles);
        i = j + 1;
    }
}

void NotebooksModel::setLastCommits(const QHash<QString, services::LastCommit>& commits, qint64 nowSecs)
{
    const bool first = !m_commitsLoaded || nowSecs != m_nowSecs;
    QList<int> changed;
    for (int row = 0; row < m_entries.size(); ++row) {
        const QString& path = m_entries[row].row.path;
        auto before = m_commits.constFind(path);
        auto after = commits.constFind(path);
        if (first || !sameCommit(before == m_commits.cend() ? nullptr : &*before,
                                 after == commits.cend() ? nullptr : &*after))
            changed << row;
    }
    m_commits = commits;
    m_nowSecs = nowSecs;
    m_commitsLoaded = true;
    emitRowRanges(changed, LastCommitColumn, LastCommitColumn);
}

void NotebooksModel::setRunnerOutputs(const QHash<QString, services::RunnerOutputs>& outputs)
{
    const bool first = !m_outputsLoaded;
    QList<int> changed;
    for (int row = 0; row < m_entries.size(); ++row) {
        const QString& runner = m_entries[row].row.runner;
        if (runner.isEmpty())
            continue;
        auto before = m_outputs.constFind(runner);
        auto after = outputs.constFind(runner);
        if (first || !sameOutputs(before == m_outputs.cend() ? nullptr : &*before,
                                  after == outputs.cend() ? nullptr : &*after))
            changed << row;
    }
    m_outputs = outputs;
    m_outputsLoaded = true;
    emitRowRanges(changed, OutputsColumn, OutputsColumn);
}

void NotebooksModel::setHealth(const QList<services::NotebookHealth>& health)
{
    QList<int> changed;
    changed.reserve(health.size());
    for (const services::NotebookHealth& h : health)
        if (const int row = rowOf(h.path); row >= 0) {
            m_entries[row].health = h;
            changed << row;
        }
    emitRowRanges(changed, 0, ColumnCount - 1);
}

void NotebooksModel::clearHealth(const QStringList& paths)
{
    QList<int> changed;
    for (const QString& p : paths)
        if (const int row = rowOf(p); row >= 0 && m_entries[row].health) {
            m_entries[row].health.reset();
            changed << row;
        }
    emitRowRanges(changed, 0, ColumnCount - 1);
}

int NotebooksModel::rowOf(const QString& path) const
{
    return m_rowOfPath.value(path, -1);
}

const services::NotebookRow* NotebooksModel::rowAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row].row : nullptr;
}

const services::NotebookHealth* NotebooksModel::healthAt(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries[row].health ? &*m_entries[row].health : nullptr;
}

const services::LastCommit* NotebooksModel::lastCommitAt(int row) const
{
    const services::NotebookRow* r = rowAt(row);
    auto it = r ? m_commits.constFind(r->path) : m_commits.cend();
    return it == m_commits.cend() ? nullptr : &*it;
}

const services::RunnerOutputs* NotebooksModel::outputsAt(int row) const
{
    const services::NotebookRow* r = rowAt(row);
    if (!r || r->runner.isEmpty())
        return nullptr;
    auto it = m_outputs.constFind(r->runner);
    return it == m_outputs.cend() ? nullptr : &*it;
}

QStringList NotebooksModel::paths() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        result << e.row.path;
    return result;
}

int NotebooksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NotebooksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotebooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role); // tooltip: the words a narrow column cuts
    switch (section) {
    case PathColumn:
        return tr("Notebook");
    case OwnerColumn:
        return tr("Owner");
    case RunnerColumn:
        return tr("Runner");
    case AcceleratorColumn:
        return tr("Accelerator");
    case ExpectedOutputColumn:
        return tr("Expected output");
    case SizeColumn:
        return tr("Size");
    case LastCommitColumn:
        return tr("Last commit");
    case StrippedColumn:
        return tr("Stripped");
    case RootCellColumn:
        return tr("ROOT_PATH cell");
    case FindingsColumn:
        return tr("Findings");
    case OutputsColumn:
        return tr("Outputs");
    default:
        return {};
    }
}

QHash<int, QByteArray> NotebooksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(OwnerRole, "owner");
    names.insert(RunnerRole, "runner");
    names.insert(OnDiskRole, "onDisk");
    names.insert(AssignedRole, "assigned");
    names.insert(IsMineRole, "isMine");
    names.insert(HealthLoadedRole, "healthLoaded");
    names.insert(HealthErrorRole, "healthError");
    names.insert(FindingsCountRole, "findingsCount");
    names.insert(StrippedRole, "stripped");
    names.insert(RootCellStateRole, "rootCellState");
    names.insert(AtRiskRole, "atRisk");
    names.insert(AcceleratorRole, "accelerator");
    names.insert(SortKeyRole, "sortKey");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace ts
