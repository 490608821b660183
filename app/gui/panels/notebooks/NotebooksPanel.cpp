#include "panels/notebooks/NotebooksPanel.h"

#include "models/NotebooksFilterModel.h"
#include "models/NotebooksModel.h"
#include "panels/notebooks/NotebookDetails.h"
#include "panels/notebooks/NotebooksTableProxy.h"

#include <QTableView>
#include <QVBoxLayout>

// SCAFFOLD: filled in by the panel part of issue 15.
namespace ts::gui {

NotebooksPanel::NotebooksPanel(const PanelContext& context, QWidget* parent)
    : Panel(parent), m_dialogs(context.dialogs)
{
    m_model = new NotebooksModel(this);
    m_filter = new NotebooksFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_proxy = new NotebooksTableProxy(this);
    m_proxy->setSourceModel(m_filter);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("notebooks.table"));
    m_table->setModel(m_proxy);
    m_details = new NotebookDetails;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
}

QString NotebooksPanel::title() const
{
    return tr("Notebooks");
}

QIcon NotebooksPanel::icon() const
{
    return QIcon(QStringLiteral(":/icons/notebooks.svg"));
}

void NotebooksPanel::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    refresh();
}

void NotebooksPanel::refresh()
{
    ++m_generation;
    m_model->setRows(m_workspace ? services::notebookRows(*m_workspace) : QList<services::NotebookRow>(),
                     m_workspace ? m_workspace->me : QString());
}

void NotebooksPanel::handleRequest(const QVariantMap&) {}

void NotebooksPanel::openAssignDialog() {}

void NotebooksPanel::openReassignDialog(const QString&, bool) {}

void NotebooksPanel::readOnlyChanged() {}

} // namespace ts::gui
