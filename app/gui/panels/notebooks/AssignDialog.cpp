#include "panels/notebooks/AssignDialog.h"

// SCAFFOLD: filled in by the dialogs part of issue 15.
namespace ts::gui {

AssignDialog::AssignDialog(WorkspacePtr workspace, const QString& notebook, QWidget* parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_notebook(notebook)
{
    setObjectName(QStringLiteral("assignDialog"));
}

} // namespace ts::gui
