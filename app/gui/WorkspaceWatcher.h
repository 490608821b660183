// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Notices that the workspace on disk is no longer the one the window shows: teamspace.json rewritten by
// another program (the CLI, sync, an editor), deleted or broken, and the shared folder gone or unmounted.
// The shell reloads on `changed`. See docs/gui.md, "Reloading".
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace ts::gui {

// What the watcher compares: the manifest's bytes and a cheap description of the shared folder. Read on a
// worker thread (a dead network mount can block a stat for minutes; the GUI thread never waits for it).
struct WatchedState
{
    bool manifestPresent = false;
    QByteArray manifestBytes; // at most kManifestMaxBytes; a bigger file counts by its size
    QString sharedFolder;     // "missing", or "dir <device> <mount point> <empty|entries>"

    bool operator==(const WatchedState& other) const
    {
        return manifestPresent == other.manifestPresent && manifestBytes == other.manifestBytes &&
               sharedFolder == other.sharedFolder;
    }
    bool operator!=(const WatchedState& other) const { return !(*this == other); }

    static WatchedState read(const QString& repoDir, const QString& rootDir);
};

class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceWatcher(QObject* parent = nullptr, int debounceMs = 200, int pollMs = 2000);

    // Watches teamspace.json in `repoDir` and the shared folder `rootDir` from `shown` on: the state the
    // window shows, read before that workspace was opened (so a change made while it opened still differs).
    void watch(const QString& repoDir, const QString& rootDir, const WatchedState& shown);
    void stop();
    bool isWatching() const { return !m_repoDir.isEmpty(); }

signals:
    // The state on disk differs from the one shown (debounced: one signal for a burst of writes).
    void changed();

private:
    void armPaths();
    void somethingMoved();
    void check();

    QFileSystemWatcher* m_files = nullptr;
    QTimer m_debounce; // a burst of events (temporary file, rename, lock file) → one check
    QTimer m_poll;     // what inotify cannot see: a share mounted again over its mount point
    QString m_repoDir;
    QString m_rootDir;
    WatchedState m_shown;
    bool m_checking = false;
    bool m_checkAgain = false;
    int m_generation = 0; // a check started before watch() or stop() is ignored
};

} // namespace ts::gui
