// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Credentials in a map, for unit tests of code that takes a CredentialStore. Never used by the app.
#pragma once

#include "sync/CredentialStore.h"

#include <QMap>

namespace ts::sync {

class MemoryCredentialStore final : public CredentialStore
{
public:
    Result<std::optional<git::RemoteCredential>> read(const QString& remoteUrl) override
    {
        const auto it = m_entries.constFind(credentialKeyFor(remoteUrl));
        if (it == m_entries.cend())
            return std::optional<git::RemoteCredential>();
        return std::optional<git::RemoteCredential>(*it);
    }
    Status write(const QString& remoteUrl, const git::RemoteCredential& credential) override
    {
        m_entries.insert(credentialKeyFor(remoteUrl), credential);
        return {};
    }
    Status forget(const QString& remoteUrl) override
    {
        if (m_entries.remove(credentialKeyFor(remoteUrl)) == 0)
            return Error::usage(QStringLiteral("no credential stored for %1").arg(credentialKeyFor(remoteUrl)));
        return {};
    }

private:
    QMap<QString, git::RemoteCredential> m_entries;
};

} // namespace ts::sync
