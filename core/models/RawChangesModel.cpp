// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/RawChangesModel.h"

#include <QLocale>

#include <algorithm>

namespace ts {

using services::RawChange;

namespace {

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes);
}

QVariant sizeTip(qint64 bytes)
{
    return bytes < 0 ? QVariant() : QVariant(RawChangesModel::tr("%L1 bytes").arg(bytes));
}

} // namespace

RawChangesModel::RawChangesModel(QObject* parent) : QAbstractTableModel(parent) {}

void RawChangesModel::setChanges(QList<RawChange> changes)
{
    beginResetModel(); // each verify is a new snapshot
    m_changes = std::move(changes);
    endResetModel();
}

int RawChangesModel::count(RawChange::Kind kind) const
{
    return int(std::count_if(m_changes.begin(), m_changes.end(),
                             [kind](const RawChange& c) { return c.kind == kind; }));
}

int RawChangesModel::rowOf(const QString& path) const
{
    for (qsizetype i = 0; i < m_changes.size(); ++i)
        if (m_changes[i].path == path)
            return int(i);
    return -1;
}

QString RawChangesModel::kindText(RawChange::Kind kind)
{
    switch (kind) {
    case RawChange::Kind::Modified:
        return tr("modified");
    case RawChange::Kind::Added:
        return tr("added");
    case RawChange::Kind::Removed:
        return tr("removed");
    }
    return {};
}

int RawChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int RawChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RawChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RawChange& change = m_changes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return kindText(change.kind);
        case PathColumn:
            return change.path;
        case BaselineSizeColumn:
            return sizeText(change.baselineSize);
        case CurrentSizeColumn:
            return sizeText(change.currentSize);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == BaselineSizeColumn)
            return sizeTip(change.baselineSize);
        if (index.column() == CurrentSizeColumn)
            return sizeTip(change.currentSize);
        if (index.column() == ChangeColumn && change.kind == RawChange::Kind::Modified &&
            change.baselineSize == change.currentSize)
            return tr("Same size as in the baseline, different content");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= BaselineSizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                    : QVariant();
    case KindRole:
        return int(change.kind);
    case PathRole:
        return change.path;
    case BaselineSizeRole:
        return change.baselineSize;
    case CurrentSizeRole:
        return change.currentSize;
    case SortKeyRole:
        switch (index.column()) {
        case ChangeColumn:
            return int(change.kind);
        case BaselineSizeColumn:
            return change.baselineSize;
        case CurrentSizeColumn:
            return change.currentSize;
        default:
            return change.path;
        }
    default:
        return {};
    }
}

QVariant RawChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case PathColumn:
        return tr("File");
    case BaselineSizeColumn:
        return tr("Size in baseline");
    case CurrentSizeColumn:
        return tr("Size now");
    default:
        return {};
    }
}

} // namespace ts
