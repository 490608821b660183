// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A git object id as a plain value, so that no header outside core/git needs libgit2's git_oid.
#pragma once

#include "util/Result.h"

#include <array>
#include <optional>

namespace ts::git {

struct Oid
{
    std::array<unsigned char, 20> bytes{};

    friend bool operator==(const Oid& a, const Oid& b) { return a.bytes == b.bytes; }
    friend bool operator!=(const Oid& a, const Oid& b) { return !(a == b); }
};

// The 40 hex digits.
QString oidToString(const Oid& oid);
// BadInput ("\"x\" is not a commit id") unless `sha` is 40 hex digits.
Result<Oid> oidFromString(const QString& sha);

} // namespace ts::git
