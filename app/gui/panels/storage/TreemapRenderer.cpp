// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapRenderer.h"

#include "panels/storage/TreemapColours.h"

#include <QPainter>
#include <QtMath>

namespace ts::gui {

namespace {

// A cushion surface z = s2x·x² + s1x·x + s2y·y² + s1y·y (logical pixels).
struct Surface
{
    double s1x = 0, s2x = 0, s1y = 0, s2y = 0;
};

constexpr double kHeight = 0.22; // the first level's ridge height
constexpr double kFalloff = 0.8; // each level's ridge relative to its parent's
constexpr double kAmbient = 0.62;
constexpr double kDiffuse = 0.42;
// Light from the top left, mostly from the front.
constexpr double kLightX = -1.0, kLightY = -1.0, kLightZ = 10.0;

Surface withRidge(Surface s, const QRectF& r, double h)
{
    if (r.width() > 0) {
        s.s1x += 4 * h * (r.right() + r.left()) / r.width();
        s.s2x -= 4 * h / r.width();
    }
    if (r.height() > 0) {
        s.s1y += 4 * h * (r.bottom() + r.top()) / r.height();
        s.s2y -= 4 * h / r.height();
    }
    return s;
}

QRect devicePixels(const QRectF& r, qreal dpr, const QSize& bounds)
{
    const int x0 = std::max(0, int(std::lround(r.left() * dpr)));
    const int y0 = std::max(0, int(std::lround(r.top() * dpr)));
    const int x1 = std::min(bounds.width(), int(std::lround(r.right() * dpr)));
    const int y1 = std::min(bounds.height(), int(std::lround(r.bottom() * dpr)));
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

void shade(QImage& image, const QRect& px, const Surface& s, const QColor& base, qreal dpr)
{
    if (px.isEmpty())
        return;
    const double norm = std::sqrt(kLightX * kLightX + kLightY * kLightY + kLightZ * kLightZ);
    const double lx = kLightX / norm, ly = kLightY / norm, lz = kLightZ / norm;
    const int r = base.red(), g = base.green(), b = base.blue();
    // The y part of the normal is the same along a row: computed once per row.
    for (int y = px.top(); y <= px.bottom(); ++y) {
        const double fy = (y + 0.5) / dpr;
        const double ny = -(2 * s.s2y * fy + s.s1y);
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = px.left(); x <= px.right(); ++x) {
            const double fx = (x + 0.5) / dpr;
            const double nx = -(2 * s.s2x * fx + s.s1x);
            const double cosa = (nx * lx + ny * ly + lz) / std::sqrt(nx * nx + ny * ny + 1.0);
            const double i = kAmbient + kDiffuse * std::max(0.0, cosa);
            line[x] = qRgb(std::min(255, int(r * i)), std::min(255, int(g * i)), std::min(255, int(b * i)));
        }
    }
}

} // namespace

QColor treemapTileColour(const TreemapTile& tile, const TreemapStyle& style)
{
    if (tile.aggregate) {
        // The folder's own grey: mostly grey, with a trace of the folder's colour.
        TreemapTile owner = tile;
        owner.aggregate = false;
        return mixedColour(style.aggregate, treemapTileColour(owner, style), 0.25);
    }
    if (style.byMember) {
        if (tile.member.isEmpty())
            return style.unattributed;
        return style.memberColours.value(tile.member, style.unattributed);
    }
    const int k = int(tile.kind);
    return k >= 0 && k < index::kKindCount ? style.kinds[std::size_t(k)] : style.unattributed;
}

QImage renderTreemap(const QList<TreemapTile>& tiles, const QSize& size, qreal devicePixelRatio,
                     const TreemapStyle& style, const std::function<QString(const TreemapTile&)>& label)
{
    const QSize pixels(int(std::ceil(size.width() * devicePixelRatio)),
                       int(std::ceil(size.height() * devicePixelRatio)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(style.frame);
    if (tiles.isEmpty())
        return image;

    // Leaves shaded pixel by pixel; every folder passes its ridges down to what lies in it.
    QHash<qint64, std::pair<Surface, int>> folders; // expanded folder → its surface and depth
    QList<qsizetype> bands, aggregates;
    QList<qsizetype> labelled; // big file tiles: their name is written on them
    const QFontMetricsF metrics(style.font);
    const double line = metrics.height();
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const TreemapTile& t = tiles[i];
        const auto parent = folders.constFind(t.parentId);
        const bool under = parent != folders.constEnd() && t.depth > 0;
        const Surface above = under ? parent->first : Surface{};
        const int level = under ? parent->second + 1 : 0;
        const Surface own = withRidge(above, t.rect, kHeight * std::pow(kFalloff, level));
        if (t.folder && t.expanded) {
            folders.insert(t.id, {own, level});
            if (t.header > 0)
                bands.append(i);
            continue;
        }
        const QRect px = devicePixels(t.rect, devicePixelRatio, pixels);
        if (style.cushions) {
            shade(image, px, own, treemapTileColour(t, style), devicePixelRatio);
        } else if (!px.isEmpty()) {
            // A one-pixel gap parts flat tiles, except the tiniest, which it would turn into frame.
            const double gap = t.rect.width() >= 6 && t.rect.height() >= 6 ? 1 / devicePixelRatio : 0.0;
            QPainter p(&image);
            p.fillRect(t.rect.adjusted(0, 0, -gap, -gap), treemapTileColour(t, style));
        }
        if (t.aggregate)
            aggregates.append(i);
        else if (t.rect.width() >= 6 * line && t.rect.height() >= 2.5 * line)
            labelled.append(i);
    }

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Aggregates are hatched as well as grey: they read as "many small things" without their colour.
    if (!aggregates.isEmpty()) {
        QPen hatch(style.hatch);
        hatch.setWidthF(1.0);
        painter.setPen(hatch);
        for (qsizetype i : aggregates) {
            const QRectF r = tiles[i].rect;
            if (r.width() < 12 || r.height() < 12)
                continue; // too small for the hatching to read as anything but noise
            painter.save();
            painter.setClipRect(r);
            for (double d = -r.height(); d < r.width(); d += 6)
                painter.drawLine(QPointF(r.left() + d, r.bottom()),
                                 QPointF(r.left() + d + r.height(), r.top()));
            painter.restore();
        }
    }
    // Folder name bands: palette colours, the text checked for 4.5:1 on its band (TreemapColours.h).
    painter.setFont(style.font);
    // Names on big tiles, on a plate of the tile's unshaded colour where the shading would make it darker
    // or lighter: black or white, whichever keeps 4.5:1 on everything under the text; no text where neither
    // does (TreemapColours chooses tile colours for which one always does).
    for (qsizetype i : labelled) {
        const TreemapTile& t = tiles[i];
        const QStringList lines = label(t).split(u'\n');
        const qsizetype count = std::min<qsizetype>(lines.size(), t.rect.height() >= 4 * line ? 2 : 1);
        const double height = line * double(count);
        const QRectF area(t.rect.left() + 6, t.rect.center().y() - height / 2, t.rect.width() - 12, height);
        QStringList shown;
        double width = 0;
        for (qsizetype l = 0; l < count; ++l) {
            shown << metrics.elidedText(lines[l], Qt::ElideMiddle, area.width());
            width = std::max(width, metrics.horizontalAdvance(shown.last()));
        }
        const QColor base = treemapTileColour(t, style);
        const std::optional<QColor> ink = readableOnAll({base});
        if (!ink)
            continue;
        if (style.cushions) {
            const QRectF plate(area.center().x() - width / 2 - 4, area.top() - 2, width + 8, height + 4);
            painter.fillRect(plate & t.rect, base);
        }
        painter.setPen(*ink);
        for (qsizetype l = 0; l < shown.size(); ++l)
            painter.drawText(QRectF(area.left(), area.top() + double(l) * line, area.width(), line),
                             Qt::AlignCenter, shown[l]);
    }
    for (qsizetype i : bands) {
        const TreemapTile& t = tiles[i];
        const QRectF band(t.rect.left(), t.rect.top(), t.rect.width(), t.header);
        painter.fillRect(band, style.band);
        const QRectF text = band.adjusted(4, 0, -4, 0);
        painter.setPen(style.bandText);
        // "name  size": the name gives way first, so the size stays whole while there is room for it.
        QString shown = label(t);
        if (metrics.horizontalAdvance(shown) > text.width()) {
            const qsizetype cut = shown.lastIndexOf(QStringLiteral("  "));
            const QString size = cut < 0 ? QString() : shown.mid(cut);
            const double room = text.width() - metrics.horizontalAdvance(size);
            shown = cut >= 0 && room >= 4 * metrics.averageCharWidth()
                        ? metrics.elidedText(shown.left(cut), Qt::ElideRight, room) + size
                        : metrics.elidedText(shown, Qt::ElideRight, text.width());
        }
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, shown);
    }
    return image;
}

} // namespace ts::gui
