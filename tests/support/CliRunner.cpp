#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

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

CliOutput runCli(const QStringList& args, const QByteArray& input, const QString& workingDir)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(TEAMSPACE_CLI_PATH), args);
    CliOutput result;
    if (!process.waitForStarted(10000)) {
        result.err = "could not start " TEAMSPACE_CLI_PATH;
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
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

} // namespace ts::test
