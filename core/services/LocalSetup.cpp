// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/LocalSetup.h"

#include "workspace/LocalSettings.h"

#include <QFile>
#include <QSet>

namespace ts::services {

Result<Workspace> openForLocalSetup(const QString& workspaceDir)
{
    auto opened = openRepository(workspaceDir);
    if (!opened)
        return opened.error();
    Workspace ws = std::move(*opened);
    ws.rootDir = LocalSettings::rootPath(ws.localStateKey);
    ws.me = LocalSettings::memberId(ws.localStateKey);
    if (!ws.me.isEmpty() && !ws.manifest.member(ws.me))
        ws.me.clear();
    return ws;
}

bool createdAsOneFolder(const Manifest& manifest, const QString& repoDir)
{
    QFile file(repoDir + QStringLiteral("/.gitignore"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QSet<QString> lines;
    for (const QByteArray& line : file.read(1 << 20).split('\n'))
        lines.insert(QString::fromUtf8(line).trimmed());
    int sharedFolders = 0;
    for (const LayoutFolder& folder : manifest.layout) {
        if (folder.location != FolderLocation::Root)
            continue;
        ++sharedFolders;
        if (!lines.contains(u'/' + folder.path + u'/'))
            return false;
    }
    return sharedFolders > 0;
}

Result<SharedFolderVerdict> rememberSharedFolder(const Workspace& ws, const QString& folder)
{
    if (folder.trimmed().isEmpty())
        return Error::usage(QStringLiteral("say which folder is the shared folder"));
    SharedFolderVerdict verdict = checkSharedFolder(ws.manifest, ws.repoDir, folder);
    if (!verdict.exists || !verdict.readable)
        return Error::usage(verdict.problem);
    if (verdict.isRepository) {
        const bool oneFolder = verdict.folder == ws.repoDir && createdAsOneFolder(ws.manifest, ws.repoDir);
        if (!oneFolder)
            return Error::usage(
                QStringLiteral("%1 is the notebook repository (or inside it, or holds it): the layout's data "
                               "folders would be created there and pushed with the notebooks; choose the "
                               "separately mounted shared folder")
                    .arg(verdict.folder));
        verdict.problem.clear(); // created as one folder for both: the repository is the shared folder
    }
    LocalSettings::setRootPath(ws.localStateKey, verdict.folder);
    return verdict;
}

Status rememberIdentity(const Workspace& ws, const QString& memberId)
{
    if (!ws.manifest.member(memberId))
        return Error::usage(QStringLiteral("%1: no such member in %2 (the members are: %3)")
                                .arg(memberId, QLatin1String(kManifestFileName), [&] {
                                    QStringList ids;
                                    for (const Member& m : ws.manifest.members)
                                        ids << m.id;
                                    return ids.join(QStringLiteral(", "));
                                }()));
    LocalSettings::setMemberId(ws.localStateKey, memberId);
    return {};
}

void forgetSharedFolder(const Workspace& ws)
{
    LocalSettings::setRootPath(ws.localStateKey, QString());
}

} // namespace ts::services
