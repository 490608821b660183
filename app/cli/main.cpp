// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace-cli: every capability of the GUI as a command, with JSON output and the exit codes of CLI.md.
#include "Cli.h"
#include "CommandDispatch.h"
#include "Commands.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <csignal>

using namespace ts::cli;

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
    ts::installTranslators(app); // English plural forms of core's messages, under the locale's (Translations.h)

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
    if (words->value(0) == QStringLiteral("--version")) {
        cli.out << "teamspace-cli " << TEAMSPACE_VERSION << Qt::endl;
        return ExitOk;
    }
    return runCommandLine(cli, table, *words);
}
