// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Builds a real workspace for a test with the same code the CLI's `init` and `member add` run.
#pragma once

#include "workspace/Workspace.h"

#include <QStringList>

namespace ts::test {

// initWorkspace in `repoDir` (shared folder `rootDir`, or the same folder when empty) with lead "ana", then
// adds each of `members` (role member, quota 1 GiB). Aborts the test program (qFatal) if any step fails.
// Call isolateUserFolders() first: this remembers settings and writes the default local database.
Workspace makeWorkspace(const QString& repoDir, const QString& rootDir = {},
                        const QString& templateName = QStringLiteral("colab-team"),
                        const QStringList& members = {});

} // namespace ts::test
