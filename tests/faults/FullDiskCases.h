// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The audit's full-disk cases (issue 12), shared by the two ways a test can run out of room: a real full
// tmpfs (tst_fullDisk, root) and a file-size limit on the CLI process (tst_fileSizeLimit, anyone). Each case
// is a real teamspace-cli command that rewrites one file of the repository; on a full disk it must exit 4,
// say why, keep the file byte for byte and leave no temporary file beside it.
#pragma once

#include "CliRunner.h"
#include "FileFacts.h"

#include "util/Result.h"

#include <QStringList>

namespace ts::test {

struct FullDiskCase
{
    QStringList args; // the command line (global options included)
    QString file;     // repository-relative: the file the command rewrites
};

// The rows: "notebook strip", "notebook root-cell", "member add", "member update", "member remove",
// "notebook assign" (a manifest edit), "raw baseline", "init" (in a git repository with a .gitignore).
QStringList fullDiskCaseNames();

// Builds the workspace for one case, with the same code `init` and `member add` run: repository `repoDir`,
// shared folder `rootDir`, lead ana and member bo, notebooks/ana/train.ipynb (610 KB, twelve image outputs,
// 2.5 KB once stripped), notebooks/ana/analysis.ipynb (stripped, no ROOT_PATH cell) and, for "raw baseline",
// a published raw-baseline.json and one more raw file since; for "init" only a git repository and its
// .gitignore. Call isolateUserFolders() first.
FullDiskCase prepareFullDiskCase(const QString& name, const QString& repoDir, const QString& rootDir);

// Runs teamspace-cli like runCli, with RLIMIT_FSIZE set to `fileSizeLimit` bytes in the child when it is not
// negative. TEAMSPACE_FAULTS_CLI, when set, names another binary to run (to show the suite failing on an
// older build).
CliOutput runCliWithFileSizeLimit(const QStringList& args, qint64 fileSizeLimit = -1);

// What every case asserts after the command ran out of room (QTest failures; check
// QTest::currentTestFailed()): exit 4, stderr holding `expectedReason`, the file byte-identical to `before`,
// the folder's names unchanged.
void verifyNothingWasLost(const CliOutput& run, const QString& expectedReason, const QString& path,
                          const QByteArray& before, const QStringList& namesBefore);

// Opens (creating) the SQLite database at `path` through SqliteDb and inserts one `bytes`-byte row, as the
// activity log or a baseline store does. Returns the error a command would print.
Status insertIntoDatabase(const QString& path, int bytes);

// insertIntoDatabase in a forked child under RLIMIT_FSIZE `limit` (SIGXFSZ ignored, as the CLI does). Returns
// the child's error message; empty when the insert succeeded.
QString insertIntoDatabaseWithFileSizeLimit(const QString& path, int bytes, qint64 limit);

} // namespace ts::test
