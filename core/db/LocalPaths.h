// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Where this machine's own files of Teamspace live (the XDG base directories; docs/workspace.md, "Local
// state"). One function per place, used by the CLI and the GUI alike:
//   $XDG_DATA_HOME/teamspace/   (~/.local/share/teamspace)  workspaces/<key>/index.sqlite, sync-journal.json
//   $XDG_CACHE_HOME/teamspace/  (~/.cache/teamspace)        workspaces/<key>/index.files.sqlite (rebuildable)
//   $XDG_CONFIG_HOME/teamspace/ (~/.config/teamspace)       teamspace.ini (who I am, shared folder, recent)
// Versions up to 0.1.3 kept the data and the file index in $XDG_DATA_HOME/teamspace/teamspace/ (Qt's
// AppLocalDataLocation joins organisation and application name, both "teamspace"): LocalDataMove.h moves them.
#pragma once

#include <QString>

namespace ts::db {

QString localDataDir();
QString localCacheDir();
QString localConfigDir();
QString localSettingsFile(); // localConfigDir()/teamspace.ini

// Where versions up to 0.1.3 kept the local data (and the file index).
QString oldLocalDataDir();

// The file index (a cache any scan rebuilds) of the local database `databasePath`: a database in the default
// place (localDataDir()/workspaces/<key>/index.sqlite) has it in localCacheDir()/workspaces/<key>/; any other
// (--index x.sqlite) next to it (x.files.sqlite).
QString fileIndexPathFor(const QString& databasePath);

// Whether `path` is inside `dir` (both cleaned; `dir` itself counts).
bool isInside(const QString& path, const QString& dir);

} // namespace ts::db
