// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli config`: what this machine remembers for a workspace (who I am, where the shared folder is).
#include "Commands.h"
#include "WorkspaceCommandParts.h"

#include "services/LocalSetup.h"

#include <QFileInfo>
#include <QJsonObject>

namespace ts::cli {

namespace {

const char* const kOverview = "Usage: teamspace-cli config show|root|me [--help]\n"
                              "  show     who I am and where the shared folder is, on this machine\n"
                              "  root DIR remember where the shared folder is mounted on this machine\n"
                              "  me ID    remember who I am in this workspace on this machine\n";

int configShow(Cli& cli, const Workspace& ws)
{
    const bool rootThere = ws.hasSharedFolder() && QFileInfo(ws.rootDir).isDir();
    if (cli.options.json) {
        cli.printJson({{"workspace", ws.repoDir},
                       {"me", ws.me.isEmpty() ? QJsonValue() : QJsonValue(ws.me)},
                       {"root", ws.hasSharedFolder() ? QJsonValue(ws.rootDir) : QJsonValue()},
                       {"rootPresent", rootThere}});
        return ExitOk;
    }
    cli.out << "Workspace: " << ws.repoDir << "\n";
    cli.out << "Me: " << (ws.me.isEmpty() ? QStringLiteral("not set (teamspace-cli config me ID)") : ws.me)
            << "\n";
    cli.out << "Shared folder: "
            << (!ws.hasSharedFolder() ? QStringLiteral("not set (teamspace-cli config root DIR)")
                : rootThere           ? ws.rootDir
                                      : ws.rootDir + QStringLiteral(" (not there now: mount it)"))
            << "\n";
    cli.out.flush();
    return ExitOk;
}

int configRoot(Cli& cli, const Workspace& ws, const QString& folder)
{
    auto verdict = services::rememberSharedFolder(ws, folder);
    if (!verdict)
        return cli.fail(verdict.error());
    if (cli.options.json) {
        cli.printJson({{"root", verdict->folder},
                       {"mount", services::toString(verdict->mount.kind)},
                       {"fileSystem", verdict->mount.fileSystem},
                       {"implication", verdict->mount.implication},
                       {"looksLikeTeams", verdict->looksLikeTeams()},
                       {"warning", verdict->problem}});
        return ExitOk;
    }
    cli.out << "Shared folder on this machine: " << verdict->folder << "\n";
    if (!verdict->mount.implication.isEmpty())
        cli.out << verdict->mount.implication << "\n";
    cli.out.flush();
    if (!verdict->problem.isEmpty())
        cli.err << "warning: " << verdict->problem << Qt::endl;
    return ExitOk;
}

int runConfig(Cli& cli, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        cli.out << kOverview;
        cli.out.flush();
        return ExitOk;
    }
    if (sub != QStringLiteral("show") && sub != QStringLiteral("root") && sub != QStringLiteral("me"))
        return cli.usageError(
            sub.isEmpty()
                ? QStringLiteral("config: say show, root DIR or me ID (see `teamspace-cli config --help`)")
                : QStringLiteral("config: unknown sub-command \"%1\" (use show, root or me)").arg(sub));
    QCommandLineParser parser;
    const QString help =
        sub == QStringLiteral("show")
            ? QStringLiteral("Shows who I am and where the shared folder is on this machine.")
        : sub == QStringLiteral("root")
            ? QStringLiteral("Remembers DIR as this workspace's shared folder on this machine. "
                             "Refuses the notebook repository\n(unless the workspace was "
                             "created as one folder for both) and a folder that is not there.")
            : QStringLiteral("Remembers ID (a member in teamspace.json) as who I am in this "
                             "workspace on this machine.");
    if (sub != QStringLiteral("show"))
        parser.addPositionalArgument(
            sub == QStringLiteral("root") ? QStringLiteral("DIR") : QStringLiteral("ID"), QString());
    if (auto stop = cli.parseCommand(parser, help, subcommandArgs(args)))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const int wanted = sub == QStringLiteral("show") ? 0 : 1;
    if (positional.size() != wanted)
        return cli.usageError(
            wanted == 0 ? QStringLiteral("config show: unexpected argument \"%1\"").arg(positional.value(0))
                        : QStringLiteral("config %1: give exactly one %2")
                              .arg(sub, sub == QStringLiteral("root") ? QStringLiteral("DIR")
                                                                      : QStringLiteral("ID")));
    auto ws = services::openForLocalSetup(cli.options.workspace);
    if (!ws)
        return cli.fail(ws.error());
    if (sub == QStringLiteral("show")) {
        if (!cli.options.root.isEmpty())
            ws->rootDir = cli.options.root;
        if (!cli.options.as.isEmpty())
            ws->me = cli.options.as;
        return configShow(cli, *ws);
    }
    if (sub == QStringLiteral("root"))
        return configRoot(cli, *ws, positional.first());
    if (auto ok = services::rememberIdentity(*ws, positional.first()); !ok)
        return cli.fail(ok.error());
    if (cli.options.json)
        cli.printJson({{"me", positional.first()}});
    else
        cli.out << "You are " << positional.first() << " in this workspace on this machine.\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace

void registerConfigCommands(CommandTable& table)
{
    table << Command{QStringLiteral("config"),
                     QStringLiteral("show or set who I am and where the shared folder is, on this machine"),
                     runConfig,
                     {QStringLiteral("show"), QStringLiteral("root"), QStringLiteral("me")}};
}

} // namespace ts::cli
