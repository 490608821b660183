// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Thin RAII layer over the SQLite C API: one connection per thread, prepared statements, errors as Result.
// The C API is used everywhere (not QtSql): the bulk path of the index measured 2-3x faster through it, and
// one access layer is simpler than two.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ts::db {

// The connection's last error for a message: SQLite's text, except that a full disk, an exceeded quota or a
// file-size limit say so and what to do (SQLite calls some of those "disk I/O error"). Callers name the path.
QString sqliteErrorText(sqlite3* db);

class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt);

    // Binding is 1-based, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text); // UTF-8 text; a null QString binds NULL
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindText(int index, const QByteArray& utf8);
    Statement& bindNull(int index);

    // Steps once: true while a row is available, false when done. Errors go to error().
    bool step();
    // Steps to the end (for statements without rows); Failed on error.
    Status run();
    void reset(); // reset and clear bindings, for reuse in a loop

    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool valid() const { return m_stmt != nullptr; }

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* stmt) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    QString m_error;
};

class SqliteDb
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if needed) the database at `path`, sets WAL, a busy timeout and foreign keys.
    static Result<SqliteDb> open(const QString& path, Mode mode = Mode::ReadWrite);

    SqliteDb() = default;
    SqliteDb(SqliteDb&&) noexcept = default;
    SqliteDb& operator=(SqliteDb&&) noexcept = default;

    Status exec(const QByteArray& sql); // one or more statements, no rows
    Result<Statement> prepare(const QByteArray& sql);
    Status begin() { return exec("BEGIN IMMEDIATE"); }
    Status commit() { return exec("COMMIT"); }
    Status rollback() { return exec("ROLLBACK"); }

    int userVersion();
    Status setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;

    sqlite3* handle() const { return m_db.get(); }
    const QString& path() const { return m_path; }
    QString lastError() const;  // sqliteErrorText of this connection
    bool readOnly() const;      // the main file cannot be written through this connection
    bool inTransaction() const; // a BEGIN (or SAVEPOINT) is open

    // The modules whose migrations this connection has already checked (db/Schema.h): each module's tables
    // are checked once per connection, not on every call.
    bool migrated(const char* module) const { return m_migrated.contains(QByteArray(module)); }
    void setMigrated(const char* module) { m_migrated.append(QByteArray(module)); }

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    QByteArrayList m_migrated;
};

// Rolls back unless commit() was called: keeps a batch all-or-nothing on every early return.
class Transaction
{
public:
    explicit Transaction(SqliteDb& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    const Status& started() const { return m_started; }
    Status commit();

private:
    SqliteDb& m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace ts::db
