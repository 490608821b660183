// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Where a workspace's local state lives (never in the shared folder: SQLite on a network or synced folder
// corrupts), and opening it migrated. Local state is private: folders 0700, database files 0600.
#pragma once

#include "db/Schema.h"
#include "db/SqliteDb.h"

#include <initializer_list>

namespace ts::db {

// <localDataDir()>/workspaces/<stateKey>/index.sqlite (db/LocalPaths.h; the key from
// LocalSettings::stateKey). `override`, when given (--index), wins. A database in the default place is opened
// (openLocalDatabase, openDatabaseForReading) only once an older version's local data moved there
// (db/LocalDataMove.h); a move that failed is the error of every such open.
QString localDatabasePath(const QString& stateKey, const QString& overridePath = {});

// Opens the database at `path` (creating its folder) with its bookkeeping migrated and the given modules'
// tables migrated to their newest versions (db/Schema.h). Every module also migrates its own tables when it
// is handed a database, so a caller lists only what it is about to use. Folders it creates are 0700 (under
// the per-user default location, that location's folders too); the database file and the journals SQLite
// creates beside it are 0600 (SQLite gives -wal and -shm the main file's mode).
Result<SqliteDb> openLocalDatabase(const QString& path, std::initializer_list<ModuleMigrations> modules = {});

// Creates the missing folders of `folder`, each 0700 (and the default place's own folders 0700).
Status makeLocalFolder(const QString& folder);

// Creates `path` as an empty 0600 file when it does not exist, and takes group and other permissions away
// from it and its -wal, -shm and -journal files when it does.
Status makePrivateDatabaseFile(const QString& path);

// Opens an existing database for reading only, also when its folder is not writable (a read-only mount or
// folder: SQLite cannot create the -shm file a WAL database needs). First a plain read-only open; when that
// cannot read, an immutable one (no locks, no journal: nothing can write there anyway). Not migrated.
Result<SqliteDb> openDatabaseForReading(const QString& path);

// The `file:` URI SQLite reads `path` through with the given query ("mode=ro", "immutable=1").
QByteArray sqliteUri(const QString& path, const char* query);

// Whether this process may create files in the folder holding `path` (false on a read-only mount too).
bool folderWritable(const QString& path);

} // namespace ts::db
