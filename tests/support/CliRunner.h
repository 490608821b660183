// Runs the real teamspace-cli binary as a user or a script would, and keeps what it said.
#pragma once

#include <QByteArray>
#include <QJsonObject>
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

// Runs TEAMSPACE_CLI_PATH with `args`, optional stdin, in `workingDir` (default: current), 120 s at most.
CliOutput runCli(const QStringList& args, const QByteArray& input = {}, const QString& workingDir = {});

} // namespace ts::test
