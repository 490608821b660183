// SCAFFOLD (issue 16): replaced by the set-aside engineer.
#include "panels/sync/SyncHistoryView.h"

namespace ts::gui {

SyncHistoryView::SyncHistoryView(QWidget* parent) : QWidget(parent) {}

void SyncHistoryView::setWorkspace(WorkspacePtr workspace)
{
    Q_UNUSED(workspace);
}

void SyncHistoryView::refresh() {}

} // namespace ts::gui
