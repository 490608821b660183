// The `notebook` command's subcommands, split by concern: files (strip, lint, root-cell) and ownership
// (list, assign, suggest-runner). registerNotebookCommands (Commands.h) dispatches to these.
#pragma once

#include "Cli.h"

namespace ts::cli {

int runNotebookStrip(Cli& cli, const QStringList& args);
int runNotebookLint(Cli& cli, const QStringList& args);
int runNotebookRootCell(Cli& cli, const QStringList& args);
int runNotebookList(Cli& cli, const QStringList& args);
int runNotebookAssign(Cli& cli, const QStringList& args);
int runNotebookSuggestRunner(Cli& cli, const QStringList& args);

// A notebook argument as a repository-relative path: absolute or cwd-relative paths of existing files are
// made relative to the repository (refused when outside it); anything else is taken as repository-relative.
// BadInput for paths that leave the repository (.., absolute elsewhere) and for a path that is or passes
// through a symlink below the repository (it may point at another member's notebook).
Result<QString> repositoryRelativeNotebook(const QString& repoDir, const QString& argument);

} // namespace ts::cli
