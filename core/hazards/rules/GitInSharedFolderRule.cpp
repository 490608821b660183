// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A git repository inside a synced drive corrupts: the drive syncs its lock and pack files half-written.
#include "hazards/Rules.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkGitInSharedFolder(const HazardContext& context)
{
    // state 4 = the notebook repository's own .git when one folder serves for both (not indexed, not a
    // hazard).
    auto folders = context.index.files("e.top=0 AND e.type=1 AND e.state<>4 AND CAST(e.name AS TEXT)='.git' "
                                       "ORDER BY f.path");
    if (!folders)
        return folders.error();
    QList<Finding> findings;
    for (const index::FileRow& f : *folders)
        findings << Finding{
            QStringLiteral("git-in-shared-folder"), Severity::Error, f.path,
            QCoreApplication::translate(
                "Hazards", "a git repository inside the shared folder: the drive syncs its lock and "
                           "pack files mid-write and corrupts it"),
            QCoreApplication::translate(
                "Hazards", "move the repository to a local disk and push to a remote; keep only data "
                           "in the shared folder")};
    return findings;
}

} // namespace ts::hazards
