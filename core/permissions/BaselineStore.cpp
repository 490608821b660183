// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/BaselineStore.h"

#include "permissions/BaselineSchema.h"
#include "permissions/RawFileSet.h"

#include <algorithm>

namespace ts::permissions {

namespace {

// Migrates the baseline's tables; false when they do not exist and cannot be made (a database opened for
// reading that no `raw baseline` ever wrote to): then there is no baseline.
Result<bool> tableReady(db::SqliteDb& db)
{
    if (auto ok = db::migrate(db, kBaselineMigrations); !ok)
        return ok.error();
    if (!db.readOnly())
        return true;
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'raw_baseline'");
    if (!exists)
        return exists.error();
    return exists->step();
}

} // namespace

Status BaselineStore::replace(const Baseline& baseline, const QDateTime& recordedAt)
{
    if (auto ok = db::migrate(m_db, kBaselineMigrations); !ok)
        return ok;
    db::Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto ok = m_db.exec("DELETE FROM raw_baseline"); !ok)
        return ok;
    auto insert =
        m_db.prepare("INSERT INTO raw_baseline(path, size, mtime_ns, algorithm, hash, recorded_at_utc) "
                     "VALUES(?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const QString algorithm = toString(baseline.algorithm);
    const QString at = recordedAt.toUTC().toString(Qt::ISODateWithMs);
    for (const BaselineEntry& e : baseline.entries) {
        insert->reset();
        insert->bind(1, e.path)
            .bind(2, e.size)
            .bind(3, e.mtimeNs)
            .bind(4, algorithm)
            .bind(5, e.hash)
            .bind(6, at);
        if (auto ok = insert->run(); !ok)
            return ok.error().prefixed(m_db.path() + QStringLiteral(": "));
    }
    return tx.commit();
}

Result<std::optional<Baseline>> BaselineStore::load()
{
    auto ready = tableReady(m_db);
    if (!ready)
        return ready.error();
    if (!*ready)
        return std::optional<Baseline>();
    auto select = m_db.prepare("SELECT path, size, mtime_ns, algorithm, hash FROM raw_baseline");
    if (!select)
        return select.error();
    Baseline baseline;
    bool any = false;
    while (select->step()) {
        const auto algorithm = hashAlgorithmFromString(select->columnText(3));
        if (!algorithm)
            return Error::failed(
                QStringLiteral(
                    "%1: raw_baseline holds an unknown algorithm \"%2\" (run `raw baseline` again)")
                    .arg(m_db.path(), select->columnText(3)));
        baseline.algorithm = *algorithm;
        baseline.entries << BaselineEntry{select->columnText(0), select->columnInt64(1),
                                          select->columnInt64(2), select->columnText(4)};
        any = true;
    }
    if (select->hasError())
        return Error::failed(QStringLiteral("%1: %2").arg(m_db.path(), select->error()));
    if (!any)
        return std::optional<Baseline>();
    std::sort(
        baseline.entries.begin(), baseline.entries.end(),
        [](const BaselineEntry& a, const BaselineEntry& b) { return baselinePathLess(a.path, b.path); });
    return std::optional<Baseline>(std::move(baseline));
}

Result<QDateTime> BaselineStore::recordedAt()
{
    auto ready = tableReady(m_db);
    if (!ready)
        return ready.error();
    if (!*ready)
        return QDateTime();
    auto select = m_db.prepare("SELECT max(recorded_at_utc) FROM raw_baseline");
    if (!select)
        return select.error();
    if (!select->step() || select->columnIsNull(0))
        return QDateTime();
    return QDateTime::fromString(select->columnText(0), Qt::ISODateWithMs);
}

} // namespace ts::permissions
