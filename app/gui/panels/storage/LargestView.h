// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "Largest": the largest files of the index (each inode once), largest first; a row selects its file in the
// size tree and the treemap.
#pragma once

#include <QWidget>

class QLabel;

namespace ts {
class LargestFilesModel;
}

namespace ts::gui {

class StorageListView;

class LargestView : public QWidget
{
    Q_OBJECT
public:
    explicit LargestView(LargestFilesModel* model, QWidget* parent = nullptr);

    StorageListView* list() const { return m_list; }
    void updateCaption();

private:
    LargestFilesModel* m_model;
    QLabel* m_caption = nullptr;
    StorageListView* m_list = nullptr;
};

} // namespace ts::gui
