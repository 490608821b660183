// SCAFFOLD (issue 16): `sync status`, replaced by the sync-panel engineer.
#include "Commands.h"

namespace ts::cli {

int runSyncStatus(Cli& cli, const QStringList& args)
{
    Q_UNUSED(args);
    return cli.usageError(QStringLiteral("sync status: not built yet"));
}

} // namespace ts::cli
