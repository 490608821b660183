// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// git's own configuration as the user set it (~/.gitconfig, XDG, system), read through libgit2.
#pragma once

#include <QString>

namespace ts::git {

// user.name and user.email of git's default configuration; empty when unset or unreadable.
struct ConfiguredIdentity
{
    QString name;
    QString email;
};
ConfiguredIdentity defaultConfiguredIdentity();

} // namespace ts::git
