// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "activity/ActivityPages.h"

#include "activity/ActivitySchema.h"

#include <algorithm>
#include <limits>

namespace ts {

Result<ActivityPage> readActivityPage(db::SqliteDb& db, qint64 afterId, qint64 beforeId, int limit,
                                      const std::function<bool()>& cancelled)
{
    if (auto ok = db::migrate(db, activity::kMigrations); !ok)
        return ok.error();
    if (db.readOnly()) {
        auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity'");
        if (!exists)
            return exists.error();
        if (!exists->step())
            return ActivityPage{};
    }
    auto select = db.prepare("SELECT id, at_utc, actor, action, path, detail FROM activity "
                             "WHERE id > ? AND id < ? ORDER BY id DESC LIMIT ?");
    if (!select)
        return select.error();
    select->bind(1, afterId);
    select->bind(2, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    select->bind(3, limit > 0 ? qint64(limit) : qint64(-1));
    ActivityPage page;
    int rows = 0;
    while (select->step()) {
        const qint64 id = select->columnInt64(0);
        page.highestId = std::max(page.highestId, id);
        page.lowestId = page.lowestId == 0 ? id : std::min(page.lowestId, id);
        ActivityEntry e;
        e.id = id;
        e.at = QDateTime::fromString(select->columnText(1), Qt::ISODateWithMs);
        e.actor = select->columnText(2);
        e.action = select->columnText(3);
        e.path = select->columnText(4);
        e.detail = select->columnText(5);
        if (!e.at.isValid() || e.actor.isEmpty() || e.action.isEmpty())
            ++page.unreadable; // written by hand or by a broken tool: counted, never shown half-read
        else
            page.entries << std::move(e);
        if (++rows % 1000 == 0 && cancelled && cancelled())
            return page;
    }
    if (select->hasError())
        return Error::failed(QStringLiteral("activity log: %1").arg(select->error()));
    return page;
}

} // namespace ts
