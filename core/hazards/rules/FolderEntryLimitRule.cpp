// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Folders with thousands of direct entries make mounted shared drives time out when listing them.
#include "hazards/Rules.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkFolderEntryLimit(const HazardContext& context)
{
    const int limit = context.manifest.policies.folderEntryLimit;
    // The shared folder itself has its own, lower limit (root-clutter).
    auto folders = context.index.folders("f.top=0 AND f.depth>0 AND f.entries>" + QByteArray::number(limit) +
                                         " ORDER BY f.entries DESC, f.path");
    if (!folders)
        return folders.error();
    QList<Finding> findings;
    for (const index::FolderRow& f : *folders)
        findings << Finding{
            QStringLiteral("folder-entry-limit"), Severity::Warning, f.path,
            QCoreApplication::translate(
                "Hazards", "%1 entries directly in this folder (limit %2); listing it can time out on "
                           "a mounted drive")
                .arg(f.entries)
                .arg(limit),
            QCoreApplication::translate(
                "Hazards", "group the files into sub-folders of fewer than %1 entries, or pack them "
                           "into archives or shards")
                .arg(limit)};
    return findings;
}

} // namespace ts::hazards
