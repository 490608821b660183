// SCAFFOLD (issue 16): replaced by the sync-panel engineer.
#include "panels/sync/SyncChangesView.h"

#include "panels/sync/CredentialsDialog.h"

namespace ts::gui {

SyncChangesView::SyncChangesView(Dialogs& dialogs, QWidget* parent) : QWidget(parent), m_dialogs(dialogs) {}

void SyncChangesView::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
}

void SyncChangesView::refresh() {}

void SyncChangesView::setReadOnly(const QString& reason)
{
    Q_UNUSED(reason);
}

void SyncChangesView::startSync() {}

void SyncChangesView::cancelSync() {}

void SyncChangesView::openCredentials() {}

} // namespace ts::gui
