// Tables owned by the activity log (see db/Schema.cpp for the migration order).
#pragma once

namespace ts::activity {

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
)sql";

} // namespace ts::activity
