// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The one-time move of the local data of Teamspace 0.1.3 and older to the places LocalPaths.h names:
//   <old>/workspaces/<key>/…              → <data>/workspaces/<key>/…   (whole folders)
//   <data>/workspaces/<key>/index.files.sqlite(-wal, -shm, -journal) → <cache>/workspaces/<key>/
// A move is a rename(2) where it can be (atomic); across file systems each file is copied, synced, compared
// byte for byte and only then removed from the old place, so that every file is in one place or the other at
// any moment. A move that fails puts back what it had moved of that folder and stops with an error naming the
// path and the fix; nothing is lost. When both places hold the same folder (an older version ran again after
// a move) the newer one (by the newest file in it) is kept in the new place and the other is set aside in an
// `older-copies/<name>.<UTC stamp>` folder next to where it was, never deleted. Every move and every such
// decision is one line of `<data>/moved.log`; a set-aside copy is also said on stderr (qWarning).
#pragma once

#include "util/Result.h"

#include <QStringList>

namespace ts::db {

struct LocalDataMove
{
    QStringList moved; // "OLD → NEW", one per folder or file group moved
    QStringList notes; // both places held it: what was kept, where the other went
};

// Moves from `oldDataDir` to `dataDir` and the file indexes in `dataDir` to `cacheDir`. Nothing to move is
// an empty report: a second run changes nothing.
Result<LocalDataMove> moveOldLocalData(const QString& oldDataDir, const QString& dataDir,
                                       const QString& cacheDir);

// moveOldLocalData with LocalPaths.h's places, once per process; the same answer on every later call. Every
// open of a local database in the default place asks this first (LocalDatabase.h).
Status ensureLocalDataMoved();

} // namespace ts::db
