// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// From the words after the global options to a command of the table: `help`, `--help`, subcommands, and the
// usage errors on the way (no command, no or an unknown subcommand: usage on stderr, exit 2).
#pragma once

#include "Cli.h"

namespace ts::cli {

// `teamspace-cli --help`: the shape, the global options and one line per command.
void printOverview(QTextStream& to, const CommandTable& table);

// Runs words[0] (a command of `table`), `help [COMMAND [SUBCOMMAND]]` or `--help`; returns the exit code.
int runCommandLine(Cli& cli, const CommandTable& table, QStringList words);

} // namespace ts::cli
