// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Hand all of one member's notebooks to others in one edit (services::reassignNotebooks), optionally removing
// the member afterwards (services::removeMember): the way out when the Members panel refuses to remove
// someone who still owns or runs notebooks. Lists what will move; new owner and new runner pickers (the
// runner preselected by the suggestion's best candidate for the largest expected output). Object names:
// reassignDialog, reassignDialog.from, reassignDialog.notebooks, reassignDialog.owner, reassignDialog.runner,
// reassignDialog.thenRemove, reassignDialog.buttons, reassignDialog.error.
#pragma once

#include "panels/Panel.h"
#include "services/NotebookOwnership.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace ts::gui {

class ReassignDialog final : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(WorkspacePtr workspace, const QString& fromMember, bool thenRemove,
                   QWidget* parent = nullptr);
    QString fromMember() const { return m_from; }
    // True once the suggested runner arrived (tests wait for it).
    bool suggestionLoaded() const { return m_suggestionLoaded; }

signals:
    // `removed`: the member was removed from the team after the reassignment.
    void saved(const ts::services::ReassignReport& report, bool removed);
    void refused(const QString& message);
    void suggestionArrived();

private:
    void loadSuggestion();
    void submit();
    void setBusy(bool busy);

    WorkspacePtr m_workspace;
    QString m_from;
    QStringList m_notebooks;
    bool m_suggestionLoaded = false;
    bool m_runnerTouched = false;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_runner = nullptr;
    QCheckBox* m_thenRemove = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ts::gui
