// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapLegend.h"

#include <QPainter>

namespace ts::gui {

TreemapLegend::TreemapLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storage.treemap.legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TreemapLegend::setItems(const QList<TreemapLegendItem>& items)
{
    m_items = items;
    QStringList names = texts();
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QStringList TreemapLegend::texts() const
{
    QStringList out;
    for (const auto& item : m_items)
        out << item.text;
    return out;
}

int TreemapLegend::arrange(int width, QList<QRect>* places) const
{
    const QFontMetrics fm(font());
    const int swatch = fm.height() - 2;
    const int line = fm.height() + 4;
    int x = 0, y = 0;
    for (const auto& item : m_items) {
        const int w = swatch + 5 + fm.horizontalAdvance(item.text) + 14;
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        if (places)
            places->append(QRect(x, y, w, line));
        x += w;
    }
    return m_items.isEmpty() ? 0 : y + line;
}

int TreemapLegend::heightForWidth(int width) const
{
    return arrange(width, nullptr);
}

QSize TreemapLegend::sizeHint() const
{
    return QSize(400, arrange(400, nullptr));
}

QSize TreemapLegend::minimumSizeHint() const
{
    return QSize(100, arrange(width() > 0 ? width() : 400, nullptr));
}

void TreemapLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    QList<QRect> places;
    arrange(width(), &places);
    const QFontMetrics fm(font());
    const int swatch = fm.height() - 2;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const auto& item = m_items[i];
        const QRect r = places[i];
        const QRect box(r.left(), r.top() + (r.height() - swatch) / 2, swatch, swatch);
        p.fillRect(box, item.colour);
        if (item.hatched) {
            p.save();
            p.setClipRect(box);
            p.setPen(item.hatch);
            for (int d = -box.height(); d < box.width(); d += 4)
                p.drawLine(box.left() + d, box.bottom(), box.left() + d + box.height(), box.top());
            p.restore();
        }
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(box.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(box.right() + 5, r.top(), r.width() - swatch - 5, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, item.text);
    }
}

} // namespace ts::gui
