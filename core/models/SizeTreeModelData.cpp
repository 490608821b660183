// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// SizeTreeModel's cells: texts, tooltips, sort keys and roles, all computed from the small nodes on demand.
#include "models/SizeTreeModel.h"

#include "index/PathText.h"

#include <QDateTime>
#include <QLocale>

namespace ts {

using index::EntryState;
using index::EntryType;

namespace {

bool numericColumn(int column)
{
    return column != SizeTreeModel::NameColumn && column != SizeTreeModel::MemberColumn &&
           column != SizeTreeModel::KindColumn;
}

// "just now", "5 min ago", "3 h ago", "12 days ago", then the date.
QString relativeTime(qint64 ns)
{
    if (ns <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000);
    const qint64 seconds = when.secsTo(QDateTime::currentDateTime());
    if (seconds < 0)
        return QLocale().toString(when, QLocale::ShortFormat);
    if (seconds < 60)
        return SizeTreeModel::tr("just now");
    if (seconds < 3600)
        return SizeTreeModel::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return SizeTreeModel::tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 86400 * 31)
        return SizeTreeModel::tr("%n days ago", nullptr, int(seconds / 86400));
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

QString exactBytes(qint64 bytes)
{
    return SizeTreeModel::tr("%1 bytes").arg(QLocale().toString(bytes));
}

} // namespace

QString SizeTreeModel::nameText(const SizeTreeNode* node) const
{
    if (node->isTop()) // as the CLI's report names the two places
        return node->top == index::Top::Repository ? tr("repository") : tr("shared folder");
    return index::displayPath(node->name);
}

QString SizeTreeModel::memberText(const SizeTreeNode* node) const
{
    return node->member >= 0 && node->member < m_members.size() ? m_members.at(node->member) : QString();
}

SizeTreeModel::Mark SizeTreeModel::markOf(const SizeTreeNode* node) const
{
    switch (node->state) {
    case EntryState::PermissionDenied:
        return UnreadableMark;
    case EntryState::Vanished:
        return VanishedMark;
    case EntryState::Failed:
        return FailedMark;
    case EntryState::OtherMount:
        return OtherMountMark;
    case EntryState::Skipped:
        return SkippedMark;
    case EntryState::Ok:
        break;
    }
    if (node->type == EntryType::Symlink)
        return SymlinkMark;
    if (node->hardLink)
        return node->counted ? HardLinkMark : CountedElsewhere;
    return NoMark;
}

QString SizeTreeModel::markText(Mark mark) const
{
    switch (mark) {
    case NoMark:
        return {};
    case SymlinkMark:
        return tr("symlink");
    case HardLinkMark:
        return tr("hard link");
    case CountedElsewhere:
        return tr("hard link, counted elsewhere");
    case UnreadableMark:
        return tr("unreadable");
    case VanishedMark:
        return tr("vanished");
    case FailedMark:
        return tr("failed");
    case OtherMountMark:
        return tr("other file system");
    case SkippedMark:
        return tr("skipped");
    }
    return {};
}

double SizeTreeModel::fraction(const SizeTreeNode* node) const
{
    const qint64 whole = m_showAllocated ? node->parent->allocated : node->parent->bytes;
    const qint64 part = node->contributing(m_showAllocated);
    if (whole <= 0 || part <= 0)
        return 0.0;
    return std::min(1.0, double(part) / double(whole));
}

QVariant SizeTreeModel::sortKey(const SizeTreeNode* node, int column) const
{
    switch (column) {
    case NameColumn:
        return nameText(node);
    case SizeColumn:
        return m_showAllocated ? node->allocated : node->bytes;
    case PercentColumn:
        return node->contributing(m_showAllocated);
    case FilesColumn:
        return node->isFolder() ? node->files : qint64(-1);
    case FoldersColumn:
        return node->isFolder() ? node->folders : qint64(-1);
    case ModifiedColumn:
        return node->modifiedNs;
    case MemberColumn:
        return memberText(node);
    case KindColumn:
        return index::kindName(node->kind);
    }
    return {};
}

QVariant SizeTreeModel::displayText(const SizeTreeNode* node, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return nameText(node);
    case SizeColumn:
        return locale.formattedDataSize(m_showAllocated ? node->allocated : node->bytes);
    case PercentColumn:
        return QStringLiteral("%1 %").arg(locale.toString(fraction(node) * 100.0, 'f', 1));
    case FilesColumn:
        return node->isFolder() ? locale.toString(node->files) : QString();
    case FoldersColumn:
        return node->isFolder() ? locale.toString(node->folders) : QString();
    case ModifiedColumn:
        return relativeTime(node->modifiedNs);
    case MemberColumn:
        return memberText(node);
    case KindColumn:
        return index::kindName(node->kind);
    }
    return {};
}

QString SizeTreeModel::toolTip(const SizeTreeNode* node, int column) const
{
    switch (column) {
    case SizeColumn:
    case PercentColumn: {
        QString tip = tr("%1 (apparent)\n%2 allocated on disk")
                          .arg(exactBytes(node->bytes), exactBytes(node->allocated));
        if (column == PercentColumn)
            tip.prepend(
                tr("%1 % of %2\n")
                    .arg(QLocale().toString(fraction(node) * 100.0, 'f', 2),
                         node->parent == m_root.get() ? tr("everything indexed") : nameText(node->parent)));
        return tip;
    }
    case ModifiedColumn:
        if (node->modifiedNs <= 0)
            return node->isFolder() ? tr("no files below") : QString();
        return (node->isFolder() ? tr("newest file below: %1") : tr("modified %1"))
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(node->modifiedNs / 1'000'000),
                                    QLocale::LongFormat));
    case MemberColumn:
        return node->member >= 0 ? tr("attributed to %1").arg(memberText(node))
                                 : tr("not attributed to a member");
    default:
        break;
    }
    QString tip = index::displayEntryPath(node->top, node->relativePath());
    if (node->isTop() && m_browser) {
        const index::ScanSummary& scan = m_browser->lastScan();
        const QString where = node->top == index::Top::Repository ? scan.repository : scan.sharedFolder;
        if (!where.isEmpty())
            tip = where;
    }
    const Mark mark = markOf(node);
    if (mark == NoMark)
        return tip;
    const auto entry = m_browser
                           ? m_browser->entry(node->id)
                           : Result<std::optional<index::BrowseEntry>>(std::optional<index::BrowseEntry>());
    const index::BrowseEntry e = entry && *entry ? **entry : index::BrowseEntry{};
    switch (mark) {
    case SymlinkMark:
        return tip + u'\n' +
               tr("symlink to %1 (not followed; its size is not counted)")
                   .arg(index::displayPath(e.linkTarget));
    case HardLinkMark:
        return tip + u'\n' +
               tr("hard link: %n paths share this file; its bytes are counted here", nullptr, int(e.nlink));
    case CountedElsewhere:
        return tip + u'\n' +
               tr("hard link: %n paths share this file; its bytes are counted elsewhere", nullptr,
                  int(e.nlink));
    default:
        return tip + u'\n' + markText(mark) + QStringLiteral(": ") + e.error;
    }
}

QVariant SizeTreeModel::data(const QModelIndex& idx, int role) const
{
    if (!idx.isValid() || idx.model() != this)
        return {};
    const SizeTreeNode* node = nodeOf(idx);
    const int column = idx.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(node, column);
    case Qt::ToolTipRole:
        return toolTip(node, column);
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == PercentColumn || column == FilesColumn ||
            column == FoldersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case EntryIdRole:
        return node->id;
    case DisplayPathRole:
        return index::displayEntryPath(node->top, node->relativePath());
    case BytesRole:
        return node->bytes;
    case AllocatedRole:
        return node->allocated;
    case FractionOfParentRole:
        return fraction(node);
    case IsFolderRole:
        return node->isFolder();
    case EntryTypeRole:
        return int(node->type);
    case EntryStateRole:
        return int(node->state);
    case IsHardLinkRole:
        return node->hardLink;
    case KindRole:
        return int(node->kind);
    case MemberRole:
        return memberText(node);
    case SortKeyRole:
        return sortKey(node, column);
    case MarkRole:
        return int(markOf(node));
    case MarkTextRole:
        return markText(markOf(node));
    case LinkTargetRole:
    case ErrorRole: {
        const auto e = entryAt(idx);
        if (!e)
            return QString();
        return role == LinkTargetRole ? index::displayPath(e->linkTarget) : e->error;
    }
    case IsCountedRole:
        return node->counted;
    case ModifiedNsRole:
        return node->modifiedNs;
    default:
        return {};
    }
}

QVariant SizeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((numericColumn(section) && section != ModifiedColumn ? Qt::AlignRight : Qt::AlignLeft) |
                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SizeColumn:
            return m_showAllocated ? tr("Space allocated on disk") : tr("Apparent size (bytes in the files)");
        case PercentColumn:
            return tr("Share of the folder above");
        case ModifiedColumn:
            return tr("Folders: the newest file below");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return m_showAllocated ? tr("Allocated") : tr("Size");
    case PercentColumn:
        return tr("% of parent");
    case FilesColumn:
        return tr("Files");
    case FoldersColumn:
        return tr("Folders");
    case ModifiedColumn:
        return tr("Modified");
    case MemberColumn:
        return tr("Member");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

} // namespace ts
