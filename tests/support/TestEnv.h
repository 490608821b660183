// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Keeps every test away from the developer's own settings and data: a private HOME and XDG folders.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace ts::test {

// Call first in initTestCase(): points HOME, XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME at folders
// inside a temporary directory that lives as long as the process. The CLI started by CliRunner inherits them.
void isolateUserFolders();

// Writes bytes to a file, creating parent folders; QFAIL-style abort (qFatal) if it cannot.
void writeFile(const QString& path, const QByteArray& content);
QByteArray readFile(const QString& path);

// A snapshot of every file under a folder (relative path → content), to prove that nothing changed.
QMap<QString, QByteArray> snapshotTree(const QString& root);

} // namespace ts::test
