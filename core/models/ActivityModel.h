// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Activity panel's table: the log's entries (when, who, what, path, details), filtered by member, kind,
// time and text, sorted by any column. Filtering and sorting live here rather than in a QSortFilterProxyModel
// because the log can hold 100,000 entries: the model sorts plain values (no QVariant per comparison) and
// keeps the visible rows sorted as live entries arrive, inserting each where it belongs.
#pragma once

#include "activity/ActivityLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>

#include <vector>

namespace ts {

struct ActivityFilter
{
    QString member;     // actor id; empty = everyone
    QString kind;       // the action's area ("raw", "member", …); empty = every kind
    qint64 sinceMs = 0; // UTC ms since the epoch; 0 = no lower bound
    qint64 untilMs = 0; // exclusive; 0 = no upper bound
    QString text;       // case-insensitive, in who, action, what, path or details; empty = all

    bool operator==(const ActivityFilter&) const = default;
};

class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, PathColumn, DetailsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        TimeRole,                  // QDateTime (UTC)
        ActorRole,
        ActionRole, // "raw.protect"
        KindRole,   // "raw"
        PathRole,
        DetailRole,
    };

    explicit ActivityModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // One entry with what the table derives from it, computed once (on the worker that read it).
    struct Row
    {
        ActivityEntry entry;
        qint64 atMs = 0;
        QString what;
        QString kind;
    };
    struct Batch
    {
        std::vector<Row> rows;
        int unreadable = 0;
        QHash<QString, int> actors; // entries per actor and per kind, counted on the worker
        QHash<QString, int> kinds;
    };
    // Any thread: derives the rows' words, kinds and times, so that adding them costs the GUI thread little.
    static Batch prepare(QList<ActivityEntry> entries, int unreadable = 0);

    // Adds entries read from the log (any order; an id already held is ignored) and counts `unreadable`
    // rows that were skipped. A few entries are inserted where the sort puts them; a large batch resets.
    void addBatch(Batch batch);
    void addEntries(QList<ActivityEntry> entries, int unreadable = 0)
    {
        addBatch(prepare(std::move(entries), unreadable));
    }
    void clear();

    void setFilter(const ActivityFilter& filter);
    const ActivityFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int totalCount() const { return int(m_entries.size()); }
    int unreadableCount() const { return m_unreadable; }
    qint64 highestId() const { return m_highestId; }
    // Members and kinds seen in the log, sorted, for the filters.
    QStringList actors() const { return m_actors.keys(); }
    QStringList kinds() const { return m_kinds.keys(); }
    // The rows as shown, top to bottom (for the CSV export).
    QList<ActivityEntry> visibleEntries() const;
    const ActivityEntry& entryAt(int row) const { return m_entries[m_visible[row]].entry; }

    // "raw.protect" → "raw"; "Raw data protected" for the actions the app records, the id for others.
    static QString kindOf(const QString& action);
    static QString kindTitle(const QString& kind);
    static QString describe(const QString& action);
    // Relative times ("5 min ago") age: tells the views to draw the When column again.
    void refreshTimes();
    // The reference for relative times ("5 min ago"); the current time when never set.
    void setNow(const QDateTime& now) { m_now = now; }

signals:
    // The entries changed (added, cleared): the totals, actors and kinds may differ.
    void entriesChanged();
    // A member or kind appeared that the filters do not offer yet.
    void choicesChanged();

private:
    bool accepts(const Row& row) const;
    bool before(int a, int b) const; // entry a sorts above entry b
    void refilter();                 // within a reset
    void sortVisible();

    std::vector<Row> m_entries;
    std::vector<int> m_visible; // row → index in m_entries, in sort order
    QSet<qint64> m_ids;         // ids held
    QMap<QString, int> m_actors;
    QMap<QString, int> m_kinds;
    ActivityFilter m_filter;
    QString m_needle; // m_filter.text trimmed
    int m_sortColumn = WhenColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_unreadable = 0;
    qint64 m_highestId = 0;
    QDateTime m_now;
};

} // namespace ts
