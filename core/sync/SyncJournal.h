// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The journal of the running sync job, in the local data folder (next to the local database; never in the
// repository or the shared folder). It is what makes a kill -9 at any point recoverable: the next job reads
// it and finishes what the dead one started (see docs/sync.md, "The journal").
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ts::sync {

struct JournalEntry
{
    enum class Phase {
        Staging,   // set-aside copies and stripped notebooks are being written; `stamp` names the copies
        Committed, // our commit exists (commit)
        Merging,   // HEAD moves from mergeFrom to mergeTo; the working tree may be half checked out
        Pushing,   // HEAD is ready; the remote may or may not have it
        Done,
    };
    Phase phase = Phase::Staging;
    qint64 pid = 0; // the process that ran the job
    QDateTime startedUtc;
    QString stamp;     // UTC stamp used in set-aside names, reused when the job is resumed
    QString commit;    // our commit from the working tree, if any
    QString mergeFrom; // HEAD before the merge / fast-forward
    QString mergeTo;   // the commit HEAD moves to
};

QString toString(JournalEntry::Phase phase);

class SyncJournal
{
public:
    explicit SyncJournal(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }
    // Nothing there → nullopt. A journal that cannot be read is reported (BadInput naming the file),
    // not silently ignored: it may describe a half-done merge.
    Result<std::optional<JournalEntry>> read() const;
    // Written atomically (writeFileAtomically: the old entry or the new one, never half of each). On a full
    // disk the old entry stays and the job stops before the step it was about to start.
    Status write(const JournalEntry& entry) const;
    Status clear() const;

private:
    QString m_path;
};

} // namespace ts::sync
