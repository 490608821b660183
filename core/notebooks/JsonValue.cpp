// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/JsonValue.h"

#include <algorithm>

namespace ts::nb {

const JsonValue* JsonValue::find(std::string_view name) const
{
    for (auto it = children.rbegin(); it != children.rend(); ++it)
        if (it->key == name)
            return &*it;
    return nullptr;
}

JsonValue* JsonValue::find(std::string_view name)
{
    return const_cast<JsonValue*>(static_cast<const JsonValue*>(this)->find(name));
}

bool JsonValue::remove(std::string_view name)
{
    const auto before = children.size();
    children.erase(std::remove_if(children.begin(), children.end(), [&](const JsonValue& v) { return v.key == name; }),
                   children.end());
    return children.size() != before;
}

JsonValue& JsonValue::set(std::string_view name, JsonValue value)
{
    value.key = name;
    JsonValue* existing = find(name);
    if (existing) {
        // Keep the last one (the one Python sees) and drop earlier duplicates.
        *existing = std::move(value);
        const std::size_t keep = static_cast<std::size_t>(existing - children.data());
        std::vector<JsonValue> kept;
        kept.reserve(children.size());
        for (std::size_t i = 0; i < children.size(); ++i)
            if (i == keep || children[i].key != name)
                kept.push_back(std::move(children[i]));
        children = std::move(kept);
        return *find(name);
    }
    children.push_back(std::move(value));
    return children.back();
}

} // namespace ts::nb
