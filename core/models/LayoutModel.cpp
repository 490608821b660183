// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/LayoutModel.h"

#include <algorithm>

namespace ts {

LayoutModel::LayoutModel(QObject* parent) : QAbstractTableModel(parent) {}

void LayoutModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void LayoutModel::setRawStates(const QHash<QString, services::RawState>& states)
{
    m_rawStates = states;
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].role == FolderRole::Raw)
            emit dataChanged(index(int(row), RoleColumn), index(int(row), RoleColumn));
}

void LayoutModel::setLayoutStatus(const LayoutStatus& status)
{
    setEntries(entriesOf(status));
}

QList<LayoutModel::Entry> LayoutModel::entriesOf(const LayoutStatus& status)
{
    QList<Entry> entries;
    entries.reserve(status.folders.size() + status.unexpected.size());
    for (const ExpectedFolder& folder : status.folders) {
        Entry entry{folder.path, folder.location, folder.role, folder.member, Status::Present, {}};
        switch (folder.state) {
        case FolderState::Present:
            entry.status = Status::Present;
            break;
        case FolderState::Missing:
            entry.status = Status::Missing;
            break;
        case FolderState::NotAFolder:
            entry.status = Status::FileInsteadOfFolder;
            entry.blocker = folder.blocker;
            break;
        }
        entries << entry;
    }
    for (const QString& name : status.unexpected)
        entries << Entry{name, FolderLocation::Root, std::nullopt, {}, Status::Unexpected, {}};
    return entries;
}

int LayoutModel::count(Status status) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [status](const Entry& e) { return e.status == status; }));
}

QString LayoutModel::statusText(Status status)
{
    switch (status) {
    case Status::Present:
        return tr("present");
    case Status::Missing:
        return tr("missing");
    case Status::Unexpected:
        return tr("unexpected");
    case Status::FileInsteadOfFolder:
        return tr("file instead of folder");
    }
    return {};
}

std::optional<services::RawState> LayoutModel::rawStateOf(const Entry& entry) const
{
    if (entry.role != FolderRole::Raw || !m_rawStates.contains(entry.path))
        return std::nullopt;
    return m_rawStates.value(entry.path);
}

QString LayoutModel::rawStateText(std::optional<services::RawState> state)
{
    if (!state)
        return tr("checking protection…");
    switch (*state) {
    case services::RawState::ReadOnly:
        return tr("read-only");
    case services::RawState::Writable:
        return tr("writable (see Raw data)");
    case services::RawState::UnknownOnThisMount:
        return tr("protection unknown on this mount");
    case services::RawState::Missing:
        return tr("missing");
    }
    return {};
}

QString LayoutModel::roleText(FolderRole role)
{
    switch (role) {
    case FolderRole::Raw:
        return tr("raw data");
    case FolderRole::Processed:
        return tr("processed data");
    case FolderRole::Results:
        return tr("results");
    case FolderRole::Checkpoints:
        return tr("checkpoints");
    case FolderRole::Notebooks:
        return tr("notebooks");
    case FolderRole::Models:
        return tr("models");
    case FolderRole::Shared:
        return tr("shared files");
    }
    return {};
}

int LayoutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LayoutModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayoutModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case PathRole:
        return entry.path;
    case StatusRole:
        return int(entry.status);
    case LocationRole:
        return int(entry.location);
    case FolderRoleRole:
        return entry.role ? QVariant(int(*entry.role)) : QVariant();
    case MemberIdRole:
        return entry.memberId;
    case RawStateRole:
        if (const auto state = rawStateOf(entry))
            return int(*state);
        return {};
    case BlockerRole:
        return entry.blocker;
    case Qt::ToolTipRole:
        return entry.status == Status::FileInsteadOfFolder
                   ? QVariant(tr("%1 is a file: move or rename it, then apply the layout again")
                                  .arg(entry.blocker))
                   : QVariant();
    case NeedsActionRole:
        return entry.status == Status::Missing || entry.status == Status::FileInsteadOfFolder;
    case SortKeyRole:
        return index.column() == StatusColumn
                   ? QVariant(int(entry.status))
                   : QVariant(displayText(entry, index.column()).toString().toLower());
    default:
        return {};
    }
}

QVariant LayoutModel::displayText(const Entry& entry, int column) const
{
    switch (column) {
    case PathColumn:
        return entry.path;
    case LocationColumn:
        return entry.location == FolderLocation::Repository ? tr("repository") : tr("shared folder");
    case RoleColumn:
        if (!entry.role)
            return QString();
        if (*entry.role == FolderRole::Raw && entry.status == Status::Present)
            return tr("raw data: %1").arg(rawStateText(rawStateOf(entry)));
        return entry.memberId.isEmpty() ? roleText(*entry.role)
                                        : tr("%1 of %2").arg(roleText(*entry.role), entry.memberId);
    case StatusColumn:
        return statusText(entry.status);
    default:
        return {};
    }
}

QVariant LayoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Folder");
    case LocationColumn:
        return tr("Where");
    case RoleColumn:
        return tr("Holds");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> LayoutModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(StatusRole, "status");
    names.insert(LocationRole, "location");
    names.insert(FolderRoleRole, "folderRole");
    names.insert(MemberIdRole, "memberId");
    names.insert(NeedsActionRole, "needsAction");
    names.insert(BlockerRole, "blocker");
    names.insert(SortKeyRole, "sortKey");
    names.insert(RawStateRole, "rawState");
    return names;
}

} // namespace ts
