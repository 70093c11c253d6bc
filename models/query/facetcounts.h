#pragma once

#include "filter.h"
#include "workerthreads.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <array>


/// How many figures each entry of the filter lists holds under the other
/// filters, as Datasette's facets: the program list counts under the filter
/// without its program, the region list without its region, and so on. A
/// figure is a result or an indicator, counted as the "Resultados (n)" and
/// "Indicadores (n)" tabs count them once the entry is chosen; milestones
/// hold no figure.
struct FacetCounts
{
    enum Facet { Year, Objective, Program, Region, FacetCount };
    struct Count
    {
        qint64 results = 0;
        qint64 indicators = 0;
        qint64 figures() const { return results + indicators; }
    };

    /// Keyed by year, objective id, program id and region id: the
    /// values the filter lists hold. An entry not there has no figure.
    std::array<QHash<qint64, Count>, FacetCount> counts;

    Count count(Facet facet, qint64 value) const { return counts[facet].value(value); }

    /// Reads every list's counts under filter (one GROUP BY per list and
    /// table); false, with *error set, on a database error.
    static bool read(const QSqlDatabase &db, const Filter &filter, FacetCounts *counts, QString *error);
};

/// Reads FacetCounts off the GUI thread, on a connection of its own, and
/// hands over only the counts of the filter asked last (an answer to an
/// older filter is dropped). Destroying it interrupts the reads on SQLite.
class FacetCounter : public QObject
{
    Q_OBJECT
public:
    explicit FacetCounter(QString sourceConnection, QObject *parent = nullptr);

    /// Starts counting under filter; counted() follows.
    void count(const Filter &filter);
    /// Waits for every read under way.
    void waitAll() { m_workers.waitAll(); }

Q_SIGNALS:
    void counted(const FacetCounts &counts);
    void failed(const QString &error);

private:
    void deliver(int generation, const FacetCounts &counts, const QString &error);

    QString m_source;
    int m_generation = 0;
    WorkerThreads m_workers; ///< last: it goes first
};
