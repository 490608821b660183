// Tables owned by the raw-data baseline (see db/Schema.cpp for the migration order).
#pragma once

namespace ts::permissions {

// Filled in by the permissions module.
inline constexpr const char* kBaselineSchemaV1 = R"sql(
CREATE TABLE baseline_placeholder (id INTEGER PRIMARY KEY);
)sql";

} // namespace ts::permissions
