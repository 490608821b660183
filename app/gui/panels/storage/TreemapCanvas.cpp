// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapCanvas.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace ts::gui {

TreemapCanvas::TreemapCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storage.treemap.canvas"));
    setAccessibleName(tr("Treemap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(120, 80);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TreemapCanvas::setContent(const QList<TreemapTile>& tiles, const QImage& image, const QSizeF& layoutSize)
{
    m_tiles = tiles;
    m_image = image;
    m_layoutSize = layoutSize;
    m_selected = m_selectedFolder = m_hover = -1;
    update();
}

void TreemapCanvas::setMessage(const QString& message)
{
    m_message = message;
    update();
}

void TreemapCanvas::setSelection(qsizetype tile, qsizetype folder)
{
    m_selected = tile;
    m_selectedFolder = folder;
    update();
}

QPointF TreemapCanvas::toLayout(const QPointF& pos) const
{
    if (m_layoutSize.isEmpty() || width() == 0 || height() == 0)
        return pos;
    return QPointF(pos.x() * m_layoutSize.width() / width(), pos.y() * m_layoutSize.height() / height());
}

qsizetype TreemapCanvas::tileAt(const QPointF& pos) const
{
    const QPointF p = toLayout(pos);
    // Paint order puts a folder before what lies in it and siblings' sub-trees apart: the last tile that
    // holds the point is the deepest.
    for (qsizetype i = m_tiles.size() - 1; i >= 0; --i)
        if (m_tiles[i].rect.contains(p))
            return i;
    return -1;
}

QRectF TreemapCanvas::tileRect(qsizetype tile) const
{
    if (tile < 0 || tile >= m_tiles.size())
        return {};
    const QRectF r = m_tiles[tile].rect;
    if (m_layoutSize.isEmpty())
        return r;
    const double sx = width() / m_layoutSize.width(), sy = height() / m_layoutSize.height();
    return QRectF(r.left() * sx, r.top() * sy, r.width() * sx, r.height() * sy);
}

bool TreemapCanvas::isStale() const
{
    return !m_layoutSize.isEmpty() && m_layoutSize != QSizeF(size());
}

qsizetype TreemapCanvas::nearestSibling(const QList<TreemapTile>& all, qsizetype current, Qt::Key direction)
{
    const QPointF from = all[current].rect.center();
    qsizetype best = -1;
    double bestScore = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i == current || all[i].aggregate || all[i].parentId != all[current].parentId ||
            all[i].depth != all[current].depth)
            continue;
        const QPointF d = all[i].rect.center() - from;
        double ahead = 0, aside = 0;
        switch (direction) {
        case Qt::Key_Left:
            ahead = -d.x(), aside = d.y();
            break;
        case Qt::Key_Right:
            ahead = d.x(), aside = d.y();
            break;
        case Qt::Key_Up:
            ahead = -d.y(), aside = d.x();
            break;
        default:
            ahead = d.y(), aside = d.x();
            break;
        }
        if (ahead <= 0.5)
            continue;
        const double score = ahead + 2 * std::abs(aside);
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

void TreemapCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_image.isNull()) {
        // While a layout for a new size is computed, the previous one stretches to fit.
        p.setRenderHint(QPainter::SmoothPixmapTransform, isStale());
        p.drawImage(QRectF(rect()), m_image);
    }
    if (!m_message.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightText = palette().color(QPalette::HighlightedText);
    if (m_selectedFolder >= 0 && m_selectedFolder != m_selected) {
        QPen pen(highlight, 2, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(tileRect(m_selectedFolder).adjusted(1, 1, -1, -1));
    }
    if (m_hover >= 0 && m_hover != m_selected) {
        p.setPen(QPen(palette().color(QPalette::WindowText), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(tileRect(m_hover).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (m_selected >= 0) {
        // A light and a dark ring, so the outline shows on any tile colour.
        const QRectF r = tileRect(m_selected);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(highlightText, 4));
        p.drawRect(r.adjusted(2, 2, -2, -2));
        p.setPen(QPen(highlight, 2));
        p.drawRect(r.adjusted(2, 2, -2, -2));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void TreemapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    Q_EMIT resized();
}

void TreemapCanvas::setHover(qsizetype tile)
{
    if (tile == m_hover)
        return;
    m_hover = tile;
    update();
    Q_EMIT tileHovered(tile);
}

void TreemapCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        const qsizetype tile = tileAt(event->position());
        if (tile >= 0)
            Q_EMIT tileClicked(tile);
    }
    QWidget::mousePressEvent(event);
}

void TreemapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const qsizetype tile = tileAt(event->position());
        if (tile >= 0)
            Q_EMIT tileDoubleClicked(tile);
    }
}

void TreemapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    setHover(tileAt(event->position()));
}

void TreemapCanvas::leaveEvent(QEvent* event)
{
    setHover(-1);
    QWidget::leaveEvent(event);
}

void TreemapCanvas::keyPressEvent(QKeyEvent* event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Backspace:
        Q_EMIT upRequested();
        return;
    case Qt::Key_Up:
        if (alt) {
            Q_EMIT upRequested();
            return;
        }
        Q_EMIT moveRequested(Qt::Key_Up);
        return;
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        Q_EMIT moveRequested(Qt::Key(event->key()));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activateRequested();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TreemapCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const qsizetype tile = tileAt(event->pos());
    if (tile >= 0)
        Q_EMIT contextMenuAt(tile, event->globalPos());
}

} // namespace ts::gui
