// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "Hazards": what will bite the team on the drive (rule, severity with icon and word, path, what is wrong),
// with the selected finding's fix spelled out below. A row selects its entry in the size tree and the
// treemap.
#pragma once

#include <QWidget>

class QLabel;

namespace ts {
class HazardsModel;
}

namespace ts::gui {

class StorageListView;

class HazardsView : public QWidget
{
    Q_OBJECT
public:
    explicit HazardsView(HazardsModel* model, QWidget* parent = nullptr);

    StorageListView* list() const { return m_list; }
    void updateCaption();

private:
    void showDetails();

    HazardsModel* m_model;
    QLabel* m_caption = nullptr;
    StorageListView* m_list = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace ts::gui
