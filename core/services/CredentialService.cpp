// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/CredentialService.h"

#include "sync/CredentialChoice.h"
#include "sync/KeychainCredentialStore.h"
#include "workspace/LocalSettings.h"
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

Result<CredentialReport> useGitCredentialHelper(const QString& remoteUrl, bool use)
{
    const QString key = sync::credentialKeyFor(remoteUrl);
    if (use && sync::credentialUseFor(remoteUrl) != sync::CredentialUse::Required)
        return Error::usage(QStringLiteral("credentials use-git-helper %1: git's credential helpers answer for "
                                           "http(s) remotes only (ssh uses the SSH agent or `teamspace-cli "
                                           "credentials set --ssh-key FILE`)")
                                .arg(key));
    LocalSettings::setUsesGitCredentialHelper(key, use);
    return CredentialReport{key, QString()};
}

namespace {

QStringList sourcesFor(const QString& url)
{
    const sync::CredentialUse use = sync::credentialUseFor(url);
    if (use == sync::CredentialUse::None)
        return {};
    QStringList order;
    if (sync::credentialFromEnvironment(url))
        order << QStringLiteral("environment");
    if (use == sync::CredentialUse::Required &&
        LocalSettings::usesGitCredentialHelper(sync::credentialKeyFor(url)))
        order << QStringLiteral("git-helper");
    order << QStringLiteral("keychain");
    if (use == sync::CredentialUse::Optional)
        order << QStringLiteral("ssh-agent");
    return order;
}

} // namespace

QList<CredentialSources> listCredentialSources(const QString& repoDir)
{
    QList<CredentialSources> rows;
    QStringList seen;
    if (!repoDir.isEmpty())
        if (auto repo = git::GitRepository::open(repoDir)) {
            for (const QString& name : repo->remoteNames()) {
                auto url = repo->remoteUrl(name);
                if (!url)
                    continue;
                rows.append(CredentialSources{sync::credentialKeyFor(*url), name, sourcesFor(*url)});
                seen << rows.last().key;
            }
        }
    for (const QString& key : LocalSettings::gitCredentialHelperRemotes())
        if (!seen.contains(key))
            rows.append(CredentialSources{key, QString(), sourcesFor(key)});
    return rows;
}

} // namespace ts::services
