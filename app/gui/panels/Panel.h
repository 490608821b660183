// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the main window knows about an area's page: a title and icon for the navigation, the workspace to
// show, and "reload". Everything else (models, dialogs, background jobs) stays inside the panel. See
// docs/gui.md.
#pragma once

#include "workspace/Workspace.h"

#include <QIcon>
#include <QVariantMap>
#include <QWidget>

#include <memory>

namespace ts::gui {

class Dialogs;

// An opened workspace as the GUI shares it: immutable, so panels may hand it to worker threads by value.
using WorkspacePtr = std::shared_ptr<const Workspace>;

// What the shell gives every panel it creates. Grows (a credential store, a job tracker) without every
// panel's constructor changing.
struct PanelContext
{
    Dialogs& dialogs;
};

class Panel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The workspace to show: a newly opened one, a reload after a change, or null when none is open.
    virtual void setWorkspace(WorkspacePtr workspace) = 0;
    // Re-read what the panel shows from disk (F5, or after another panel changed something).
    virtual void refresh() = 0;
    // Another panel sent the user here for something specific (openPanelRequested): e.g. the Members panel's
    // refused removal asks the Notebooks panel for {"reassign": "ben", "thenRemove": true}. Called after the
    // panel was made current. Requests a panel does not know are ignored.
    virtual void handleRequest(const QVariantMap& request) { Q_UNUSED(request); }

    // Read-only while the shell cannot trust the workspace on disk (a reload failed: teamspace.json broken or
    // gone, the shared folder missing; the banner says what). The panel keeps showing what it had, and every
    // action that writes (the manifest, folders, files) is disabled with `reason` as its tooltip. An empty
    // reason makes the panel editable again (the next good reload).
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

signals:
    // One line for the status bar ("Layout applied: 3 folders created").
    void statusMessage(const QString& text);
    // The panel changed the workspace on disk (the manifest, its folders): the shell re-opens the workspace
    // and passes the fresh one to every panel.
    void workspaceModified();
    // The workspace on disk may differ from the one shown (an edit was refused because another program
    // changed teamspace.json): the shell re-opens it, as after workspaceModified.
    void reloadRequested();
    // Show another area's panel (its PanelCatalog id: "notebooks", "members", …) and pass it `request`
    // (handleRequest). The shell ignores ids whose panel is not built.
    void openPanelRequested(const QString& panelId, const QVariantMap& request);

protected:
    // Called after the read-only state changed: re-run the panel's own enable logic, which passes every
    // writing action through setEditActionEnabled.
    virtual void readOnlyChanged() {}
    // Enables a writing action when `enabled` and the panel is not read-only; its tooltip is then `toolTip`,
    // and the reason while read-only.
    void setEditActionEnabled(QWidget* action, bool enabled, const QString& toolTip = {}) const;

private:
    QString m_readOnlyReason;
};

} // namespace ts::gui
