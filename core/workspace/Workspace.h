// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// An opened workspace: its manifest, where its repository and shared folder are on this machine, who I am.
#pragma once

#include "workspace/Manifest.h"
#include "workspace/WorkspaceActivity.h" // ActivityLog::record(workspace, …)

namespace ts {

struct Workspace
{
    QString repoDir;       // absolute: the notebook repository (holds teamspace.json)
    QString rootDir;       // absolute: the shared folder (ROOT_PATH) as mounted here; may equal repoDir;
                           // empty when none is set on this machine (never the repository by default)
    QString me;            // member id acting here; may be empty when unknown
    QString databasePath;  // the local SQLite index
    QString localStateKey; // this repository's local settings and database folder (LocalSettings::stateKey)
    // The remembered shared folder that was not there when the workspace opened (only with
    // WorkspaceOpenOptions::missingRootIsUnset; rootDir is then empty), else empty.
    QString missingRootDir;
    Manifest manifest;
    // The exact bytes of teamspace.json that `manifest` was read from or last written as (empty for a
    // workspace built in memory): edits compare them with the file to notice another writer (ManifestEdit.h).
    QByteArray manifestBytes;

    // Whether this machine knows where the shared folder is (remembered, or given for this run).
    bool hasSharedFolder() const { return !rootDir.isEmpty(); }
    bool sameFolder() const { return hasSharedFolder() && repoDir == rootDir; }
    // Absolute path of a layout folder (for per-member folders, of the member's sub-folder when memberId
    // given); empty for a shared-folder folder while no shared folder is set.
    QString folderPath(const LayoutFolder& folder, const QString& memberId = {}) const;
};

struct WorkspaceOpenOptions
{
    QString workspaceDir; // a folder at or below the repository; empty = current directory
    QString rootDir;      // overrides the remembered shared folder
    QString memberId;     // overrides the remembered identity
    QString indexPath;    // overrides the local database location
    // A remembered shared folder that is not there opens the workspace without one (missingRootDir says
    // which) instead of failing: the GUI then offers to locate it.
    bool missingRootIsUnset = false;
};

// OK when `ws` has a shared folder; else a Usage error naming the repository and how to set one. Every action
// that writes to or reads the shared folder calls it first, so that nothing lands in the repository instead.
Status requireSharedFolder(const Workspace& ws);

// Finds the nearest folder at or above `start` holding teamspace.json.
Result<QString> findWorkspaceDir(const QString& start);

// Finds and loads the repository at or above `start`: repoDir, manifest (validated) and localStateKey set;
// nothing of this machine's settings resolved yet (root, me and database are empty).
Result<Workspace> openRepository(const QString& start);

// Finds, loads and validates; resolves root, me and database path from options, then local settings (those
// of this repository: another repository whose manifest has the same id has its own, see stateKey).
// With no shared folder given or remembered, rootDir stays empty (the repository is never assumed).
// An explicit member that the manifest does not list is a Usage error.
Result<Workspace> openWorkspace(const WorkspaceOpenOptions& options);

// Re-reads teamspace.json into ws.manifest and ws.manifestBytes (after another program changed it). On an
// error (file gone, invalid JSON, hostile content) `ws` is left as it was and the error names what is wrong.
Status reloadManifest(Workspace& ws);
// Whether teamspace.json now holds other bytes than ws.manifestBytes (true when it cannot be read), so that a
// watcher can tell another writer's change from its own write.
bool manifestChangedOnDisk(const Workspace& ws);

} // namespace ts
