// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/SyncActivity.h"

#include "activity/ActivityLog.h"
#include "util/RedactUrl.h"

namespace ts::sync {

Status recordSyncActivity(db::SqliteDb& db, const QString& me, const SyncReport& report)
{
    QList<ActivityEntry> entries;
    if (report.resumed)
        entries.append(
            {me, QStringLiteral("sync.resume"), {}, QStringLiteral("finished an interrupted sync"), {}, 0});
    for (const QString& path : report.committed)
        entries.append({me, QStringLiteral("sync.commit"), path, QStringLiteral("committed"), {}, 0});
    for (const SetAside& entry : report.setAside)
        entries.append(
            {me,
             QStringLiteral("sync.set-aside"),
             entry.path,
             (entry.copy.isEmpty() ? QStringLiteral("restored") : QStringLiteral("kept as ") + entry.copy) +
                 QStringLiteral(" (") + entry.reason + u')',
             {},
             0});
    for (const QString& path : report.pulled)
        entries.append(
            {me, QStringLiteral("sync.pull"), path, QStringLiteral("brought in from the remote"), {}, 0});
    for (const Refused& entry : report.refused)
        entries.append({me, QStringLiteral("sync.refuse"), entry.path, entry.reason, {}, 0});
    if (report.pushed)
        entries.append({me,
                        QStringLiteral("sync.push"),
                        {},
                        QStringLiteral("remote confirmed at %1 after %2 attempt(s)")
                            .arg(report.remoteHead)
                            .arg(report.pushAttempts),
                        {},
                        0});
    else
        entries.append(
            {me, QStringLiteral("sync.local"), {}, QStringLiteral("committed locally, not pushed"), {}, 0});
    db::Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (ActivityEntry& entry : entries) {
        entry.detail = redactUrlUserinfo(entry.detail); // reasons may quote a remote URL
        if (auto recorded = ActivityLog::record(db, entry); !recorded)
            return recorded;
    }
    return transaction.commit();
}

Status recordSyncFailure(db::SqliteDb& db, const QString& me, const Error& error)
{
    // A failed fetch or push quotes the remote's URL: its password or token stays out of the log.
    return ActivityLog::record(
        db, {me, QStringLiteral("sync.fail"), {}, redactUrlUserinfo(error.message), {}, 0});
}

} // namespace ts::sync
