// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Sync area: what will I publish, what came in, what was set aside? (issue 16; docs/gui.md, "Sync").
// Three pages in tabs: Changes (SyncChangesView: status, pending changes grouped by what a sync does with
// them, the Sync button with phase progress and Cancel, the last result), Set aside (SetAsideView: copies
// kept by syncs, each diffed against the notebook it shadows, apply cells / discard) and History
// (SyncHistoryView: the last sync commits, each notebook diffable against its parent). Credentials
// (CredentialsDialog) open from the Changes page and whenever a sync or fetch fails to authenticate.
#pragma once

#include "panels/Panel.h"

class QTabWidget;

namespace ts::gui {

class SyncChangesView;
class SetAsideView;
class SyncHistoryView;

class SyncPanel final : public Panel
{
    Q_OBJECT
public:
    explicit SyncPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    void refresh() override;
    // {"page": "changes"|"set-aside"|"history"}, {"copy": PATH} (shows that set-aside copy).
    void handleRequest(const QVariantMap& request) override;

    // For tests and screenshots.
    SyncChangesView* changesView() const { return m_changes; }
    SetAsideView* setAsideView() const { return m_setAside; }
    SyncHistoryView* historyView() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void readOnlyChanged() override;

private:
    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    QTabWidget* m_tabs = nullptr;
    SyncChangesView* m_changes = nullptr;
    SetAsideView* m_setAside = nullptr;
    SyncHistoryView* m_history = nullptr;
};

} // namespace ts::gui
