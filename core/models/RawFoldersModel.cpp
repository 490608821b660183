// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/RawFoldersModel.h"

#include <QLocale>

#include <algorithm>

namespace ts {

using permissions::FolderWriteAccess;
using services::RawState;

RawFoldersModel::RawFoldersModel(QObject* parent) : QAbstractTableModel(parent) {}

void RawFoldersModel::setFolders(QList<FolderWriteAccess> folders)
{
    // The raw folders are few and come from the layout: same paths → same rows, only the cells change.
    bool samePaths = folders.size() == m_folders.size();
    for (qsizetype i = 0; samePaths && i < folders.size(); ++i)
        samePaths = folders[i].path == m_folders[i].path && folders[i].location == m_folders[i].location;
    if (!samePaths) {
        beginResetModel();
        m_folders = std::move(folders);
        endResetModel();
        return;
    }
    m_folders = std::move(folders);
    if (!m_folders.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RawFoldersModel::count(RawState state) const
{
    return int(std::count_if(m_folders.begin(), m_folders.end(), [state](const FolderWriteAccess& f) {
        return services::rawStateOf(f) == state;
    }));
}

QString RawFoldersModel::stateText(const FolderWriteAccess& folder)
{
    switch (services::rawStateOf(folder)) {
    case RawState::Missing:
        return tr("missing");
    case RawState::ReadOnly:
        return tr("read-only");
    case RawState::Writable:
        return tr("writable: %L1 of %L2 entries").arg(folder.writableEntries).arg(folder.entries);
    case RawState::UnknownOnThisMount:
        return tr("unknown on this mount");
    }
    return {};
}

QString RawFoldersModel::writersText(const FolderWriteAccess& folder)
{
    if (!folder.exists)
        return {};
    QStringList who;
    if (folder.mode & 0200)
        who << tr("owner (%1)").arg(folder.owner);
    if (folder.groupCanWrite)
        who << tr("group (%1)").arg(folder.group);
    if (folder.othersCanWrite)
        who << tr("everyone else");
    for (const QString& entry : folder.acl)
        if (entry.section(u':', -1).contains(u'w'))
            who << tr("ACL %1").arg(entry);
    if (who.isEmpty())
        return folder.writableEntries > 0 ? tr("nobody on the folder itself; some entries inside")
                                          : tr("nobody");
    return who.join(QStringLiteral(", "));
}

int RawFoldersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_folders.size());
}

int RawFoldersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RawFoldersModel::display(const FolderWriteAccess& folder, int column) const
{
    switch (column) {
    case FolderColumn:
        return folder.location == QLatin1String("repository") ? tr("%1 (in the repository)").arg(folder.path)
                                                              : folder.path;
    case StateColumn:
        return stateText(folder);
    case WritersColumn:
        return writersText(folder);
    case FileSystemColumn:
        if (!folder.exists)
            return QString();
        return folder.modeBitsAuthoritative ? folder.fileSystem
                                            : tr("%1: permissions kept elsewhere").arg(folder.fileSystem);
    case EntriesColumn:
        return folder.exists ? QVariant(QLocale().toString(folder.entries)) : QVariant(QString());
    default:
        return {};
    }
}

QVariant RawFoldersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FolderWriteAccess& folder = m_folders[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(folder, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !folder.writableExamples.isEmpty())
            return tr("Writable, for example: %1").arg(folder.writableExamples.join(QStringLiteral(", ")));
        if (index.column() == WritersColumn && folder.exists)
            return tr("Mode %1 on the folder, owner %2, group %3")
                .arg(QString::number(folder.mode & 07777, 8), folder.owner, folder.group);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EntriesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant();
    case PathRole:
        return folder.path;
    case StateRole:
        return int(services::rawStateOf(folder));
    case WritableEntriesRole:
        return folder.writableEntries;
    case EntriesRole:
        return folder.entries;
    case AuthoritativeRole:
        return folder.modeBitsAuthoritative;
    case SortKeyRole:
        if (index.column() == EntriesColumn)
            return folder.entries;
        if (index.column() == StateColumn)
            return int(services::rawStateOf(folder));
        return display(folder, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant RawFoldersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FolderColumn:
        return tr("Raw folder");
    case StateColumn:
        return tr("Protection");
    case WritersColumn:
        return tr("Who can write the folder");
    case FileSystemColumn:
        return tr("File system");
    case EntriesColumn:
        return tr("Entries");
    default:
        return {};
    }
}

} // namespace ts
