// SCAFFOLD (issue 16): replaced by the set-aside engineer.
#include "panels/sync/SetAsideView.h"

namespace ts::gui {

SetAsideView::SetAsideView(Dialogs& dialogs, QWidget* parent) : QWidget(parent)
{
    Q_UNUSED(dialogs);
}

void SetAsideView::setWorkspace(WorkspacePtr workspace)
{
    Q_UNUSED(workspace);
}

void SetAsideView::refresh() {}

void SetAsideView::setReadOnly(const QString& reason)
{
    Q_UNUSED(reason);
}

void SetAsideView::selectCopy(const QString& copy)
{
    Q_UNUSED(copy);
}

} // namespace ts::gui
