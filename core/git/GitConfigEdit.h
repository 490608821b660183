// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Writing git configuration values where the git command line reads them: a repository's own .git/config,
// or the user's global file (what `git config --global` writes).
#pragma once

#include "git/GitRepository.h"
#include "util/Result.h"

#include <QString>

namespace ts::git {

// The value of `key` in the repository's own configuration (.git/config only, not the global one); empty when
// unset.
Result<QString> localConfigValue(const GitRepository& repo, const QString& key);
// Sets `key` in the repository's own configuration; false when it already had that value (nothing written).
Result<bool> setLocalConfigValue(const GitRepository& repo, const QString& key, const QString& value);

// The user's global git configuration file, as `git config --global` picks it: ~/.gitconfig, else
// $XDG_CONFIG_HOME/git/config (~/.config/git/config) when only that one exists, else ~/.gitconfig (created).
QString globalConfigPath();
Result<QString> globalConfigValue(const QString& key);
// Sets `key` in globalConfigPath(); false when it already had that value.
Result<bool> setGlobalConfigValue(const QString& key, const QString& value);

} // namespace ts::git
