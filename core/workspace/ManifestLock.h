// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The lock that serialises edits of teamspace.json between processes on this machine (the CLI, the GUI):
// an exclusive flock on `.teamspace.json.lock` next to the manifest. The kernel drops it when the holder
// exits, however it exits (kill -9 included), so a crash never leaves the workspace locked; the file itself
// stays (removing a flock file races with the next locker) and is listed in .git/info/exclude so that sync
// and `git status` never see it.
#pragma once

#include "util/Result.h"
#include "util/UniqueFd.h"

#include <QString>

namespace ts {

// Lock file name at the top of the notebook repository, next to teamspace.json.
inline constexpr const char* kManifestLockFileName = ".teamspace.json.lock";

class ManifestLock
{
public:
    // Waits up to `timeoutMs` for the lock of the workspace in `repoDir`. Failed (naming the lock file) when
    // another process holds it longer, or when the lock file cannot be opened (a symlink there is refused).
    // Also makes sure .git/info/exclude lists the lock file (a warning only when that cannot be written).
    static Result<ManifestLock> acquire(const QString& repoDir, int timeoutMs = 10'000);

    ManifestLock(ManifestLock&&) noexcept = default;
    ManifestLock& operator=(ManifestLock&&) noexcept = default;
    ~ManifestLock() = default; // closing the descriptor releases the lock

private:
    explicit ManifestLock(UniqueFd fd) : m_fd(std::move(fd)) {}
    UniqueFd m_fd;
};

// Adds `/.teamspace.json.lock` to <repoDir>/.git/info/exclude when the repository has a .git folder and the
// line is missing. Idempotent.
Status excludeManifestLockFromGit(const QString& repoDir);

} // namespace ts
