// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "Duplicates": groups of identical files with what keeping one copy would reclaim. Finding them reads and
// hashes every candidate (files of equal size), so it runs only on request (Find), in the background, with
// progress and Cancel. Nothing here ever deletes a file. A copy's row selects it in the tree and treemap.
#pragma once

#include "panels/Panel.h"
#include "util/Cancellation.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace ts {
class DuplicateGroupsModel;
}

namespace ts::gui {

class ProgressRelay;
class StorageListView;

class DuplicatesView : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicatesView(DuplicateGroupsModel* model, QWidget* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace);
    StorageListView* list() const { return m_list; }
    bool isFinding() const { return m_cancel != nullptr; }

    void find();
    void cancel();

signals:
    void statusMessage(const QString& text);
    // After a search ended (found, failed or cancelled).
    void finished();

private:
    void showProgress(const ts::Progress& progress);
    void updateState();

    DuplicateGroupsModel* m_model;
    WorkspacePtr m_workspace;
    std::shared_ptr<CancelToken> m_cancel;
    int m_generation = 0;
    ProgressRelay* m_relay = nullptr;
    QLabel* m_caption = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_stop = nullptr;
    StorageListView* m_list = nullptr;
};

} // namespace ts::gui
