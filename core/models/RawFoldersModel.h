// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The raw folders as a table: for each, whether the file system keeps it read-only, who can write to it
// (owner, group, everyone else, ACL entries), on what kind of mount. QtCore only; icons and colours in app/.
#pragma once

#include "services/RawProtection.h"

#include <QAbstractTableModel>

namespace ts {

class RawFoldersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FolderColumn, StateColumn, WritersColumn, FileSystemColumn, EntriesColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the layout path
        StateRole,                   // int: services::RawState
        WritableEntriesRole,         // qint64
        EntriesRole,                 // qint64
        AuthoritativeRole,           // bool: the mount's mode bits can be trusted
        SortKeyRole,                 // the column's value to sort by
    };

    explicit RawFoldersModel(QObject* parent = nullptr);

    // A new reading of the disk: rows with the same path keep their place (the selection stays).
    void setFolders(QList<permissions::FolderWriteAccess> folders);
    const QList<permissions::FolderWriteAccess>& folders() const { return m_folders; }
    int count(services::RawState state) const;

    static QString stateText(const permissions::FolderWriteAccess& folder);
    // "owner (ana), group (lab), everyone else, ACL user:1001:rwx" or "nobody".
    static QString writersText(const permissions::FolderWriteAccess& folder);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const permissions::FolderWriteAccess& folder, int column) const;
    QList<permissions::FolderWriteAccess> m_folders;
};

} // namespace ts
