// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A notebook committed in the middle of a merge: git's conflict markers in the file. Jupyter cannot open it
// and `git checkout -- FILE` brings back the same broken file, so the fix names the markers and the ways out.
// Reads the same notebooks as the truncated-notebook rule, which leaves these files to this one.
#include "hazards/Rules.h"

#include "notebooks/ConflictMarkers.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkConflictedNotebooks(const HazardContext& context)
{
    QList<Finding> findings;
    const Status read = context.forEachNotebook([&findings](const index::FileRow& f,
                                                            const QByteArray& bytes) {
        const std::optional<qsizetype> offset = nb::conflictMarkerOffset(bytes);
        if (!offset)
            return;
        const qsizetype line = bytes.left(*offset).count('\n') + 1;
        findings << Finding{
            QStringLiteral("notebook-conflict-markers"), Severity::Error, f.path,
            QCoreApplication::translate(
                "Hazards",
                "git conflict markers (<<<<<<< / ======= / >>>>>>>) from line %1: a merge was saved or "
                "committed unresolved, and Jupyter cannot open the notebook")
                .arg(line),
            QCoreApplication::translate(
                "Hazards",
                "open the file in a text editor and keep one side of each conflict (delete the marker "
                "lines and the other side), or take a whole version from history: `git log -- FILE`, then "
                "`git checkout COMMIT -- FILE`; commit the result")};
    });
    if (!read)
        return read.error();
    return findings;
}

} // namespace ts::hazards
