#include "resultbulk.h"

#include "boundquery.h"
#include "dataset.h"
#include "importertext.h"
#include "importjournal.h"
#include "pgcopy.h"
#include "sql.h"
#include "sqlitestatement.h"
#include "textfold.h"

#include <QHash>

#include <limits>

namespace {

/// A row's values in the order of insertImportedResultWithId and
/// copyImportedResults, its id first. '' and a null QString are both
/// "none" for a unit, a note and a call: stored as NULL.
template<typename Put>
void putValues(Put &put, qint64 id, const ImportPlan::Row &row, const QVariant &program, const QString &search)
{
    put.integer(id);
    put.integer(row.objectiveId);
    put.variant(row.actionId);
    put.variant(program);
    put.integer(row.regionId);
    put.integer(row.year);
    put.variant(row.budget);
    put.variant(row.beneficiaries);
    put.optionalText(row.unit);
    put.text(row.quote);
    put.optionalText(row.note);
    put.text(search);
    put.optionalText(row.call);
    put.variant(row.budgetSource);
    put.variant(row.beneficiariesSource);
}

struct SqlitePut
{
    SqliteStatement &statement;
    int index = 0;
    void integer(qint64 value) { statement.bindInteger(++index, value); }
    void variant(const QVariant &value) { statement.bind(++index, value); }
    void text(const QString &value) { statement.bindText(++index, value); }
    void optionalText(const QString &value) { value.isEmpty() ? statement.bindNull(++index) : text(value); }
};

/// Every variant a result row holds is a whole number or null.
struct CopyPut
{
    PgCopy &copy;
    void integer(qint64 value) { copy.addInteger(value); }
    void variant(const QVariant &value) { value.isNull() ? copy.addNull() : copy.addInteger(value.toLongLong()); }
    void text(const QString &value) { copy.addText(value); }
    void optionalText(const QString &value) { value.isEmpty() ? copy.addNull() : copy.addText(value); }
};

/// resultSearchText() of each row, with the folded program, region and
/// unit kept: a file repeats them row after row, and folding (NFKD) was a
/// tenth of an import's time. Folding keeps a space between words and
/// nothing crosses it, so the head folded apart, a space and the folded
/// sentence are the whole folded.
class SearchTexts
{
public:
    QString of(const ImportPlan::Row &row)
    {
        const Head key{row.programName, row.regionShort, row.regionOfficial, row.unit};
        auto head = m_heads.constFind(key);
        if (head == m_heads.cend())
            head = m_heads.insert(key, resultSearchText(row.programName, row.regionShort, row.regionOfficial,
                                                        row.unit, QString()));
        const QString quote = TextFold::fold(row.quote);
        return head->isEmpty() ? quote : quote.isEmpty() ? *head : *head + u' ' + quote;
    }

private:
    struct Head
    {
        QString program, regionShort, regionOfficial, unit;
        friend bool operator==(const Head &, const Head &) = default;
        friend size_t qHash(const Head &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.program, key.regionShort, key.regionOfficial, key.unit);
        }
    };
    QHash<Head, QString> m_heads;
};

} // namespace

bool ResultBulk::suits(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE") || PgCopy::suits(db);
}

bool ResultBulk::reportProgress(qint64 done, const Progress &progress, qint64 doneBefore, qint64 total) const
{
    return !progress || done % 500 != 0 || progress(doneBefore + done, total);
}

ResultBulk::Ending ResultBulk::write(ImportJournal &journal, const Progress &progress, qint64 doneBefore,
                                     qint64 total, QString *error)
{
    if (m_rows.empty())
        return Ending::Written;
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    const Ending ending = sqlite ? writeSqlite(progress, doneBefore, total, error)
                                 : writePostgres(progress, doneBefore, total, error);
    if (ending == Ending::Written && !journal.insertedResults(m_low, m_low + qint64(m_rows.size()) - 1, error))
        return Ending::Failed;
    return ending;
}

ResultBulk::Ending ResultBulk::writeSqlite(const Progress &progress, qint64 doneBefore, qint64 total, QString *error)
{
    SqliteStatement highest(m_db, Sql::maxResultId);
    const std::optional<qint64> maxId = highest.integer(error);
    if (!maxId && !error->isEmpty())
        return Ending::Failed;
    const qint64 count = qint64(m_rows.size());
    if (maxId.value_or(0) > std::numeric_limits<qint64>::max() - count) {
        *error = ImporterText::tr("no quedan ids para %n resultados nuevos", nullptr, int(count));
        return Ending::Failed;
    }
    m_low = maxId.value_or(0) + 1;
    SqliteStatement drop(m_db, Sql::dropStagedResults);
    SqliteStatement create(m_db, Sql::createStagedResults);
    if (!drop.run(error) || !create.run(error))
        return Ending::Failed;
    const Ending staged = stageSqlite(progress, doneBefore, total, error);
    // The rows are staged; moving them and adding their totals takes
    // seconds on a large file, and a cancel stops it too.
    const SqliteProgress moving(m_db, [&] { return !progress || progress(doneBefore + count, total); });
    SqliteStatement pause(m_db, Sql::pauseResultTotal);
    SqliteStatement move(m_db, Sql::moveStagedResults);
    SqliteStatement totals(m_db, Sql::addResultTotals);
    totals.bindInteger(1, m_low);
    totals.bindInteger(2, m_low + count - 1);
    SqliteStatement resume(m_db, Sql::resumeResultTotal);
    const bool written = staged == Ending::Written && pause.run(error) && move.run(error) && totals.run(error)
        && resume.run(error);
    QString dropped; // the import's outcome stands; a table left behind goes with the connection
    drop.run(&dropped);
    if (moving.stopped())
        return Ending::Cancelled;
    return staged != Ending::Written ? staged : written ? Ending::Written : Ending::Failed;
}

ResultBulk::Ending ResultBulk::stageSqlite(const Progress &progress, qint64 doneBefore, qint64 total, QString *error)
{
    const qint64 count = qint64(m_rows.size());
    SqliteStatement insert(m_db, Sql::insertImportedResultWithId);
    SearchTexts searches;
    for (qint64 done = 0; done < count; ++done) {
        if (!reportProgress(done, progress, doneBefore, total))
            return Ending::Cancelled;
        const auto &[row, program] = m_rows[size_t(done)];
        const QString search = searches.of(*row);
        SqlitePut put{insert};
        putValues(put, m_low + done, *row, program, search);
        if (!insert.run(error)) {
            *error = ImporterText::tr("línea %1: %2").arg(row->line).arg(*error);
            return Ending::Failed;
        }
    }
    return Ending::Written;
}

ResultBulk::Ending ResultBulk::writePostgres(const Progress &progress, qint64 doneBefore, qint64 total,
                                             QString *error)
{
    const qint64 count = qint64(m_rows.size());
    {
        // Each query gone before the COPY: the connection serves one command at a time.
        QSqlQuery lock(m_db); // LOCK cannot be prepared
        if (!lock.exec(QString::fromLatin1(Sql::lockResultsForCopy))) {
            *error = SqlError::describe(lock);
            return Ending::Failed;
        }
        BoundQuery next(m_db, Sql::nextPgResultId);
        if (!next.run({}, error))
            return Ending::Failed;
        m_low = next.first().toLongLong();
        BoundQuery set(m_db, Sql::setPgResultId);
        if (!set.run({m_low + count - 1}, error))
            return Ending::Failed;
        set.first();
    }
    PgCopy copy(m_db);
    if (!copy.start(Sql::copyImportedResults, error))
        return Ending::Failed;
    SearchTexts searches;
    for (qint64 done = 0; done < count; ++done) {
        if (!reportProgress(done, progress, doneBefore, total)) {
            copy.abort();
            return Ending::Cancelled;
        }
        const auto &[row, program] = m_rows[size_t(done)];
        CopyPut put{copy};
        putValues(put, m_low + done, *row, program, searches.of(*row));
        copy.endRow();
        if (!copy.sendSome(error))
            return Ending::Failed;
    }
    return copy.finish(error) ? Ending::Written : Ending::Failed;
}
