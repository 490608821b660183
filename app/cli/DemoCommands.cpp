// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// demo create DIR
#include "WorkspaceCommandParts.h"

#include "services/DemoWorkspace.h"
#include "util/ByteSize.h"

#include <QElapsedTimer>

namespace ts::cli {

namespace {

int demoCreate(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("DIR", "A new or empty folder.");
    if (auto stop = cli.parseCommand(
            parser,
            "Creates a demo workspace in DIR: DIR/repo (notebook repository, committed), DIR/shared\n"
            "(the shared folder: raw data, results, checkpoints of a team of four; big files are sparse)\n"
            "and DIR/remote.git (its git remote). Remembers DIR/shared and you as the lead, ana.",
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(
            QStringLiteral("demo create: give exactly one DIR (see `teamspace-cli demo create --help`)"));
    QElapsedTimer timer;
    timer.start();
    auto report = services::createDemoWorkspace(parser.positionalArguments().first(), cli.options.index);
    if (!report)
        return cli.fail(report.error());
    const double seconds = timer.elapsed() / 1000.0;
    if (cli.options.json) {
        cli.printJson({{"repo", report->repoDir},
                       {"shared", report->sharedDir},
                       {"remote", report->remoteDir},
                       {"workspaceId", report->workspaceId},
                       {"lead", report->lead},
                       {"members", report->members},
                       {"notebooks", report->notebooks},
                       {"files", report->files},
                       {"bytes", static_cast<double>(report->apparentBytes)},
                       {"seconds", seconds}});
        return ExitOk;
    }
    cli.out << "Demo workspace created in " << QString::number(seconds, 'f', 2) << " s:\n"
            << "  repository     " << report->repoDir << "  ("
            << counted(report->notebooks, "notebook", "notebooks") << ", pushed to origin)\n"
            << "  shared folder  " << report->sharedDir << "  (" << counted(report->files, "file", "files") << ", "
            << formatByteSize(report->apparentBytes) << " apparent; big files are sparse)\n"
            << "  remote         " << report->remoteDir << "\n"
            << "You are " << report->lead << " (lead). Try: teamspace-cli -w " << report->repoDir
            << " member list\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace

QList<Subcommand> demoSubcommands()
{
    return {{QStringLiteral("create"),
             QStringLiteral("DIR: a demo workspace (repository, shared folder, remote) to try things on"),
             demoCreate}};
}

} // namespace ts::cli
