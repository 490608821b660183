// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Set-aside review and sync history (issue 16): the copies syncs kept under notebooks/<member>/set-aside/,
// each with the notebook it shadows and a notebook-aware diff against that notebook's current version; the
// owner (and only the owner) applies chosen cells of a copy into their notebook (written through the exact
// writer, committed by the next sync); anyone discards their own copies (it stays in git history). History:
// the last sync commits with who changed which notebooks, each diffable against its parent.
#pragma once

#include "notebooks/NotebookDiff.h"
#include "services/Call.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QList>

namespace ts::services {

struct SetAsideCopy
{
    QString copy;    // repository-relative: notebooks/<member>/set-aside/<name>.<stamp>.<ext>
    QString member;  // whose set-aside folder holds it (who made the edit)
    QString shadows; // the notebook it is a version of (repository-relative); empty when it cannot be told
    QString owner;   // owner of `shadows` (assignment, else default owner); empty when unknown
    QDateTime when;  // from the stamp in the name (UTC); invalid when the name has none
    qint64 bytes = 0;
    bool mine = false;     // in my own set-aside folder: I may discard it
    bool canApply = false; // I own `shadows`, it exists, and the copy is a notebook: I may apply its cells
    QString why;           // when !canApply: why not, in words
};

// Every file under notebooks/*/set-aside/ in the working tree, newest first. Symlinks and files outside the
// repository are skipped (never followed).
Result<QList<SetAsideCopy>> listSetAside(const Workspace& ws);

// The diff of `copy` (B) against the current version of the notebook it shadows (A). Usage error naming the
// copy when it is not under a set-aside folder, or when what it shadows is unknown or missing.
Result<nb::NotebookDiff> diffSetAside(const Workspace& ws, const QString& copy);

struct ApplyCellsReport
{
    QString notebook;  // the notebook written (repository-relative)
    int applied = 0;   // diff rows applied
    QStringList notes; // what a user should know (rows that were unchanged and so skipped …)
};

// Applies rows `rows` (indices into diffSetAside(ws, copy).cells) of the copy into the notebook it shadows:
// a modified row takes the copy's cell, an added row inserts the copy's cell where it stands, a removed row
// deletes the cell. Only the notebook's owner (ws.me) may; the notebook is written atomically through the
// exact writer (nothing is written on any error) and logged ("notebook.apply-cells"). Usage error when I do
// not own it or a row is out of range.
Result<ApplyCellsReport> applySetAsideCells(const Workspace& ws, const QString& copy, const QList<int>& rows);

// Deletes my own set-aside copy from the working tree (the next sync commits the removal; git history keeps
// it). Usage error when the copy is not in my set-aside folder. Logged ("sync.discard").
Status discardSetAside(const Workspace& ws, const QString& copy);

struct HistoryFile
{
    QString path;
    char status = 'M'; // 'A' added, 'D' deleted, 'M' modified
};

struct HistoryCommit
{
    QString commit; // full hex id
    QString parent; // first parent; empty for the root commit
    QString author; // name
    QString authorEmail;
    QString member; // the manifest member whose e-mail it is; empty when none
    qint64 timeSecs = 0;
    QString summary;
    QList<HistoryFile> notebooks; // the .ipynb files it changed against its first parent
    int otherFiles = 0;           // how many other files it changed
};

// The last `limit` commits of HEAD, newest first (merge commits listed against their first parent).
Result<QList<HistoryCommit>> syncHistory(const Workspace& ws, int limit, const Call& call);

// The notebook `path` at `commit` (B) against its first parent (A); an absent side diffs as an empty
// notebook.
Result<nb::NotebookDiff> diffAtCommit(const Workspace& ws, const QString& commit, const QString& path);

} // namespace ts::services
