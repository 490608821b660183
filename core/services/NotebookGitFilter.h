// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Teamspace as git's clean filter for notebooks (issue 18): `notebook strip -` strips what git stages, and
// `notebook install-filter` sets it up, so that a teammate who commits with plain git commits the bytes a
// sync would (libgit2, which the sync uses, runs no filters; the sync strips by itself). docs/notebooks.md.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ts::services {

// The filter's name in .gitattributes and git config, and the line that applies it to every notebook.
inline constexpr char kNotebookFilterName[] = "teamspace";
inline constexpr char kNotebookAttributesLine[] = "*.ipynb filter=teamspace";

// Strips notebook bytes (`source` names them in errors: "stdin") with the strip policy of the workspace at
// `workspaceDir` when given, else of the workspace at or above `currentDir` (its teamspace.json as the working
// tree has it; git runs a filter at the top of the working tree), else the built-in default policy. The
// result is what `notebook strip FILE` writes and a sync commits for the same bytes. BadInput for anything
// that is not a notebook a sync would commit (invalid JSON, nbformat 3, a cut-off file) and for an invalid
// teamspace.json, naming it.
Result<QByteArray> stripNotebookStream(QByteArray bytes, const QString& workspaceDir, const QString& currentDir,
                                       const QString& source);

struct NotebookFilterSetup
{
    QString repository;        // the working tree (empty for a global setup)
    QString attributesPath;    // .gitattributes at its top (empty for a global setup)
    bool attributesWritten = false;
    QString configPath;        // .git/config, or the global git configuration file
    QStringList configWritten; // the keys set now (already right: not listed)
    QString cleanCommand;
    QStringList warnings; // another filter for notebooks in .gitattributes
};

// Installs the clean filter: in the git repository at or above `startDir`, appends kNotebookAttributesLine
// to its top .gitattributes (to be committed, so that it travels with the repository) and sets
// filter.teamspace.clean = `cleanCommand` and filter.teamspace.required = true in its .git/config. `global`:
// sets the two keys in the user's global git configuration instead, and touches no repository (every clone
// whose .gitattributes has the line then strips on this machine). Idempotent: what is already right is not
// written again. Usage error outside a git repository (without `global`); BadInput for a .gitattributes that
// is a link.
Result<NotebookFilterSetup> installNotebookGitFilter(const QString& startDir, const QString& cleanCommand,
                                                     bool global);

} // namespace ts::services
