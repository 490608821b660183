// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/SeverityDelegate.h"

#include "StatusColors.h"
#include "hazards/Finding.h"

#include <QApplication>

namespace ts::gui {

SeverityDelegate::SeverityDelegate(int column, int severityRole, QObject* parent)
    : QStyledItemDelegate(parent), m_column(column), m_severityRole(severityRole)
{
}

void SeverityDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_elideRight)
        option->textElideMode = Qt::ElideRight;
    if (index.column() != m_column)
        return;
    const auto severity = hazards::Severity(index.data(m_severityRole).toInt());
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (severity == hazards::Severity::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        option->palette.setColor(QPalette::Text, statusColor(StatusTone::Warning, option->palette));
    } else if (severity == hazards::Severity::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        option->palette.setColor(QPalette::Text, statusColor(StatusTone::Bad, option->palette));
    }
    option->icon = style->standardIcon(icon);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace ts::gui
