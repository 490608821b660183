// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Overview's checklist of first steps (services::nextSteps): each step with its state in words and an
// icon, and a button to the panel that does it. Re-read off the GUI thread whenever the workspace is
// (re)shown.
#pragma once

#include "panels/Panel.h"
#include "services/NextSteps.h"

#include <QGroupBox>

class QGridLayout;

namespace ts::gui {

class NextStepsView : public QGroupBox
{
    Q_OBJECT
public:
    explicit NextStepsView(QWidget* parent = nullptr);
    void setWorkspace(WorkspacePtr workspace);
    const QList<services::NextStep>& steps() const { return m_steps; }

signals:
    void openPanelRequested(const QString& panelId);
    void stepsLoaded();

private:
    void show(const QList<services::NextStep>& steps);

    int m_generation = 0;
    QList<services::NextStep> m_steps;
    QGridLayout* m_grid = nullptr;
};

} // namespace ts::gui
