// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A small team built in code for the GUI tests: Ana (lead), Ben, Chen; a colab-team-like layout. Written to
// disk with the real saveManifest when a test opens it the way a user would.
#pragma once

#include "panels/Panel.h"

namespace ts::test {

Manifest sampleManifest();
// The workspace as openWorkspace would return it (no disk access): repo and root as given, me = `me`.
gui::WorkspacePtr sampleWorkspace(const QString& repoDir, const QString& rootDir,
                                  const QString& me = QStringLiteral("ana"));
// Writes teamspace.json into repoDir (the real writer); QFAIL-style qFatal if it cannot.
void writeSampleManifest(const QString& repoDir, const Manifest& manifest = sampleManifest());

} // namespace ts::test
