// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace-render-icon SVG SIZE PNG: the build's own SVG renderer for the hicolor PNG icons (48, 128, 256),
// so the package needs no rsvg-convert or ImageMagick: Qt's QSvgRenderer is already a build dependency.
// Raster painting needs no display, so this runs on a headless build machine.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 1 || size > 4096) {
        std::fprintf(stderr, "usage: teamspace-render-icon SVG SIZE PNG (SIZE in pixels, 1-4096)\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "error: %s: not a readable SVG file\n", qPrintable(args.at(1)));
        return 3;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "error: %s: cannot write the PNG (is the folder there and writable?)\n",
                     qPrintable(args.at(3)));
        return 4;
    }
    return 0;
}
