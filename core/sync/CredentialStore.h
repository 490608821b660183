// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Where remote credentials live. The real store is the OS keychain (KeychainCredentialStore); the in-memory
// one exists for unit tests only. Secrets never go to the manifest, the index, settings or logs: callers read
// the credential before the job starts and hand it to the job in memory.
#pragma once

#include "git/GitRepository.h"

namespace ts::sync {

class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // nullopt when nothing is stored for this remote.
    virtual Result<std::optional<git::RemoteCredential>> read(const QString& remoteUrl) = 0;
    virtual Status write(const QString& remoteUrl, const git::RemoteCredential& credential) = 0;
    // Usage error naming the URL when nothing was stored.
    virtual Status forget(const QString& remoteUrl) = 0;
};

// The key a credential is filed under: the URL without any user name or password in it, so that
// "https://ada@host/x.git" and "https://host/x.git" share one entry and no secret becomes a key.
QString credentialKeyFor(const QString& remoteUrl);

// True for remotes that never ask for credentials (a local path or file://).
bool isLocalRemote(const QString& remoteUrl);

// Whether a sync reads the keychain for a remote before it starts. http(s) needs a user name and password or
// token (a keychain that cannot be read stops the sync); ssh may use a stored key file (without a readable
// keychain it falls back to the SSH agent); git://, file:// and local paths never ask.
enum class CredentialUse { None, Required, Optional };
CredentialUse credentialUseFor(const QString& remoteUrl);

// The credential as stored in one keychain entry (JSON with username, secret, sshKeyFile).
QByteArray encodeCredential(const git::RemoteCredential& credential);
Result<git::RemoteCredential> decodeCredential(const QByteArray& bytes, const QString& remoteUrl);

} // namespace ts::sync
