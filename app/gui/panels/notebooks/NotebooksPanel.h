// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Notebooks area: who owns and who runs each notebook, and is it healthy (issue 15; docs/gui.md,
// "Notebooks"). The table (NotebooksModel through NotebooksFilterModel and NotebooksTableProxy) paints from
// the manifest and a directory walk at once; last commits, runner outputs and health fill in from background
// jobs while the table stays usable. Below it, the selected notebook's details (NotebookDetails): facts, lint
// findings, strip and ROOT_PATH-cell state with their fixes (my own notebooks only), where its outputs go.
// Assign (leads only) opens AssignDialog; Reassign a member's notebooks opens ReassignDialog.
#pragma once

#include "panels/Panel.h"
#include "util/Cancellation.h"

#include <QStringList>

#include <memory>

class QLabel;
class QLineEdit;
class QComboBox;
class QTableView;
class QPushButton;
class QCheckBox;
class QStackedWidget;

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
    void openAssignDialog();                                         // the selected notebook
    void openReassignDialog(const QString& member, bool thenRemove); // empty member: the selected row's owner

signals:
    // The background passes finished (for tests and the benchmark): all health rows delivered.
    void healthLoaded();
    void commitsLoaded();

protected:
    void readOnlyChanged() override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override; // a new palette: the table's tones follow

private:
    QString selectedPath() const;
    void selectPath(const QString& path);
    void updateActions();
    void updateSummary();
    void updatePermission();
    void updateDetails();
    void fillMemberFilter();
    QString leadNames() const;
    bool isLead() const;
    bool isMine(const QString& path) const;
    QString absolutePath(const QString& path) const;
    void startBackground();
    void startHealthBatch(quint64 generation, int from);
    void recheckHealth(const QString& path);
    void showMenu(const QPoint& pos);
    void openNotebook(const QString& path);
    void openContainingFolder(const QString& path);
    void stripNotebook(const QString& path);
    void refreshRootCell(const QString& path);

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    NotebooksModel* m_model = nullptr;
    NotebooksFilterModel* m_filter = nullptr;
    NotebooksTableProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    NotebookDetails* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_permission = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_memberFilter = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_reassign = nullptr;
    std::shared_ptr<CancelToken> m_cancel;
    QStringList m_healthPaths; // the notebooks on disk being checked, in batches
    int m_healthDone = 0;
    bool m_busy = false; // a strip or root-cell fix is running
    int m_healthPending = 0;
    quint64 m_generation = 0; // bumped by setWorkspace/refresh: results of older jobs are dropped
};

} // namespace ts::gui
