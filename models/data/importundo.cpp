#include "importundo.h"

#include "boundquery.h"
#include "changelog.h"
#include "format.h"
#include "importjournal.h"
#include "insertbatch.h"
#include "sql.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <unordered_map>

namespace ImportUndo {
namespace {

/// The context of this file's messages in resources/translations.
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)
};

/// One line an import logged.
struct Line
{
    QString table;
    qint64 rowId = 0;
    QString column;
    QVariant oldValue;
};

bool readLines(const QSqlDatabase &db, qint64 summaryId, QList<Line> *lines, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(Sql::selectImportLines))) {
        *error = SqlError::describe(query);
        return false;
    }
    query.addBindValue(ImportJournal::origin(summaryId));
    if (!query.exec()) {
        *error = SqlError::describe(query);
        return false;
    }
    while (query.next())
        lines->append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(), query.value(3)});
    return true;
}

bool readLater(const QSqlDatabase &db, qint64 summaryId, QList<LaterChange> *later, QString *error)
{
    BoundQuery undone(db, Sql::selectUndoneImports);
    if (!undone.run({}, error))
        return false;
    QSet<QString> undoneOrigins;
    for (const QVariant &origin : undone.firstColumn())
        undoneOrigins.insert(origin.toString().mid(int(qstrlen("undo-"))));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString origin = ImportJournal::origin(summaryId);
    if (!query.prepare(QString::fromLatin1(Sql::selectLaterChanges))) {
        *error = SqlError::describe(query);
        return false;
    }
    query.addBindValue(summaryId);
    query.addBindValue(origin);
    query.addBindValue(origin);
    if (!query.exec()) {
        *error = SqlError::describe(query);
        return false;
    }
    while (query.next()) {
        const QString by = query.value(5).toString();
        // An import undone since, and undos, leave the rows as they were.
        if (undoneOrigins.contains(by) || by.startsWith(QLatin1String("undo-import:")))
            continue;
        later->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toLongLong(), query.value(4).toString(), by});
    }
    return true;
}

std::optional<Preview> inspect(const QSqlDatabase &db, qint64 summaryId, QList<Line> *lines, QString *error)
{
    BoundQuery summary(db, Sql::selectImportSummary);
    if (!summary.run({summaryId}, error))
        return std::nullopt;
    const QVariantList row = summary.firstRow();
    Preview preview;
    preview.summaryId = summaryId;
    if (row.isEmpty() || row.at(2).toString() != u"import") {
        preview.refusal = UndoText::tr("esta línea del historial no es una importación");
        return preview;
    }
    preview.fileName = row.at(0).toString();
    preview.summary = row.at(1).toString();
    BoundQuery undone(db, Sql::selectUndoneImports);
    if (!undone.run({}, error))
        return std::nullopt;
    if (undone.firstColumn().contains(ImportJournal::undoOrigin(summaryId))) {
        preview.refusal = UndoText::tr("la importación de «%1» ya se deshizo").arg(preview.fileName);
        return preview;
    }
    if (!readLines(db, summaryId, lines, error) || !readLater(db, summaryId, &preview.later, error))
        return std::nullopt;
    QSet<QPair<QString, qint64>> restored;
    for (const Line &line : *lines) {
        if (line.column == QLatin1String(ImportJournal::wholeRow)) {
            preview.rowsToRemove += line.table != u"program";
        } else {
            restored.insert({line.table, line.rowId});
            ++preview.valuesToRestore;
        }
    }
    preview.rowsToRestore = restored.size();
    if (lines->isEmpty())
        preview.refusal = UndoText::tr("la importación de «%1» no dejó cambios registrados que deshacer (las "
                                       "importaciones hechas con versiones anteriores de Mirador no guardaban lo "
                                       "necesario para deshacerlas)")
                              .arg(preview.fileName);
    return preview;
}

/// Writes what an import logged back, newest first, logging each step.
class Reverser
{
public:
    Reverser(const QSqlDatabase &db, qint64 summaryId)
        : m_db(db),
          m_changedAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
          m_user(ChangeLog::currentUser()),
          m_origin(ImportJournal::undoOrigin(summaryId)),
          m_log(db, Sql::insertChangeLogHead, Sql::changeLogValues)
    { }

    bool undo(const Line &line, QString *error)
    {
        if (line.column == QLatin1String(ImportJournal::wholeRow))
            return remove(line, error);
        const QList<ImportJournal::Column> &columns = ImportJournal::columns(line.table);
        for (const ImportJournal::Column &column : columns) {
            if (line.column == QLatin1String(column.name))
                return restore(line, column, error);
        }
        *error
            = UndoText::tr("la importación cambió «%1.%2», que Mirador no sabe restaurar").arg(line.table, line.column);
        return false;
    }

    /// The search text of every row whose values came back, then the log.
    bool finish(const Preview &preview, QString *error)
    {
        ChangeLog::SearchText search(m_db);
        for (const auto &[table, rowId] : std::as_const(m_restored)) {
            if (!search.refresh(table, rowId, error))
                return false;
        }
        return log(QStringLiteral("import"), QVariant(QMetaType(QMetaType::LongLong)), preview.fileName,
                   preview.summary,
                   QStringLiteral("deshecha: %1 filas quitadas, %2 restauradas")
                       .arg(preview.rowsToRemove)
                       .arg(preview.rowsToRestore),
                   error)
            && m_log.flush(error);
    }

private:
    QSqlQuery &statement(const QString &key, const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &query = m_statements[key];
        if (!query) {
            query = std::make_unique<QSqlQuery>(m_db);
            query->prepare(sql);
        }
        return *query;
    }

    bool exec(QSqlQuery &query, const QVariantList &values, QString *error)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (query.exec())
            return true;
        *error = SqlError::describe(query);
        return false;
    }

    bool log(const QString &table, const QVariant &rowId, const QString &column, const QVariant &oldValue,
             const QVariant &newValue, QString *error)
    {
        const auto text = [](const QVariant &value) {
            return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
        };
        return m_log.add({m_changedAt, m_user, table, rowId, column, text(oldValue), text(newValue), m_origin}, error);
    }

    bool remove(const Line &line, QString *error)
    {
        // The table is one of the three an import inserts into, never input.
        const bool program = line.table == u"program";
        if (!program && line.table != u"result" && line.table != u"indicator") {
            *error = UndoText::tr("la importación insertó en «%1», que Mirador no sabe deshacer").arg(line.table);
            return false;
        }
        QSqlQuery &remove = program
            ? statement(QStringLiteral("program"), QString::fromLatin1(Sql::deleteUnusedProgram))
            : statement(line.table, QString::fromLatin1(Sql::deleteRow).arg(line.table));
        QVariant words;
        if (!describe(line, &words, error)
            || !exec(remove, program ? QVariantList{line.rowId, line.rowId, line.rowId} : QVariantList{line.rowId},
                     error))
            return false;
        if (remove.numRowsAffected() <= 0)
            return true; // gone already, or a program still in use
        return log(line.table, line.rowId, line.column, words, QVariant(), error);
    }

    /// What a row was, in words (program · region · year), for the log
    /// line of its removal: the history names it when it is gone.
    bool describe(const Line &line, QVariant *words, QString *error)
    {
        const char *sql = line.table == u"program" ? Sql::selectProgramLabel
            : line.table == u"result"              ? Sql::selectResultLabel
                                                   : Sql::selectIndicatorLabel;
        QSqlQuery &label = statement(line.table + QStringLiteral(":label"), QString::fromLatin1(sql));
        if (!exec(label, {line.rowId}, error))
            return false;
        if (label.next()) {
            QStringList parts;
            for (int i = 0; i < label.record().count(); ++i)
                parts << label.value(i).toString();
            *words = parts.join(QStringLiteral(" · "));
        }
        label.finish();
        return true;
    }

    bool restore(const Line &line, const ImportJournal::Column &column, QString *error)
    {
        // Table and column are ImportJournal's constants, never input.
        const QString name = QString::fromLatin1(column.name);
        QSqlQuery &read = statement(line.table + u'.' + name + QStringLiteral(":read"),
                                    QString::fromLatin1(Sql::selectCell).arg(line.table, name));
        if (!exec(read, {line.rowId}, error))
            return false;
        if (!read.next()) {
            read.finish();
            return true; // removed by a later undo
        }
        const QVariant current = read.value(0);
        read.finish();
        QVariant value(QMetaType(column.type));
        if (!line.oldValue.isNull()) {
            value = line.oldValue.toString();
            value.convert(QMetaType(column.type));
        }
        QSqlQuery &write
            = statement(line.table + u'.' + name, QString::fromLatin1(Sql::updateCell).arg(line.table, name));
        if (!exec(write, {value, line.rowId}, error))
            return false;
        m_restored.insert({line.table, line.rowId});
        return log(line.table, line.rowId, line.column, current, value, error);
    }

    QSqlDatabase m_db;
    QString m_changedAt;
    QString m_user;
    QString m_origin;
    InsertBatch m_log;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSet<QPair<QString, qint64>> m_restored;
};

bool begin(QSqlDatabase &db, QString *error)
{
    // As an import does: SQLite's write lock at once, or no start at all.
    if (db.driverName() != QLatin1String("QSQLITE")) {
        if (!db.transaction()) {
            *error = SqlError::describe(db);
            return false;
        }
        return true;
    }
    QSqlQuery begin(db);
    if (!begin.exec(QString::fromLatin1(Sql::beginImmediate))) {
        *error = SqlError::describe(begin);
        return false;
    }
    return true;
}

} // namespace

std::optional<Preview> preview(const QSqlDatabase &db, qint64 summaryId, QString *error)
{
    QList<Line> lines;
    return inspect(db, summaryId, &lines, error);
}

QVariant importOf(qint64 changeLogId, const QString &tableName, const QString &origin)
{
    return ChangeLog::summaryOf(changeLogId, tableName, origin, QLatin1StringView("import"));
}

bool run(const QSqlDatabase &database, qint64 summaryId, Later later, QString *error)
{
    QSqlDatabase db = database;
    if (!begin(db, error))
        return false;
    const auto fail = [&](const QString &reason) {
        db.rollback();
        *error = reason;
        return false;
    };
    QList<Line> lines;
    QString reason;
    // Looked at again inside the transaction: nothing can change it now.
    const std::optional<Preview> preview = inspect(db, summaryId, &lines, &reason);
    if (!preview)
        return fail(reason);
    if (!preview->refusal.isEmpty())
        return fail(preview->refusal);
    if (!preview->later.isEmpty() && later == Later::Refuse)
        return fail(preview->later.size() == 1
                        ? UndoText::tr("%1 cambio posterior toca filas de esta importación").arg(Format::integer(1))
                        : UndoText::tr("%1 cambios posteriores tocan filas de esta importación")
                              .arg(Format::integer(preview->later.size())));
    Reverser reverser(db, summaryId);
    for (const Line &line : std::as_const(lines)) {
        if (!reverser.undo(line, &reason))
            return fail(reason);
    }
    if (!reverser.finish(*preview, &reason))
        return fail(reason);
    if (!db.commit())
        return fail(SqlError::describe(db));
    return true;
}

} // namespace ImportUndo
