// teamspace: the desktop application. `teamspace [WORKSPACE] [--root DIR] [--as MEMBER] [--index FILE]` opens
// WORKSPACE (a folder at or below a notebook repository) at start, with the same options as teamspace-cli.
#include "Dialogs.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("teamspace"));
    QApplication::setApplicationName(QStringLiteral("teamspace"));
    QApplication::setApplicationDisplayName(QStringLiteral("Teamspace"));
    QApplication::setApplicationVersion(QStringLiteral(TEAMSPACE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("teamspace"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Teamspace: the shared workspace of a machine-learning team."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("The notebook repository to open (a folder at or below teamspace.json)."),
                                 QStringLiteral("[WORKSPACE]"));
    const QCommandLineOption root({QStringLiteral("r"), QStringLiteral("root")},
                                  QStringLiteral("The shared folder as mounted here (default: remembered)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("Act as this member (default: remembered)."),
                                QStringLiteral("MEMBER"));
    const QCommandLineOption index(QStringLiteral("index"),
                                   QStringLiteral("Use this SQLite index instead of the per-user one."),
                                   QStringLiteral("FILE"));
    parser.addOptions({root, as, index});
    parser.process(app); // prints help/version or a usage error and exits (code 1 for errors, as Qt does)
    if (parser.positionalArguments().size() > 1)
        parser.showHelp(2);

    ts::gui::QtDialogs dialogs;
    ts::gui::MainWindow window(dialogs);
    window.show();
    if (!parser.positionalArguments().isEmpty() || parser.isSet(root) || parser.isSet(as))
        window.openWorkspace(ts::WorkspaceOpenOptions{parser.positionalArguments().value(0), parser.value(root),
                                                      parser.value(as), parser.value(index)});
    return app.exec();
}
