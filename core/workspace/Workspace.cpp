// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/Workspace.h"

#include "db/LocalDatabase.h"
#include "util/AtomicFile.h"
#include "workspace/LocalSettings.h"

#include <QDir>
#include <QFileInfo>

namespace ts {

QString Workspace::folderPath(const LayoutFolder& folder, const QString& memberId) const
{
    const QString top = folder.location == FolderLocation::Repository ? repoDir : rootDir;
    if (top.isEmpty())
        return {};
    QString path = top + u'/' + folder.path;
    if (folder.perMember && !memberId.isEmpty())
        path += u'/' + memberId;
    return path;
}

Status requireSharedFolder(const Workspace& ws)
{
    if (ws.hasSharedFolder())
        return {};
    return Error::usage(
        QStringLiteral("%1: no shared folder is set for this workspace on this machine (say where "
                       "it is mounted: `teamspace-cli config root DIR`, or Preferences in the "
                       "app)")
            .arg(ws.repoDir));
}

Result<QString> findWorkspaceDir(const QString& start)
{
    const QString from = start.isEmpty() ? QDir::currentPath() : start;
    QFileInfo info(from);
    if (!info.exists())
        return Error::usage(QStringLiteral("%1: no such folder (check --workspace)").arg(from));
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    while (true) {
        if (QFileInfo::exists(dir.filePath(QString::fromLatin1(kManifestFileName))))
            return QFileInfo(dir.absolutePath()).canonicalFilePath();
        if (!dir.cdUp())
            break;
    }
    return Error::usage(QStringLiteral("%1: not inside a Teamspace workspace (no %2 here or above; "
                                       "pass --workspace DIR or run `teamspace-cli init`)")
                            .arg(from, QLatin1String(kManifestFileName)));
}

namespace {

QString manifestPath(const QString& repoDir)
{
    return QDir(repoDir).filePath(QString::fromLatin1(kManifestFileName));
}

} // namespace

Status reloadManifest(Workspace& ws)
{
    auto bytes = readFileLimited(manifestPath(ws.repoDir), kManifestMaxBytes);
    if (!bytes)
        return bytes.error();
    // Field errors name the file as people see it in the repository (`teamspace.json: members[2].id …`).
    auto manifest = parseManifest(*bytes, QString::fromLatin1(kManifestFileName));
    if (!manifest)
        return manifest.error();
    ws.manifest = std::move(*manifest);
    ws.manifestBytes = std::move(*bytes);
    return {};
}

bool manifestChangedOnDisk(const Workspace& ws)
{
    auto bytes = readFileLimited(manifestPath(ws.repoDir), kManifestMaxBytes);
    return !bytes || *bytes != ws.manifestBytes;
}

Result<Workspace> openRepository(const QString& start)
{
    auto repoDir = findWorkspaceDir(start);
    if (!repoDir)
        return repoDir.error();
    Workspace ws;
    ws.repoDir = *repoDir;
    if (auto loaded = reloadManifest(ws); !loaded)
        return loaded.error();
    ws.localStateKey = LocalSettings::stateKey(ws.manifest.id, ws.repoDir);
    return ws;
}

Result<Workspace> openWorkspace(const WorkspaceOpenOptions& options)
{
    auto opened = openRepository(options.workspaceDir);
    if (!opened)
        return opened.error();
    Workspace ws = std::move(*opened);

    QString root = options.rootDir;
    if (root.isEmpty())
        root = LocalSettings::rootPath(ws.localStateKey);
    // Nothing remembered: no shared folder, never the repository (whose folder would then fill with the
    // layout's data folders). A workspace created as one folder for both remembers the repository itself.
    if (!root.isEmpty() && options.rootDir.isEmpty() && options.missingRootIsUnset &&
        !QFileInfo(root).isDir()) {
        ws.missingRootDir = root;
        root.clear();
    }
    if (!root.isEmpty()) {
        const QFileInfo rootInfo(root);
        if (!rootInfo.isDir())
            return Error::failed(
                QStringLiteral("%1: the shared folder is not there (mount it, or set where it is)")
                    .arg(root));
        ws.rootDir = rootInfo.canonicalFilePath();
    }

    ws.me = options.memberId.isEmpty() ? LocalSettings::memberId(ws.localStateKey) : options.memberId;
    if (!ws.me.isEmpty() && !ws.manifest.member(ws.me)) {
        if (!options.memberId.isEmpty())
            return Error::usage(
                QStringLiteral("--as %1: no such member in %2 (see `teamspace-cli member list`)")
                    .arg(ws.me, QLatin1String(kManifestFileName)));
        ws.me.clear(); // a remembered identity that was removed from the team
    }
    ws.databasePath = db::localDatabasePath(ws.localStateKey, options.indexPath);
    return ws;
}

} // namespace ts
