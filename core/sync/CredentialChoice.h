// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Where the credential of one transfer (sync, the Sync panel's fetch, join's clone) comes from, in this order
// (docs/sync.md, "Credentials"):
//   1. TEAMSPACE_GIT_TOKEN (with TEAMSPACE_GIT_USERNAME, else the URL's user, else "x-access-token"), for
//      http(s) remotes, for this run only: read from the environment, never written anywhere;
//   2. git's credential helpers (`git credential fill`), when the user opted in for this remote on this machine
//      (`teamspace-cli credentials use-git-helper URL`, kept in the local settings);
//   3. the OS keychain (KeychainCredentialStore).
// A keychain that cannot be reached stops an http(s) transfer with an error naming these ways out; for ssh it
// is a note and the SSH agent is tried.
#pragma once

#include "git/GitRepository.h"

#include <QStringList>

namespace ts::sync {

inline constexpr const char* kTokenVariable = "TEAMSPACE_GIT_TOKEN";
inline constexpr const char* kUsernameVariable = "TEAMSPACE_GIT_USERNAME";
inline constexpr const char* kDefaultTokenUsername = "x-access-token";

enum class CredentialSource { None, Environment, GitHelper, Keychain };

struct CredentialChoice
{
    QString remoteUrl;
    CredentialSource source = CredentialSource::None;
    std::optional<git::RemoteCredential> credential;
};

// The credential TEAMSPACE_GIT_TOKEN gives `remoteUrl` (nullopt when unset or empty, or not http(s)).
std::optional<git::RemoteCredential> credentialFromEnvironment(const QString& remoteUrl);

// The ways out named when no keychain is reachable ("set TEAMSPACE_GIT_TOKEN for this run, or …").
QString waysWithoutKeychain(const QString& remoteUrl);

// Chooses as described above. `notes` gets what the user should know (git's helpers had nothing, the
// keychain was not reachable for ssh). Failed, naming the ways out, when an http(s) remote has neither the
// variable nor a helper's credential and the keychain cannot be read. Never on the GUI thread.
Result<CredentialChoice> chooseCredential(const QString& remoteUrl, QStringList& notes);

// After the transfer: a credential from git's helpers is approved when `outcome` succeeded and rejected when
// it failed to authenticate (sync's "authentication failed for URL"), as git itself does. A failure of git
// there is a note; nothing else is done for the other sources.
void settleCredential(const CredentialChoice& choice, const Status& outcome, QStringList& notes);

} // namespace ts::sync
