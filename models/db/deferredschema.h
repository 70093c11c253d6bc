#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// While a new SQLite file is filled with many rows (generate-demo), the
/// indexes of result and indicator and the triggers that keep result_total
/// are set aside, and made again once the rows are in.
///
/// Kept up to date row by row, each of result's six indexes costs a seek and
/// a page write per row, and result_total's trigger an upsert per row; built
/// afterwards, SQLite sorts each index once and writes it in order, and
/// result_total is one GROUP BY. restore() makes every index and trigger
/// again from the very text the migrations left in sqlite_master (whatever
/// migration last changed them), so the file's schema is the one `mirador
/// init` makes and every later writer (the window, an import, sqlite3)
/// keeps the totals right.
///
/// Only for a new file whose result table is still empty, inside the
/// transaction that fills it: if anything fails, the rollback takes the
/// dropped indexes and triggers back with the rows.
class DeferredSchema
{
public:
    explicit DeferredSchema(const QSqlDatabase &db) : m_db(db) { }

    /// Drops the indexes and triggers; false, with *error, when result
    /// already has rows or a statement failed.
    bool setAside(QString *error);
    /// Makes the indexes again, adds up result_total from every result, then
    /// makes the triggers again.
    bool restore(QString *error);

private:
    struct Entry
    {
        bool isIndex = false;
        QString name;
        QString sql;
    };
    QSqlDatabase m_db;
    QList<Entry> m_entries;
};
