// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Notebooks panel's table: one row per notebook (in the repository or only assigned in the manifest),
// filled in three steps as the panel's background jobs finish: rows (setRows, at once), last commits, runner
// outputs and health (merged as they arrive, as dataChanged on the affected cells). QtCore only: the words
// are here, icons and colours in app/gui's proxy. Rows keep their place across setRows calls for paths that
// stay (removals, insertions, dataChanged; never a reset after the first fill), so selections survive.
#pragma once

#include "services/NotebookHealth.h"
#include "services/NotebookTable.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ts {

class NotebooksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PathColumn,           // the repository-relative path; "(missing)" state when not on disk
        OwnerColumn,          // member id, "—" when nobody
        RunnerColumn,         // member id, "not chosen"
        AcceleratorColumn,    // planned, else declared by the notebook (facts), else "CPU"
        ExpectedOutputColumn, // formatted size, "—" when not set
        SizeColumn,           // file size, formatted
        LastCommitColumn,     // "ana, 2 h ago"; "not committed" / "…" while loading
        StrippedColumn,       // "stripped" / "outputs (1.2 MiB)" / "…" while loading / "unreadable"
        RootCellColumn,       // "current" / "missing" / "outdated" / "no runner" / "…"
        FindingsColumn,       // count of lint findings; "…" while loading
        OutputsColumn,        // the runner's outputs: "results/ben · checkpoints/ben", "at risk: …"
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: repository-relative path
        OwnerRole,                   // QString
        RunnerRole,                  // QString (empty: not chosen)
        OnDiskRole,                  // bool
        AssignedRole,                // bool: has an entry in teamspace.json
        IsMineRole,                  // bool: the member acting here owns it
        HealthLoadedRole,            // bool: setHealth delivered this row
        HealthErrorRole,             // QString: why the notebook could not be read; empty when fine
        FindingsCountRole,           // int (0 until loaded)
        StrippedRole,                // bool (false until loaded)
        RootCellStateRole,           // int: services::RootCellState
        AtRiskRole,                  // bool: the runner's checkpoints are stale while results are newer
        AcceleratorRole,             // QString: "CPU", "GPU", "TPU", "GPU (T4)"…: planned, else declared
        SortKeyRole,                 // a value that sorts the column naturally (sizes numerically, …)
        SearchTextRole,              // QString, lower-case: what the search box matches (path, owner, runner)
    };

    explicit NotebooksModel(QObject* parent = nullptr);

    // The rows and who I am (IsMineRole). Keeps health, commits and outputs of paths that stay.
    void setRows(const QList<services::NotebookRow>& rows, const QString& me);
    void setLastCommits(const QHash<QString, services::LastCommit>& commits, qint64 nowSecs);
    void setRunnerOutputs(const QHash<QString, services::RunnerOutputs>& outputs);
    // Merges: rows not named keep what they had. Unknown paths are ignored.
    void setHealth(const QList<services::NotebookHealth>& health);
    // Forget health of these paths (after a strip or a root-cell refresh, before re-reading them).
    void clearHealth(const QStringList& paths);

    int rowOf(const QString& path) const; // -1 when absent; O(1)
    const services::NotebookRow* rowAt(int row) const;
    const services::NotebookHealth* healthAt(int row) const; // null until loaded
    const services::LastCommit* lastCommitAt(int row) const; // null when unknown
    const services::RunnerOutputs* outputsAt(int row) const; // the row's runner's; null when none
    QStringList paths() const;
    bool commitsLoaded() const { return m_commitsLoaded; }
    bool outputsLoaded() const { return m_outputsLoaded; }

    // "just now", "5 min ago", "2 h ago", "3 d ago", else the date; `nowSecs` is "now".
    static QString relativeTime(qint64 secs, qint64 nowSecs);
    // Lower-case with every run of digits zero-padded, so that plain string order is natural ("nb2" <
    // "nb10").
    static QString naturalKey(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        services::NotebookRow row;
        std::optional<services::NotebookHealth> health;
        QString searchText;
        QString pathKey; // naturalKey(path)
    };
    static Entry makeEntry(const services::NotebookRow& row);
    void rebuildIndex();
    void emitRowRanges(QList<int> rows, int firstColumn, int lastColumn, const QList<int>& roles = {});
    // NotebooksModelText.cpp: the words, tooltips and sort keys of one cell.
    QVariant displayText(const Entry& e, int column) const;
    QVariant toolTip(const Entry& e, int column) const;
    QVariant sortKey(const Entry& e, int column) const;
    QString accelerator(const Entry& e) const;
    bool atRisk(const Entry& e) const;
    QList<Entry> m_entries;
    QHash<QString, int> m_rowOfPath;
    QHash<QString, services::LastCommit> m_commits;
    QHash<QString, services::RunnerOutputs> m_outputs;
    QString m_me;
    qint64 m_nowSecs = 0;
    bool m_commitsLoaded = false;
    bool m_outputsLoaded = false;
};

} // namespace ts
