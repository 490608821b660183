// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/KindUsageModel.h"

#include <QLocale>

namespace ts {

KindUsageModel::KindUsageModel(QObject* parent) : StorageListModel(parent) {}

index::Kind KindUsageModel::kindFromName(const QString& name)
{
    for (int k = 0; k < index::kKindCount; ++k)
        if (index::kindName(index::Kind(k)) == name)
            return index::Kind(k);
    return index::Kind::Other;
}

void KindUsageModel::setReport(const services::KindUsageReport& report)
{
    QStringList before, after;
    for (const index::KindUsage& kind : m_kinds)
        before << kind.kind;
    for (const index::KindUsage& kind : report.kinds)
        after << kind.kind;
    replaceRows(before, after, [&] {
        m_kinds = report.kinds;
        m_total = 0;
        for (const index::KindUsage& kind : m_kinds)
            m_total += kind.bytes;
    });
}

int KindUsageModel::rowOfKind(index::Kind kind) const
{
    for (int row = 0; row < m_kinds.size(); ++row)
        if (kindFromName(m_kinds[row].kind) == kind)
            return row;
    return -1;
}

int KindUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KindUsageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const index::KindUsage& kind = m_kinds[index.row()];
    const double fraction = m_total > 0 ? double(kind.bytes) / double(m_total) : 0.0;
    switch (role) {
    case KindRole:
        return int(kindFromName(kind.kind));
    case KindNameRole:
        return kind.kind;
    case FractionRole:
        return fraction;
    case FilesRole:
        return kind.files;
    case AllocatedRole:
        return kind.allocated;
    case BytesRole:
        return kind.bytes;
    case DisplayPathRole:
        return QString();
    case Qt::ToolTipRole:
        return index.column() == UsedColumn ? tr("%L1 bytes (%2 on disk)")
                                                  .arg(kind.bytes)
                                                  .arg(QLocale().formattedDataSize(kind.allocated))
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == KindColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortKeyRole:
        switch (index.column()) {
        case KindColumn:
            return kind.kind;
        case UsedColumn:
        case ShareColumn:
            return kind.bytes;
        case FilesColumn:
            return kind.files;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kind.kind;
        case UsedColumn:
            return QLocale().formattedDataSize(kind.bytes);
        case ShareColumn:
            return QLocale().toString(fraction * 100.0, 'f', 1) + QLatin1Char('%');
        case FilesColumn:
            return QLocale().toString(kind.files);
        }
        return {};
    }
    return {};
}

QVariant KindUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StorageListModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case UsedColumn:
        return tr("Used");
    case ShareColumn:
        return tr("Share");
    case FilesColumn:
        return tr("Files");
    }
    return {};
}

QHash<int, QByteArray> KindUsageModel::roleNames() const
{
    QHash<int, QByteArray> names = StorageListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(FractionRole, "fraction");
    names.insert(FilesRole, "files");
    names.insert(AllocatedRole, "allocated");
    return names;
}

} // namespace ts
