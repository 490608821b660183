// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Colour that reads on light and dark themes: every status tone at 4.5:1 or more against the window, the
// views' base and alternate base, and every icon of the app (but its logo) drawn in one colour — the text
// colour or its status tone — that reaches 4.5:1 against the window and the base too (icons are held to the
// text rule, no large-icon allowance: they are 16-24 px in the views). The icons are painted for real and
// their pixels read back.
#include "DarkPalette.h"
#include "PaletteColours.h"
#include "StatusColors.h"
#include "ThemedIcons.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QStyle>
#include <QTest>

using namespace ts;
using gui::IconTint;

namespace {

// Light palettes as desktops set them: Qt's own (Fusion) and KDE Breeze's.
QPalette breezeLight()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::Base, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa1, 0xa3));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("fusion-light") << QApplication::style()->standardPalette();
    QTest::newRow("breeze-light") << breezeLight();
    QTest::newRow("dark") << test::darkPalette();
}

double worstContrast(const QColor& colour, const QPalette& palette)
{
    double worst = 21;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
        worst = std::min(worst, gui::contrastRatio(colour, palette.color(role)));
    return worst;
}

// The icon resources of the app's views: all but the logo (teamspace.svg, a colour picture by design).
QStringList viewIcons()
{
    QStringList icons;
    for (const QString& name : QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}))
        if (name != QLatin1String("teamspace.svg"))
            icons << name;
    return icons;
}

QIcon iconFor(const QString& name)
{
    if (name.startsWith(u"status-"))
        return gui::statusIcon(name.mid(7).chopped(4).toLatin1().constData());
    return gui::themedIcon(QStringLiteral(":/icons/") + name);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statusTonesRead_data() { addPalettes(); }
    void statusTonesRead();
    void iconsAreOneReadableColour_data() { addPalettes(); }
    void iconsAreOneReadableColour();
    void iconsFollowAThemeSwitch();
};

void TestContrast::initTestCase()
{
    Q_INIT_RESOURCE(teamspace_icons);
    QVERIFY2(viewIcons().size() >= 14, qPrintable(viewIcons().join(u' ')));
}

void TestContrast::statusTonesRead()
{
    QFETCH(QPalette, palette);
    for (gui::StatusTone tone : {gui::StatusTone::Good, gui::StatusTone::Warning, gui::StatusTone::Bad}) {
        const QColor colour = gui::statusColor(tone, palette);
        const double ratio = worstContrast(colour, palette);
        qInfo("tone %d: %s, worst %.2f:1", int(tone), qPrintable(colour.name()), ratio);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("tone %1 %2: %3:1").arg(int(tone)).arg(colour.name()).arg(ratio)));
    }
}

void TestContrast::iconsAreOneReadableColour()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    for (const QString& name : viewIcons()) {
        for (int side : {32, 48}) { // big enough that the strokes have fully covered pixels to read
            const QImage image =
                iconFor(name).pixmap(side, side).toImage().convertToFormat(QImage::Format_ARGB32);
            QSet<QRgb> opaque;
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) == 255) {
                        opaque.insert(image.pixel(x, y));
                        ++count;
                    }
            const QString what = QStringLiteral("%1 at %2 px").arg(name).arg(side);
            QVERIFY2(count >= side / 2, qPrintable(what + QStringLiteral(": hardly drawn")));
            QVERIFY2(opaque.size() == 1,
                     qPrintable(what + QStringLiteral(": %1 colours").arg(opaque.size())));
            const QColor colour = QColor::fromRgb(*opaque.cbegin());
            const double ratio = worstContrast(colour, palette);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(what + QStringLiteral(": %1, %2:1").arg(colour.name()).arg(ratio)));
        }
    }
}

void TestContrast::iconsFollowAThemeSwitch()
{
    // The same QIcon, kept by a view across a theme switch, paints in the new palette's colours.
    const QIcon icon = gui::themedIcon(QStringLiteral(":/icons/members.svg"));
    const auto colourOf = [&icon] {
        const QImage image = icon.pixmap(24, 24).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor::fromRgb(image.pixel(x, y));
        return QColor();
    };
    QApplication::setPalette(QApplication::style()->standardPalette());
    QCOMPARE(colourOf(), QApplication::palette().color(QPalette::Text));
    QApplication::setPalette(test::darkPalette());
    QCOMPARE(colourOf(), test::darkPalette().color(QPalette::Text));
    QCOMPARE(gui::iconTint(IconTint::Bad, test::darkPalette()),
             gui::statusColor(gui::StatusTone::Bad, test::darkPalette()));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
