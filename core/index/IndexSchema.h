// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Tables owned by the file index (see docs/index.md for the design). Since migration 4 they live in a file of
// their own next to the local database (`<name>.files.sqlite`, attached as schema `files` by
// IndexStore::open): the index is a cache that a scan can always rebuild, so that file is written without
// waiting for the disk (synchronous=OFF), which the activity log and the raw-data baseline in the main file
// must not be. Names are BLOBs (file names are bytes); every size is in bytes; times are UTC nanoseconds
// (mtime) or ISO-8601 text.
#pragma once

#include "db/Schema.h"

namespace ts::index {

// The tables that every version of the file index shares, unchanged since kSchemaV1.
#define TS_INDEX_TOTALS_AND_SCANS                                                                            \
    "-- Totals of the last scan and of the scan before it (growth): scope "                                  \
    "all/kind/member/member-kind/folder.\n"                                                                  \
    "CREATE TABLE index_totals (\n"                                                                          \
    "  scope TEXT NOT NULL, key TEXT NOT NULL,\n"                                                            \
    "  bytes INTEGER NOT NULL, allocated INTEGER NOT NULL, files INTEGER NOT NULL,\n"                        \
    "  PRIMARY KEY (scope, key)\n"                                                                           \
    ") WITHOUT ROWID;\n"                                                                                     \
    "CREATE TABLE index_totals_previous (\n"                                                                 \
    "  scope TEXT NOT NULL, key TEXT NOT NULL,\n"                                                            \
    "  bytes INTEGER NOT NULL, allocated INTEGER NOT NULL, files INTEGER NOT NULL,\n"                        \
    "  PRIMARY KEY (scope, key)\n"                                                                           \
    ") WITHOUT ROWID;\n"                                                                                     \
    "-- Scans that changed the index (a rescan that finds nothing changed writes nothing, not even here).\n" \
    "CREATE TABLE index_scans (\n"                                                                           \
    "  id            INTEGER PRIMARY KEY,\n"                                                                 \
    "  finished_utc  TEXT    NOT NULL,\n"                                                                    \
    "  full          INTEGER NOT NULL,\n"                                                                    \
    "  files         INTEGER NOT NULL,\n"                                                                    \
    "  dirs          INTEGER NOT NULL,\n"                                                                    \
    "  bytes         INTEGER NOT NULL,\n"                                                                    \
    "  allocated     INTEGER NOT NULL,\n"                                                                    \
    "  errors        INTEGER NOT NULL,\n"                                                                    \
    "  changed_rows  INTEGER NOT NULL,\n"                                                                    \
    "  seconds       REAL    NOT NULL,\n"                                                                    \
    "  shared_folder TEXT    NOT NULL,\n"                                                                    \
    "  repository    TEXT    NOT NULL\n"                                                                     \
    ");\n"

// The file index's tables as the shared list's migration 2 created them in the main file (its migration 4
// dropped them there again). Nothing creates them any more; tests build an old database with it.
inline constexpr const char* kSchemaV1 = R"sql(
-- One row per file system entry of the last scan. Ids are stable across incremental scans.
CREATE TABLE index_entries (
  id          INTEGER PRIMARY KEY,
  parent      INTEGER NOT NULL,          -- the folder's id; 0 for a top
  top         INTEGER NOT NULL,          -- 0 shared folder, 1 notebook repository
  name        BLOB    NOT NULL,          -- raw bytes; '' for a top
  type        INTEGER NOT NULL,          -- 0 file, 1 folder, 2 symlink, 3 other
  state       INTEGER NOT NULL,          -- 0 ok, 1 permission denied, 2 vanished, 3 other mount, 4 skipped, 5 failed
  size        INTEGER NOT NULL,          -- apparent size (0 for folders)
  allocated   INTEGER NOT NULL,          -- st_blocks * 512
  mtime_ns    INTEGER NOT NULL,
  inode       INTEGER NOT NULL,
  device      INTEGER NOT NULL,
  uid         INTEGER NOT NULL,
  mode        INTEGER NOT NULL,
  nlink       INTEGER NOT NULL,
  counted     INTEGER NOT NULL,          -- 1 unless another path of the same inode already counts
  kind        INTEGER NOT NULL,          -- 0 other, 1 raw, 2 processed, 3 results, 4 checkpoints, 5 models, 6 notebooks, 7 shared
  member      TEXT,                      -- member id from results/<m>, checkpoints/<m>, notebooks/<m>
  link_target BLOB,                      -- symlinks: the target text, never followed
  error       TEXT                       -- why state is not ok
);
-- One row per folder with its recursive totals, computed during the scan (usage queries never sum entries).
CREATE TABLE index_folders (
  id              INTEGER PRIMARY KEY,   -- = index_entries.id
  parent          INTEGER NOT NULL,
  top             INTEGER NOT NULL,
  path            BLOB    NOT NULL,      -- relative to its top; '' for a top
  depth           INTEGER NOT NULL,
  bytes           INTEGER NOT NULL,      -- recursive, counted regular files
  allocated       INTEGER NOT NULL,
  files           INTEGER NOT NULL,      -- recursive regular-file paths
  folders         INTEGER NOT NULL,      -- recursive sub-folders
  entries         INTEGER NOT NULL,      -- direct children of any type
  newest_mtime_ns INTEGER NOT NULL,      -- newest regular file below, 0 if none
  kind            INTEGER NOT NULL,
  member          TEXT,
  children_hash   INTEGER NOT NULL       -- order-independent hash of the direct children's rows (incremental scans
                                         -- read a folder's children only when this differs)
);
)sql" TS_INDEX_TOTALS_AND_SCANS R"sql(CREATE INDEX index_entries_parent ON index_entries(parent);
CREATE INDEX index_entries_problems ON index_entries(state) WHERE state <> 0;
CREATE INDEX index_folders_parent ON index_folders(parent);
CREATE INDEX index_folders_path ON index_folders(top, path);
)sql";

// The index's tables in the main file are gone: the shared list's migration 4 moved them out to the attached
// cache file (which has its own version, kFilesSchemaVersion, and is rebuilt rather than migrated).
inline constexpr const char* kSchemaV4DropFromMain = R"sql(
DROP TABLE IF EXISTS main.index_entries;
DROP TABLE IF EXISTS main.index_folders;
DROP TABLE IF EXISTS main.index_totals;
DROP TABLE IF EXISTS main.index_totals_previous;
DROP TABLE IF EXISTS main.index_scans;
)sql";

// The index's migrations of the main file (db/Schema.h), append only. One: a database that the shared list
// had left at 2 or 3 still holds the old tables; one it had brought to 4 (or a new one) has none.
inline constexpr db::Migration kMainFileMigrationList[] = {
    {1, "the file index moves to its own cache file", kSchemaV4DropFromMain, 4},
};
inline constexpr db::ModuleMigrations kMainFileMigrations{"index", kMainFileMigrationList};

// The cache file's schema version (its user_version). A cache of another version is emptied and created
// again (the next scan is a full one).
//   1: kSchemaV1's tables and indexes.
//   2: without kSchemaV1's partial index on index_entries(state): no query could use it (`state IN (1,2,5)`
//      does not imply `state <> 0` to SQLite's planner), and building it cost 30 ms of every full rebuild of
//      the 300k-file bench.
//   3: kFilesSchema: a folder's children are found by id range (index_folders.first_child, child_count) plus
//      the rows that incremental scans appended (index_entries.appended, with a partial index), instead of
//      an index on index_entries(parent), whose build cost 0.2 s of every full rebuild of the 300k bench;
//      and each entry row keeps its hash (index_entries.row_hash), so that the rows of a changed folder are
//      compared by five columns instead of eighteen.
inline constexpr int kFilesSchemaVersion = 3;

// The cache file's tables, created in schema `files` (filesSchemaSql() in IndexStore.cpp). Columns as in
// kSchemaV1 unless noted.
//
// How a folder's children are found (kSelectChildrenRange, kSelectAppendedChildren in IndexRows.h): a scan
// lists each folder's children together, so a full rebuild (row id = the entry's place in the walk + 1) and
// an incremental scan that inserts a new folder's whole listing both give them consecutive ids. The folder
// row keeps that range. A child inserted later into a folder that already has its range gets a new id past
// every other and appended=1; the partial index index_entries_appended holds only those rows, so it is
// empty after a full rebuild. Invariant: every row with appended=0 lies in its folder's range. Rows are never
// moved to another parent (a rename is a delete and an insert), and a range lookup also checks parent and
// appended=0, so it finds exactly the folder's own rows even where a deleted row's id was handed out again.
// The tops (parent 0) are ids 1 and 2 of a rebuild, or appended rows.
inline constexpr const char* kFilesSchema =
    R"sql(
CREATE TABLE index_entries (
  id          INTEGER PRIMARY KEY,
  parent      INTEGER NOT NULL,
  top         INTEGER NOT NULL,
  name        BLOB    NOT NULL,
  type        INTEGER NOT NULL,
  state       INTEGER NOT NULL,
  size        INTEGER NOT NULL,
  allocated   INTEGER NOT NULL,
  mtime_ns    INTEGER NOT NULL,
  inode       INTEGER NOT NULL,
  device      INTEGER NOT NULL,
  uid         INTEGER NOT NULL,
  mode        INTEGER NOT NULL,
  nlink       INTEGER NOT NULL,
  counted     INTEGER NOT NULL,
  kind        INTEGER NOT NULL,
  member      TEXT,
  link_target BLOB,
  error       TEXT,
  row_hash    INTEGER NOT NULL,          -- entryHash() of the row's fields (ScanAnalysis.h): an incremental scan
                                         -- compares this instead of every column
  appended    INTEGER NOT NULL DEFAULT 0 -- 1: inserted outside its folder's id range (by an incremental scan)
);
CREATE TABLE index_folders (
  id              INTEGER PRIMARY KEY,
  parent          INTEGER NOT NULL,
  top             INTEGER NOT NULL,
  path            BLOB    NOT NULL,
  depth           INTEGER NOT NULL,
  bytes           INTEGER NOT NULL,
  allocated       INTEGER NOT NULL,
  files           INTEGER NOT NULL,
  folders         INTEGER NOT NULL,
  entries         INTEGER NOT NULL,
  newest_mtime_ns INTEGER NOT NULL,
  kind            INTEGER NOT NULL,
  member          TEXT,
  children_hash   INTEGER NOT NULL,
  first_child     INTEGER NOT NULL,      -- the children's id range: first_child .. first_child+child_count-1
  child_count     INTEGER NOT NULL       -- (0: none; children outside it have appended=1)
);
)sql" TS_INDEX_TOTALS_AND_SCANS
    R"sql(CREATE INDEX index_entries_appended ON index_entries(parent) WHERE appended = 1;
CREATE INDEX index_folders_parent ON index_folders(parent);
CREATE INDEX index_folders_path ON index_folders(top, path);
)sql";
inline constexpr const char* kFilesTables[] = {"index_entries", "index_folders", "index_totals",
                                               "index_totals_previous", "index_scans"};

// Secondary indexes: dropped before a full rebuild's bulk load and built again after it (faster than
// maintaining them row by row). Kept identical to kFilesSchema's; the drop also removes the indexes of
// versions 1 and 2.
inline constexpr const char* kDropSecondaryIndexes = R"sql(
DROP INDEX IF EXISTS files.index_entries_parent;
DROP INDEX IF EXISTS files.index_entries_problems;
DROP INDEX IF EXISTS files.index_entries_appended;
DROP INDEX IF EXISTS files.index_folders_parent;
DROP INDEX IF EXISTS files.index_folders_path;
)sql";
inline constexpr const char* kCreateSecondaryIndexes = R"sql(
CREATE INDEX IF NOT EXISTS files.index_entries_appended ON index_entries(parent) WHERE appended = 1;
CREATE INDEX IF NOT EXISTS files.index_folders_parent ON index_folders(parent);
CREATE INDEX IF NOT EXISTS files.index_folders_path ON index_folders(top, path);
)sql";

} // namespace ts::index
