// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Who edits and who runs each notebook: the list (on disk and assigned), the lead's assignment, and the
// runner suggestion from the index's usage.
#pragma once

#include "notebooks/Ownership.h"
#include "workspace/Workspace.h"

#include <optional>

namespace ts::services {

struct NotebookListEntry
{
    QString path;                       // repository-relative
    QString owner;                      // the assignment's, else the default owner; empty when none
    QString runner;                     // empty when not chosen
    std::optional<QString> accelerator; // "GPU (T4)", …; none for CPU, unreadable and missing notebooks
    qint64 bytes = 0;                   // 0 when missing
    bool onDisk = false;                // false: assigned in teamspace.json, not in the repository
    std::optional<QString>
        plannedAccelerator; // the assignment's ("CPU", "GPU", "TPU"); none when not planned
};

struct NotebookListReport
{
    QList<NotebookListEntry> notebooks; // sorted by path
    QStringList warnings;               // notebooks that could not be read (listed without accelerator)
};

// The notebooks in the repository (nb::notebooksOnDisk: hidden folders, checkpoints and links skipped) and
// those only assigned in the manifest.
NotebookListReport listNotebooks(const Workspace& ws);

struct AssignRequest
{
    QString notebook; // as the user named it: absolute, cwd-relative or repository-relative
    QString owner;    // empty: the current owner, else the default owner
    QString runner;   // empty: keep the current runner
    std::optional<qint64> expectedOutputBytes;
    std::optional<QString> accelerator; // nullopt: keep; empty: clear; else "CPU", "GPU" or "TPU"
};

// Sets a notebook's owner, runner and expected output in teamspace.json (compare-and-swap: an assignment of
// the same notebook changed by someone else since `ws` was read refuses the edit) and logs it. Usage error
// when the acting member is not the lead; BadInput for a path outside the repository or through a link.
Result<NotebookAssignment> assignNotebook(Workspace& ws, const AssignRequest& request);

struct RunnerSuggestion
{
    QString notebook;                      // repository-relative
    QList<nb::RunnerCandidate> candidates; // best first
};

// Ranks the members by storage headroom for running `notebook` (usage from the last scan in the index).
// `expectedOutputBytes` overrides the assignment's expected output.
Result<RunnerSuggestion> suggestRunner(const Workspace& ws, const QString& notebook,
                                       std::optional<qint64> expectedOutputBytes);

// All of one member's notebooks handed to others in one compare-and-swap edit of teamspace.json: the way out
// when a member who owns or runs notebooks leaves (removeMember refuses until nothing names them).
struct ReassignRequest
{
    QString from; // the member whose notebooks move
    QString
        owner; // new owner of every notebook `from` owns (assigned, or by default: under notebooks/<from>/)
    QString runner; // new runner of every notebook `from` runs; empty: runner not chosen
};

struct ReassignReport
{
    QList<NotebookAssignment> changed; // after the edit, sorted by path
};

// Lead only (Usage error, as assignNotebook). Usage error when `from` owns notebooks and `owner` is empty,
// `from` or not a member, or `runner` is `from` or not a member. Notebooks on disk whose default owner is
// `from` get an assignment with the new owner. Each changed notebook is logged ("notebook.assign") after the
// one edit. Nothing to move is not an error (an empty report).
Result<ReassignReport> reassignNotebooks(Workspace& ws, const ReassignRequest& request);

// The notebooks that name `member` as owner or runner, counting those under notebooks/<member>/ that have no
// assignment (their default owner): what reassignNotebooks would move. Sorted.
QStringList notebooksOf(const Workspace& ws, const QString& member);

} // namespace ts::services
