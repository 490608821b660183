// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// git's lock files (index.lock, HEAD.lock, refs/heads/<branch>.lock) left by a process that died.
// The rule (docs/sync.md, "Stale locks"): a lock is provably stale, and removed, only when no process on
// this machine has it open AND either our journal records an unfinished job whose process is dead and the
// lock is no older than that job, or the lock is older than the age limit (default 10 minutes).
// Anything else is reported with its age and left alone.
#pragma once

#include "sync/SyncJournal.h"

#include <QList>
#include <QStringList>

namespace ts::sync {

struct LockInspection
{
    QString path;
    qint64 ageSeconds = 0;
    QList<qint64> holders; // pids with the file open
    bool stale = false;
    QString why;           // why it is (or is not) provably stale, for the report
};

bool isProcessAlive(qint64 pid);
// Pids of processes on this machine that have `path` open (from /proc/<pid>/fd).
QList<qint64> processesHolding(const QString& path);

LockInspection inspectLock(const QString& lockPath, const std::optional<JournalEntry>& journal, qint64 maxAgeSeconds);

// Checks the lock files of `gitDir` a sync would take. Stale ones are removed (a note says so, with the age);
// a lock that is not provably stale fails the job with its path and age.
Status clearStaleLocks(const QString& gitDir, const QString& branch, const std::optional<JournalEntry>& journal,
                       qint64 maxAgeSeconds, QStringList& notes);

} // namespace ts::sync
