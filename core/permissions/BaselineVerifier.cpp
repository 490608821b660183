// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/BaselineVerifier.h"

#include "permissions/ParallelHasher.h"
#include "permissions/RawFileSet.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ts::permissions {

Result<VerifyReport> BaselineVerifier::verify(const Workspace& workspace, const Baseline& baseline,
                                              const VerifyOptions& options)
{
    auto set = RawFileSet::list(workspace, options.cancel);
    if (!set)
        return set.error();
    VerifyReport report;
    report.quick = options.quick;
    report.skipped = set->skipped;
    report.missingFolders = set->missingFolders;
    // A folder the walk could not see into: its files are neither removed nor unchanged, but unknown.
    report.errors << set->unseen;
    const auto unseen = [&](const QString& path) {
        return std::any_of(set->unseen.begin(), set->unseen.end(), [&](const PathNote& folder) {
            return path == folder.path || path.startsWith(folder.path + u'/');
        });
    };

    QHash<QString, int> onDisk;
    for (size_t i = 0; i < set->files.size(); ++i)
        onDisk.insert(set->files[i].path, int(i));

    // Size first: a different size is a modification without reading a byte; equal sizes are hashed (or, in
    // quick mode, compared by mtime).
    std::vector<int> toHash;
    QList<const BaselineEntry*> toHashEntries;
    QSet<QString> inBaseline;
    for (const BaselineEntry& entry : baseline.entries) {
        inBaseline.insert(entry.path);
        const auto found = onDisk.constFind(entry.path);
        if (found == onDisk.constEnd()) {
            if (!unseen(entry.path))
                report.removed << entry.path;
            continue;
        }
        const RawFile& file = set->files.at(size_t(*found));
        if (file.size != entry.size)
            report.modified << entry.path;
        else if (options.quick && file.mtimeNs == entry.mtimeNs)
            ++report.unchanged;
        else if (options.quick)
            report.modified << entry.path;
        else {
            toHash.push_back(*found);
            toHashEntries << &entry;
        }
    }
    for (const RawFile& file : set->files)
        if (!inBaseline.contains(file.path))
            report.added << file.path;

    if (!toHash.empty()) {
        ParallelHasher hasher;
        hasher.algorithm = baseline.algorithm;
        hasher.threads = options.threads;
        hasher.cancel = options.cancel;
        hasher.progress = options.progress;
        auto outcomes = hasher.hash(*set, toHash);
        if (!outcomes)
            return outcomes.error();
        for (size_t i = 0; i < toHash.size(); ++i) {
            const HashOutcome& outcome = outcomes->at(i);
            const BaselineEntry& entry = *toHashEntries.at(qsizetype(i));
            if (!outcome.digest) {
                report.errors << PathNote{entry.path, outcome.error};
                continue;
            }
            report.bytesHashed += outcome.digest->size;
            if (outcome.digest->hexDigest == entry.hash && outcome.digest->size == entry.size)
                ++report.unchanged;
            else
                report.modified << entry.path;
        }
    }
    std::sort(report.modified.begin(), report.modified.end(), baselinePathLess);
    return report;
}

} // namespace ts::permissions
