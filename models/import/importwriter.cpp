// Importer::apply(): a checked plan written in one transaction, every
// change noted in the import's journal, so an error or a cancel leaves the
// database exactly as it was and a finished import can be undone as a whole.

#include "importer.h"

#include "boundquery.h"
#include "bulkcache.h"
#include "dataset.h"
#include "importertext.h"
#include "importjournal.h"
#include "insertbatch.h"
#include "resultbulk.h"
#include "sql.h"
#include "textfold.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace {

using Progress = std::function<bool(qint64, qint64)>;

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

/// Why a plan is not written: it has no rows, or it has problems.
QString refusal(const ImportPlan &plan)
{
    return plan.problems.isEmpty()
        ? ImporterText::tr("no hay filas que importar")
        : plan.problems.size() == 1
        ? ImporterText::tr("el archivo tiene %n problema; no se escribió nada", nullptr, 1)
        : ImporterText::tr("el archivo tiene %n problemas; no se escribió nada", nullptr,
                           int(plan.problems.size()));
}

/// Opens the import's transaction. On SQLite the write lock is taken at once
/// (BEGIN IMMEDIATE): another writer makes this wait (the busy timeout) or
/// fail before anything, never half-way, when a read transaction could not
/// become a write one.
bool beginWrite(QSqlDatabase &db, QString *error)
{
    QSqlQuery begin(db);
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    if (sqlite ? !begin.exec(QString::fromLatin1(Sql::beginImmediate)) : !db.transaction()) {
        *error = sqlite ? SqlError::describe(begin) : SqlError::describe(db);
        return false;
    }
    begin.finish();
    return true;
}

/// An import that stops: nothing written, nothing counted.
ImportOutcome failed(QSqlDatabase &db, ImportOutcome outcome, const QString &error)
{
    db.rollback();
    outcome.error = error;
    outcome.inserted = outcome.updated = 0;
    return outcome;
}

ImportOutcome cancelled(QSqlDatabase &db, ImportOutcome outcome)
{
    db.rollback();
    outcome.cancelled = true;
    outcome.inserted = outcome.updated = 0;
    return outcome;
}

/// The programs a plan names that the database had not.
struct NewPrograms
{
    QHash<QString, qint64> ids; // name in the plan -> id
    QSet<QString> created;      // those this import creates
};

/// The programs prepare() found missing, looked up again now that this
/// transaction holds the write lock: another import may have created one
/// since (under another spelling), and a program is never made twice.
std::optional<NewPrograms> createPrograms(const QSqlDatabase &db, const ImportPlan &plan, ImportJournal &journal,
                                          QString *error)
{
    NewPrograms programs;
    BoundQuery findProgram(db, Sql::findProgramByFoldedName);
    BoundQuery insertProgram(db, Sql::insertProgram);
    for (const QString &name : plan.newPrograms) {
        const QString folded = TextFold::fold(name);
        if (!findProgram.run({folded}, error))
            return std::nullopt;
        if (const QVariant id = findProgram.first(); !id.isNull()) {
            programs.ids.insert(name, id.toLongLong());
            continue;
        }
        if (!insertProgram.run({name, folded}, error))
            return std::nullopt;
        const QVariant id = insertProgram.first();
        if (!journal.inserted("program", {id}, error))
            return std::nullopt;
        programs.ids.insert(name, id.toLongLong());
        programs.created.insert(name);
    }
    return programs;
}

/// Writes a plan's rows, each inserted or updated, inside apply()'s
/// transaction; the statements are prepared once for all of them.
class RowWriter
{
public:
    enum class Ending { Written, Failed, Cancelled };

    RowWriter(const QSqlDatabase &db, const ImportPlan &plan, const NewPrograms &programs, ImportJournal &journal);

    /// Every row, then the journal's summary; progress(done, total) now and
    /// then, and a cancel when it returns false.
    Ending writeAll(const Progress &progress, ImportOutcome &outcome, QString *error);

private:
    QVariant programId(const ImportPlan::Row &row) const;
    /// One row; *inserted says whether it was new. On failure *error says
    /// what, with the row's line when the write itself failed.
    bool writeResult(const ImportPlan::Row &row, bool *inserted, QString *error);
    bool writeIndicator(const ImportPlan::Row &row, bool *inserted, QString *error);

    const ImportPlan &m_plan;
    const NewPrograms &m_programs;
    ImportJournal &m_journal;
    const bool m_results;
    const bool m_keepNote;
    /// A file without an action column says nothing of actions: a row it
    /// updates keeps its own (found's second column, action_id).
    const bool m_keepAction;
    BoundQuery m_find;
    BoundQuery m_insert;
    InsertBatch m_newResults;
    BoundQuery m_update;
    /// On SQLite and PostgreSQL, the new results: written after the updates, in bulk.
    std::optional<ResultBulk> m_bulk;
};

RowWriter::RowWriter(const QSqlDatabase &db, const ImportPlan &plan, const NewPrograms &programs,
                     ImportJournal &journal)
    : m_plan(plan),
      m_programs(programs),
      m_journal(journal),
      m_results(plan.kind == ImportPlan::Kind::Results),
      m_keepNote(!plan.fields.contains(ImportField::Note)),
      m_keepAction(!plan.fields.contains(ImportField::Action)),
      m_find(db, m_results ? Sql::findResult : Sql::findIndicator),
      m_insert(db, Sql::insertImportedIndicator),
      m_newResults(db, Sql::insertImportedResults, Sql::importedResultValues, Sql::returningId,
                   [this](const QVariantList &ids, QString *why) { return m_journal.inserted("result", ids, why); }),
      m_update(db,
               m_results ? (m_keepNote ? Sql::updateImportedResultKeepNote : Sql::updateImportedResult)
                         : Sql::updateImportedIndicator)
{
    if (m_results && ResultBulk::suits(db))
        m_bulk.emplace(db);
}

RowWriter::Ending RowWriter::writeAll(const Progress &progress, ImportOutcome &outcome, QString *error)
{
    const qint64 total = m_plan.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        // With the bulk path, new rows are written after the loop: done counts the rows written.
        if (progress && i % 500 == 0 && !progress(m_bulk ? outcome.updated : i, total))
            return Ending::Cancelled;
        const ImportPlan::Row &row = m_plan.rows.at(i);
        bool inserted = false;
        if (!(m_results ? writeResult(row, &inserted, error) : writeIndicator(row, &inserted, error)))
            return Ending::Failed;
        ++(inserted ? outcome.inserted : outcome.updated);
    }
    if (m_bulk) {
        if (const auto ending = m_bulk->write(m_journal, progress, outcome.updated, total, error);
            ending != ResultBulk::Ending::Written)
            return ending == ResultBulk::Ending::Cancelled ? Ending::Cancelled : Ending::Failed;
    }
    if (!m_newResults.flush(error) || !m_journal.finish(outcome.inserted, outcome.updated, error))
        return Ending::Failed;
    if (progress && !progress(total, total))
        return Ending::Cancelled;
    return Ending::Written;
}

QVariant RowWriter::programId(const ImportPlan::Row &row) const
{
    return !row.programId.isNull()   ? row.programId
        : row.programName.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                     : QVariant(m_programs.ids.value(row.programName));
}

bool RowWriter::writeResult(const ImportPlan::Row &row, bool *inserted, QString *error)
{
    const QVariant program = programId(row);
    QVariant existing;
    QVariantList found; // the id and the values ImportJournal::columns() names
    // A program this import made has no results yet (prepare() let no
    // line repeat another, so none is waiting in the batch either).
    if (!m_programs.created.contains(row.programName)) {
        // '' for no call: a null QString would bind NULL, which equals nothing.
        if (!m_find.run({row.objectiveId, program, row.year, row.regionId,
                         row.call.isNull() ? QStringLiteral("") : row.call},
                        error))
            return false;
        found = m_find.firstRow();
        existing = found.value(0);
    }
    if (existing.isNull() && m_bulk) {
        m_bulk->add(row, program);
        *inserted = true;
        return true;
    }
    const QString search = resultSearchText(row.programName, row.regionShort, row.regionOfficial, row.unit, row.quote);
    const QVariant action = m_keepAction && !existing.isNull() ? found.value(1) : row.actionId;
    // The file's figures come with their sentence, and so does what
    // the sentence says (budget_source, beneficiaries_source).
    bool ok;
    if (existing.isNull()) {
        ok = m_newResults.add({row.objectiveId, row.actionId, program, row.regionId, row.year, row.budget,
                               row.beneficiaries, nullIfEmpty(row.unit), row.quote, nullIfEmpty(row.note), search,
                               nullIfEmpty(row.call), row.budgetSource, row.beneficiariesSource},
                              error);
    }
    else if (m_keepNote)
        ok = m_update.run({action, row.budget, row.beneficiaries, nullIfEmpty(row.unit), row.quote, search,
                           row.budgetSource, row.beneficiariesSource, existing},
                          error);
    else
        ok = m_update.run({action, row.budget, row.beneficiaries, nullIfEmpty(row.unit), row.quote,
                           nullIfEmpty(row.note), search, row.budgetSource, row.beneficiariesSource, existing},
                          error);
    if (ok && !existing.isNull())
        ok = m_journal.updated("result", found,
                               QVariantList{action, row.budget, row.beneficiaries, nullIfEmpty(row.unit), row.quote,
                                            row.budgetSource, row.beneficiariesSource}
                                   + (m_keepNote ? QVariantList() : QVariantList{nullIfEmpty(row.note)}),
                               error);
    if (!ok)
        *error = ImporterText::tr("línea %1: %2").arg(row.line).arg(*error);
    *inserted = existing.isNull();
    return ok;
}

bool RowWriter::writeIndicator(const ImportPlan::Row &row, bool *inserted, QString *error)
{
    const QVariant program = programId(row);
    const QString search
        = indicatorSearchText(row.name, row.programName, row.regionShort, row.regionOfficial, row.unit, row.quote);
    if (!m_find.run({row.objectiveId, row.year, row.regionId, row.name, program.isNull() ? 0 : program}, error))
        return false;
    const QVariantList found = m_find.firstRow(); // the id and the values ImportJournal::columns() names
    const QVariant existing = found.value(0);
    const QVariant action = m_keepAction && !existing.isNull() ? found.value(1) : row.actionId;
    const bool ok = existing.isNull()
        ? m_insert.run({row.objectiveId, row.actionId, program, row.regionId, row.year, row.name, row.value,
                        row.unit, row.quote, search},
                       error)
            && m_journal.inserted("indicator", {m_insert.first()}, error)
        : m_update.run({action, row.value, row.unit, row.quote, search, existing}, error)
            && m_journal.updated("indicator", found, {action, row.value, row.unit, row.quote}, error);
    if (!ok)
        *error = ImporterText::tr("línea %1: %2").arg(row.line).arg(*error);
    *inserted = existing.isNull();
    return ok;
}

} // namespace

ImportOutcome Importer::apply(const QSqlDatabase &database, const ImportPlan &plan,
                              const std::function<bool(qint64, qint64)> &progress)
{
    ImportOutcome outcome;
    if (!plan.isValid()) {
        outcome.error = refusal(plan);
        return outcome;
    }
    QSqlDatabase db = database;
    const BulkCache cache(db);
    if (!beginWrite(db, &outcome.error))
        return outcome;
    QString error;
    ImportJournal journal(db);
    if (!journal.begin(QFileInfo(plan.fileName).fileName(), &error))
        return failed(db, outcome, error);
    const std::optional<NewPrograms> programs = createPrograms(db, plan, journal, &error);
    if (!programs)
        return failed(db, outcome, error);
    RowWriter writer(db, plan, *programs, journal);
    switch (writer.writeAll(progress, outcome, &error)) {
    case RowWriter::Ending::Failed:
        return failed(db, outcome, error);
    case RowWriter::Ending::Cancelled:
        return cancelled(db, outcome);
    case RowWriter::Ending::Written:
        break;
    }
    if (!db.commit())
        return failed(db, outcome, SqlError::describe(db));
    outcome.ok = true;
    return outcome;
}
