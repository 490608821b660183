// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "db/LocalDatabase.h"

#include "db/LocalDataMove.h"
#include "db/LocalPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ts::db {

namespace {

QString defaultBase()
{
    return localDataDir();
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// Creates the folders of `folder` that are missing, each 0700; existing folders are left as they are, except
// the per-user default location's own folders (ours alone), which are made 0700 too.
Status makePrivateFolder(const QString& folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    QString at = clean;
    while (!at.isEmpty() && !QFileInfo::exists(at)) {
        missing.prepend(at);
        const QString up = QFileInfo(at).absolutePath();
        if (up == at)
            break;
        at = up;
    }
    for (const QString& dir : missing)
        if (::mkdir(encoded(dir).constData(), S_IRWXU) != 0 && errno != EEXIST)
            return Error::fromErrno(dir, QStringLiteral("cannot create the local data folder"), errno);
    const QString base = QDir::cleanPath(defaultBase());
    if (clean == base || clean.startsWith(base + u'/')) {
        for (QString dir = clean; dir.size() >= base.size(); dir = QFileInfo(dir).absolutePath()) {
            struct stat st = {};
            if (::stat(encoded(dir).constData(), &st) == 0 && (st.st_mode & 077) != 0)
                ::chmod(encoded(dir).constData(), st.st_mode & 0700);
            if (dir == base)
                break;
        }
    }
    return {};
}

// A database in the default place is opened only after an older version's local data moved there.
Status movedIfDefault(const QString& path)
{
    return isInside(path, defaultBase()) && !isInside(path, oldLocalDataDir()) ? ensureLocalDataMoved()
                                                                                : Status();
}

} // namespace

Status makeLocalFolder(const QString& folder)
{
    return makePrivateFolder(folder);
}

QString localDatabasePath(const QString& stateKey, const QString& overridePath)
{
    if (!overridePath.isEmpty())
        return QFileInfo(overridePath).absoluteFilePath();
    (void)ensureLocalDataMoved(); // its error, if any, stops the open of this path (movedIfDefault)
    return defaultBase() + QStringLiteral("/workspaces/") + stateKey + QStringLiteral("/index.sqlite");
}

Status makePrivateDatabaseFile(const QString& path)
{
    const QByteArray file = encoded(path);
    const int fd =
        ::open(file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno != EEXIST)
        return Error::fromErrno(path, QStringLiteral("cannot create the local database"), errno);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QByteArray name = file + suffix;
        struct stat st = {};
        if (::lstat(name.constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0 &&
            ::chmod(name.constData(), st.st_mode & 0700) != 0 && errno != EROFS && errno != EPERM)
            return Error::fromErrno(QFile::decodeName(name),
                                    QStringLiteral("cannot make the local database private (chmod 600)"),
                                    errno);
    }
    return {};
}

Result<SqliteDb> openLocalDatabase(const QString& path, std::initializer_list<ModuleMigrations> modules)
{
    if (auto moved = movedIfDefault(path); !moved)
        return moved.error();
    const QString folder = QFileInfo(path).absolutePath();
    if (auto ok = makePrivateFolder(folder); !ok)
        return Error::failed(ok.error().message + QStringLiteral(" (check permissions)"));
    if (auto ok = makePrivateDatabaseFile(path); !ok)
        return ok.error();
    auto db = SqliteDb::open(path);
    if (!db)
        return db.error();
    if (auto ok = migrateBookkeeping(*db); !ok)
        return ok.error();
    for (const ModuleMigrations& module : modules)
        if (auto ok = migrate(*db, module); !ok)
            return ok.error();
    return db;
}

QByteArray sqliteUri(const QString& path, const char* query)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + '?' + query;
}

bool folderWritable(const QString& path)
{
    return ::access(encoded(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
}

Result<SqliteDb> openDatabaseForReading(const QString& path)
{
    if (auto moved = movedIfDefault(path); !moved)
        return moved.error();
    if (!QFileInfo(path).isFile())
        return Error::failed(
            QStringLiteral("%1: no local database here yet (run `teamspace-cli scan` first)").arg(path));
    const auto readable = [](SqliteDb& db) {
        return sqlite3_exec(db.handle(), "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) ==
               SQLITE_OK;
    };
    auto db = SqliteDb::open(QString::fromUtf8(sqliteUri(path, "mode=ro")), SqliteDb::Mode::ReadOnly);
    if (db && readable(*db))
        return db;
    auto frozen = SqliteDb::open(QString::fromUtf8(sqliteUri(path, "immutable=1")), SqliteDb::Mode::ReadOnly);
    if (frozen && readable(*frozen))
        return frozen;
    return Error::failed(QStringLiteral("%1: cannot read the local database: %2 (check that it is readable)")
                             .arg(path, frozen ? frozen->lastError() : frozen.error().message));
}

} // namespace ts::db
