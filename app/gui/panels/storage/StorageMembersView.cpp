// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/StorageMembersView.h"

#include "models/KindUsageModel.h"
#include "models/MemberUsageModel.h"
#include "panels/storage/StorageListView.h"
#include "panels/storage/UsageBarDelegate.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace ts::gui {

StorageMembersView::StorageMembersView(MemberUsageModel* members, KindUsageModel* kinds, QWidget* parent)
    : QWidget(parent), m_memberModel(members), m_kindModel(kinds)
{
    setObjectName(QStringLiteral("storage.members"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("storage.members.summary"));
    m_summary->setWordWrap(true);

    m_members = new StorageListView;
    m_members->setObjectName(QStringLiteral("storage.members.list"));
    m_members->setAccessibleName(tr("Usage by member"));
    m_members->setAccessibleDescription(tr("How much each member uses of their quota"));
    m_members->setSourceModel(members, -1);
    m_members->setItemDelegate(
        new UsageBarDelegate(MemberUsageModel::UsedColumn, MemberUsageModel::FractionRole,
                             MemberUsageModel::HeadroomColumn, MemberUsageModel::OverQuotaRole, m_members));
    m_members->setToolTip(tr("Click a member to show only what is theirs in the tree and the treemap."));

    m_kinds = new StorageListView;
    m_kinds->setObjectName(QStringLiteral("storage.kinds.list"));
    m_kinds->setAccessibleName(tr("Usage by kind of file"));
    m_kinds->setAccessibleDescription(tr("How much space each kind of file takes"));
    m_kinds->setSourceModel(kinds, -1);
    m_kinds->setItemDelegate(
        new UsageBarDelegate(KindUsageModel::UsedColumn, KindUsageModel::FractionRole, -1, -1, m_kinds));
    m_kinds->setToolTip(tr("Click a kind to show only that kind of folder in the tree and the treemap."));

    connect(m_members, &QAbstractItemView::clicked, this, &StorageMembersView::requestMemberFilter);
    connect(m_members, &QAbstractItemView::activated, this, &StorageMembersView::requestMemberFilter);
    connect(m_kinds, &QAbstractItemView::clicked, this, &StorageMembersView::requestKindFilter);
    connect(m_kinds, &QAbstractItemView::activated, this, &StorageMembersView::requestKindFilter);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("storage.membersSplit")); // its sizes are kept between starts
    split->setChildrenCollapsible(false);
    split->addWidget(m_members);
    split->addWidget(m_kinds);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(members, &QAbstractItemModel::modelReset, this, &StorageMembersView::updateSummary);
    connect(members, &QAbstractItemModel::dataChanged, this, &StorageMembersView::updateSummary);
}

void StorageMembersView::updateSummary()
{
    const int rows = m_memberModel->rowCount();
    if (rows == 0) {
        m_summary->clear();
        return;
    }
    const int members = rows - 1; // the last row is the unattributed bytes
    QStringList parts;
    parts << tr("%n member(s)", nullptr, members);
    if (const int over = m_memberModel->overQuotaCount())
        parts << tr("%n over quota", nullptr, over);
    const qint64 unattributed =
        m_memberModel->index(rows - 1, 0).data(MemberUsageModel::BytesRole).toLongLong();
    parts << tr("%1 attributed to no member").arg(QLocale().formattedDataSize(unattributed));
    m_summary->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral(". ") +
                       tr("Click a row to filter the tree and the treemap."));
}

void StorageMembersView::requestMemberFilter(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (index.data(MemberUsageModel::IsUnattributedRole).toBool())
        emit filterRequested(index::EntryFilter::unattributed());
    else
        emit filterRequested(
            index::EntryFilter::ofMember(index.data(MemberUsageModel::MemberIdRole).toString()));
}

void StorageMembersView::requestKindFilter(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    emit filterRequested(
        index::EntryFilter::ofKind(index::Kind(index.data(KindUsageModel::KindRole).toInt())));
}

} // namespace ts::gui
