// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace-cli: every capability of the GUI as a command, with JSON output and the exit codes of CLI.md.
#include "Cli.h"
#include "Commands.h"

#include <QCoreApplication>

#include <csignal>

using namespace ts::cli;

namespace {

void printOverview(Cli& cli, const CommandTable& table)
{
    cli.out << "Usage: teamspace-cli [GLOBAL OPTIONS] COMMAND [SUBCOMMAND] [ARGS]\n\n"
               "Global options:\n"
               "  -w, --workspace DIR  the notebook repository (default: found from the current folder)\n"
               "  -r, --root DIR       the shared folder as mounted here (default: the one remembered, see "
               "`config`)\n"
               "  --json               one JSON document on stdout\n"
               "  --index FILE         use this SQLite index instead of the per-user one\n"
               "  --as MEMBER          act as this member\n"
               "  --version, --help\n\nCommands:\n";
    for (const Command& c : table)
        cli.out << "  " << c.name.leftJustified(12) << " " << c.summary << "\n";
    cli.out
        << "\nEach command has --help. Exit codes: 0 ok, 1 problems found, 2 usage, 3 bad input, 4 failed.\n";
    cli.out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) the kernel would kill the process mid-write; ignored, the write
    // fails with EFBIG instead, the writer keeps the original file and the command exits 4 saying so.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("teamspace"));
    QCoreApplication::setApplicationName(QStringLiteral("teamspace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEAMSPACE_VERSION));

    CommandTable table;
    registerWorkspaceCommands(table);
    registerJoinCommands(table);
    registerStorageCommands(table);
    registerRawCommands(table);
    registerNotebookCommands(table);
    registerSyncCommands(table);
    registerReviewCommands(table);
    registerSetAsideCommands(table);
    registerConfigCommands(table);
    registerCompletionCommand(table); // last: it reads the table

    Cli cli;
    auto words = extractGlobalOptions(app.arguments().mid(1), cli.options);
    if (!words)
        return cli.fail(words.error());
    if (words->isEmpty() || words->first() == QStringLiteral("--help") ||
        words->first() == QStringLiteral("-h") || words->first() == QStringLiteral("help")) {
        printOverview(cli, table);
        return words->isEmpty() ? ExitUsage : ExitOk;
    }
    if (words->first() == QStringLiteral("--version")) {
        cli.out << "teamspace-cli " << TEAMSPACE_VERSION << Qt::endl;
        return ExitOk;
    }
    for (const Command& command : table)
        if (command.name == words->first())
            return command.run(cli, *words);
    return cli.usageError(
        QStringLiteral("unknown command \"%1\" (see `teamspace-cli --help`)").arg(words->first()));
}
