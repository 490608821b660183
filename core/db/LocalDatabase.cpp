#include "db/LocalDatabase.h"

#include "db/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ts::db {

QString localDatabasePath(const QString& workspaceId, const QString& overridePath)
{
    if (!overridePath.isEmpty())
        return QFileInfo(overridePath).absoluteFilePath();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base + QStringLiteral("/workspaces/") + workspaceId + QStringLiteral("/index.sqlite");
}

Result<SqliteDb> openLocalDatabase(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::failed(
            QStringLiteral("%1: cannot create the local data folder (check permissions)").arg(folder));
    auto db = SqliteDb::open(path);
    if (!db)
        return db.error();
    if (auto ok = migrate(*db); !ok)
        return ok.error();
    return db;
}

} // namespace ts::db
