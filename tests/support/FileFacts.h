// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What a test checks about a file or folder on disk after a rewrite: the names beside it (a temporary file
// left behind shows up), its permission bits and its POSIX ACL, and which files hold a secret.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ts::test {

// Every name in a folder, hidden ones included, sorted by name.
QStringList namesIn(const QString& dir);

// Every path below a folder (recursively, hidden ones included), to prove nothing was written there.
QStringList everythingUnder(const QString& dir);

// Every file below `dir` (recursively, hidden ones included) whose bytes contain `needle`: a secret must be
// in none of them.
QStringList filesContaining(const QString& dir, const QByteArray& needle);

// The permission bits (07777) of `path` itself (lstat: a link is not followed); ~0u when it is not there.
unsigned modeOf(const QString& path);

// getfacl's listing of a file (empty when getfacl is missing or fails).
QByteArray aclOf(const QString& path);

} // namespace ts::test
