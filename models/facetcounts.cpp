#include "facetcounts.h"

#include "querytablemodel.h"
#include "sql.h"
#include "sqlerror.h"

#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {

/// The filter column that is the facet's: the column its list chooses on.
const char *facetColumn(const FilterColumns &columns, FacetCounts::Facet facet)
{
    switch (facet) {
    case FacetCounts::Year: return columns.year;
    case FacetCounts::Objective: return columns.objective;
    case FacetCounts::Program: return columns.program;
    case FacetCounts::Region: return columns.region;
    case FacetCounts::FacetCount: break;
    }
    return nullptr;
}

/// The filter without the facet's own choice: its list counts every entry
/// under the other filters.
Filter withoutFacet(Filter filter, FacetCounts::Facet facet)
{
    switch (facet) {
    case FacetCounts::Year: filter.year.reset(); break;
    case FacetCounts::Objective: filter.objective.reset(); break;
    case FacetCounts::Program: filter.programIds.clear(); break;
    case FacetCounts::Region: filter.regionId.reset(); break;
    case FacetCounts::FacetCount: break;
    }
    return filter;
}

/// Runs "SELECT column, n FROM ... WHERE ... GROUP BY column" and adds each
/// group's n to the counts' field.
bool readGroups(const QSqlDatabase &db, const Filter &filter, const FilterColumns &columns, const char *from,
                FacetCounts::Facet facet, qint64 FacetCounts::Count::*field, FacetCounts *counts, QString *error)
{
    const char *column = facetColumn(columns, facet);
    if (!column)
        return true; // a table without the column has no figure for any entry
    const SqlCondition condition = buildCondition(withoutFacet(filter, facet), columns);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(column) + QString::fromUtf8(from)
                            + condition.where + QString::fromLatin1(Sql::groupBy) + QString::fromLatin1(column));
    if (ok) {
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        *error = describeSqlError(query);
        return false;
    }
    while (query.next()) {
        if (!query.value(0).isNull())
            counts->counts[facet][query.value(0).toLongLong()].*field += query.value(1).toLongLong();
    }
    return true;
}

} // namespace

bool FacetCounts::read(const QSqlDatabase &db, const Filter &filter, FacetCounts *counts, QString *error)
{
    *counts = FacetCounts();
    // Without words to search, results are counted from the totals the
    // database keeps (a few hundred rows), as the Resultados tab counts them.
    const bool kept = filter.text.trimmed().isEmpty();
    const TableSpec &results = TableSpec::results();
    const FilterColumns &resultColumns = kept ? results.keptColumns : results.filterColumns;
    for (int f = 0; f < FacetCount; ++f) {
        const auto facet = Facet(f);
        if (!readGroups(db, filter, resultColumns, kept ? Sql::facetKeptResults : Sql::facetResults, facet,
                        &Count::results, counts, error)
            || !readGroups(db, filter, TableSpec::indicators().filterColumns, Sql::facetIndicators, facet,
                           &Count::indicators, counts, error))
            return false;
    }
    return true;
}

FacetCounter::FacetCounter(QString sourceConnection, QObject *parent)
    : QObject(parent), m_source(std::move(sourceConnection))
{
}

FacetCounter::~FacetCounter()
{
    m_interrupter.interruptAll();
    waitAll();
}

void FacetCounter::waitAll()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void FacetCounter::count(const Filter &filter)
{
    for (qsizetype i = m_threads.size() - 1; i >= 0; --i) {
        if (m_threads[i]->isFinished())
            delete m_threads.takeAt(i);
    }
    const int generation = ++m_generation;
    QThread *thread = QThread::create([this, generation, filter, source = m_source] {
        const QString name = QStringLiteral("mirador-facets-") + QUuid::createUuid().toString(QUuid::Id128);
        FacetCounts counts;
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (!db.open()) {
                error = describeSqlError(db.lastError());
            } else if (m_interrupter.add(db)) {
                FacetCounts::read(db, filter, &counts, &error);
                m_interrupter.remove(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!m_interrupter.interrupted()) {
            QMetaObject::invokeMethod(
                this, [this, generation, counts, error] { deliver(generation, counts, error); },
                Qt::QueuedConnection);
        }
    });
    m_threads << thread;
    thread->start(QThread::LowPriority);
}

void FacetCounter::deliver(int generation, const FacetCounts &counts, const QString &error)
{
    if (generation != m_generation)
        return; // the counts of a filter no longer shown
    if (error.isEmpty())
        Q_EMIT counted(counts);
    else
        Q_EMIT failed(error);
}
