// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Who edits a notebook (owner) and whose storage pays for its outputs (runner): the assignment rules and
// the runner suggestion, as pure functions over the manifest and per-member usage numbers.
#pragma once

#include "util/Result.h"
#include "workspace/Manifest.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ts::nb {

// The member whose notebooks/<member>/ folder (the layout's per-member notebooks folder) holds the
// notebook, if that member exists; empty otherwise. `notebookPath` is repository-relative.
QString defaultOwner(const Manifest& manifest, const QString& notebookPath);

struct AssignmentRequest
{
    QString path;                       // repository-relative, as typed (normalised and checked here)
    QString owner;                      // empty: defaultOwner(), or the current owner
    QString runner;                     // empty: keep the current runner
    std::optional<qint64> expectedOutputBytes;
    // nullopt: keep; empty: clear (not planned); else one of kAccelerators (Usage error otherwise).
    std::optional<QString> accelerator;
};

// Returns the manifest with the assignment added or updated (assignments stay sorted by path).
// Usage errors for an unknown member or a missing owner; BadInput for a path outside the repository.
Result<Manifest> assignNotebook(Manifest manifest, const AssignmentRequest& request);

// Where a member's results and checkpoints live (root-relative), from the layout; empty when absent.
QString memberFolder(const Manifest& manifest, FolderRole role, const QString& memberId);

struct RunnerCandidate
{
    QString member;
    std::optional<qint64> quotaBytes;
    qint64 usedBytes = 0;            // attributed usage: their results and checkpoints folders
    qint64 committedBytes = 0;       // expected output of the other notebooks they run
    std::optional<qint64> headroomBytes; // quota − used − committed; none without a quota
    bool fits = false;               // headroom ≥ the expected output (never without a quota)
    QString explanation;             // one line: the arithmetic, or why the member is ranked last
};

// Ranks every member for running `notebookPath` with `expectedOutputBytes` (the notebook's assignment
// value when not given): members with a quota by headroom, most first (ties by id); members without a
// quota last, by id, with a note. `usageByMember`: bytes attributed to each member (missing = 0).
QList<RunnerCandidate> rankRunners(const Manifest& manifest, const QString& notebookPath,
                                   const QHash<QString, qint64>& usageByMember,
                                   std::optional<qint64> expectedOutputBytes);

} // namespace ts::nb
