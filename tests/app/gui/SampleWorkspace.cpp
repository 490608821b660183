// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "SampleWorkspace.h"

namespace ts::test {

namespace {

Member member(const char* id, const char* name, MemberRole role, std::optional<qint64> quota)
{
    Member m;
    m.id = QString::fromLatin1(id);
    m.name = QString::fromLatin1(name);
    m.email = m.id + QStringLiteral("@lab.example");
    m.role = role;
    m.quotaBytes = quota;
    return m;
}

LayoutFolder folder(const char* path, FolderRole role, FolderLocation location, bool perMember)
{
    return LayoutFolder{QString::fromLatin1(path), role, location, perMember, {}};
}

} // namespace

Manifest sampleManifest()
{
    Manifest m;
    m.id = QStringLiteral("vision-lab");
    m.name = QStringLiteral("Vision Lab");
    m.templateName = QStringLiteral("colab-team");
    m.members << member("ana", "Ana Lima", MemberRole::Lead, 20LL << 30)
              << member("ben", "Ben Okafor", MemberRole::Member, 10LL << 30)
              << member("chen", "Chen Wei", MemberRole::Member, std::nullopt);
    m.layout << folder("data/raw", FolderRole::Raw, FolderLocation::Root, false)
             << folder("data/processed", FolderRole::Processed, FolderLocation::Root, false)
             << folder("results", FolderRole::Results, FolderLocation::Root, true)
             << folder("notebooks", FolderRole::Notebooks, FolderLocation::Repository, true);
    return m;
}

gui::WorkspacePtr sampleWorkspace(const QString& repoDir, const QString& rootDir, const QString& me)
{
    Workspace ws;
    ws.repoDir = repoDir;
    ws.rootDir = rootDir;
    ws.me = me;
    ws.manifest = sampleManifest();
    return std::make_shared<const Workspace>(std::move(ws));
}

void writeSampleManifest(const QString& repoDir, const Manifest& manifest)
{
    if (auto saved = saveManifest(manifest, repoDir); !saved)
        qFatal("cannot write the sample manifest: %s", qPrintable(saved.error().message));
}

} // namespace ts::test
