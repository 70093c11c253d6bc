#include "pgcopy.h"

#include "sqlerror.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <memory>

namespace {

pg_conn *handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt's driver declares PGconn*; the meta-type system names it by its struct.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

constexpr qsizetype sendAt = 256 * 1024;

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

} // namespace

bool PgCopy::suits(const QSqlDatabase &db)
{
    return handleOf(db) != nullptr;
}

PgCopy::PgCopy(const QSqlDatabase &db) : m_conn(handleOf(db))
{
    m_buffer.reserve(sendAt + 4096);
}

QString PgCopy::lastError() const
{
    return SqlError::describe(QSqlError(QStringLiteral("COPY"),
                                        m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                                               : QStringLiteral("no PostgreSQL connection"),
                                        QSqlError::StatementError));
}

bool PgCopy::start(const char *sql, QString *error)
{
    if (!m_conn) {
        *error = lastError();
        return false;
    }
    const Result result(PQexec(m_conn, sql), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_COPY_IN) {
        *error = lastError();
        return false;
    }
    return true;
}

void PgCopy::addNull()
{
    if (!m_firstField)
        m_buffer.append('\t');
    m_firstField = false;
    m_buffer.append("\\N", 2);
}

void PgCopy::addInteger(qint64 value)
{
    if (!m_firstField)
        m_buffer.append('\t');
    m_firstField = false;
    m_buffer.append(QByteArray::number(value));
}

void PgCopy::addText(const QString &text)
{
    if (!m_firstField)
        m_buffer.append('\t');
    m_firstField = false;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': m_buffer.append("\\\\", 2); break;
        case '\t': m_buffer.append("\\t", 2); break;
        case '\n': m_buffer.append("\\n", 2); break;
        case '\r': m_buffer.append("\\r", 2); break;
        default: m_buffer.append(c);
        }
    }
}

void PgCopy::endRow()
{
    m_buffer.append('\n');
    m_firstField = true;
}

bool PgCopy::send(QString *error)
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        *error = lastError();
        return false;
    }
    m_buffer.resize(0);
    return true;
}

bool PgCopy::sendSome(QString *error)
{
    return m_buffer.size() < sendAt || send(error);
}

bool PgCopy::finish(QString *error)
{
    if (!send(error) || PQputCopyEnd(m_conn, nullptr) != 1) {
        if (error->isEmpty())
            *error = lastError();
        return false;
    }
    bool ok = true;
    // The COPY's own result, then none.
    while (PGresult *raw = PQgetResult(m_conn)) {
        const Result result(raw, &PQclear);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && ok) {
            *error = SqlError::describe(QSqlError(QStringLiteral("COPY"),
                                                  QString::fromUtf8(PQresultErrorMessage(raw)).trimmed(),
                                                  QSqlError::StatementError,
                                                  QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_SQLSTATE))));
            ok = false;
        }
    }
    return ok;
}

void PgCopy::abort()
{
    if (!m_conn)
        return;
    PQputCopyEnd(m_conn, "cancelled");
    while (PGresult *raw = PQgetResult(m_conn))
        PQclear(raw);
}
