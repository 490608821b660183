// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Credentials in the OS keychain through QtKeychain: service "teamspace", one entry per remote URL
// (credentialKeyFor). QtKeychain's jobs are asynchronous; each call here waits for its job in a local event
// loop on one thread kept for them (QtKeychain's job queue is a singleton that must stay on one thread with a
// running loop); the caller waits, so it must be a worker thread or the CLI, never the GUI thread (it would
// freeze for a D-Bus round trip); a call from the GUI thread is refused with an error.
#pragma once

#include "sync/CredentialStore.h"

namespace ts::sync {

class KeychainCredentialStore final : public CredentialStore
{
public:
    static constexpr const char* kService = "teamspace";

    Result<std::optional<git::RemoteCredential>> read(const QString& remoteUrl) override;
    Status write(const QString& remoteUrl, const git::RemoteCredential& credential) override;
    Status forget(const QString& remoteUrl) override;

private:
    // On the keychain thread (KeychainCredentialStore.cpp): every QtKeychain job runs on one thread.
    static Result<std::optional<git::RemoteCredential>> readHere(const QString& remoteUrl);
};

} // namespace ts::sync
