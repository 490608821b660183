// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Sync panel's Set aside page (issue 16): every copy under notebooks/*/set-aside/
// (services::listSetAside) with whose notebook it shadows and when; the selected copy's diff against the
// owner's current version (NotebookDiffView); Apply chosen cells (the owner only), Discard (my own copies,
// after a confirmation).
#pragma once

#include "panels/Panel.h"
#include "services/SetAside.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ts::gui {

class NotebookDiffView;

class SetAsideView : public QWidget
{
    Q_OBJECT
public:
    SetAsideView(Dialogs& dialogs, QWidget* parent = nullptr);
    ~SetAsideView() override;

    void setWorkspace(WorkspacePtr workspace);
    void refresh();
    void setReadOnly(const QString& reason);
    // Selects a copy (repository-relative) and shows its diff.
    void selectCopy(const QString& copy);

    // For tests and screenshots.
    QTreeWidget* list() const { return m_list; }
    NotebookDiffView* diffView() const { return m_diff; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* discardButton() const { return m_discard; }
    const QList<services::SetAsideCopy>& copies() const { return m_copies; }
    QString selectedCopy() const;

signals:
    void statusMessage(const QString& text);
    void workspaceModified();
    // For tests and screenshots: the list is loaded; the selected copy's diff is shown.
    void listLoaded();
    void diffShown();
    // Cells were written into `notebook` (repository-relative): the Changes page has something new.
    void applied(const QString& notebook);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillList(const QList<services::SetAsideCopy>& copies);
    const services::SetAsideCopy* selected() const;
    void showSelectedDiff();
    void updateActions();
    void applySelected();
    void discardSelected();

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    QString m_readOnlyReason;
    QList<services::SetAsideCopy> m_copies;
    QString m_pendingSelection;
    int m_listGeneration = 0;
    int m_diffGeneration = 0;
    bool m_busy = false;
    QLabel* m_message = nullptr;
    QTreeWidget* m_list = nullptr;
    NotebookDiffView* m_diff = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace ts::gui
