// Assign a notebook (leads only): owner, runner, accelerator (CPU, GPU, TPU) and expected output size, with
// the runner suggestion (services::suggestRunner, in the background, again when the expected output
// changes): every member ranked by headroom with "fits" / "does not fit" and the figures, the best one
// preselected as runner. Saving runs services::assignNotebook in the background (compare-and-swap of
// teamspace.json, logged); a refusal stays in the dialog with what was chosen, and `refused` lets the panel
// reload. Object names: assignDialog, assignDialog.owner, assignDialog.runner, assignDialog.candidates,
// assignDialog.accelerator, assignDialog.expectedOutput, assignDialog.buttons, assignDialog.error,
// assignDialog.note.
#pragma once

#include "panels/Panel.h"

#include <QDialog>

namespace ts::gui {

class AssignDialog final : public QDialog
{
    Q_OBJECT
public:
    // `notebook`: repository-relative (a row of the panel; it may be only in the manifest).
    AssignDialog(WorkspacePtr workspace, const QString& notebook, QWidget* parent = nullptr);
    QString notebook() const { return m_notebook; }
    // True once the suggestion arrived (tests wait for it).
    bool suggestionLoaded() const { return m_suggestionLoaded; }

signals:
    void saved(const ts::NotebookAssignment& assignment);
    void refused(const QString& message);
    void suggestionArrived();

private:
    WorkspacePtr m_workspace;
    QString m_notebook;
    bool m_suggestionLoaded = false;
};

} // namespace ts::gui
