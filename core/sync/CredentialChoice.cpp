// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/CredentialChoice.h"

#include "sync/CredentialStore.h"
#include "sync/GitCredentialHelper.h"
#include "sync/KeychainCredentialStore.h"
#include "workspace/LocalSettings.h"

#include <QUrl>

namespace ts::sync {

std::optional<git::RemoteCredential> credentialFromEnvironment(const QString& remoteUrl)
{
    if (credentialUseFor(remoteUrl) != CredentialUse::Required)
        return std::nullopt;
    const QString token = qEnvironmentVariable(kTokenVariable);
    if (token.isEmpty())
        return std::nullopt;
    QString username = qEnvironmentVariable(kUsernameVariable);
    if (username.isEmpty())
        username = QUrl(remoteUrl).userName();
    if (username.isEmpty())
        username = QString::fromLatin1(kDefaultTokenUsername);
    return git::RemoteCredential{username, token, {}};
}

QString waysWithoutKeychain(const QString& remoteUrl)
{
    return QStringLiteral("set %1 for this run, or run `teamspace-cli credentials use-git-helper %2` to use "
                          "git's credential helpers, or start a keyring (gnome-keyring or KWallet) and "
                          "unlock it")
        .arg(QLatin1String(kTokenVariable), credentialKeyFor(remoteUrl));
}

namespace {

// Step 2: git's helpers, when opted in. nullopt when not opted in or they have nothing (a note says so).
std::optional<CredentialChoice> fromGitHelper(const QString& remoteUrl, QStringList& notes)
{
    if (!LocalSettings::usesGitCredentialHelper(credentialKeyFor(remoteUrl)))
        return std::nullopt;
    auto filled = GitCredentialHelper::fill(remoteUrl);
    if (filled && *filled)
        return CredentialChoice{remoteUrl, CredentialSource::GitHelper, *filled};
    notes << (filled ? QStringLiteral("git's credential helpers have no credential for %1")
                           .arg(credentialKeyFor(remoteUrl))
                     : filled.error().message) +
                 QStringLiteral("; trying the keychain");
    return std::nullopt;
}

} // namespace

Result<CredentialChoice> chooseCredential(const QString& remoteUrl, QStringList& notes)
{
    const CredentialUse use = credentialUseFor(remoteUrl);
    if (use == CredentialUse::None)
        return CredentialChoice{remoteUrl, CredentialSource::None, std::nullopt};
    if (auto token = credentialFromEnvironment(remoteUrl))
        return CredentialChoice{remoteUrl, CredentialSource::Environment, std::move(token)};
    if (use == CredentialUse::Required)
        if (auto helped = fromGitHelper(remoteUrl, notes))
            return std::move(*helped);
    KeychainCredentialStore keychain;
    auto stored = keychain.read(remoteUrl);
    if (stored)
        return CredentialChoice{remoteUrl, *stored ? CredentialSource::Keychain : CredentialSource::None,
                                *stored};
    if (use == CredentialUse::Required)
        return stored.error();
    notes << stored.error().message + QStringLiteral("; trying the SSH agent");
    return CredentialChoice{remoteUrl, CredentialSource::None, std::nullopt};
}

void settleCredential(const CredentialChoice& choice, const Status& outcome, QStringList& notes)
{
    if (choice.source != CredentialSource::GitHelper || !choice.credential)
        return;
    Status settled;
    if (outcome)
        settled = GitCredentialHelper::approve(choice.remoteUrl, *choice.credential);
    else if (outcome.error().message.contains(QLatin1String("authentication failed for")))
        settled = GitCredentialHelper::reject(choice.remoteUrl, *choice.credential);
    if (!settled)
        notes << settled.error().message;
}

} // namespace ts::sync
