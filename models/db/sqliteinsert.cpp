#include "sqliteinsert.h"

#include "sqlerror.h"
#include "sqlitedirect.h"

#include <QSqlError>

#include <sqlite3.h>

SqliteInsert::SqliteInsert(const QSqlDatabase &db, const char *sql) : m_handle(SqliteDirect::handle(db))
{
    if (m_handle)
        m_prepareCode = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement);
}

void SqliteInsert::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteInsert::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteInsert::bind(int index, QStringView text)
{
    // SQLite copies the text (as UTF-8, the file's encoding) before this returns.
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteInsert::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteInsert::run(QString *error)
{
    if (!m_statement) {
        *error = describe(m_prepareCode);
        return false;
    }
    const int code = sqlite3_step(m_statement);
    const bool done = code == SQLITE_DONE;
    if (!done)
        *error = describe(code); // before the reset, which may change the message
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return done;
}

QString SqliteInsert::describe(int code) const
{
    // Said as Qt's driver says it, so SqlError::describe() reads the code.
    return SqlError::describe(QSqlError(
        QString(), m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("not a SQLite connection"),
        QSqlError::StatementError, QString::number(code & 0xff)));
}
