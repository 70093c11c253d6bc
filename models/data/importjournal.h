#pragma once

#include "insertbatch.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

/// What an import did, written to change_log in the import's own
/// transaction so that ImportUndo can reverse it exactly, with no schema of
/// its own: a summary line (table_name "import", the file in column_name,
/// the counts in new_value, origin "import"), and, with origin
/// "import:<summary id>", one line per row the import inserted (column
/// "*") and one per value it changed (the value before and after). Lines go
/// many to a statement, through prepared and bound INSERTs.
class ImportJournal
{
public:
    /// A column an import writes and an undo restores, with the type its
    /// logged text goes back to. A row's search_text is not among them: it
    /// follows the others and is made again.
    struct Column
    {
        const char *name;
        QMetaType::Type type;
    };
    /// The columns of result or indicator an import writes; empty for others.
    static const QList<Column> &columns(QStringView table);
    /// Marks an inserted row in column_name.
    static constexpr char wholeRow[] = "*";
    /// The origin of an import's lines, and of its undo's.
    static QString origin(qint64 summaryId);
    static QString undoOrigin(qint64 summaryId);

    explicit ImportJournal(const QSqlDatabase &db);
    ~ImportJournal();

    /// Writes the summary line; call first, inside the import's transaction.
    bool begin(const QString &fileName, QString *error);
    /// Rows of table (result, indicator, program) this import inserted.
    bool inserted(const char *table, const QVariantList &ids, QString *error);
    /// Results with ids from low to high, all this import's: one statement
    /// logs them all.
    bool insertedResults(qint64 low, qint64 high, QString *error);
    /// A row the import updated: found is what the look-up read (its id,
    /// then the values of columns(table) before), written what the update
    /// put there in the same order (shorter when it left the last ones, as
    /// the note, alone; an invalid QVariant is null). Logs each value that
    /// changed.
    bool updated(const char *table, const QVariantList &found, const QVariantList &written, QString *error);
    /// The counts into the summary; the last lines written.
    bool finish(qint64 inserted, qint64 updated, QString *error);

private:
    bool log(const QString &table, const QVariant &rowId, const QString &column, const QVariant &oldValue,
             const QVariant &newValue, QString *error);

    QSqlDatabase m_db;
    QString m_changedAt;
    QString m_user;
    qint64 m_summaryId = 0;
    QString m_origin;
    std::unique_ptr<InsertBatch> m_lines;
    std::unique_ptr<BoundQuery> m_insertedResults;
};
