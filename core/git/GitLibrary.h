// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// libgit2's global state, brought up on first use and kept up for the life of the process.
#pragma once

namespace ts::git {

// Every object that calls into libgit2 holds one, so no call can come before the initialisation, on any
// thread. It deliberately never calls git_libgit2_shutdown: in libgit2 1.5 the last shutdown frees only the
// calling thread's error state and then deletes the thread-local key, so a worker thread that had used
// libgit2 (a sync on the GUI's background thread, say) loses its state for good -- LeakSanitizer saw that as
// an intermittent 232-byte leak. The process's exit reclaims the global state instead.
class GitLibrary
{
public:
    GitLibrary();
};

} // namespace ts::git
