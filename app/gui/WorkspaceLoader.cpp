// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "WorkspaceLoader.h"

#include "services/WorkspaceOpen.h"

#include <QDir>
#include <QFileInfo>

namespace ts::gui {

LoadedWorkspace loadWorkspace(const WorkspaceOpenOptions& options, const ShownFolders& reloadOf)
{
    LoadedWorkspace loaded;
    const bool reload = !reloadOf.repoDir.isEmpty();
    const QString root = options.rootDir.isEmpty() ? reloadOf.rootDir : options.rootDir;
    if (reload) {
        loaded.state = WatchedState::read(reloadOf.repoDir, root);
        const QString manifest = QDir(reloadOf.repoDir).filePath(QString::fromLatin1(kManifestFileName));
        if (!QFileInfo(manifest).isFile()) {
            loaded.opened = Error::failed(
                QStringLiteral("%1: the file is gone (restore it, e.g. `git checkout -- %2`, or open another "
                               "workspace)")
                    .arg(QDir::toNativeSeparators(manifest), QLatin1String(kManifestFileName)));
            return loaded;
        }
    }
    auto repoDir = reload ? Result<QString>(reloadOf.repoDir) : findWorkspaceDir(options.workspaceDir);
    if (!repoDir) {
        loaded.opened = repoDir.error();
        return loaded;
    }
    if (!reload)
        loaded.state = WatchedState::read(*repoDir, root);
    WorkspaceOpenOptions exact = options;
    exact.workspaceDir = *repoDir;
    // A remembered shared folder that is not there opens without one, behind the banner that offers to
    // locate it; a reload of a workspace shown with its shared folder keeps reporting it as gone.
    exact.missingRootIsUnset = !reload || reloadOf.rootDir.isEmpty();
    // The same open as the CLI's: a separate shared folder that lost its content since the last scan (an
    // unmounted share shows its empty mount point) opens, but read-only behind a banner.
    auto opened = services::openWorkspace(exact);
    if (opened) {
        if (!opened->sharedFolderLooksMounted)
            loaded.sharedFolderProblem = opened->sharedFolderProblem;
        loaded.opened = std::move(opened->workspace);
    } else {
        loaded.opened = opened.error();
    }
    if (!loaded.opened) {
        // The core names the manifest relative to its repository ("teamspace.json: is not valid JSON …");
        // a window may have several workspaces open over a day: say which file.
        Error error = loaded.opened.error();
        const QString name = QLatin1String(kManifestFileName) + u':';
        const QString full =
            QDir::toNativeSeparators(QDir(*repoDir).filePath(QLatin1String(kManifestFileName)));
        if (error.message.startsWith(name))
            error.message = full + error.message.mid(name.size() - 1);
        loaded.opened = error;
    }
    if (loaded.opened && loaded.opened->rootDir != root)
        loaded.state.sharedFolder = WatchedState::read(*repoDir, loaded.opened->rootDir).sharedFolder;
    return loaded;
}

} // namespace ts::gui
