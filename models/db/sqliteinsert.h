#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

/// One statement of sql.h prepared once on a SQLite connection through the
/// C API and run once per row, its values bound by position (from 1).
///
/// generate-demo writes a million rows: through QSqlQuery each row's 13
/// values were wrapped in QVariants, bound by Qt and converted again by the
/// driver, which cost more than SQLite's own insert. Here a value goes
/// straight to sqlite3_bind_*. Only for a SQLite connection (isValid() is
/// false on others, and run() then fails with a message).
class SqliteInsert
{
public:
    SqliteInsert(const QSqlDatabase &db, const char *sql);
    ~SqliteInsert();
    SqliteInsert(const SqliteInsert &) = delete;
    SqliteInsert &operator=(const SqliteInsert &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, QStringView text);
    void bindNull(int index);

    /// Runs the statement with the values bound since the last run; false,
    /// with *error set in the user's language, if it failed.
    bool run(QString *error);

private:
    QString describe(int code) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_prepareCode = 0;
};
