// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "db/SqliteDb.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ts::db {

namespace {

// Why a write of the database failed for lack of room (ENOSPC, EDQUOT or EFBIG), or 0. SQLite reads errno
// only after its cleanup ran, so its system errno is often lost: for a failed write, look at the disk and at
// the process's file-size limit too.
int lackOfRoom(sqlite3* db)
{
    const int extended = sqlite3_extended_errcode(db);
    const int primary = extended & 0xff;
    if (primary == SQLITE_FULL)
        return ENOSPC;
    if (primary != SQLITE_IOERR)
        return 0;
    const int systemErrno = sqlite3_system_errno(db);
    if (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG)
        return systemErrno;
    switch (extended) {
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_DIR_FSYNC:
    case SQLITE_IOERR_TRUNCATE:
    case SQLITE_IOERR_SHMSIZE:
        break;
    default:
        return 0;
    }
    const char* file = sqlite3_db_filename(db, "main");
    if (file && *file) {
        const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(file)).absolutePath());
        struct statvfs st
        {
        };
        if (::statvfs(folder.constData(), &st) == 0 && (::geteuid() == 0 ? st.f_bfree : st.f_bavail) == 0)
            return ENOSPC;
    }
    struct rlimit limit
    {
    };
    if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return EFBIG;
    return 0;
}

} // namespace

QString sqliteErrorText(sqlite3* db)
{
    // A full disk reaches SQLite as SQLITE_FULL ("database or disk is full") or as a plain "disk I/O error":
    // both say too little about what to do.
    const QString sqlite = QString::fromUtf8(sqlite3_errmsg(db));
    switch (lackOfRoom(db)) {
    case ENOSPC:
        return QStringLiteral(
                   "no space left on the device for the database (SQLite: %1); free some space and "
                   "try again")
            .arg(sqlite);
    case EDQUOT:
        return QStringLiteral(
                   "disk quota exceeded for the database (SQLite: %1); free some of your quota and "
                   "try again")
            .arg(sqlite);
    case EFBIG:
        return QStringLiteral("the database file is too large for this file system or process limit (SQLite: "
                              "%1; see ulimit -f)")
            .arg(sqlite);
    default:
        return sqlite;
    }
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}
void SqliteDb::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

Statement::Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    return bindText(index, text.toUtf8());
}

Statement& Statement::bindText(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_stmt.get(), index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteErrorText(sqlite3_db_handle(m_stmt.get()));
    return false;
}

Status Statement::run()
{
    while (step()) {
    }
    if (hasError()) {
        const char* file = sqlite3_db_filename(sqlite3_db_handle(m_stmt.get()), "main");
        return Error::failed(
            QStringLiteral("%1: database error: %2")
                .arg(file && *file ? QString::fromUtf8(file) : QStringLiteral("database"), m_error));
    }
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_error.clear();
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}
double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}
bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt.get(), column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt.get(), column));
}

Result<SqliteDb> SqliteDb::open(const QString& path, Mode mode)
{
    // SQLite counts every allocation for sqlite3_status() behind a global mutex; nothing here reads those
    // counters, and the bulk writer allocates per row. Switched off once, before SQLite initialises (if
    // something else in the process already did, the call fails harmlessly and the counters stay on).
    static const int memstatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)memstatusOff;
    sqlite3* raw = nullptr;
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI; // read-only opens pass file:…?mode=ro / immutable=1 URIs
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    SqliteDb db;
    db.m_db.reset(raw);
    db.m_path = path;
    if (rc != SQLITE_OK)
        return Error::failed(
            QStringLiteral("%1: cannot open the local database: %2").arg(path, db.lastError()));
    sqlite3_busy_timeout(raw, 10000);
    if (mode == Mode::ReadWrite) {
        // 16 KiB pages for a new database (an existing one keeps its own): a scan that changes rows all over
        // the index writes a quarter of the WAL frames and checkpoint copies of 4 KiB pages (measured on the
        // 300k-file bench: a 1 %-grown rescan 0.70-0.73 s -> 0.67-0.68 s, a full rebuild 1.07-1.14
        // -> 1.03-1.10).
        (void)db.exec("PRAGMA page_size=16384");
        if (auto wal = db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            !wal)
            return wal.error();
    }
    return db;
}

Status SqliteDb::exec(const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db.get(), sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message); // the same text as sqlite3_errmsg, which sqliteErrorText explains
        const QString text = sqliteErrorText(m_db.get());
        return Error::failed(QStringLiteral("%1: database error: %2").arg(m_path, text));
    }
    return {};
}

Result<Statement> SqliteDb::prepare(const QByteArray& sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return Error::failed(QStringLiteral("%1: database error: %2").arg(m_path, lastError()));
    return Statement(stmt);
}

int SqliteDb::userVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    if (!stmt || !stmt->step())
        return -1;
    return int(stmt->columnInt64(0));
}

Status SqliteDb::setUserVersion(int version)
{
    return exec(QByteArray("PRAGMA user_version=") + QByteArray::number(version));
}

bool SqliteDb::readOnly() const
{
    return sqlite3_db_readonly(m_db.get(), "main") == 1;
}

bool SqliteDb::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

qint64 SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}
int SqliteDb::changes() const
{
    return sqlite3_changes(m_db.get());
}
QString SqliteDb::lastError() const
{
    return sqliteErrorText(m_db.get());
}

Transaction::Transaction(SqliteDb& db) : m_db(db), m_started(db.begin()) {}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        (void)m_db.rollback();
}

Status Transaction::commit()
{
    m_done = true;
    return m_db.commit();
}

} // namespace ts::db
