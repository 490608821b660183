// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Files above the split threshold hit Drive's hidden download quotas: members cannot fetch them.
#include "hazards/Rules.h"

#include "util/ByteSize.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkSplitThreshold(const HazardContext& context)
{
    const qint64 limit = context.manifest.policies.splitThresholdBytes;
    auto files = context.index.files("e.type=0 AND e.top=0 AND e.size>" + QByteArray::number(limit) +
                                     " ORDER BY e.size DESC");
    if (!files)
        return files.error();
    QList<Finding> findings;
    for (const index::FileRow& f : *files)
        findings << Finding{
            QStringLiteral("split-threshold"), Severity::Error, f.path,
            QCoreApplication::translate(
                "Hazards", "%1 is larger than the split threshold of %2; shared drives refuse or "
                           "throttle downloads of files this large")
                .arg(formatByteSize(f.size), formatByteSize(limit)),
            QCoreApplication::translate(
                "Hazards", "split it into parts under %1 (e.g. `split -b %2`), or shard the data set")
                .arg(formatByteSize(limit))
                .arg(limit)};
    return findings;
}

} // namespace ts::hazards
