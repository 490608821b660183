// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli completion bash|zsh|fish`: a completion script generated from the command table (commands,
// their subcommands, the options each lists in its --help) and the global options of the overview, so the
// scripts follow the commands without a hand-written list. The packages install its output (installers/).
#include "Commands.h"
#include "CompletionModel.h"

#include <QCoreApplication>
#include <QProcess>

namespace ts::cli {

namespace {

const QStringList kShells = {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};

// The overview (`teamspace-cli --help`) lists the global options; main.cpp prints it, so ask this program.
Result<QString> globalHelp()
{
    QProcess self;
    self.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--help")});
    if (!self.waitForFinished(30000) || self.exitStatus() != QProcess::NormalExit || self.exitCode() != 0)
        return Error::failed(QStringLiteral("%1 --help did not answer (%2): cannot list the global options")
                                 .arg(QCoreApplication::applicationFilePath(), self.errorString()));
    return QString::fromUtf8(self.readAllStandardOutput());
}

// `completion SHELL` (a subcommand per shell, so that completion and --help list them).
int runCompletion(Cli& cli, const QStringList& args, const CommandTable& table, const QString& shell)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Print the %1 completion script on stdout. Try it with\n"
                           "  source <(teamspace-cli completion %1)\n"
                           "The packages install it where bash, zsh and fish look for completions.")
                .arg(shell),
            args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("completion %1: takes no arguments (got \"%2\")")
                                  .arg(shell, parser.positionalArguments().join(u' ')));
    auto overview = globalHelp();
    if (!overview)
        return cli.fail(overview.error());
    auto model = completion::buildModel(table, *overview);
    if (!model)
        return cli.fail(model.error());
    cli.out << (shell == QLatin1String("bash")  ? completion::bashScript(*model)
                : shell == QLatin1String("zsh") ? completion::zshScript(*model)
                                                : completion::fishScript(*model));
    cli.out.flush();
    return ExitOk;
}

} // namespace

void registerCompletionCommand(CommandTable& table)
{
    // The table outlives every command run (main owns it), so the command may read it when it runs.
    QList<Subcommand> shells;
    for (const QString& shell : kShells)
        shells << Subcommand{shell, QStringLiteral("print the %1 completion script").arg(shell),
                             [&table, shell](Cli& cli, const QStringList& args) {
                                 return runCompletion(cli, args, table, shell);
                             }};
    table << Command{QStringLiteral("completion"), QStringLiteral("print a bash, zsh or fish completion script"),
                     {}, shells};
}

} // namespace ts::cli
