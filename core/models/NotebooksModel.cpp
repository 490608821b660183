#include "models/NotebooksModel.h"

// SCAFFOLD: filled in by the models part of issue 15.
namespace ts {

NotebooksModel::NotebooksModel(QObject* parent) : QAbstractTableModel(parent) {}

void NotebooksModel::setRows(const QList<services::NotebookRow>& rows, const QString& me)
{
    beginResetModel();
    m_me = me;
    m_entries.clear();
    m_rowOfPath.clear();
    for (const services::NotebookRow& r : rows) {
        m_rowOfPath.insert(r.path, int(m_entries.size()));
        m_entries.append(Entry{r, std::nullopt, (r.path + u' ' + r.owner + u' ' + r.runner).toLower()});
    }
    endResetModel();
}

void NotebooksModel::setLastCommits(const QHash<QString, services::LastCommit>& commits, qint64 nowSecs)
{
    m_commits = commits;
    m_nowSecs = nowSecs;
    m_commitsLoaded = true;
}

void NotebooksModel::setRunnerOutputs(const QHash<QString, services::RunnerOutputs>& outputs)
{
    m_outputs = outputs;
}

void NotebooksModel::setHealth(const QList<services::NotebookHealth>& health)
{
    for (const services::NotebookHealth& h : health)
        if (int row = rowOf(h.path); row >= 0)
            m_entries[row].health = h;
}

void NotebooksModel::clearHealth(const QStringList& paths)
{
    for (const QString& p : paths)
        if (int row = rowOf(p); row >= 0)
            m_entries[row].health.reset();
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
    auto it = r ? m_outputs.constFind(r->runner) : m_outputs.cend();
    return it == m_outputs.cend() ? nullptr : &*it;
}

QStringList NotebooksModel::paths() const
{
    QStringList result;
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

QVariant NotebooksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries[index.row()];
    if (role == PathRole)
        return e.row.path;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PathColumn: return e.row.path;
        case OwnerColumn: return e.row.owner;
        case RunnerColumn: return e.row.runner;
        default: return {};
        }
    }
    return {};
}

QVariant NotebooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* names[] = {"Notebook", "Owner", "Runner", "Accelerator", "Expected output", "Size",
                                  "Last commit", "Stripped", "ROOT_PATH cell", "Findings", "Outputs"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

QHash<int, QByteArray> NotebooksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PathRole, "path");
    return names;
}

} // namespace ts
