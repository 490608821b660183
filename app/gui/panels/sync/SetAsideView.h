// The Sync panel's Set aside page (issue 16): every copy under notebooks/*/set-aside/
// (services::listSetAside) with whose notebook it shadows and when; the selected copy's diff against the
// owner's current version (NotebookDiffView); Apply chosen cells (the owner only), Discard (my own copies,
// after a confirmation).
#pragma once

#include "panels/Panel.h"

namespace ts::gui {

class SetAsideView : public QWidget
{
    Q_OBJECT
public:
    SetAsideView(Dialogs& dialogs, QWidget* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace);
    void refresh();
    void setReadOnly(const QString& reason);
    // Selects a copy (repository-relative) and shows its diff.
    void selectCopy(const QString& copy);

signals:
    void statusMessage(const QString& text);
    void workspaceModified();
    // For tests and screenshots: the list is loaded; the selected copy's diff is shown.
    void listLoaded();
    void diffShown();
};

} // namespace ts::gui
