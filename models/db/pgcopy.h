#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;

/// Rows streamed into a table by COPY ... FROM STDIN through libpq, on the
/// connection of Qt's PostgreSQL driver and inside its transaction: an
/// import's new results. COPY is PostgreSQL's own bulk path; an INSERT of
/// 100 rows a statement, each value bound through QSqlQuery, took several
/// times as long as psql's \copy of the same file.
///
/// Values go in COPY's text format, as data and never as SQL: a text's
/// backslash, tab, line feed and carriage return are escaped, a null is \N.
/// Only for a PostgreSQL connection (suits()).
class PgCopy
{
public:
    static bool suits(const QSqlDatabase &db);

    explicit PgCopy(const QSqlDatabase &db);

    /// Starts the COPY statement sql (a sql.h constant); false, with *error.
    bool start(const char *sql, QString *error);

    // One row: its fields in order, then endRow().
    void addNull();
    void addInteger(qint64 value);
    void addText(const QString &text);
    void endRow();

    /// Sends what is buffered when it has grown past a few hundred kB.
    bool sendSome(QString *error);
    /// Sends the rest and ends the COPY; false, with *error, when the
    /// server refused a row (a constraint) or the connection failed.
    bool finish(QString *error);
    /// Ends the COPY as failed: the server drops its rows, and the
    /// transaction must be rolled back.
    void abort();

private:
    bool send(QString *error);
    QString lastError() const;

    pg_conn *m_conn = nullptr;
    QByteArray m_buffer;
    bool m_firstField = true;
};
