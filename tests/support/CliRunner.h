// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Runs the real teamspace-cli binary as a user or a script would, and keeps what it said.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ts::test {

struct CliOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const; // stdout parsed as one JSON object (empty if it is not)
    bool jsonValid() const;
};

// How to run the CLI; the defaults run TEAMSPACE_CLI_PATH as this process would, with nothing on stdin.
struct CliOptions
{
    QByteArray input;                   // written to stdin
    QString workingDir;                 // default: the current folder
    QMap<QString, QString> environment; // set on top of this process's environment
    // RLIMIT_FSIZE in the child, in bytes, when not negative: the CLI ignores SIGXFSZ, so a write past the
    // limit fails with EFBIG as on a full disk (a CLI killed by SIGXFSZ counts as a crash, exit code -1).
    qint64 fileSizeLimit = -1;
    QString program; // another binary to run (an older build); default TEAMSPACE_CLI_PATH
};

// Runs the CLI with `args` as `options` say, 120 s at most.
CliOutput runCliWith(const QStringList& args, const CliOptions& options);

// Runs TEAMSPACE_CLI_PATH with `args`, optional stdin, in `workingDir` (default: current), 120 s at most.
CliOutput runCli(const QStringList& args, const QByteArray& input = {}, const QString& workingDir = {});

} // namespace ts::test
