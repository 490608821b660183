// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "CommandDispatch.h"

#include <algorithm>

namespace ts::cli {

namespace {

const Command* findCommand(const CommandTable& table, const QString& name)
{
    for (const Command& c : table)
        if (c.name == name)
            return &c;
    return nullptr;
}

const Subcommand* findSubcommand(const Command& command, const QString& name)
{
    for (const Subcommand& s : command.subcommands)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool isHelp(const QString& word)
{
    return word == QStringLiteral("--help") || word == QStringLiteral("-h");
}

// "add, update, remove or list"
QString subcommandNames(const Command& command)
{
    QStringList names;
    for (const Subcommand& s : command.subcommands)
        names << s.name;
    const QString last = names.takeLast();
    return names.isEmpty() ? last : names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

// `teamspace-cli COMMAND --help` of a command made of subcommands.
void printCommandHelp(QTextStream& to, const Command& command)
{
    to << "Usage: teamspace-cli " << command.name << " SUBCOMMAND [ARGS]\n"
       << command.summary << "\n\n"
       << subcommandList(command) << "\nEach subcommand has --help: `teamspace-cli " << command.name << " "
       << command.subcommands.first().name << " --help`.\n";
    to.flush();
}

int runCommand(Cli& cli, const Command& command, const QStringList& words)
{
    cli.command = &command;
    const QString sub = words.value(1);
    if (const Subcommand* s = findSubcommand(command, sub))
        return s->run(cli, QStringList{command.name + u' ' + sub} + words.mid(2));
    // A leaf command, or one that runs itself too: its own options and --help (`sync --dry-run`).
    if (command.run)
        return command.run(cli, words);
    if (isHelp(sub)) {
        printCommandHelp(cli.out, command);
        return ExitOk;
    }
    if (sub.isEmpty()) {
        printCommandHelp(cli.err, command);
        return cli.usageError(QStringLiteral("%1: say %2 (see `teamspace-cli %1 --help`)")
                                  .arg(command.name, subcommandNames(command)));
    }
    return cli.usageError(QStringLiteral("%1: unknown sub-command \"%2\" (use %3)")
                              .arg(command.name, sub, subcommandNames(command)));
}

} // namespace

QString subcommandList(const Command& command)
{
    int width = 0;
    for (const Subcommand& s : command.subcommands)
        width = std::max(width, int(s.name.size()));
    QString text = QStringLiteral("Subcommands:\n");
    for (const Subcommand& s : command.subcommands)
        text += QStringLiteral("  ") + s.name.leftJustified(width) + QStringLiteral("  ") + s.summary + u'\n';
    return text;
}

void printOverview(QTextStream& to, const CommandTable& table)
{
    to << "Usage: teamspace-cli [GLOBAL OPTIONS] COMMAND [SUBCOMMAND] [ARGS]\n\n"
          "Global options:\n"
          "  -w, --workspace DIR  the notebook repository (default: found from the current folder)\n"
          "  -r, --root DIR       the shared folder as mounted here (default: the one remembered, see "
          "`config`)\n"
          "  --json               one JSON document on stdout\n"
          "  --index FILE         use this SQLite index instead of the per-user one\n"
          "  --as MEMBER          act as this member\n"
          "  --progress           progress on stderr even when it is not a terminal\n"
          "  --no-progress        no progress (default: progress only when stderr is a terminal)\n"
          "  -q, --quiet          no progress and no `note:` lines (errors and warnings stay)\n"
          "  --version, --help\n\nCommands:\n";
    for (const Command& c : table)
        to << "  " << c.name.leftJustified(12) << " " << c.summary << "\n";
    to << "\nEach command has --help (or: teamspace-cli help COMMAND). Exit codes: 0 ok, 1 problems found, "
          "2 usage, 3 bad input, 4 failed.\n";
    to.flush();
}

int runCommandLine(Cli& cli, const CommandTable& table, QStringList words)
{
    if (words.isEmpty()) {
        printOverview(cli.err, table);
        return cli.usageError(QStringLiteral("name a command (see `teamspace-cli --help`)"));
    }
    if (isHelp(words.first()) || (words.first() == QStringLiteral("help") && words.size() == 1)) {
        printOverview(cli.out, table);
        return ExitOk;
    }
    if (words.first() == QStringLiteral("help")) {
        words.removeFirst(); // help COMMAND [SUBCOMMAND] = COMMAND [SUBCOMMAND] --help
        words << QStringLiteral("--help");
        if (!findCommand(table, words.first()))
            return cli.usageError(
                QStringLiteral("help: unknown command \"%1\" (see `teamspace-cli --help`)").arg(words.first()));
    }
    if (const Command* command = findCommand(table, words.first()))
        return runCommand(cli, *command, words);
    return cli.usageError(
        QStringLiteral("unknown command \"%1\" (see `teamspace-cli --help`)").arg(words.first()));
}

} // namespace ts::cli
