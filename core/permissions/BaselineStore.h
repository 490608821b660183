// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The local copy of the baseline in the workspace's database (table raw_baseline, migrated by
// BaselineSchema.h's list).
#pragma once

#include "db/SqliteDb.h"
#include "permissions/IntegrityBaseline.h"

#include <QDateTime>

#include <optional>

namespace ts::permissions {

class BaselineStore
{
public:
    explicit BaselineStore(db::SqliteDb& db) : m_db(db) {}

    // Replaces the stored baseline in one transaction (all rows or none).
    Status replace(const Baseline& baseline, const QDateTime& recordedAt = QDateTime::currentDateTimeUtc());
    // The stored baseline, or nullopt when `raw baseline` never ran here (or recorded no files).
    Result<std::optional<Baseline>> load();
    // When the stored baseline was recorded (null when none).
    Result<QDateTime> recordedAt();

private:
    db::SqliteDb& m_db;
};

} // namespace ts::permissions
