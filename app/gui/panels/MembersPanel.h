// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The team: a table of members over MembersModel, and add / edit / remove through the same WorkspaceEditor
// calls as `teamspace-cli member …`, run off the GUI thread. Only a lead may change the team; others see why
// not.
#pragma once

#include "panels/Panel.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ts {
class MembersModel;
}

namespace ts::gui {

class MemberDialog;
class MembersTableProxy;

class MembersPanel : public Panel
{
    Q_OBJECT
public:
    explicit MembersPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    void refresh() override;

    MembersModel* model() const { return m_model; }
    QString selectedMemberId() const;
    void selectMember(const QString& memberId);

protected:
    void readOnlyChanged() override
    {
        updateActions();
        updatePermission();
    }

private:
    void openAddDialog();
    void openEditDialog();
    void confirmRemove();
    void save(MemberDialog* dialog, const Member& member);
    void remove(const QString& memberId);
    void setBusy(bool busy);
    void updateActions();
    void updatePermission();

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    bool m_busy = false;
    QString m_selectAfterReload; // a member just added: selected once the reloaded workspace arrives

    MembersModel* m_model = nullptr;
    MembersTableProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_permission = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace ts::gui
