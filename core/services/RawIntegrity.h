// raw baseline and raw verify: the content proof of the raw folders, shared as raw-baseline.json in the
// repository and kept in the local database.
#pragma once

#include "services/Call.h"

#include "permissions/BaselineVerifier.h"
#include "permissions/IntegrityBaseline.h"
#include "workspace/Workspace.h"

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

struct RawVerifyReport
{
    permissions::VerifyReport result;
    permissions::HashAlgorithm algorithm = permissions::HashAlgorithm::Xxh3_128; // the baseline's
};

// Hashes every file under the raw folders and, only when every one could be read, writes raw-baseline.json
// and the local copy and logs raw.baseline. Cancelled: nothing was written.
Result<RawBaselineReport> recordRawBaseline(const Workspace& workspace, const RawBaselineOptions& options,
                                            const Call& call);

// Compares the raw folders with the baseline (the shared file, or the local copy with `local`, which only
// reads the local database: a read-only local folder is fine).
Result<RawVerifyReport> verifyRaw(const Workspace& workspace, const RawVerifyOptions& options,
                                  const Call& call);

} // namespace ts::services
