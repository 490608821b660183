// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Tables owned by the raw-data baseline, and its own numbered migrations (applied through db/Schema.h).
#pragma once

#include "db/Schema.h"

namespace ts::permissions {

// The local copy of the last `raw baseline` of this workspace (the shared copy is raw-baseline.json in the
// repository). One row per regular file under the raw folders; `path` is relative to the top of the folder's
// location (the shared folder, or the repository for repository-located raw folders), as in the JSON file.
inline constexpr const char* kBaselineSchemaV1 = R"sql(
CREATE TABLE raw_baseline (
  path            TEXT PRIMARY KEY,  -- normalised relative path, '/' separated
  size            INTEGER NOT NULL,  -- bytes
  mtime_ns        INTEGER NOT NULL,  -- modification time, nanoseconds since the Unix epoch
  algorithm       TEXT NOT NULL,     -- xxh3-128 | blake2b-256 | sha256
  hash            TEXT NOT NULL,     -- lowercase hex digest of the content
  recorded_at_utc TEXT NOT NULL      -- ISO-8601 UTC of the baseline run that wrote the row
) WITHOUT ROWID;
)sql";

// Append only (see db/Schema.h). The shared list of before ran this one as its migration 3.
inline constexpr db::Migration kBaselineMigrationList[] = {
    {1, "raw-data baseline", kBaselineSchemaV1, 3},
};
inline constexpr db::ModuleMigrations kBaselineMigrations{"baseline", kBaselineMigrationList};

} // namespace ts::permissions
