// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// raw baseline and raw verify: the content proof of the raw folders, shared as raw-baseline.json in the
// repository and kept in the local database.
#pragma once

#include "services/Call.h"

#include "permissions/BaselineVerifier.h"
#include "permissions/IntegrityBaseline.h"
#include "workspace/Workspace.h"

#include <QDateTime>

#include <optional>

namespace ts::services {

struct RawBaselineOptions
{
    permissions::HashAlgorithm algorithm = permissions::HashAlgorithm::Xxh3_128;
    int threads = 0; // 0: one per core
};

struct RawBaselineReport
{
    qint64 files = 0, bytes = 0;
    permissions::HashAlgorithm algorithm = permissions::HashAlgorithm::Xxh3_128;
    QString file;                            // absolute path of raw-baseline.json
    double seconds = 0;                      // hashing wall time
    QList<permissions::PathNote> skipped;    // symlinks, special files, unsafe names, other mounts
    QList<permissions::PathNote> errors;     // files that could not be read
    QList<permissions::PathNote> unreadable; // folders that could not be read
    QStringList missingFolders;
    // Set when the proof was not (fully) published: something could not be read (nothing written, the
    // lists above say what), or writing it failed. The caller reports it as the command's error.
    std::optional<Error> failure;
    QString logWarning; // published, but the activity log could not record it
};

struct RawVerifyOptions
{
    bool quick = false; // trust size and mtime; do not read content
    bool local = false; // the baseline in the local database instead of raw-baseline.json
    int threads = 0;
};

// One file that differs from the baseline, with its size then and now (-1 where it has none: an added file
// was not in the baseline, a removed one is not on disk).
struct RawChange
{
    enum class Kind { Modified, Added, Removed };
    Kind kind = Kind::Modified;
    QString path; // relative to the raw folder's top, as in the baseline
    qint64 baselineSize = -1;
    qint64 currentSize = -1;
};

struct RawVerifyReport
{
    permissions::VerifyReport result;
    permissions::HashAlgorithm algorithm = permissions::HashAlgorithm::Xxh3_128; // the baseline's
    QList<RawChange> changes; // result's modified, added and removed, in that order, with sizes
};

// What the shared baseline holds, without hashing anything.
struct RawBaselineSummary
{
    permissions::HashAlgorithm algorithm = permissions::HashAlgorithm::Xxh3_128;
    qint64 files = 0, bytes = 0;
    QString file; // absolute path of raw-baseline.json
    // When it was recorded: by this computer's local copy when that is the same baseline (recordedHere),
    // else when raw-baseline.json was last written here (a pull or a checkout).
    QDateTime recordedAt;
    bool recordedHere = false;
};

// Hashes every file under the raw folders and, only when every one could be read, writes raw-baseline.json
// and the local copy and logs raw.baseline. Cancelled: nothing was written.
Result<RawBaselineReport> recordRawBaseline(const Workspace& workspace, const RawBaselineOptions& options,
                                            const Call& call);

// Leads only (Failed naming the leads otherwise): the GUI's "Take baseline" and "Accept as new baseline",
// which make the current files the proof the whole team verifies against. Then as recordRawBaseline.
Result<RawBaselineReport> acceptRawBaseline(const Workspace& workspace, const RawBaselineOptions& options,
                                            const Call& call);

// The shared baseline's figures (raw-baseline.json), or nullopt when there is none yet. A malformed file is
// the parser's BadInput error.
Result<std::optional<RawBaselineSummary>> rawBaselineSummary(const Workspace& workspace);

// "ana or bea": the leads of the manifest, for "ask …" in refusals.
QString leadNames(const Workspace& workspace);

// Compares the raw folders with the baseline (the shared file, or the local copy with `local`, which only
// reads the local database: a read-only local folder is fine).
Result<RawVerifyReport> verifyRaw(const Workspace& workspace, const RawVerifyOptions& options,
                                  const Call& call);

} // namespace ts::services
