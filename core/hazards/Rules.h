// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The hazard rules: one pure function over the index per file (rules/<Name>Rule.cpp), each with a stable id.
#pragma once

#include "hazards/Finding.h"
#include "hazards/HazardContext.h"
#include "util/Result.h"

namespace ts::hazards {

using RuleCheck = Result<QList<Finding>> (*)(const HazardContext&);

struct Rule
{
    const char* id;
    RuleCheck check;
};

Result<QList<Finding>> checkSplitThreshold(const HazardContext& context);         // split-threshold
Result<QList<Finding>> checkFolderEntryLimit(const HazardContext& context);       // folder-entry-limit
Result<QList<Finding>> checkRootClutter(const HazardContext& context);            // root-clutter
Result<QList<Finding>> checkZeroByteFiles(const HazardContext& context);          // zero-byte-file
Result<QList<Finding>> checkTruncatedNotebooks(const HazardContext& context);     // truncated-notebook
Result<QList<Finding>> checkConflictedNotebooks(const HazardContext& context);    // notebook-conflict-markers
Result<QList<Finding>> checkStaleCheckpoints(const HazardContext& context);       // stale-checkpoints
Result<QList<Finding>> checkGitInSharedFolder(const HazardContext& context);      // git-in-shared-folder
Result<QList<Finding>> checkDatabaseInSharedFolder(const HazardContext& context); // database-in-shared-folder
Result<QList<Finding>> checkSymlinksInSharedFolder(const HazardContext& context); // symlink-in-shared-folder
Result<QList<Finding>> checkTrashFolders(const HazardContext& context);           // trash-folder
Result<QList<Finding>> checkMembersOverQuota(const HazardContext& context);       // member-over-quota

// Every rule, in a fixed order.
const QList<Rule>& allRules();

// Runs every rule; findings sorted by severity (errors first), rule id, then path.
Result<QList<Finding>> runAllRules(const HazardContext& context);

} // namespace ts::hazards
