// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/Panel.h"

namespace ts::gui {

void Panel::setReadOnly(const QString& reason)
{
    if (reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    readOnlyChanged();
}

void Panel::setEditActionEnabled(QWidget* action, bool enabled, const QString& toolTip) const
{
    action->setEnabled(enabled && !isReadOnly());
    action->setToolTip(isReadOnly() ? tr("Read-only: %1").arg(m_readOnlyReason) : toolTip);
}

} // namespace ts::gui
