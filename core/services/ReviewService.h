// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// codeowners and check-push (issue 13): the server-side half of the incoming review (docs/sync.md).
#pragma once

#include "sync/CodeOwners.h"
#include "sync/PushCheck.h"
#include "workspace/Workspace.h"

namespace ts::services {

struct CodeOwnersReport
{
    QString path; // CODEOWNERS, relative to the repository
    bool written = false;
    QByteArray text;
    QStringList warnings; // members without an account, …
};

// CODEOWNERS generated from ws.manifest; written at the top of the repository (atomically) when `write`.
Result<CodeOwnersReport> codeOwners(const Workspace& ws, bool write);

// Reviews OLD..NEW of the repository at `repoPath` (empty: the one git's environment names) with the rules
// the sync applies to incoming commits (sync::checkPushedRange), notebooks validated by the stripper.
Result<sync::PushCheckResult> checkPush(const QString& repoPath, const QString& oldRev,
                                        const QString& newRev);

} // namespace ts::services
