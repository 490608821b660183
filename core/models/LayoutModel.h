// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The layout as a table: every folder the manifest expects (per-member folders once per member) with what is
// on disk there, plus what sits unexpected at the top level. QtCore only; status colours and icons live in
// app/.
#pragma once

#include "services/RawProtection.h"
#include "workspace/LayoutPlanner.h"

#include <QAbstractTableModel>

namespace ts {

class LayoutModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Status { Present, Missing, Unexpected, FileInsteadOfFolder };

    struct Entry
    {
        QString path; // relative to its location's top: "results/ana"
        FolderLocation location = FolderLocation::Root;
        std::optional<FolderRole> role; // none for unexpected entries
        QString memberId;               // set for a per-member folder
        Status status = Status::Present;
        QString blocker; // FileInsteadOfFolder: the relative path of the file in the way
    };

    enum Column { PathColumn, LocationColumn, RoleColumn, StatusColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: relative path
        StatusRole,                  // int: LayoutModel::Status
        LocationRole,                // int: FolderLocation
        FolderRoleRole,              // int: FolderRole (invalid QVariant for unexpected entries)
        MemberIdRole,                // QString: owner of a per-member folder, else empty
        NeedsActionRole,             // bool: missing or a file where a folder belongs
        BlockerRole,                 // QString: the file in the way of a FileInsteadOfFolder entry
        SortKeyRole,                 // natural sort key of the column
        RawStateRole,                // int: services::RawState of a raw folder once read, else invalid
    };

    explicit LayoutModel(QObject* parent = nullptr);

    // Replaces the rows (a drift check is a new snapshot of the disk; rows are not tracked one by one).
    void setEntries(QList<Entry> entries);
    // The rows of a LayoutPlanner::inspect() result: the expected folders in layout order, then the
    // unexpected entries at the top of the shared folder.
    void setLayoutStatus(const LayoutStatus& status);
    static QList<Entry> entriesOf(const LayoutStatus& status);
    const QList<Entry>& entries() const { return m_entries; }
    // The protection of the raw folders (services::rawWriteAccess), by layout path; the rows keep their
    // place.
    void setRawStates(const QHash<QString, services::RawState>& states);
    int count(Status status) const;

    static QString statusText(Status status);
    static QString roleText(FolderRole role);
    static QString rawStateText(std::optional<services::RawState> state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayText(const Entry& entry, int column) const;
    std::optional<services::RawState> rawStateOf(const Entry& entry) const;

    QList<Entry> m_entries;
    // Raw folders' protection by path (none until read: the read is slow on a big folder, so it arrives
    // after the layout check). Kept across setEntries.
    QHash<QString, services::RawState> m_rawStates;
};

} // namespace ts
