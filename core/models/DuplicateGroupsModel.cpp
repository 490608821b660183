// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/DuplicateGroupsModel.h"

#include <QLocale>

namespace ts {

// A group row's internal id is 0; a copy's is its group's row + 1.

DuplicateGroupsModel::DuplicateGroupsModel(QObject* parent) : QAbstractItemModel(parent) {}

void DuplicateGroupsModel::setReport(const index::DuplicateReport& report)
{
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    endResetModel();
}

void DuplicateGroupsModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

QModelIndex DuplicateGroupsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DuplicateGroupsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DuplicateGroupsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_report.groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_report.groups[parent.row()].paths.size());
}

int DuplicateGroupsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DuplicateGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_report.groups[index.row()], index.column(), role);
    return copyData(m_report.groups[int(index.internalId() - 1)], index.row(), index.column(), role);
}

QVariant DuplicateGroupsModel::groupData(const index::DuplicateGroup& group, int column, int role) const
{
    switch (role) {
    case DisplayPathRole:
        return group.paths.value(0);
    case BytesRole:
        return group.size;
    case IsGroupRole:
        return true;
    case ReclaimableRole:
        return group.reclaimable();
    case HashRole:
        return group.hash;
    case Qt::ToolTipRole:
        if (column == SizeColumn)
            return tr("%L1 bytes each").arg(group.size);
        if (column == ReclaimableColumn)
            return tr("%L1 bytes would be freed by keeping one copy (nothing is ever deleted here)")
                .arg(group.reclaimable());
        return group.paths.join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortKeyRole:
        switch (column) {
        case NameColumn:
            return group.paths.value(0);
        case SizeColumn:
            return group.size;
        case CopiesColumn:
            return qint64(group.paths.size());
        case ReclaimableColumn:
            return group.reclaimable();
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: {
            const QString first = group.paths.value(0);
            return first.mid(first.lastIndexOf(QLatin1Char('/')) + 1);
        }
        case SizeColumn:
            return QLocale().formattedDataSize(group.size);
        case CopiesColumn:
            return QLocale().toString(group.paths.size());
        case ReclaimableColumn:
            return QLocale().formattedDataSize(group.reclaimable());
        }
        return {};
    }
    return {};
}

QVariant DuplicateGroupsModel::copyData(const index::DuplicateGroup& group, int copy, int column,
                                        int role) const
{
    const QString path = group.paths.value(copy);
    switch (role) {
    case DisplayPathRole:
        return path;
    case BytesRole:
        return group.size;
    case IsGroupRole:
        return false;
    case HashRole:
        return group.hash;
    case Qt::ToolTipRole:
        return path;
    case SortKeyRole:
        return column == NameColumn ? QVariant(path) : QVariant(copy);
    case Qt::DisplayRole:
        return column == NameColumn ? QVariant(path) : QVariant();
    }
    return {};
}

QVariant DuplicateGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Duplicate files");
    case SizeColumn:
        return tr("Size");
    case CopiesColumn:
        return tr("Copies");
    case ReclaimableColumn:
        return tr("Reclaimable");
    }
    return {};
}

QHash<int, QByteArray> DuplicateGroupsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(DisplayPathRole, "displayPath");
    names.insert(BytesRole, "bytes");
    names.insert(SortKeyRole, "sortKey");
    names.insert(IsGroupRole, "isGroup");
    names.insert(ReclaimableRole, "reclaimable");
    names.insert(HashRole, "hash");
    return names;
}

} // namespace ts
