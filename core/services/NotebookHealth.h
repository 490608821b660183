// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A notebook's health as the Notebooks panel shows it, read once per file off the GUI thread: the facts
// (kernel, nbformat, cells, outputs), the lint findings, whether it is stripped as the policy wants, and the
// state of its generated ROOT_PATH first cell. Also the two fixes an owner may apply to their own notebook.
#pragma once

#include "notebooks/NotebookFacts.h"
#include "notebooks/NotebookFile.h"
#include "notebooks/NotebookLint.h"
#include "services/Call.h"
#include "workspace/Workspace.h"

#include <optional>

namespace ts::services {

enum class RootCellState {
    Unknown,  // not checked (the notebook could not be read)
    Missing,  // no tagged ROOT_PATH cell
    Current,  // the tagged cell is first and its source is what would be generated now
    Outdated, // tagged, but not first or its source differs (another runner, a renamed layout folder)
    NoRunner, // nobody to generate it for: no runner, owner or default owner
};

struct NotebookHealth
{
    QString path;               // repository-relative
    std::optional<Error> error; // the notebook could not be read or parsed: everything else is unset
    nb::NotebookFacts facts;
    QList<nb::LintFinding> findings;
    bool stripped = false;      // stripping with the manifest's policy would change nothing
    qint64 strippedBytes = 0;   // the file's size after stripping (its size when stripped)
    RootCellState rootCell = RootCellState::Unknown;
};

// Reads each notebook once (links and paths outside the repository refused per file, as in NotebookFiles.h)
// and computes its health; a bad notebook gets its error in its entry and the others go on. In the order of
// `paths` (repository-relative). Cancelled: the entries done so far. Progress: notebooks done / total.
QList<NotebookHealth> notebookHealth(const Workspace& ws, const QStringList& paths, const Call& call);

// The owner's fixes. Both refuse (Usage error naming the owner and the path) unless `ws.me` owns the notebook
// (its assignment's owner, else its default owner): another member's notebook is read-only here, since sync
// would set the edit aside. Both write atomically and only when the bytes change.
Result<nb::StripFileOutcome> stripMyNotebook(const Workspace& ws, const QString& path);
// Inserts or refreshes the generated ROOT_PATH first cell (for its runner, else its owner); true when written.
Result<bool> refreshMyRootCell(const Workspace& ws, const QString& path);

} // namespace ts::services
