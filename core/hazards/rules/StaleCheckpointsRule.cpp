// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Hosted runtimes die after 12 h (1 h idle): when a member's newest checkpoint is older than the policy while
// their results keep changing, the work since that checkpoint is at risk.
#include "hazards/Rules.h"

#include <QCoreApplication>
#include <QHash>

namespace ts::hazards {

namespace {
QString age(qint64 seconds)
{
    if (seconds >= 48 * 3600)
        return QCoreApplication::translate("Hazards", "%1 d %2 h")
            .arg(seconds / 86400)
            .arg((seconds % 86400) / 3600);
    if (seconds >= 3600)
        return QCoreApplication::translate("Hazards", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60);
    return QCoreApplication::translate("Hazards", "%1 min").arg(seconds / 60);
}
} // namespace

Result<QList<Finding>> checkStaleCheckpoints(const HazardContext& context)
{
    const qint64 maxAgeNs = context.manifest.policies.checkpointMaxAgeSeconds * 1'000'000'000;
    auto checkpoints = context.index.memberTopFolders(index::Kind::Checkpoints);
    auto results = context.index.memberTopFolders(index::Kind::Results);
    if (!checkpoints)
        return checkpoints.error();
    if (!results)
        return results.error();
    QHash<QString, qint64> newestResult;
    for (const index::FolderRow& r : *results)
        newestResult[r.member] = std::max(newestResult.value(r.member), r.newestMtimeNs);
    QList<Finding> findings;
    for (const index::FolderRow& c : *checkpoints) {
        if (c.newestMtimeNs == 0 || context.nowNs - c.newestMtimeNs <= maxAgeNs)
            continue;
        const qint64 resultNs = newestResult.value(c.member);
        if (resultNs <= c.newestMtimeNs)
            continue; // nothing newer happened since: not work at risk, just a finished run
        findings << Finding{
            QStringLiteral("stale-checkpoints"), Severity::Warning, c.path,
            QCoreApplication::translate(
                "Hazards", "%1's newest checkpoint is %2 old (limit %3) while their results changed "
                           "%4 after it")
                .arg(c.member, age((context.nowNs - c.newestMtimeNs) / 1'000'000'000),
                     age(context.manifest.policies.checkpointMaxAgeSeconds),
                     age((resultNs - c.newestMtimeNs) / 1'000'000'000)),
            QCoreApplication::translate(
                "Hazards", "save a checkpoint now and at least every %1 (runtimes stop after 12 h, "
                           "or 1 h idle)")
                .arg(age(context.manifest.policies.checkpointMaxAgeSeconds))};
    }
    return findings;
}

} // namespace ts::hazards
