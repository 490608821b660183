// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/SizeBarDelegate.h"

#include "models/SizeTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace ts::gui {

SizeBarDelegate::SizeBarDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void SizeBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const double fraction = qBound(0.0, index.data(SizeTreeModel::FractionOfParentRole).toDouble(), 1.0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QPalette& pal = opt.palette;
    // Unselected: Highlight bar, Text around it. Selected (the row is Highlight): the inverse.
    const QColor fill = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor onFill = pal.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText);
    const QColor offFill = pal.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // The track between Base and Text: visible on light and dark bases alike (Mid nearly vanishes on dark).
    const QColor base = selected ? pal.color(group, QPalette::Highlight) : pal.color(group, QPalette::Base);
    const QColor ink = offFill;
    const QColor track =
        QColor::fromRgbF(base.redF() * 0.6f + ink.redF() * 0.4f, base.greenF() * 0.6f + ink.greenF() * 0.4f,
                         base.blueF() * 0.6f + ink.blueF() * 0.4f);

    const int vpad = std::max(2, opt.rect.height() / 6);
    const QRect bar = opt.rect.adjusted(4, vpad, -4, -vpad);
    if (bar.width() < 8 || bar.height() < 4)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(track);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    const int filled = int(std::lround(double(bar.width()) * fraction));
    const QRect fillRect(bar.left(), bar.top(), filled, bar.height());
    if (filled > 0)
        painter->fillRect(fillRect, fill);

    painter->setFont(opt.font);
    const QRect textRect = bar.adjusted(4, 0, -4, 0);
    const int align = Qt::AlignRight | Qt::AlignVCenter;
    // The number in two halves: over the bar and beside it, each in the colour that contrasts there.
    // IntersectClip: never beyond the cell's own clip.
    painter->setClipRect(QRect(fillRect.right() + 1, bar.top(), bar.right() - fillRect.right(), bar.height()),
                         Qt::IntersectClip);
    painter->setPen(offFill);
    painter->drawText(textRect, align, text);
    if (filled > 0) {
        painter->restore(); // back to the cell's clip, then the filled part alone
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setFont(opt.font);
        painter->setClipRect(fillRect, Qt::IntersectClip);
        painter->setPen(onFill);
        painter->drawText(textRect, align, text);
    }
    painter->restore();
}

QSize SizeBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        std::max(size.width() + 16, option.fontMetrics.horizontalAdvance(QStringLiteral("100.0 %")) * 2));
    return size;
}

} // namespace ts::gui
