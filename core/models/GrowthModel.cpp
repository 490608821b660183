// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/GrowthModel.h"

#include <QLocale>

namespace ts {

namespace {

QString signedSize(qint64 delta)
{
    const QString size = QLocale().formattedDataSize(delta < 0 ? -delta : delta);
    if (delta == 0)
        return size;
    return (delta > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + size;
}

QString rowKey(const index::GrowthRow& row)
{
    return row.scope + QLatin1Char('\n') + row.key;
}

} // namespace

GrowthModel::GrowthModel(QObject* parent) : StorageListModel(parent) {}

void GrowthModel::setReport(const services::GrowthReport& report)
{
    // After the first scan the index has no previous totals: every "before" is 0. That is no earlier scan,
    // not growth from nothing.
    const bool earlier = report.total && (report.total->bytesBefore != 0 || report.total->filesBefore != 0);
    QList<index::GrowthRow> fresh;
    if (earlier)
        fresh << *report.total << report.members << report.kinds << report.folders;
    QStringList before, after;
    for (const index::GrowthRow& row : m_rows)
        before << rowKey(row);
    for (const index::GrowthRow& row : fresh)
        after << rowKey(row);
    replaceRows(before, after, [&] {
        m_rows = fresh;
        m_hasTotal = earlier;
    });
}

std::optional<index::GrowthRow> GrowthModel::total() const
{
    if (!m_hasTotal || m_rows.isEmpty())
        return std::nullopt;
    return m_rows.first();
}

QString GrowthModel::scopeText(const QString& scope) const
{
    if (scope == QLatin1String("all"))
        return tr("Total");
    if (scope == QLatin1String("member"))
        return tr("Member");
    if (scope == QLatin1String("kind"))
        return tr("Kind");
    if (scope == QLatin1String("folder"))
        return tr("Folder");
    return scope;
}

int GrowthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrowthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const index::GrowthRow& row = m_rows[index.row()];
    const bool folder = row.scope == QLatin1String("folder");
    switch (role) {
    case DisplayPathRole:
        return folder ? row.key : (row.scope == QLatin1String("all") ? QStringLiteral(".") : QString());
    case BytesRole:
        return row.bytesAfter;
    case ScopeRole:
        return row.scope;
    case KeyRole:
        return row.key;
    case DeltaRole:
        return row.delta();
    case BeforeRole:
        return row.bytesBefore;
    case AfterRole:
        return row.bytesAfter;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BeforeColumn:
            return tr("%L1 bytes in %L2 files").arg(row.bytesBefore).arg(row.filesBefore);
        case AfterColumn:
            return tr("%L1 bytes in %L2 files").arg(row.bytesAfter).arg(row.filesAfter);
        case ChangeColumn:
            return tr("%L1 bytes, %L2 files").arg(row.delta()).arg(row.filesAfter - row.filesBefore);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= BeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortKeyRole:
        switch (index.column()) {
        case ScopeColumn:
            return row.scope;
        case WhatColumn:
            return row.key;
        case BeforeColumn:
            return row.bytesBefore;
        case AfterColumn:
            return row.bytesAfter;
        case ChangeColumn:
            return row.delta();
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScopeColumn:
            return scopeText(row.scope);
        case WhatColumn:
            return row.scope == QLatin1String("all") ? tr("everything") : row.key;
        case BeforeColumn:
            return QLocale().formattedDataSize(row.bytesBefore);
        case AfterColumn:
            return QLocale().formattedDataSize(row.bytesAfter);
        case ChangeColumn:
            return signedSize(row.delta());
        }
        return {};
    }
    return {};
}

QVariant GrowthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StorageListModel::headerData(section, orientation, role);
    switch (section) {
    case ScopeColumn:
        return tr("Scope");
    case WhatColumn:
        return tr("What");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("Now");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

QHash<int, QByteArray> GrowthModel::roleNames() const
{
    QHash<int, QByteArray> names = StorageListModel::roleNames();
    names.insert(ScopeRole, "scope");
    names.insert(KeyRole, "key");
    names.insert(DeltaRole, "delta");
    names.insert(BeforeRole, "before");
    names.insert(AfterRole, "after");
    return names;
}

} // namespace ts
