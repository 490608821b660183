// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Deleted files sitting in a visible trash folder still count against the owner's quota.
#include "hazards/Rules.h"

#include "util/ByteSize.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace ts::hazards {

Result<QList<Finding>> checkTrashFolders(const HazardContext& context)
{
    auto trash = context.index.files("e.top=0 AND e.type=1 AND (CAST(e.name AS TEXT) GLOB '.Trash*' OR "
                                     "CAST(e.name AS TEXT)='.trash') ORDER BY f.path, e.name");
    if (!trash)
        return trash.error();
    QList<Finding> findings;
    for (const index::FileRow& t : *trash) {
        auto sizes = context.index.folders("f.top=0 AND f.path=X'" + t.relativePath.toHex() + "'");
        if (!sizes)
            return sizes.error();
        const qint64 bytes = sizes->isEmpty() ? 0 : sizes->first().bytes;
        const qint64 files = sizes->isEmpty() ? 0 : sizes->first().files;
        // Computed apart: lupdate's parser loops forever on a template argument inside translate()'s call.
        const int fileCount = int(std::min<qint64>(files, INT_MAX));
        findings << Finding{
            QStringLiteral("trash-folder"), bytes > 0 ? Severity::Warning : Severity::Info, t.path,
            QCoreApplication::translate(
                "Hazards", "a trash folder holding %1 in %n files: deleted files still count against quota",
                nullptr, fileCount)
                .arg(formatByteSize(bytes)),
            QCoreApplication::translate(
                "Hazards", "empty the trash, or truncate files to zero bytes before deleting them")};
    }
    return findings;
}

} // namespace ts::hazards
