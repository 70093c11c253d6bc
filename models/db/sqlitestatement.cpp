#include "sqlitestatement.h"

#include "sqlerror.h"
#include "sqlitedirect.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql) : m_db(SqliteDirect::handle(db))
{
    if (!m_db)
        return;
    m_code = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    if (m_code == SQLITE_OK && m_statement)
        m_code = sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    if (m_code == SQLITE_OK && m_statement)
        m_code = sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindReal(int index, double value)
{
    if (m_code == SQLITE_OK && m_statement)
        m_code = sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (m_code == SQLITE_OK && m_statement)
        m_code = sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                     SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        return bindInteger(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bindReal(index, value.toDouble());
    case QMetaType::QString: // bound in place: the variant's text lives as long as the variant
        return bindText(index, *static_cast<const QString *>(value.constData()));
    default:
        if (m_code == SQLITE_OK && m_statement) {
            const QByteArray text = value.toString().toUtf8();
            m_code = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
}

bool SqliteStatement::failed(int code, QString *error)
{
    // Worded as Qt's driver words it, so SqlError::describe() reads the code.
    *error = SqlError::describe(QSqlError(QStringLiteral("Unable to execute statement"),
                                          QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no SQLite connection"),
                                          QSqlError::StatementError, QString::number(code & 0xff)));
    m_code = SQLITE_OK;
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    return false;
}

bool SqliteStatement::run(QString *error)
{
    if (m_code != SQLITE_OK || !m_statement)
        return failed(m_statement ? m_code : SQLITE_MISUSE, error);
    int rc;
    while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        return failed(rc, error);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return true;
}

std::optional<qint64> SqliteStatement::integer(QString *error)
{
    if (m_code != SQLITE_OK || !m_statement) {
        failed(m_statement ? m_code : SQLITE_MISUSE, error);
        return std::nullopt;
    }
    std::optional<qint64> value;
    int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW && sqlite3_column_type(m_statement, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(m_statement, 0);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        failed(rc, error);
        return std::nullopt;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    error->clear();
    return value;
}

namespace {
constexpr int stepsPerCheck = 10000;
constexpr qint64 askEveryMs = 50;
} // namespace

SqliteProgress::SqliteProgress(const QSqlDatabase &db, std::function<bool()> keepGoing)
    : m_db(SqliteDirect::handle(db)),
      m_keepGoing(std::move(keepGoing))
{
    if (m_db && m_keepGoing)
        sqlite3_progress_handler(m_db, stepsPerCheck, &SqliteProgress::ask, this);
}

SqliteProgress::~SqliteProgress()
{
    if (m_db && m_keepGoing)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

int SqliteProgress::ask(void *self)
{
    auto *progress = static_cast<SqliteProgress *>(self);
    if (progress->m_stopped)
        return 1;
    if (progress->m_sinceAsked.isValid() && progress->m_sinceAsked.elapsed() < askEveryMs)
        return 0;
    progress->m_sinceAsked.start();
    progress->m_stopped = !progress->m_keepGoing();
    return progress->m_stopped ? 1 : 0;
}
