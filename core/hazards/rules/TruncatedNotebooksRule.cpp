// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A notebook that is not valid JSON was cut off mid-write; Jupyter cannot open it. This rule reads the file
// (the scan never does): only notebooks in results, checkpoints and notebooks folders, up to a size limit.
#include "hazards/Rules.h"

#include "notebooks/ConflictMarkers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ts::hazards {

Result<QList<Finding>> checkTruncatedNotebooks(const HazardContext& context)
{
    QList<Finding> findings;
    const Status read =
        context.forEachNotebook([&findings](const index::FileRow& f, const QByteArray& bytes) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            if (error.error == QJsonParseError::NoError && doc.isObject())
                return;
            if (nb::conflictMarkerOffset(bytes))
                return; // not cut off: a committed merge conflict (notebook-conflict-markers)
            findings << Finding{
                QStringLiteral("truncated-notebook"), Severity::Error, f.path,
                QCoreApplication::translate(
                    "Hazards", "not a valid notebook: %1 at byte %2 of %3 (a write cut off part-way)")
                    .arg(error.error == QJsonParseError::NoError
                             ? QCoreApplication::translate("Hazards", "not a JSON object")
                             : error.errorString())
                    .arg(error.offset)
                    .arg(f.size),
                QCoreApplication::translate(
                    "Hazards", "restore it from git (`git checkout -- FILE`) or from the runtime's copy, "
                               "then save it once more")};
        });
    if (!read)
        return read.error();
    return findings;
}

} // namespace ts::hazards
