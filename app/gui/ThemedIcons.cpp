// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "ThemedIcons.h"

#include "StatusColors.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace ts::gui {

namespace {

class PaletteIconEngine : public QIconEngine
{
public:
    PaletteIconEngine(const QString& resource, IconTint tint) : m_resource(resource), m_tint(tint) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const QColor colour = iconTint(m_tint, QGuiApplication::palette(), mode);
        const QString key = QStringLiteral("ts-icon:%1:%2x%3:%4")
                                .arg(m_resource)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colour.rgba(), 8, 16, QLatin1Char('0'));
        QPixmap image;
        if (QPixmapCache::find(key, &image))
            return image;
        image = QPixmap(size);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QSvgRenderer(m_resource).render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
        painter.end();
        QPixmapCache::insert(key, image);
        return image;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new PaletteIconEngine(m_resource, m_tint); }
    QString key() const override { return QStringLiteral("teamspace-palette"); }

private:
    QString m_resource;
    IconTint m_tint;
};

} // namespace

QColor iconTint(IconTint tint, const QPalette& palette, QIcon::Mode mode)
{
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::Text);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    switch (tint) {
    case IconTint::Text:
        break;
    case IconTint::Good:
        return statusColor(StatusTone::Good, palette);
    case IconTint::Warning:
        return statusColor(StatusTone::Warning, palette);
    case IconTint::Bad:
        return statusColor(StatusTone::Bad, palette);
    }
    return palette.color(QPalette::Active, QPalette::Text);
}

QIcon themedIcon(const QString& resource, IconTint tint)
{
    return QIcon(new PaletteIconEngine(resource, tint));
}

QIcon statusIcon(const char* name)
{
    const auto path = [](const char* file) {
        return QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(file));
    };
    const QLatin1String which(name);
    if (which == QLatin1String("present"))
        return themedIcon(path("present"), IconTint::Good);
    if (which == QLatin1String("missing"))
        return themedIcon(path("missing"), IconTint::Bad);
    if (which == QLatin1String("blocked"))
        return themedIcon(path("blocked"), IconTint::Bad);
    return themedIcon(path("unexpected"), IconTint::Warning);
}

} // namespace ts::gui
