// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A CODEOWNERS file (GitHub, GitLab) generated from the manifest: the git host's branch protection then asks
// the right people to approve, which is real enforcement where Teamspace's own checks only catch mistakes.
#pragma once

#include "workspace/Manifest.h"

namespace ts::sync {

// Repository-relative name the file is written to (the top of the repository: both hosts read it there).
inline constexpr const char* kCodeOwnersFileName = "CODEOWNERS";

struct CodeOwners
{
    QByteArray text;      // the file; rules in order, the last matching rule wins on both hosts
    QStringList warnings; // one line per rule left out (a member or every lead without an "account")
};

// notebooks/<member>/ → @account, each assigned notebook → its owner's @account, teamspace.json,
// raw-baseline.json and CODEOWNERS itself → every lead's @account.
CodeOwners generateCodeOwners(const Manifest& manifest);

} // namespace ts::sync
