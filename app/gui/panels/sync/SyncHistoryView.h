// The Sync panel's History page (issue 16): the last sync commits (services::syncHistory) with who changed
// which notebooks; a notebook of a commit opens in NotebookDiffView against the commit's parent.
#pragma once

#include "panels/Panel.h"

namespace ts::gui {

class SyncHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncHistoryView(QWidget* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace);
    void refresh();

signals:
    void historyLoaded();
    void diffShown();
};

} // namespace ts::gui
