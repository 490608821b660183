// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Sync panel's History page (issue 16): the last sync commits (services::syncHistory) with who changed
// which notebooks; a notebook of a commit opens in NotebookDiffView against the commit's parent.
#pragma once

#include "panels/Panel.h"
#include "services/Call.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ts::gui {

class NotebookDiffView;

class SyncHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncHistoryView(QWidget* parent = nullptr);
    ~SyncHistoryView() override;

    static constexpr int kCommits = 50;

    void setWorkspace(WorkspacePtr workspace);
    void refresh();

    // For tests and screenshots.
    QTreeWidget* tree() const { return m_tree; }
    NotebookDiffView* diffView() const { return m_diff; }
    // Selects the notebook `path` of commit `commit` (full id) and shows its diff; false when not listed.
    bool selectNotebook(const QString& commit, const QString& path);

signals:
    void historyLoaded();
    void diffShown();

private:
    void showSelected();

    WorkspacePtr m_workspace;
    services::Call m_call; // the running history load (cancelled by the next)
    int m_generation = 0;
    int m_diffGeneration = 0;
    QLabel* m_message = nullptr;
    QTreeWidget* m_tree = nullptr;
    NotebookDiffView* m_diff = nullptr;
};

} // namespace ts::gui
