// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// SQLite relies on file locks a synced or network folder does not honour: its files corrupt there.
#include "hazards/Rules.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkDatabaseInSharedFolder(const HazardContext& context)
{
    auto files = context.index.files("e.top=0 AND e.type=0 AND (CAST(e.name AS TEXT) LIKE '%.sqlite' OR "
                                     "CAST(e.name AS TEXT) LIKE '%.sqlite3' "
                                     "OR CAST(e.name AS TEXT) LIKE '%-wal' OR CAST(e.name AS TEXT) LIKE "
                                     "'%.sqlite-shm') ORDER BY f.path, e.name");
    if (!files)
        return files.error();
    QList<Finding> findings;
    for (const index::FileRow& f : *files)
        findings << Finding{
            QStringLiteral("database-in-shared-folder"), Severity::Error, f.path,
            QCoreApplication::translate(
                "Hazards", "an SQLite database file in the shared folder: shared drives do not honour "
                           "its locks, so concurrent use corrupts it"),
            QCoreApplication::translate(
                "Hazards", "keep the database on a local disk and share exports (CSV, Parquet) instead")};
    return findings;
}

} // namespace ts::hazards
