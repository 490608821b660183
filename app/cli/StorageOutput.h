// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Shared by the storage commands (scan, usage, largest, growth, duplicates, hazards, report): progress of a
// scan on stderr, and the JSON shapes of CLI.md built from the services' reports.
#pragma once

#include "Cli.h"

#include "index/ScanJob.h"
#include "services/StorageQueries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ts::cli {

// "scanning: N entries, SIZE" on stderr while a scan runs, as Cli::progress decides (else empty); end it
// with cli.endProgress().
ProgressCallback scanProgress(Cli& cli);

QJsonObject scanJson(const index::ScanReport& report);
QJsonObject memberUsageJson(const services::MemberUsageReport& report);
QJsonObject kindUsageJson(const services::KindUsageReport& report);
QJsonObject largestJson(const services::LargestReport& report);
QJsonObject findingsJson(const QList<hazards::Finding>& findings);

QJsonValue optionalBytes(const std::optional<qint64>& value);

} // namespace ts::cli
