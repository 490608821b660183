// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The per-file notebook actions: strip, lint and the ROOT_PATH first cell. Each file is handled on its own:
// a bad notebook is reported in its row and left untouched, and the others are still processed.
#pragma once

#include "notebooks/NotebookFile.h"
#include "notebooks/NotebookLint.h"
#include "notebooks/RootPathCell.h"
#include "workspace/Workspace.h"

#include <optional>

namespace ts::services {

// Strip and lint take notebooks anywhere: the manifest that governs one is that of `workspaceDir` when given,
// else of the workspace holding the file; outside a workspace the built-in defaults apply. A path inside a
// repository that is or passes through a link is refused before anything is read.

struct StripFileResult
{
    QString path;               // as given
    std::optional<Error> error; // set: the file was refused or could not be written (left as it was)
    nb::StripFileOutcome outcome;
};

struct StripReport
{
    QList<StripFileResult> files; // in the order given
};

StripReport stripNotebooks(const QStringList& paths, const QString& workspaceDir, nb::StripMode mode,
                           bool upgradeV3);

struct LintFileResult
{
    QString path; // as given
    std::optional<Error> error;
    QList<nb::LintFinding> findings;
};

struct LintReport
{
    QList<LintFileResult> files; // in the order given
    // Not findings: an nbstripout git filter of a repository that strips differently (docs/notebooks.md), or
    // why that could not be checked.
    QStringList warnings;
};

LintReport lintNotebooks(const QStringList& paths, const QString& workspaceDir);

struct RootCellFileResult
{
    QString path;     // as given
    QString relative; // repository-relative (set unless the path itself was refused)
    std::optional<Error> error;
    bool changed = false; // written; false: the cell was already there as generated
};

struct RootCellReport
{
    QList<RootCellFileResult> files;
};

// Inserts or refreshes the generated ROOT_PATH first cell of notebooks in `ws`'s repository, for each
// notebook's runner (else owner, else default owner); a notebook with nobody to run it is refused (Usage).
RootCellReport writeRootCells(const Workspace& ws, const QStringList& paths);

// What lint checks a notebook of `manifest`'s workspace against (the layout's raw folders).
nb::LintContext lintContext(const Manifest& manifest);

// The ROOT_PATH cell settings writeRootCells uses for the notebook at `relative` (repository-relative): for
// its runner, else its owner, else its default owner. Usage error when there is nobody.
Result<nb::RootCellSettings> rootCellSettings(const Manifest& manifest, const QString& relative);

// Inserts or refreshes the ROOT_PATH cell of one notebook of `ws` (repository-relative, already checked);
// true when written.
Result<bool> writeRootCell(const Workspace& ws, const QString& relative);

} // namespace ts::services
