// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// git's own credential helpers (credential.helper: store, cache, libsecret, osxkeychain, a vendor's manager)
// through `git credential fill|approve|reject` (gitcredentials(7)), for the remotes the user opted in to on
// this machine (`teamspace-cli credentials use-git-helper`). The protocol goes over stdin and stdout of a
// `git` process; GIT_TERMINAL_PROMPT=0 so that git never waits for a terminal, and a timeout for helpers that
// hang anyway. The secret lives only in this process's memory and the pipe to git.
#pragma once

#include "git/GitRepository.h"

namespace ts::sync {

class GitCredentialHelper
{
public:
    // How long one `git credential` call may take before it is killed.
    static constexpr int kTimeoutMs = 30000;

    // The user name and password git's helpers give for `remoteUrl` (http or https). nullopt when they have
    // none (git answers "terminal prompts disabled", or with no password); Failed when git cannot be run or
    // times out, naming what to check.
    static Result<std::optional<git::RemoteCredential>> fill(const QString& remoteUrl);
    // After the remote accepted (approve) or refused (reject) `credential`: git's helpers store or erase it.
    static Status approve(const QString& remoteUrl, const git::RemoteCredential& credential);
    static Status reject(const QString& remoteUrl, const git::RemoteCredential& credential);

    // The description git's protocol reads on stdin: url=…, then username= and password= when given.
    static QByteArray describe(const QString& remoteUrl, const git::RemoteCredential& credential);
    // username= and password= of git's answer (other keys ignored).
    static git::RemoteCredential parseAnswer(const QByteArray& answer);
};

} // namespace ts::sync
