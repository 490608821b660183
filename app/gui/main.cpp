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

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("teamspace"));
    QApplication::setApplicationName(QStringLiteral("teamspace"));
    QApplication::setApplicationDisplayName(QStringLiteral("Teamspace"));
    QApplication::setApplicationVersion(QStringLiteral(TEAMSPACE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("teamspace"));

    auto start = ts::gui::parseStartOptions(QApplication::arguments());
    if (!start) {
        std::fprintf(stderr, "error: %s\n", qPrintable(start.error().message));
        return ts::exitCodeFor(start.error().kind);
    }
    if (start->showHelp) {
        std::fputs(qPrintable(start->helpText), stdout);
        return 0;
    }
    if (start->showVersion) {
        std::printf("teamspace %s\n", TEAMSPACE_VERSION);
        return 0;
    }

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
