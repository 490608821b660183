// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A zero-byte file where outputs are written is the usual trace of a write that silently failed.
#include "hazards/Rules.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkZeroByteFiles(const HazardContext& context)
{
    // results (3), checkpoints (4), notebooks (6); .gitkeep/.keep are deliberate empty placeholders.
    auto files = context.index.files(
        "e.type=0 AND e.size=0 AND e.kind IN (3,4,6) "
        "AND CAST(e.name AS TEXT) NOT IN ('.gitkeep','.keep') ORDER BY e.top, f.path, e.name");
    if (!files)
        return files.error();
    QList<Finding> findings;
    for (const index::FileRow& f : *files)
        findings << Finding{
            QStringLiteral("zero-byte-file"), Severity::Warning, f.path,
            QCoreApplication::translate(
                "Hazards", "empty %1 file: a write that failed silently (quota, many simultaneous "
                           "writers, runtime killed) leaves exactly this")
                .arg(index::kindName(f.kind)),
            QCoreApplication::translate(
                "Hazards", "re-run the step that writes it, then check its size; delete it if it "
                           "should not exist")};
    return findings;
}

} // namespace ts::hazards
