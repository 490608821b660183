// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "setup/NextStepsView.h"

#include "Background.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ts::gui {

NextStepsView::NextStepsView(QWidget* parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("nextSteps"));
    setTitle(tr("Next steps"));
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
    hide();
}

void NextStepsView::setWorkspace(WorkspacePtr workspace)
{
    const int generation = ++m_generation;
    if (!workspace) {
        show({});
        return;
    }
    runInBackground(
        this, [workspace] { return services::nextSteps(*workspace); },
        [this, generation](QList<services::NextStep> steps) {
            if (generation == m_generation)
                show(steps);
        });
}

void NextStepsView::show(const QList<services::NextStep>& steps)
{
    m_steps = steps;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    int row = 0;
    bool allDone = true;
    for (const services::NextStep& step : steps) {
        allDone = allDone && step.done;
        auto* icon = new QLabel;
        icon->setPixmap(style()
                            ->standardIcon(step.done ? QStyle::SP_DialogApplyButton : QStyle::SP_ArrowRight)
                            .pixmap(size, size));
        auto* text =
            new QLabel((step.done ? tr("Done: %1 — %2") : tr("To do: %1 — %2")).arg(step.title, step.detail));
        text->setObjectName(QStringLiteral("nextSteps.%1.text").arg(step.id));
        text->setWordWrap(true);
        auto* go = new QPushButton(step.done ? tr("Open") : tr("Go"));
        go->setObjectName(QStringLiteral("nextSteps.%1").arg(step.id));
        go->setToolTip(tr("Open the panel for: %1").arg(step.title));
        connect(go, &QPushButton::clicked, this,
                [this, panel = step.panel] { emit openPanelRequested(panel); });
        m_grid->addWidget(icon, row, 0);
        m_grid->addWidget(text, row, 1);
        m_grid->addWidget(go, row, 2);
        ++row;
    }
    setVisible(!steps.isEmpty() && !allDone);
    emit stepsLoaded();
}

} // namespace ts::gui
