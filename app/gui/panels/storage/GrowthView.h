// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "Growth": what changed between the last two scans that found changes, in total, per member, per kind and
// per folder. Before a second scan it says there is no earlier scan to compare. A folder row selects the
// folder in the size tree and the treemap.
#pragma once

#include <QWidget>

class QLabel;

namespace ts {
class GrowthModel;
}

namespace ts::gui {

class StorageListView;

class GrowthView : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthView(GrowthModel* model, QWidget* parent = nullptr);

    StorageListView* list() const { return m_list; }
    void updateCaption();

private:
    GrowthModel* m_model;
    QLabel* m_caption = nullptr;
    StorageListView* m_list = nullptr;
};

} // namespace ts::gui
