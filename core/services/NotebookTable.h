// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the Notebooks panel lists, in three passes of rising cost so the table paints at once and fills in:
// the rows (the manifest and a directory walk, no file read), the last commit of each notebook (git), and the
// state of each runner's output folders (the local index). Health (facts, lint, strip and ROOT_PATH-cell
// state) is in NotebookHealth.h.
#pragma once

#include "services/Call.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ts::services {

struct NotebookRow
{
    QString path;       // repository-relative
    bool onDisk = false;   // false: assigned in teamspace.json, no such file in the repository
    bool assigned = false; // has an entry in teamspace.json (else owner is the default owner, if any)
    QString owner;      // the assignment's, else nb::defaultOwner; empty when nobody
    QString runner;     // empty when not chosen
    std::optional<QString> plannedAccelerator; // the assignment's ("CPU", "GPU", "TPU"); none when not planned
    std::optional<qint64> expectedOutputBytes; // the assignment's
    qint64 bytes = 0;                          // file size; 0 when missing
    qint64 modifiedMs = 0;                     // file mtime, ms since the epoch; 0 when missing
};

// Every notebook in the repository (nb::notebooksOnDisk) and every assignment, sorted by path. Reads no
// notebook: one stat per file. Microseconds per notebook (2,000 notebooks well under 50 ms).
QList<NotebookRow> notebookRows(const Workspace& ws);

struct LastCommit
{
    QString commit;      // full hex id
    QString author;      // author name
    QString authorEmail;
    qint64 timeSecs = 0; // author time, seconds since the epoch
    QString summary;     // first line of the message
};

// The newest commit reachable from HEAD that changed each of `paths` (repository-relative). Paths never
// committed (or not found within the walk's limit) are absent. An unborn HEAD or a folder that is not a git
// repository gives an empty map, not an error. Cancelled: returns what was found so far. Reports progress
// (commits walked). Walks each commit once, diffing its tree against its first parent's.
Result<QHash<QString, LastCommit>> lastCommits(const Workspace& ws, const QStringList& paths, const Call& call);

// Where a runner's outputs go and whether the work there is at risk (the stale-checkpoints rule, per member).
struct RunnerOutputs
{
    QString member;
    QString resultsFolder;     // root-relative (results/<member>), empty when the layout has none
    QString checkpointsFolder; // root-relative (checkpoints/<member>), empty when the layout has none
    bool indexed = false;      // the index has a scan of the shared folder (else the times are unknown)
    qint64 newestResultNs = 0;     // newest file mtime below the results folder; 0 when none
    qint64 newestCheckpointNs = 0; // newest file mtime below the checkpoints folder; 0 when none
    qint64 resultBytes = 0;
    qint64 checkpointBytes = 0;
    // The newest checkpoint is older than policies.checkpointMaxAgeSeconds while newer results exist: the
    // work since that checkpoint is lost if a Colab runtime stops.
    bool atRisk = false;
    QString explanation; // one line: why at risk, or how old the newest checkpoint is; "not scanned yet"
};

// One entry per member (keyed by id), from the local index; `nowNs` is "now" (tests pass a fixed time).
// A missing index is not an error: every entry has indexed = false.
Result<QHash<QString, RunnerOutputs>> runnerOutputs(const Workspace& ws, qint64 nowNs);

} // namespace ts::services
