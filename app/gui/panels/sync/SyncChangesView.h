// The Sync panel's Changes page (issue 16): branch, remote, ahead/behind (fetch on open and on demand,
// cancellable), last sync; pending changes grouped (services::syncStatus); the Sync button running the real
// sync with phase progress and Cancel; the result listed; an authentication failure opens CredentialsDialog.
#pragma once

#include "panels/Panel.h"

namespace ts::gui {

class SyncChangesView : public QWidget
{
    Q_OBJECT
public:
    SyncChangesView(Dialogs& dialogs, QWidget* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace);
    void refresh();
    void setReadOnly(const QString& reason);

    bool isSyncing() const { return m_syncing; }

public slots:
    void startSync();
    void cancelSync();
    void openCredentials();

signals:
    void statusMessage(const QString& text);
    // A sync finished (pulled files, a new HEAD): the shell re-opens the workspace.
    void workspaceModified();
    // For tests: the status (after the fetch, when one ran) is shown; a sync ended (ok or not).
    void statusLoaded();
    void syncFinished(bool ok);

private:
    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    bool m_syncing = false;
};

} // namespace ts::gui
