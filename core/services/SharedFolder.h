// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Where a team's shared folder is on this machine: what kind of mount holds a folder and what that means for
// raw-data protection, whether a folder looks like this team's shared folder (its layout and the raw files
// the baseline lists), and the usual places to look for one. Used by joining a team, the new-workspace wizard
// and Preferences, so that all three judge a folder the same way.
#pragma once

#include "workspace/Manifest.h"

#include <QDir>
#include <QList>
#include <QString>

namespace ts::services {

enum class MountKind {
    LocalDisk,    // ext4, xfs, btrfs, tmpfs, …: mode bits are enforced here
    SyncedFolder, // a local folder a sync client mirrors (Dropbox, OneDrive, Insync, Drive for desktop)
    CloudMount,   // a FUSE mount of a cloud drive (rclone, google-drive-ocamlfuse): bits emulated or ignored
    NetworkShare, // SMB/CIFS, NFS, SSHFS, 9p: the server decides
    NoPermissions // vfat, exFAT, NTFS: no POSIX permissions at all
};

QString
toString(MountKind kind); // "local-disk", "synced-folder", "cloud-mount", "network-share", "no-permissions"

struct MountFacts
{
    MountKind kind = MountKind::LocalDisk;
    QString fileSystem; // as /proc/self/mountinfo says: "ext4", "fuse.rclone", "cifs"; empty when unknown
    QString mountPoint; // the mount holding the folder
    QString service;    // "Google Drive", "OneDrive", "Dropbox" when recognised, else empty
    bool modeBitsAuthoritative = true;
    QString implication; // one sentence for the user: what this means for protecting raw data
};

// The mount holding `folder` (the longest mount point above its canonical path) in `mountinfo`, the text of
// /proc/self/mountinfo. Separate from describeMount so that tests can give any mount table.
MountFacts describeMountIn(const QString& folder, const QByteArray& mountinfo);
MountFacts describeMount(const QString& folder);

struct SharedFolderCandidate
{
    QString path;  // absolute
    QString label; // "Dropbox", "Google Drive (rclone)", "Network share (cifs)"
    MountFacts mount;
};

// Folders that commonly hold a team's share on this machine, most likely first: sync clients' folders under
// `home` (Google Drive, My Drive, OneDrive, Dropbox, Insync) and cloud or network mounts from `mountinfo`.
// Only folders that exist. Nothing is created.
QList<SharedFolderCandidate> likelySharedFolders(const QString& home, const QByteArray& mountinfo);
QList<SharedFolderCandidate> likelySharedFolders();

struct SharedFolderVerdict
{
    QString folder;            // canonical when it exists, else as given
    bool exists = false;       // a folder (a file or nothing is not)
    bool readable = false;     // its entries can be listed
    bool writable = false;     // this user may create entries in it
    bool isRepository = false; // it is the notebook repository, or inside it, or holds it
    bool empty = false;        // no entries at all (an unmounted mount point looks so)
    int layoutFolders = 0;     // the layout's shared-folder top-level folders the manifest asks for
    int layoutFoldersPresent = 0;
    qint64 baselineFiles = 0; // raw files raw-baseline.json lists in the shared folder
    qint64 baselineFilesPresent = 0;
    qint64 baselineFilesChecked = 0; // at most kBaselineSample of them are looked up
    MountFacts mount;
    // One line when the folder cannot be this team's shared folder or does not look like it; else empty.
    QString problem;

    // Exists, readable, not the repository, and holds at least one of the layout's folders and (when the
    // baseline lists files there) at least one of those files.
    bool looksLikeTeams() const;
};

inline constexpr qint64 kBaselineSample = 2000;

// Judges `folder` as the shared folder of the team whose manifest is `manifest` and whose repository (with
// raw-baseline.json) is `repoDir`. Reads only: never creates, changes or mounts anything.
SharedFolderVerdict checkSharedFolder(const Manifest& manifest, const QString& repoDir,
                                      const QString& folder);

} // namespace ts::services
