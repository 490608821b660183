// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// credentials set/forget (issue 13): a remote named by the workspace or given as a URL, and its credential
// in the OS keychain. The secret goes from the caller to the keychain and nowhere else. use-git-helper and
// list (issue 18): where a transfer looks for a remote's credential (sync/CredentialChoice.h).
#pragma once

#include "git/GitRepository.h"

namespace ts::services {

struct CredentialReport
{
    QString key;      // the keychain key: the URL without user name or password (sync::credentialKeyFor)
    QString username; // empty for forget
};

// Whether `nameOrUrl` is a URL or path (a scheme, a path, or host:path) rather than a remote's name.
bool isRemoteUrl(const QString& nameOrUrl);
// The URL of remote `nameOrUrl` of the repository at `repoDir`, or `nameOrUrl` itself when it is a URL; Usage
// error naming the repository when it has no such remote.
Result<QString> resolveRemoteUrl(const QString& repoDir, const QString& nameOrUrl);

Result<CredentialReport> storeCredential(const QString& remoteUrl, const git::RemoteCredential& credential);
// Usage error naming the URL when nothing was stored.
Result<CredentialReport> forgetCredential(const QString& remoteUrl);

// Opts `remoteUrl` in to git's credential helpers on this machine (or out, `use` false): kept in the local
// settings by its key, never in the workspace. Usage error for a remote that is not http(s) (git's helpers
// answer for http and https only; ssh uses the agent or a key file).
Result<CredentialReport> useGitCredentialHelper(const QString& remoteUrl, bool use);

// Where a transfer of one remote looks for its credential, in order ("environment" when TEAMSPACE_GIT_TOKEN
// is set and the remote is http(s), "git-helper" when opted in, "keychain"; "ssh-agent" last for ssh; empty
// for a local or git:// remote that needs none).
struct CredentialSources
{
    QString key;  // sync::credentialKeyFor
    QString name; // the workspace's name for it, or empty
    QStringList order;
};
// The workspace's remotes (`repoDir`, may be empty) and every remote opted in to git's helpers.
QList<CredentialSources> listCredentialSources(const QString& repoDir);

} // namespace ts::services
