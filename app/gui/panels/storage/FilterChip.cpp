// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/FilterChip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ts::gui {

FilterChip::FilterChip(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("storage.filter"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("storage.filter.text"));
    m_clear = new QToolButton;
    m_clear->setObjectName(QStringLiteral("storage.filter.clear"));
    m_clear->setText(QStringLiteral("\u2715"));
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Show everything again"));
    m_clear->setAccessibleName(tr("Clear the filter"));
    connect(m_clear, &QToolButton::clicked, this, &FilterChip::clearRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 2, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_clear);
    hide();
}

void FilterChip::setFilterText(const QString& text)
{
    m_text = text;
    m_label->setText(tr("Filtered by: <b>%1</b>").arg(text.toHtmlEscaped()));
    setVisible(!text.isEmpty());
}

} // namespace ts::gui
