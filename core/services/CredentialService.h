// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// credentials set/forget (issue 13): a remote named by the workspace or given as a URL, and its credential
// in the OS keychain. The secret goes from the caller to the keychain and nowhere else.
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

} // namespace ts::services
