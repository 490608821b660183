// Credentials in the OS keychain through QtKeychain: service "teamspace", one entry per remote URL
// (credentialKeyFor). QtKeychain's jobs are asynchronous; each call here waits for its job in a local event
// loop, so it must run on a worker thread or in the CLI, never on the GUI thread (a nested loop there
// re-enters the GUI); a call from the GUI thread is refused with an error.
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
};

} // namespace ts::sync
