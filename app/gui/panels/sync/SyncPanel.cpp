// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/sync/SyncPanel.h"

#include "ThemedIcons.h"
#include "panels/sync/SetAsideView.h"
#include "panels/sync/SyncChangesView.h"
#include "panels/sync/SyncHistoryView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ts::gui {

SyncPanel::SyncPanel(const PanelContext& context, QWidget* parent) : Panel(parent), m_dialogs(context.dialogs)
{
    m_tabs = new QTabWidget(this);
    m_changes = new SyncChangesView(m_dialogs, m_tabs);
    m_setAside = new SetAsideView(m_dialogs, m_tabs);
    m_history = new SyncHistoryView(m_tabs);
    m_tabs->addTab(m_changes, tr("&Changes"));
    m_tabs->addTab(m_setAside, tr("Set &aside"));
    m_tabs->addTab(m_history, tr("&History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_changes, &SyncChangesView::statusMessage, this, &Panel::statusMessage);
    connect(m_setAside, &SetAsideView::statusMessage, this, &Panel::statusMessage);
    connect(m_changes, &SyncChangesView::workspaceModified, this, &Panel::workspaceModified);
    connect(m_setAside, &SetAsideView::workspaceModified, this, &Panel::workspaceModified);
    // Applied cells are a pending change of mine: the Changes page lists them.
    connect(m_setAside, &SetAsideView::applied, m_changes, &SyncChangesView::refresh);
}

QString SyncPanel::title() const
{
    return tr("Sync");
}

QIcon SyncPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/sync.svg"));
}

void SyncPanel::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = workspace;
    m_changes->setWorkspace(workspace);
    m_setAside->setWorkspace(workspace);
    m_history->setWorkspace(workspace);
}

void SyncPanel::refresh()
{
    m_changes->refresh();
    m_setAside->refresh();
    m_history->refresh();
}

void SyncPanel::handleRequest(const QVariantMap& request)
{
    const QString page = request.value(QStringLiteral("page")).toString();
    if (page == QLatin1String("changes"))
        m_tabs->setCurrentWidget(m_changes);
    else if (page == QLatin1String("history"))
        m_tabs->setCurrentWidget(m_history);
    else if (page == QLatin1String("set-aside") || request.contains(QStringLiteral("copy")))
        m_tabs->setCurrentWidget(m_setAside);
    if (request.contains(QStringLiteral("copy")))
        m_setAside->selectCopy(request.value(QStringLiteral("copy")).toString());
}

void SyncPanel::readOnlyChanged()
{
    m_changes->setReadOnly(readOnlyReason());
    m_setAside->setReadOnly(readOnlyReason());
}

} // namespace ts::gui
