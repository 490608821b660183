// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/PanelCatalog.h"

#include "panels/LayoutPanel.h"
#include "panels/MembersPanel.h"
#include "panels/OverviewPanel.h"
#include "panels/activity/ActivityPanel.h"
#include "panels/notebooks/NotebooksPanel.h"
#include "panels/raw/RawPanel.h"
#include "panels/storage/StoragePanel.h"
#include "panels/sync/SyncPanel.h"

#include <QCoreApplication>

namespace ts::gui {

namespace {

template <typename P> std::function<Panel*(const PanelContext&)> factory()
{
    return [](const PanelContext& context) -> Panel* { return new P(context); };
}

QString title(const char* text)
{
    return QCoreApplication::translate("PanelCatalog", text);
}

} // namespace

QList<PanelSlot> panelSlots()
{
    // The order is the navigation's and Ctrl+1…9's. An area gets its panel by putting factory<ItsPanel>()
    // in place of the empty function.
    return {
        {QStringLiteral("overview"), title(QT_TRANSLATE_NOOP("PanelCatalog", "Overview")),
         QStringLiteral(":/icons/overview.svg"), factory<OverviewPanel>()},
        {QStringLiteral("members"), title(QT_TRANSLATE_NOOP("PanelCatalog", "Members")),
         QStringLiteral(":/icons/members.svg"), factory<MembersPanel>()},
        {QStringLiteral("layout"), title(QT_TRANSLATE_NOOP("PanelCatalog", "Layout")),
         QStringLiteral(":/icons/layout.svg"), factory<LayoutPanel>()},
        {QStringLiteral("notebooks"), title(QT_TRANSLATE_NOOP("PanelCatalog", "Notebooks")),
         QStringLiteral(":/icons/notebooks.svg"), factory<NotebooksPanel>()},
        {QStringLiteral("storage"), title(QT_TRANSLATE_NOOP("PanelCatalog", "Storage")),
         QStringLiteral(":/icons/storage.svg"), factory<StoragePanel>()},
        {QStringLiteral("raw"),
         title(QT_TRANSLATE_NOOP("PanelCatalog", "Raw data")),
         QStringLiteral(":/icons/raw.svg"), factory<RawPanel>()},
        {QStringLiteral("sync"),
         title(QT_TRANSLATE_NOOP("PanelCatalog", "Sync")),
         QStringLiteral(":/icons/sync.svg"), factory<SyncPanel>()},
        {QStringLiteral("activity"),
         title(QT_TRANSLATE_NOOP("PanelCatalog", "Activity")),
         QStringLiteral(":/icons/activity.svg"), factory<ActivityPanel>()},
    };
}

} // namespace ts::gui
