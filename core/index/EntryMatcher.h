// Finds, for each entry of a new walk, the stored row at the same place (same parent row, same name bytes).
#pragma once

#include "index/IndexSnapshot.h"

namespace ts::index {

// Returns, per tree entry, the index into previous.entries of its stored row, or -1 when it is new.
// Linear in the number of entries: a listing is compared position by position with the stored children of the
// same folder (an unchanged folder lists in the same order), and only a folder whose order differs is hashed.
std::vector<std::int32_t> matchStoredEntries(const ScanTree& tree, const IndexSnapshot& previous);

} // namespace ts::index
