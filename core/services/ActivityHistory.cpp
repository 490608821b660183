// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/ActivityHistory.h"

#include "db/LocalDatabase.h"

#include <QSaveFile>

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

Result<ActivityPage> readActivityPage(const Workspace& ws, qint64 afterId, qint64 beforeId, int limit,
                                      const Call& call)
{
    auto db = db::openLocalDatabase(ws.databasePath);
    if (!db)
        return db.error();
    return ts::readActivityPage(*db, afterId, beforeId, limit, [&call] { return call.isCancelled(); });
}

namespace {

void appendField(QByteArray& out, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') ||
                       utf8.contains('\r') ||
                       (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '));
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

QByteArray activityCsv(const QList<ActivityEntry>& entries,
                       const std::function<QString(const ActivityEntry&)>& what)
{
    QByteArray out = "when,who,action,what,path,details\r\n";
    out.reserve(out.size() + entries.size() * 96);
    for (const ActivityEntry& e : entries) {
        appendField(out, ActivityLog::formatTime(e.at));
        out += ',';
        appendField(out, e.actor);
        out += ',';
        appendField(out, e.action);
        out += ',';
        appendField(out, what ? what(e) : QString());
        out += ',';
        appendField(out, e.path);
        out += ',';
        appendField(out, e.detail);
        out += "\r\n";
    }
    return out;
}

Status exportActivityCsv(const QList<ActivityEntry>& entries, const QString& path,
                         const std::function<QString(const ActivityEntry&)>& what)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(
            QStringLiteral("%1: cannot write the export (%2); choose a folder you can write to")
                .arg(path, file.errorString()));
    const QByteArray csv = activityCsv(entries, what);
    if (file.write(csv) != csv.size() || !file.commit())
        return Error::failed(QStringLiteral("%1: the export could not be saved (%2); nothing was written")
                                 .arg(path, file.errorString()));
    return {};
}

} // namespace ts::services
