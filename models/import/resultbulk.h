#pragma once

#include "importer.h"

#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

class ImportJournal;

/// An import's new results written at the database's own pace, ids and all,
/// numbered after the highest, so that their totals and their journal lines
/// are one statement each over one range of ids. On SQLite each row is bound
/// straight from the plan to one prepared INSERT (SqliteStatement) into a
/// staging table, then all go into result by one INSERT ... SELECT, with
/// result_total's per-row trigger paused (migration 9) while one INSERT ...
/// SELECT ... GROUP BY adds the totals of the whole range. On PostgreSQL the
/// rows go by COPY (PgCopy), and the statement-level triggers of migration 9
/// add their totals once. All of it runs inside Importer::apply()'s
/// transaction, so no other connection sees the pause, and a rollback takes
/// everything back.
///
/// Through QSqlQuery, 100 rows a statement, 200.000 rows took 9,8 s on
/// SQLite; the trigger, once per row, cost about as much as the insert.
class ResultBulk
{
public:
    using Progress = std::function<bool(qint64, qint64)>;
    enum class Ending { Written, Failed, Cancelled };

    /// Whether a connection takes this path: SQLite's and PostgreSQL's
    /// (Qt's drivers). Others write through InsertBatch.
    static bool suits(const QSqlDatabase &db);

    explicit ResultBulk(const QSqlDatabase &db) : m_db(db) {}

    /// A row to insert, with its program's id (null for none).
    void add(const ImportPlan::Row &row, const QVariant &programId) { m_rows.emplace_back(&row, programId); }

    /// Inserts the rows added, their totals and their journal lines;
    /// progress(doneBefore + rows written, total) every 500 rows, a cancel
    /// when it returns false. *error names the line of a row that failed.
    Ending write(ImportJournal &journal, const Progress &progress, qint64 doneBefore, qint64 total, QString *error);

private:
    /// False when progress says cancel (asked every 500 rows).
    bool reportProgress(qint64 done, const Progress &progress, qint64 doneBefore, qint64 total) const;
    Ending writeSqlite(const Progress &progress, qint64 doneBefore, qint64 total, QString *error);
    /// The rows, bound one by one into a TEMP table (Sql::createStagedResults says why).
    Ending stageSqlite(const Progress &progress, qint64 doneBefore, qint64 total, QString *error);
    Ending writePostgres(const Progress &progress, qint64 doneBefore, qint64 total, QString *error);

    QSqlDatabase m_db;
    std::vector<std::pair<const ImportPlan::Row *, QVariant>> m_rows;
    qint64 m_low = 0; ///< the first row's id
};
