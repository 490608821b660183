// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "activity/ActivityLog.h"

#include "activity/ActivitySchema.h"

#include <QRegularExpression>

namespace ts {

namespace {

// Control characters would break the one-line-per-entry display and could fake entries in a text export.
QString oneLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(u' ');
    return line;
}

} // namespace

QString ActivityLog::fallbackActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : oneLine(user);
}

QString ActivityLog::formatTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Status ActivityLog::record(db::SqliteDb& db, const ActivityEntry& entry)
{
    if (auto ok = db::migrate(db, activity::kMigrations); !ok)
        return ok;
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$"));
    if (!actionPattern.match(entry.action).hasMatch())
        return Error::usage(QStringLiteral("activity: action \"%1\" is not a dotted id such as member.add")
                                .arg(oneLine(entry.action)));
    auto insert =
        db.prepare("INSERT INTO activity(at_utc, actor, action, path, detail) VALUES(?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    insert->bind(1, formatTime(at));
    insert->bind(2, entry.actor.isEmpty() ? fallbackActor() : oneLine(entry.actor));
    insert->bind(3, entry.action);
    insert->bind(4, entry.path.isEmpty() ? QString() : oneLine(entry.path));
    insert->bind(5, entry.detail.isEmpty() ? QString() : oneLine(entry.detail));
    if (auto ok = insert->run(); !ok)
        return ok.error().prefixed(QStringLiteral("activity log: "));
    return {};
}

Status ActivityLog::recordAll(db::SqliteDb& db, const QList<ActivityEntry>& entries)
{
    if (auto ok = db::migrate(db, activity::kMigrations); !ok)
        return ok;
    db::Transaction tx(db);
    if (!tx.started())
        return tx.started();
    for (const ActivityEntry& entry : entries)
        if (auto ok = record(db, entry); !ok)
            return ok;
    return tx.commit();
}

Result<QList<ActivityEntry>> ActivityLog::query(db::SqliteDb& db, const QDateTime& since, int limit)
{
    if (limit <= 0)
        return Error::usage(QStringLiteral("activity: the limit must be at least 1 (got %1)").arg(limit));
    if (auto ok = db::migrate(db, activity::kMigrations); !ok)
        return ok.error();
    if (db.readOnly()) { // opened for reading: a database nothing ever recorded in has no table yet
        auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity'");
        if (!exists)
            return exists.error();
        if (!exists->step())
            return QList<ActivityEntry>();
    }
    auto select = db.prepare("SELECT id, at_utc, actor, action, path, detail FROM activity "
                             "WHERE at_utc >= ? ORDER BY at_utc DESC, id DESC LIMIT ?");
    if (!select)
        return select.error();
    // The stored format sorts as text, so the comparison is a plain string comparison.
    select->bind(1, since.isValid() ? formatTime(since) : QStringLiteral(""));
    select->bind(2, limit);
    QList<ActivityEntry> entries;
    while (select->step()) {
        ActivityEntry e;
        e.id = select->columnInt64(0);
        e.at = QDateTime::fromString(select->columnText(1), Qt::ISODateWithMs);
        e.actor = select->columnText(2);
        e.action = select->columnText(3);
        e.path = select->columnText(4);
        e.detail = select->columnText(5);
        entries << e;
    }
    if (select->hasError())
        return Error::failed(QStringLiteral("activity log: %1").arg(select->error()));
    return entries;
}

} // namespace ts
