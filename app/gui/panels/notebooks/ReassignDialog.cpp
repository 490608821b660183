#include "panels/notebooks/ReassignDialog.h"

// SCAFFOLD: filled in by the dialogs part of issue 15.
namespace ts::gui {

ReassignDialog::ReassignDialog(WorkspacePtr workspace, const QString& fromMember, bool, QWidget* parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_from(fromMember)
{
    setObjectName(QStringLiteral("reassignDialog"));
}

} // namespace ts::gui
