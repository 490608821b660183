// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace: the desktop application. See StartOptions.h for its command line.
#include "Dialogs.h"
#include "MainWindow.h"
#include "StartOptions.h"
#include "util/Translations.h"
#include "setup/GuiSettings.h"

#include <QApplication>

#include <QStringList>

#include <cstdio>
#include <optional>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("teamspace"));
    QCoreApplication::setApplicationName(QStringLiteral("teamspace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEAMSPACE_VERSION));
}

// --help and --version print to stdout and stop the program (exit 0); nullopt for a start of the GUI.
std::optional<int> answerHelpOrVersion(const ts::gui::StartOptions& start)
{
    if (start.showHelp) {
        std::fputs(qPrintable(start.helpText), stdout);
        return 0;
    }
    if (start.showVersion) {
        std::printf("teamspace %s\n", TEAMSPACE_VERSION);
        return 0;
    }
    return std::nullopt;
}

// The command line without Qt's own options (QGuiApplication's and QApplication's: -platform NAME, -style NAME,
// -reverse, …; one dash or two, `-name=value` too), which QApplication takes out itself once it exists.
QStringList withoutQtOptions(const QStringList& arguments)
{
    static const QStringList withValue = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),   QStringLiteral("qwindowgeometry"),    QStringLiteral("geometry"),
        QStringLiteral("qwindowtitle"), QStringLiteral("title"),          QStringLiteral("qwindowicon"),
        QStringLiteral("icon"),     QStringLiteral("display"),            QStringLiteral("session"),
        QStringLiteral("style"),    QStringLiteral("stylesheet")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"),  QStringLiteral("dograb"),
                                      QStringLiteral("sync"),    QStringLiteral("testability"),
                                      QStringLiteral("qmljsdebugger")};
    QStringList kept;
    for (qsizetype k = 0; k < arguments.size(); ++k) {
        const QString& arg = arguments[k];
        if (k == 0 || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("--")) {
            kept << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        const bool joined = name.contains(QLatin1Char('='));
        name = name.section(QLatin1Char('='), 0, 0);
        if (withValue.contains(name)) {
            if (!joined)
                ++k; // its value
        } else if (!flags.contains(name)) {
            kept << arg;
        }
    }
    return kept;
}

// The command line is read before any window system is touched, so `--help`, `--version` and mistakes are
// answered without a display (help2man, packaging checks, ssh sessions): a QCoreApplication only lives for the
// parsing, which leaves Qt's own options out (QApplication takes them later).
ts::Result<ts::gui::StartOptions> parseBeforeTheWindowSystem(int argc, char* argv[])
{
    QCoreApplication parsing(argc, argv);
    setApplicationNames();
    return ts::gui::parseStartOptions(withoutQtOptions(QCoreApplication::arguments()));
}

// Where no window can open (no X11 or Wayland display, and no platform asked for), what to say instead of Qt's
// abort; empty when a window may open.
QString whyNoWindow(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    for (int k = 1; k < argc; ++k) {
        const QByteArray arg(argv[k]);
        if (arg == "-platform" || arg == "--platform" || arg.startsWith("-platform=") ||
            arg.startsWith("--platform="))
            return {};
    }
    return QStringLiteral("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): start it "
                          "in a desktop session, or use teamspace-cli for the same work on the command line "
                          "(QT_QPA_PLATFORM=offscreen runs it without showing anything)");
}

} // namespace

int main(int argc, char* argv[])
{
    const auto start = parseBeforeTheWindowSystem(argc, argv);
    if (!start) {
        std::fprintf(stderr, "error: %s\n", qPrintable(start.error().message));
        return ts::exitCodeFor(start.error().kind);
    }
    if (auto exitCode = answerHelpOrVersion(*start))
        return *exitCode;
    if (const QString why = whyNoWindow(argc, argv); !why.isEmpty()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(why));
        return ts::exitCodeFor(ts::ErrorKind::Failed);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Teamspace"));
    // The reverse-DNS id of the desktop file, icon and AppStream metainfo (TEAMSPACE_APP_ID in CMake).
    QApplication::setDesktopFileName(QStringLiteral(TEAMSPACE_APP_ID));

    ts::installTranslators(app); // the system locale's, over English (Translations.h)
    ts::gui::QtDialogs dialogs;
    ts::gui::GuiSettings::applyTheme(); // after the names: the setting is read from this app's QSettings
    ts::gui::MainWindow window(dialogs);
    if (start->panel.isEmpty())
        window.restoreLastSession(); // the size, place and area of the last session, unless --panel says
    else
        window.setStartPanel(start->panel);
    // Another window already shows the workspace asked for: it came to the front, this one has nothing to do.
    QObject::connect(&window, &ts::gui::MainWindow::openElsewhere, &app, [&window] {
        if (!window.workspace())
            QCoreApplication::exit(0);
    });
    window.show();
    if (start->open)
        window.openWorkspace(*start->open);
    return app.exec();
}
