// The Notebooks area: who owns and who runs each notebook, and is it healthy (issue 15; docs/gui.md,
// "Notebooks"). The table (NotebooksModel through NotebooksFilterModel and NotebooksTableProxy) paints from the
// manifest and a directory walk at once; last commits, runner outputs and health fill in from background jobs
// while the table stays usable. Below it, the selected notebook's details (NotebookDetails): facts, lint
// findings, strip and ROOT_PATH-cell state with their fixes (my own notebooks only), where its outputs go.
// Assign (leads only) opens AssignDialog; Reassign a member's notebooks opens ReassignDialog.
#pragma once

#include "panels/Panel.h"

class QLabel;
class QLineEdit;
class QComboBox;
class QTableView;
class QPushButton;

namespace ts {
class NotebooksModel;
class NotebooksFilterModel;
} // namespace ts

namespace ts::gui {

class NotebookDetails;
class NotebooksTableProxy;

class NotebooksPanel final : public Panel
{
    Q_OBJECT
public:
    explicit NotebooksPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    void refresh() override;
    // {"reassign": MEMBER, "thenRemove": bool}: opens the reassign dialog for that member (the Members
    // panel's way out of a refused removal); {"select": PATH}: selects that notebook.
    void handleRequest(const QVariantMap& request) override;

    // For tests and the benchmark.
    NotebooksModel* model() const { return m_model; }
    bool isHealthLoading() const { return m_healthPending > 0; }

public slots:
    void openAssignDialog();                                        // the selected notebook
    void openReassignDialog(const QString& member, bool thenRemove); // empty member: the selected row's owner

signals:
    // The background passes finished (for tests and the benchmark): all health rows delivered.
    void healthLoaded();
    void commitsLoaded();

protected:
    void readOnlyChanged() override;

private:
    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    NotebooksModel* m_model = nullptr;
    NotebooksFilterModel* m_filter = nullptr;
    NotebooksTableProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    NotebookDetails* m_details = nullptr;
    int m_healthPending = 0;
    quint64 m_generation = 0; // bumped by setWorkspace/refresh: results of older jobs are dropped
};

} // namespace ts::gui
