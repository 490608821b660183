// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A workspace built in code for the permissions tests: repository and shared folder in one temporary folder,
// a lead (ana) and a member (ben), raw data at data/raw in the shared folder.
#pragma once

#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace ts::test {

inline Workspace makeRawWorkspace(const QString& base, const QString& me = QStringLiteral("ana"))
{
    Workspace ws;
    ws.repoDir = base + QStringLiteral("/repo");
    ws.rootDir = base + QStringLiteral("/root");
    ws.me = me;
    QDir().mkpath(ws.repoDir);
    QDir().mkpath(ws.rootDir + QStringLiteral("/data/raw"));
    ws.manifest.id = QStringLiteral("ws-test");
    ws.manifest.name = QStringLiteral("Test team");
    ws.manifest.members << Member{QStringLiteral("ana"),
                                  QStringLiteral("Ana"),
                                  QStringLiteral("ana@example.org"),
                                  MemberRole::Lead,
                                  {},
                                  {}}
                        << Member{QStringLiteral("ben"),
                                  QStringLiteral("Ben"),
                                  QStringLiteral("ben@example.org"),
                                  MemberRole::Member,
                                  {},
                                  {}};
    ws.manifest.layout
        << LayoutFolder{QStringLiteral("data/raw"), FolderRole::Raw, FolderLocation::Root, false, {}}
        << LayoutFolder{
               QStringLiteral("data/processed"), FolderRole::Processed, FolderLocation::Root, false, {}};
    return ws;
}

} // namespace ts::test
