// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The layout: every folder the manifest expects, with what is on disk there (present, missing, a file in the
// way) and what sits unexpected at the top of the shared folder. Checking and Apply run off the GUI thread
// through the same LayoutPlanner / WorkspaceEditor calls as `teamspace-cli layout check|apply`.
#pragma once

#include "panels/Panel.h"
#include "services/RawProtection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ts {
class LayoutModel;
}

namespace ts::gui {

class LayoutTableProxy;

class LayoutPanel : public Panel
{
    Q_OBJECT
public:
    explicit LayoutPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    // Checks the disk again (in the background).
    void refresh() override;

    LayoutModel* model() const { return m_model; }
    bool isBusy() const { return m_checking || m_applying; }

signals:
    // After a check's result is in the table (tests wait for it).
    void checked();
    // After Apply finished and the table was checked again.
    void applied();
    // After the raw folders' protection was read and shown in their rows.
    void rawProtectionChecked();

protected:
    void readOnlyChanged() override { updateState(); }

private:
    void apply();
    void updateState();
    void checkRawProtection(int generation);

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    bool m_checking = false;
    bool m_applying = false;
    int m_generation = 0; // a check started for an older workspace is ignored when it finishes

    QHash<QString, services::RawState> m_rawStates; // the last reading, by raw folder path
    LayoutModel* m_model = nullptr;
    LayoutTableProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_check = nullptr;
};

} // namespace ts::gui
