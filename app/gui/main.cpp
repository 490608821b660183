// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace: the desktop application. See StartOptions.h for its command line.
#include "Dialogs.h"
#include "MainWindow.h"
#include "StartOptions.h"
#include "Translations.h"
#include "setup/GuiSettings.h"

#include <QApplication>

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

// The command line is read before any window system is touched, so `--help` and `--version` work without a
// display (help2man, packaging checks, ssh sessions): a QCoreApplication only lives for the parsing. Qt's own
// options (-platform, -style, …) are unknown to this parse: on an error, nullopt, and main parses again once
// QApplication has taken those out, and reports what is left.
std::optional<ts::gui::StartOptions> parseBeforeTheWindowSystem(int argc, char* argv[])
{
    QCoreApplication parsing(argc, argv);
    setApplicationNames();
    auto parsed = ts::gui::parseStartOptions(QCoreApplication::arguments());
    if (!parsed)
        return std::nullopt;
    return std::move(*parsed);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto early = parseBeforeTheWindowSystem(argc, argv);
    if (early)
        if (auto exitCode = answerHelpOrVersion(*early))
            return *exitCode;

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Teamspace"));
    // The reverse-DNS id of the desktop file, icon and AppStream metainfo (TEAMSPACE_APP_ID in CMake).
    QApplication::setDesktopFileName(QStringLiteral(TEAMSPACE_APP_ID));
    auto start = early ? ts::Result<ts::gui::StartOptions>(*early)
                       : ts::gui::parseStartOptions(QApplication::arguments());
    if (!start) {
        std::fprintf(stderr, "error: %s\n", qPrintable(start.error().message));
        return ts::exitCodeFor(start.error().kind);
    }
    if (auto exitCode = answerHelpOrVersion(*start)) // only when Qt's options came with --help
        return *exitCode;

    ts::gui::installTranslators(app); // the system locale's, over English (Translations.h)
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
