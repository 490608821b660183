// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "WorkspaceWatcher.h"

#include "Background.h"
#include "util/AtomicFile.h"
#include "workspace/Manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QStorageInfo>

namespace ts::gui {

namespace {

QString manifestPath(const QString& repoDir)
{
    return QDir(repoDir).filePath(QString::fromLatin1(kManifestFileName));
}

} // namespace

WatchedState WatchedState::read(const QString& repoDir, const QString& rootDir)
{
    WatchedState state;
    const QFileInfo manifest(manifestPath(repoDir));
    state.manifestPresent = manifest.exists();
    if (state.manifestPresent) {
        auto bytes = readFileLimited(manifest.filePath(), kManifestMaxBytes);
        state.manifestBytes =
            bytes ? *bytes : QByteArray("unreadable, size ") + QByteArray::number(manifest.size());
    }
    const QFileInfo root(rootDir);
    if (rootDir.isEmpty() || !root.isDir()) {
        state.sharedFolder = QStringLiteral("missing");
    } else {
        // The mount point and device change when a share is unmounted or mounted again; an emptied mount
        // point is what an unmounted share shows when its mount point stays.
        const QStorageInfo storage(rootDir);
        state.sharedFolder = QStringLiteral("dir %1 %2 %3")
                                 .arg(QString::fromUtf8(storage.device()), storage.rootPath(),
                                      QDir(rootDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                            QDir::NoDotAndDotDot)
                                          ? QStringLiteral("empty")
                                          : QStringLiteral("entries"));
    }
    return state;
}

WorkspaceWatcher::WorkspaceWatcher(QObject* parent, int debounceMs, int pollMs) : QObject(parent)
{
    m_files = new QFileSystemWatcher(this);
    connect(m_files, &QFileSystemWatcher::fileChanged, this, &WorkspaceWatcher::somethingMoved);
    connect(m_files, &QFileSystemWatcher::directoryChanged, this, &WorkspaceWatcher::somethingMoved);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspaceWatcher::check);
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceWatcher::check);
}

void WorkspaceWatcher::watch(const QString& repoDir, const QString& rootDir, const WatchedState& shown)
{
    stop();
    m_repoDir = repoDir;
    m_rootDir = rootDir;
    m_shown = shown;
    armPaths();
    m_poll.start();
    // Anything that happened between reading `shown` and now is already queued as an event, or seen here.
    m_debounce.start();
}

void WorkspaceWatcher::stop()
{
    ++m_generation;
    m_debounce.stop();
    m_poll.stop();
    if (const QStringList watched = m_files->files() + m_files->directories(); !watched.isEmpty())
        m_files->removePaths(watched);
    m_repoDir.clear();
    m_rootDir.clear();
}

void WorkspaceWatcher::armPaths()
{
    // The manifest is replaced by a rename (AtomicFile): the watch on the old inode ends with it, so the
    // folder is watched too and the file's path is added again whenever it exists. The shared folder's own
    // watch ends when it is deleted or unmounted (inotify reports both).
    QStringList paths{m_repoDir, manifestPath(m_repoDir)};
    if (!m_rootDir.isEmpty() && m_rootDir != m_repoDir)
        paths << m_rootDir;
    const QStringList watched = m_files->files() + m_files->directories();
    for (const QString& path : std::as_const(paths))
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_files->addPath(path);
}

void WorkspaceWatcher::somethingMoved()
{
    if (!isWatching())
        return;
    armPaths();
    m_debounce.start(); // restarts: one check after the burst
}

void WorkspaceWatcher::check()
{
    if (!isWatching())
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    runInBackground(
        this, [repo = m_repoDir, root = m_rootDir] { return WatchedState::read(repo, root); },
        [this, generation = m_generation](WatchedState now) {
            m_checking = false;
            if (generation == m_generation && isWatching()) {
                armPaths(); // a folder that came back is watched again
                if (now != m_shown) {
                    m_shown = now; // one signal per change; the shell's reload calls watch() again
                    emit changed();
                }
            }
            if (m_checkAgain) {
                m_checkAgain = false;
                check();
            }
        });
}

} // namespace ts::gui
