// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The `notebook` command's subcommands, split by concern: files (strip, lint, root-cell) and ownership
// (list, assign, suggest-runner). registerNotebookCommands (Commands.h) dispatches to these.
#pragma once

#include "Cli.h"

namespace ts::cli {

int runNotebookStrip(Cli& cli, const QStringList& args);
// notebook strip - (stdin to stdout) and notebook install-filter (issue 18): NotebookFilterCommands.cpp.
int runNotebookStripStdin(Cli& cli);
int runNotebookInstallFilter(Cli& cli, const QStringList& args);
int runNotebookLint(Cli& cli, const QStringList& args);
int runNotebookRootCell(Cli& cli, const QStringList& args);
int runNotebookList(Cli& cli, const QStringList& args);
int runNotebookAssign(Cli& cli, const QStringList& args);
int runNotebookSuggestRunner(Cli& cli, const QStringList& args);
// notebook diff A B | notebook diff PATH (against HEAD) (issue 16): NotebookDiffCommand.cpp.
int runNotebookDiff(Cli& cli, const QStringList& args);

} // namespace ts::cli
