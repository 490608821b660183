// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

#include <sys/resource.h>

#ifndef TEAMSPACE_CLI_PATH
#error "tests are built with TEAMSPACE_CLI_PATH (see tests/CMakeLists.txt)"
#endif

namespace ts::test {

QJsonObject CliOutput::json() const
{
    return QJsonDocument::fromJson(out).object();
}

bool CliOutput::jsonValid() const
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

CliOutput runCliWith(const QStringList& args, const CliOptions& options)
{
    const QString program = options.program.isEmpty() ? QStringLiteral(TEAMSPACE_CLI_PATH) : options.program;
    QProcess process;
    if (!options.workingDir.isEmpty())
        process.setWorkingDirectory(options.workingDir);
    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = options.environment.begin(); it != options.environment.end(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
    }
    if (const qint64 bytes = options.fileSizeLimit; bytes >= 0) {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([bytes] {
            const struct rlimit limit = {rlim_t(bytes), rlim_t(bytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(program, args);
    CliOutput result;
    if (!process.waitForStarted(10000)) {
        result.err = "could not start " + program.toLocal8Bit();
        return result;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliOutput runCli(const QStringList& args, const QByteArray& input, const QString& workingDir)
{
    CliOptions options;
    options.input = input;
    options.workingDir = workingDir;
    return runCliWith(args, options);
}

} // namespace ts::test
