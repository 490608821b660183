// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Hashes many files on all cores: one worker per core, each with its own fixed buffer (memory stays at
// workers x buffer), biggest files first so one large file does not finish last on an otherwise idle machine.
#pragma once

#include "permissions/FileHasher.h"
#include "permissions/RawFileSet.h"
#include "util/Cancellation.h"

#include <optional>
#include <vector>

namespace ts::permissions {

struct HashOutcome
{
    std::optional<FileDigest> digest; // empty when the file could not be hashed
    QString error;                    // why, one line
};

class ParallelHasher
{
public:
    HashAlgorithm algorithm = HashAlgorithm::Xxh3_128;
    int threads = 0; // 0: one per core
    const CancelToken* cancel = nullptr;
    ProgressCallback
        progress; // from worker threads, about ten times a second; done = files, bytes = bytes read

    // Hashes files[i] for every i in `which` (all files when empty is not wanted: pass every index). The
    // result has one outcome per entry of `which`, in the same order. Cancelled: Error of kind Cancelled.
    Result<std::vector<HashOutcome>> hash(const RawFileSet& set, const std::vector<int>& which) const;
};

} // namespace ts::permissions
