// SCAFFOLD (issue 16): replaced by the sync-panel engineer.
#include "services/SyncStatus.h"

namespace ts::services {

Result<SyncStatus> syncStatus(const Workspace& ws, const SyncStatusOptions& options, const Call& call)
{
    Q_UNUSED(ws);
    Q_UNUSED(options);
    Q_UNUSED(call);
    return Error::failed(QStringLiteral("sync status: not built yet"));
}

QString pendingGroupTitle(PendingChange::Group group)
{
    Q_UNUSED(group);
    return {};
}

QString pendingGroupKey(PendingChange::Group group)
{
    Q_UNUSED(group);
    return {};
}

} // namespace ts::services
