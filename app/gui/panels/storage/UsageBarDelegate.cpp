// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/UsageBarDelegate.h"

#include "StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace ts::gui {

namespace {

constexpr int kBarWidth = 64;
constexpr int kGap = 8;

} // namespace

UsageBarDelegate::UsageBarDelegate(int barColumn, int fractionRole, int warningColumn, int warningRole,
                                   QObject* parent)
    : QStyledItemDelegate(parent), m_barColumn(barColumn), m_fractionRole(fractionRole),
      m_warningColumn(warningColumn), m_warningRole(warningRole)
{
}

void UsageBarDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_warningColumn && m_warningRole >= 0 && index.data(m_warningRole).toBool()) {
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        option->palette.setColor(QPalette::Text, statusColor(StatusTone::Bad, option->palette));
        option->font.setBold(true);
    }
}

void UsageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != m_barColumn)
        return;
    const double fraction = std::clamp(index.data(m_fractionRole).toDouble(), 0.0, 1.0);
    const bool over = m_warningRole >= 0 && index.data(m_warningRole).toBool();
    QRect bar = option.rect.adjusted(6, 0, 0, 0);
    bar.setWidth(kBarWidth);
    bar.setTop(option.rect.center().y() - 4);
    bar.setHeight(9);
    const QPalette& palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (fraction > 0) {
        QRectF fill = QRectF(bar).adjusted(1, 1, -1, -1);
        fill.setWidth(std::max(2.0, fill.width() * fraction));
        painter->setPen(Qt::NoPen);
        painter->setBrush(over ? statusColor(StatusTone::Bad, palette) : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(fill, 2, 2);
    }
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_barColumn)
        size.rwidth() += kBarWidth + kGap + 6;
    return size;
}

} // namespace ts::gui
