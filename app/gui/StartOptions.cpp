// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "StartOptions.h"

#include "panels/PanelCatalog.h"

#include <QCommandLineParser>

namespace ts::gui {

Result<StartOptions> parseStartOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Teamspace: the shared workspace of a machine-learning team."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption root({QStringLiteral("r"), QStringLiteral("root")},
                                  QStringLiteral("The shared folder as mounted here (default: remembered)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QStringLiteral("Act as this member (default: remembered)."),
                                QStringLiteral("MEMBER"));
    const QCommandLineOption index(QStringLiteral("index"),
                                   QStringLiteral("Use this SQLite index instead of the per-user one."),
                                   QStringLiteral("FILE"));
    QStringList panelIds;
    for (const PanelSlot& slot : panelSlots())
        panelIds << slot.id;
    const QCommandLineOption panel(QStringLiteral("panel"),
                                   QStringLiteral("Show this area once the workspace is open: %1.")
                                       .arg(panelIds.join(QStringLiteral(", "))),
                                   QStringLiteral("NAME"));
    parser.addOptions({help, version, root, as, index, panel});
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QStringLiteral("The notebook repository to open (a folder at or below teamspace.json)."),
        QStringLiteral("[WORKSPACE]"));

    if (!parser.parse(arguments))
        return Error::usage(parser.errorText() + QStringLiteral(" (see teamspace --help)"));
    StartOptions start;
    start.helpText = parser.helpText();
    start.showHelp = parser.isSet(help);
    start.showVersion = parser.isSet(version);
    start.panel = parser.value(panel);
    if (parser.isSet(panel) && !panelIds.contains(start.panel))
        return Error::usage(
            QStringLiteral("--panel \"%1\": no such area; use one of %2 (see teamspace --help)")
                .arg(start.panel, panelIds.join(QStringLiteral(", "))));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Error::usage(
            QStringLiteral("\"%1\": only one workspace folder can be opened (see teamspace --help)")
                .arg(positional.at(1)));
    if (!positional.isEmpty() || parser.isSet(root) || parser.isSet(as) || parser.isSet(index))
        start.open = WorkspaceOpenOptions{positional.value(0), parser.value(root), parser.value(as),
                                          parser.value(index)};
    return start;
}

} // namespace ts::gui
