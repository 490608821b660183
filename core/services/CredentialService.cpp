// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/CredentialService.h"

#include "sync/KeychainCredentialStore.h"
#include "util/RedactUrl.h"

namespace ts::services {

bool isRemoteUrl(const QString& nameOrUrl)
{
    return nameOrUrl.contains(u':') || nameOrUrl.contains(u'/');
}

Result<QString> resolveRemoteUrl(const QString& repoDir, const QString& nameOrUrl)
{
    if (isRemoteUrl(nameOrUrl))
        return nameOrUrl;
    auto repo = git::GitRepository::open(repoDir);
    if (!repo)
        return repo.error();
    auto url = repo->remoteUrl(nameOrUrl);
    if (!url)
        return Error::usage(QStringLiteral("--remote %1: no such remote in %2 (pass the URL instead)")
                                .arg(redactUrlUserinfo(nameOrUrl), repoDir));
    return *url;
}

Result<CredentialReport> storeCredential(const QString& remoteUrl, const git::RemoteCredential& credential)
{
    sync::KeychainCredentialStore store;
    if (auto stored = store.write(remoteUrl, credential); !stored)
        return stored.error();
    return CredentialReport{sync::credentialKeyFor(remoteUrl), credential.username};
}

Result<CredentialReport> forgetCredential(const QString& remoteUrl)
{
    sync::KeychainCredentialStore store;
    if (auto forgotten = store.forget(remoteUrl); !forgotten)
        return forgotten.error();
    return CredentialReport{sync::credentialKeyFor(remoteUrl), QString()};
}

} // namespace ts::services
