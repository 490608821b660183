// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/LargestFilesModel.h"

#include "index/PathText.h"

#include <QDateTime>
#include <QLocale>

namespace ts {

namespace {

QString folderOf(const QString& displayPath)
{
    const int slash = displayPath.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        return displayPath.left(slash);
    const int colon = displayPath.indexOf(QLatin1Char(':'));
    return colon >= 0 ? displayPath.left(colon + 1) : QStringLiteral(".");
}

} // namespace

LargestFilesModel::LargestFilesModel(QObject* parent) : StorageListModel(parent) {}

void LargestFilesModel::setReport(const services::LargestReport& report)
{
    QStringList before, after;
    for (const index::FileRow& file : m_files)
        before << file.path;
    for (const index::FileRow& file : report.files)
        after << file.path;
    replaceRows(before, after, [&] { m_files = report.files; });
}

int LargestFilesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LargestFilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const index::FileRow& file = m_files[index.row()];
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(file.mtimeNs / 1000000, Qt::UTC);
    switch (role) {
    case DisplayPathRole:
        return file.path;
    case BytesRole:
        return file.size;
    case MemberRole:
        return file.member;
    case KindRole:
        return int(file.kind);
    case AllocatedRole:
        return file.allocated;
    case ModifiedRole:
        return modified;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SizeColumn:
            return tr("%L1 bytes (%2 on disk)")
                .arg(file.size)
                .arg(QLocale().formattedDataSize(file.allocated));
        case ModifiedColumn:
            return QLocale().toString(modified.toLocalTime(), QLocale::LongFormat);
        default:
            return file.path;
        }
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortKeyRole:
        switch (index.column()) {
        case NameColumn:
            return index::displayPath(file.name);
        case SizeColumn:
            return file.size;
        case FolderColumn:
            return folderOf(file.path);
        case MemberColumn:
            return file.member;
        case KindColumn:
            return index::kindName(file.kind);
        case ModifiedColumn:
            return file.mtimeNs;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return index::displayPath(file.name);
        case SizeColumn:
            return QLocale().formattedDataSize(file.size);
        case FolderColumn:
            return folderOf(file.path);
        case MemberColumn:
            return file.member;
        case KindColumn:
            return index::kindName(file.kind);
        case ModifiedColumn:
            return QLocale().toString(modified.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    }
    return {};
}

QVariant LargestFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StorageListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case FolderColumn:
        return tr("Folder");
    case MemberColumn:
        return tr("Member");
    case KindColumn:
        return tr("Kind");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

QHash<int, QByteArray> LargestFilesModel::roleNames() const
{
    QHash<int, QByteArray> names = StorageListModel::roleNames();
    names.insert(MemberRole, "member");
    names.insert(KindRole, "kind");
    names.insert(AllocatedRole, "allocated");
    names.insert(ModifiedRole, "modified");
    return names;
}

} // namespace ts
