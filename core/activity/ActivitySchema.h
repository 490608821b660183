// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Tables owned by the activity log, and its own numbered migrations (applied through db/Schema.h).
#pragma once

#include "db/Schema.h"

namespace ts::activity {

// Append-only is enforced by the database itself: the triggers refuse any UPDATE or DELETE, so no code path
// (ours or a later module's) can rewrite history by accident.
inline constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE activity (
  id        INTEGER PRIMARY KEY,
  at_utc    TEXT NOT NULL,           -- ISO-8601 with milliseconds, UTC
  actor     TEXT NOT NULL,           -- member id, or the OS user when no member is known
  action    TEXT NOT NULL,           -- stable dotted id: member.add, layout.apply, raw.protect, sync.push …
  path      TEXT,                    -- workspace- or root-relative path it concerns, if any
  detail    TEXT                     -- one line for people
);
CREATE INDEX activity_at ON activity(at_utc);
CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity
BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity
BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
)sql";

// Append only: a released migration is never edited; change a table with a new one. The last number of
// each entry is the shared list's user_version that had run it (before issue 13 one list held every module).
inline constexpr db::Migration kMigrationList[] = {
    {1, "activity log", kSchemaV1, 1},
};
inline constexpr db::ModuleMigrations kMigrations{"activity", kMigrationList};

} // namespace ts::activity
