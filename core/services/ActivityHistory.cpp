#include "services/ActivityHistory.h"

#include "db/LocalDatabase.h"

namespace ts::services {

Result<ActivityReport> listActivity(const Workspace& ws, const QDateTime& since, int limit)
{
    auto db = db::openLocalDatabase(ws.databasePath);
    if (!db)
        return db.error();
    auto entries = ActivityLog::query(*db, since, limit);
    if (!entries)
        return entries.error();
    ActivityReport report;
    report.entries.reserve(entries->size());
    for (ActivityEntry& e : *entries) {
        const QString at = ActivityLog::formatTime(e.at);
        report.entries.append({std::move(e), at});
    }
    return report;
}

} // namespace ts::services
