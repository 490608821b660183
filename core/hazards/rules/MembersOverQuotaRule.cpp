// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A member whose attributed usage exceeds their quota cannot store outputs: their runs fail part-way.
#include "hazards/Rules.h"

#include "util/ByteSize.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkMembersOverQuota(const HazardContext& context)
{
    auto usage = context.index.memberUsage(context.manifest);
    if (!usage)
        return usage.error();
    // The finding points at the member's results folder, where the space usually is.
    QString resultsFolder;
    for (const LayoutFolder& f : context.manifest.foldersWithRole(FolderRole::Results))
        if (f.perMember && f.location == FolderLocation::Root && resultsFolder.isEmpty())
            resultsFolder = f.path + u'/';
    QList<Finding> findings;
    for (const index::MemberUsage& m : *usage) {
        if (!m.headroom || *m.headroom >= 0)
            continue;
        findings << Finding{
            QStringLiteral("member-over-quota"), Severity::Error, resultsFolder + m.id,
            QCoreApplication::translate("Hazards",
                                        "%1 uses %2 in results and checkpoints, %3 over the quota of %4")
                .arg(m.id, formatByteSize(m.bytes), formatByteSize(-*m.headroom), formatByteSize(*m.quota)),
            QCoreApplication::translate(
                "Hazards", "delete or move %1's old results and checkpoints, raise the quota "
                           "(`teamspace-cli member update %1 --quota SIZE`), or pick another runner")
                .arg(m.id)};
    }
    return findings;
}

} // namespace ts::hazards
