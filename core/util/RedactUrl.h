// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Secrets must not leave the process through text: a remote URL may carry a password or token in its user
// information (`https://ana:TOKEN@host/team.git`), and libgit2 and our own messages quote remote URLs.
#pragma once

#include <QString>

namespace ts {

// Replaces the user information of every URL in `text` (a bare URL or a longer message quoting one or more)
// with "***": "push to https://ana:TOKEN@host/t.git: 401" → "push to https://***@host/t.git: 401". The user
// name goes too: hosts accept a token in its place. Text without such a URL is returned unchanged.
QString redactUrlUserinfo(const QString& text);

} // namespace ts
