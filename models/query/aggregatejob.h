#pragma once

#include "catalog.h"
#include "chartdata.h"
#include "filter.h"
#include "workerthreads.h"
#include "reportdata.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

/// Reads what the overview, the charts and the report show (ChartData,
/// ReportData) so that the GUI thread never waits on a scan of the result
/// table. Under a filter that searches text the aggregates run over every
/// matching row (a second and more on a million results), so they are read
/// in a worker on a connection of its own, as FacetCounter and RowCounter
/// count; an answer to an older filter is dropped. Without text they come
/// from result_total (a few milliseconds) and are read at once, on the
/// window's own connection, so a choice of objective shows its figures
/// before the call returns. Destroying it interrupts the reads on SQLite.
class AggregateJob : public QObject
{
    Q_OBJECT
public:
    explicit AggregateJob(QString sourceConnection, QObject *parent = nullptr);

    /// Reads the chart data under filter; figuresRead() follows, at once when
    /// the filter searches no text, else once the worker answers.
    void readFigures(const Filter &filter);
    /// Reads the report's data under filter in a worker (with compareYear,
    /// the two-year report: ReportData::loadComparison); done is called on
    /// context's thread with the data and an error ("" when none), unless
    /// context is gone by then.
    void readReport(const Catalog &catalog, const Filter &filter, QObject *context,
                    std::function<void(const ReportData &data, const QString &error)> done,
                    std::optional<int> compareYear = std::nullopt);
    /// Waits for every read under way.
    void waitAll() { m_workers.waitAll(); }
    /// True when the aggregates under filter scan the result rows.
    static bool readsRows(const Filter &filter);

Q_SIGNALS:
    /// The figures under data.filter; error is "" or why some could not be
    /// read (data then holds what was read before it).
    void figuresRead(const ChartData &data, const QString &error);

private:
    /// Runs work on a connection of its own in a new thread; deliver is then
    /// called on context's thread with work's error, unless interrupted.
    void start(const std::function<void(const QSqlDatabase &, QString *)> &work, QObject *context,
               const std::function<void(const QString &)> &deliver);

    QString m_source;
    int m_generation = 0;
    WorkerThreads m_workers; ///< last: it goes first
};
