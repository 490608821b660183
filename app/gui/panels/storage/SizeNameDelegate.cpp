// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/SizeNameDelegate.h"

#include "models/SizeTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ts::gui {

namespace {

constexpr int kGap = 6; // between the name and the mark, and between the glyph and its word

} // namespace

SizeNameDelegate::SizeNameDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void SizeNameDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    if (style != m_iconStyle) { // looked up once per style, not per painted row
        m_iconStyle = style;
        m_folderIcon = style->standardIcon(QStyle::SP_DirIcon);
        m_fileIcon = style->standardIcon(QStyle::SP_FileIcon);
        m_linkIcon = style->standardIcon(QStyle::SP_FileLinkIcon);
    }
    const bool folder = index.data(SizeTreeModel::IsFolderRole).toBool();
    const bool link = index.data(SizeTreeModel::EntryTypeRole).toInt() == int(index::EntryType::Symlink);
    option->icon = link ? m_linkIcon : folder ? m_folderIcon : m_fileIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (!index.parent().isValid())
        option->font.setBold(true);
}

int SizeNameDelegate::markWidth(const QStyleOptionViewItem& option, const QString& word) const
{
    if (word.isEmpty())
        return 0;
    QFont font = option.font;
    font.setItalic(true);
    return kGap + option.decorationSize.height() + kGap / 2 + QFontMetrics(font).horizontalAdvance(word) +
           kGap;
}

void SizeNameDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString word = index.data(SizeTreeModel::MarkTextRole).toString();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    if (word.isEmpty()) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // Room for the mark after the name: the name is elided first, the mark stays whole while it fits.
    const int mark = markWidth(opt, word);
    const QRect textArea = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int nameWidth = opt.fontMetrics.horizontalAdvance(opt.text) + 2 * kGap;
    const int nameRoom = std::max(textArea.width() - mark, std::min(nameWidth, textArea.width() / 2));
    const int cut = std::max(0, textArea.width() - std::min(nameWidth, nameRoom));
    QStyleOptionViewItem nameOpt = opt;
    // Draw the row background over the whole cell, then the name in what is left of it.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    nameOpt.rect.setRight(opt.rect.right() - cut);
    nameOpt.backgroundBrush = Qt::NoBrush;
    nameOpt.state &= ~QStyle::State_HasFocus;
    nameOpt.showDecorationSelected = false;
    const bool selected = opt.state & QStyle::State_Selected;
    if (selected)
        nameOpt.state &= ~QStyle::State_Selected; // the panel is painted; keep the text colour below
    if (selected)
        nameOpt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    style->drawControl(QStyle::CE_ItemViewItem, &nameOpt, painter, widget);

    const QColor colour =
        opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                          selected ? QPalette::HighlightedText : QPalette::Text);
    const int side = std::min(opt.decorationSize.height(), opt.rect.height() - 4);
    const int left = nameOpt.rect.right() + 1 + kGap / 2;
    const QRect markArea(left, opt.rect.top(), opt.rect.right() - left, opt.rect.height());
    if (markArea.width() <= side)
        return;
    painter->save();
    painter->setClipRect(markArea);
    const QRectF glyph(left, opt.rect.center().y() - side / 2.0 + 0.5, side, side);
    paintMark(painter, glyph, index.data(SizeTreeModel::MarkRole).toInt(), colour);
    QFont font = opt.font;
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(colour);
    const QRect wordRect(int(glyph.right()) + kGap / 2, opt.rect.top(), markArea.right() - int(glyph.right()),
                         opt.rect.height());
    painter->drawText(wordRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(word, Qt::ElideRight, wordRect.width()));
    painter->restore();
}

QSize SizeNameDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    size.rwidth() += markWidth(opt, index.data(SizeTreeModel::MarkTextRole).toString());
    return size;
}

void SizeNameDelegate::paintMark(QPainter* painter, const QRectF& r, int mark, const QColor& colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const double s = r.width();
    QPen pen(colour, std::max(1.2, s / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const auto at = [&](double x, double y) { return QPointF(r.left() + x * s, r.top() + y * s); };
    switch (SizeTreeModel::Mark(mark)) {
    case SizeTreeModel::SymlinkMark: { // a bent arrow: "points elsewhere"
        QPainterPath path(at(0.15, 0.2));
        path.lineTo(at(0.15, 0.55));
        path.quadTo(at(0.15, 0.75), at(0.4, 0.75));
        path.lineTo(at(0.85, 0.75));
        painter->drawPath(path);
        painter->drawPolyline(QPolygonF({at(0.65, 0.55), at(0.87, 0.75), at(0.65, 0.95)}));
        break;
    }
    case SizeTreeModel::HardLinkMark:
    case SizeTreeModel::CountedElsewhere: // two chain links
        painter->drawRoundedRect(QRectF(at(0.05, 0.3), at(0.6, 0.7)), 0.18 * s, 0.18 * s);
        painter->drawRoundedRect(QRectF(at(0.4, 0.3), at(0.95, 0.7)), 0.18 * s, 0.18 * s);
        if (mark == SizeTreeModel::CountedElsewhere) // hollow: its bytes are not counted here
            break;
        painter->setBrush(colour);
        painter->drawEllipse(QRectF(at(0.42, 0.42), at(0.58, 0.58)));
        break;
    case SizeTreeModel::UnreadableMark: // a padlock
        painter->drawArc(QRectF(at(0.28, 0.08), at(0.72, 0.62)), 0, 180 * 16);
        painter->drawLine(at(0.28, 0.35), at(0.28, 0.48));
        painter->drawLine(at(0.72, 0.35), at(0.72, 0.48));
        painter->setBrush(colour);
        painter->drawRoundedRect(QRectF(at(0.15, 0.48), at(0.85, 0.95)), 0.08 * s, 0.08 * s);
        break;
    case SizeTreeModel::VanishedMark: // a dashed circle: "was here"
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawEllipse(QRectF(at(0.1, 0.1), at(0.9, 0.9)));
        break;
    case SizeTreeModel::FailedMark: // a warning triangle
        painter->drawPolygon(QPolygonF({at(0.5, 0.08), at(0.95, 0.9), at(0.05, 0.9)}));
        painter->drawLine(at(0.5, 0.38), at(0.5, 0.62));
        painter->drawPoint(at(0.5, 0.77));
        break;
    case SizeTreeModel::OtherMountMark: // a drive
        painter->drawRoundedRect(QRectF(at(0.05, 0.3), at(0.95, 0.75)), 0.1 * s, 0.1 * s);
        painter->drawPoint(at(0.75, 0.53));
        break;
    case SizeTreeModel::SkippedMark: // a circle with a bar: not entered
        painter->drawEllipse(QRectF(at(0.1, 0.1), at(0.9, 0.9)));
        painter->drawLine(at(0.25, 0.75), at(0.75, 0.25));
        break;
    case SizeTreeModel::NoMark:
        break;
    }
    painter->restore();
}

} // namespace ts::gui
