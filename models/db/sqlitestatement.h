#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <QElapsedTimer>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

/// A statement prepared once through SQLite's C API and run many times with
/// values bound by position, for bulk writes (an import's new results,
/// generate-demo's million rows).
///
/// Through QSqlQuery each of an import's 14 values a row went into a
/// QVariant, was bound by the driver, and a 100-row INSERT was rebuilt and
/// re-bound for every batch; here a value is bound straight from the row,
/// and a text as the UTF-16 the QString holds (SQLite converts it once).
/// Only for a SQLite connection (isValid() false otherwise).
class SqliteStatement
{
public:
    /// sql is one of sql.h's constants, never made of input.
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Values by position, from 1. A text is not copied: it must live until
    // run() returns.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, const QString &text);
    /// Null, a whole number, a real or a text, by the variant's type.
    void bind(int index, const QVariant &value);

    /// Runs to the end and resets for the next values; false, with *error
    /// as SqlError::describe() words it, when preparing, a bind or a step
    /// failed.
    bool run(QString *error);
    /// Runs a statement that returns one whole number (or null, as nullopt
    /// with *error empty); nullopt with *error when it failed.
    std::optional<qint64> integer(QString *error);

private:
    bool failed(int code, QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = 0; ///< the first failure (preparing, binding) not yet reported
};

/// While it lives, the statements a SQLite connection runs ask keepGoing
/// now and then (sqlite3_progress_handler every few thousand virtual
/// machine steps, keepGoing at most every 50 ms); when it says no, the
/// statement under way stops with SQLITE_INTERRUPT and stopped() is true.
///
/// An import's last statements (its rows moved into result, their totals)
/// take seconds on a million-row file: a cancel must not wait for them, and
/// the progress bar must not stand still meanwhile.
class SqliteProgress
{
public:
    SqliteProgress(const QSqlDatabase &db, std::function<bool()> keepGoing);
    ~SqliteProgress();
    SqliteProgress(const SqliteProgress &) = delete;
    SqliteProgress &operator=(const SqliteProgress &) = delete;

    bool stopped() const { return m_stopped; }

private:
    static int ask(void *self);

    sqlite3 *m_db = nullptr;
    std::function<bool()> m_keepGoing;
    QElapsedTimer m_sinceAsked; ///< invalid until the first ask: that one comes at once
    bool m_stopped = false;
};
