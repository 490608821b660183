// Shared by the storage commands (scan, usage, largest, growth, duplicates, hazards, report): opening the
// index of the workspace, running a scan with progress on stderr, and the JSON shapes of CLI.md.
#pragma once

#include "Cli.h"

#include "hazards/Finding.h"
#include "index/IndexStore.h"
#include "index/ScanJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ts::cli {

struct StorageSession
{
    Workspace workspace;
    index::IndexStore store;
};

// Opens the workspace and its index. With `needScan` (the commands that only read the index), an index that
// was never filled is a Failed error that says to run `teamspace-cli scan` first, and a read-only index
// folder is opened read-only (IndexStore::openForReading).
Result<StorageSession> openStorage(const Cli& cli, bool needScan);

// Scans the workspace into its index (incremental unless `full`), with progress on stderr when it is a
// terminal. A shared folder that looks unmounted is refused unless `acceptEmptyRoot` (ScanRequest).
Result<index::ScanReport> runScan(Cli& cli, const Workspace& workspace, bool full,
                                  bool acceptEmptyRoot = false);

QJsonObject scanJson(const index::ScanReport& report);
Result<QJsonObject> memberUsageJson(index::IndexStore& store, const Manifest& manifest);
Result<QJsonObject> kindUsageJson(index::IndexStore& store);
Result<QJsonObject> largestJson(index::IndexStore& store, int count);
QJsonObject findingsJson(const QList<hazards::Finding>& findings);
Result<QList<hazards::Finding>> runHazards(StorageSession& session);

QJsonValue optionalBytes(const std::optional<qint64>& value);

} // namespace ts::cli
