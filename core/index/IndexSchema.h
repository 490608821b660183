// Tables owned by the file index (see db/Schema.cpp for the migration order).
#pragma once

namespace ts::index {

// Filled in by the index module.
inline constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE index_placeholder (id INTEGER PRIMARY KEY);
)sql";

} // namespace ts::index
