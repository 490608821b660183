// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The first page after opening: what this workspace is, who I am in it, and a few facts at a glance.
#pragma once

#include "panels/Panel.h"

class QFormLayout;
class QLabel;

namespace ts::gui {
class NextStepsView;
}

namespace ts::gui {

class OverviewPanel : public Panel
{
    Q_OBJECT
public:
    explicit OverviewPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    void refresh() override;

private:
    QLabel* addFact(QFormLayout* form, const QString& label, const QString& objectName);

    WorkspacePtr m_workspace;
    NextStepsView* m_nextSteps = nullptr; // the first steps' checklist, hidden once all are done
    QLabel* m_heading = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_me = nullptr;
    QLabel* m_members = nullptr;
    QLabel* m_repository = nullptr;
    QLabel* m_sharedFolder = nullptr;
    QLabel* m_template = nullptr;
    QLabel* m_layout = nullptr;
    QLabel* m_notebooks = nullptr;
    QLabel* m_quota = nullptr;
    QLabel* m_policies = nullptr;
};

} // namespace ts::gui
