// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/IntegrityBaseline.h"

#include "permissions/ParallelHasher.h"
#include "permissions/RawFileSet.h"

#include <numeric>

namespace ts::permissions {

Result<BaselineRun> IntegrityBaseline::compute(const Workspace& workspace, const BaselineOptions& options)
{
    auto set = RawFileSet::list(workspace, options.cancel);
    if (!set)
        return set.error();
    std::vector<int> all(set->files.size());
    std::iota(all.begin(), all.end(), 0);

    ParallelHasher hasher;
    hasher.algorithm = options.algorithm;
    hasher.threads = options.threads;
    hasher.cancel = options.cancel;
    hasher.progress = options.progress;
    auto outcomes = hasher.hash(*set, all);
    if (!outcomes)
        return outcomes.error();

    BaselineRun run;
    run.baseline.algorithm = options.algorithm;
    run.skipped = set->skipped;
    run.unreadable = set->unseen;
    run.missingFolders = set->missingFolders;
    for (size_t i = 0; i < all.size(); ++i) {
        const RawFile& file = set->files.at(i);
        const HashOutcome& outcome = outcomes->at(i);
        if (!outcome.digest) {
            run.errors << PathNote{file.path, outcome.error};
            continue;
        }
        run.baseline.entries << BaselineEntry{file.path, outcome.digest->size, outcome.digest->mtimeNs,
                                              outcome.digest->hexDigest};
        run.bytes += outcome.digest->size;
    }
    return run;
}

} // namespace ts::permissions
