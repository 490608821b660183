// What the main window knows about an area's page: a title and icon for the navigation, the workspace to
// show, and "reload". Everything else (models, dialogs, background jobs) stays inside the panel. See
// docs/gui.md.
#pragma once

#include "workspace/Workspace.h"

#include <QIcon>
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

signals:
    // One line for the status bar ("Layout applied: 3 folders created").
    void statusMessage(const QString& text);
    // The panel changed the workspace on disk (the manifest, its folders): the shell re-opens the workspace
    // and passes the fresh one to every panel.
    void workspaceModified();
};

} // namespace ts::gui
