// What the raw-data commands share: Ctrl-C as cancel, progress on a terminal, names for messages.
#pragma once

#include "Cli.h"

#include "util/Cancellation.h"

namespace ts::cli {

// While alive, SIGINT and SIGTERM cancel the token instead of killing the process, so a long hash stops
// cleanly and nothing half-written is left; the previous handlers come back on destruction.
class CancelOnInterrupt
{
public:
    CancelOnInterrupt();
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;
    const CancelToken* token() const;
};

// A progress line on stderr ("hashing 1,204/20,000 files, 1.2 GiB"), only when stderr is a terminal.
ProgressCallback terminalProgress(Cli& cli, const QString& what);
void endTerminalProgress(Cli& cli);

// "data/raw" or "data/raw, archive/raw": the raw folders of the layout, for the log and messages.
QString rawFolderList(const Workspace& workspace);
QString osUserName();

int runRawBaseline(Cli& cli, const QStringList& args);
int runRawVerify(Cli& cli, const QStringList& args);

} // namespace ts::cli
