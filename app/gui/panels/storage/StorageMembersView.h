// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "Members & kinds": each member's usage against quota (a bar, the headroom, over quota marked by an icon and
// the words), the unattributed bytes, and usage by layout kind. Clicking a member, the unattributed row or a
// kind asks the panel to filter the tree and the treemap to it.
#pragma once

#include "index/IndexBrowser.h"

#include <QWidget>

class QLabel;

namespace ts {
class KindUsageModel;
class MemberUsageModel;
} // namespace ts

namespace ts::gui {

class StorageListView;

class StorageMembersView : public QWidget
{
    Q_OBJECT
public:
    StorageMembersView(MemberUsageModel* members, KindUsageModel* kinds, QWidget* parent = nullptr);

    StorageListView* membersList() const { return m_members; }
    StorageListView* kindsList() const { return m_kinds; }
    // Re-reads the summary line from the models (after they were refreshed).
    void updateSummary();

signals:
    void filterRequested(const ts::index::EntryFilter& filter);

private:
    void requestMemberFilter(const QModelIndex& index);
    void requestKindFilter(const QModelIndex& index);

    MemberUsageModel* m_memberModel;
    KindUsageModel* m_kindModel;
    QLabel* m_summary = nullptr;
    StorageListView* m_members = nullptr;
    StorageListView* m_kinds = nullptr;
};

} // namespace ts::gui
