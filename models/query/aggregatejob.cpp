#include "aggregatejob.h"

#include "workerconnection.h"

#include <QSqlDatabase>
#include <QThread>

#include <memory>

AggregateJob::AggregateJob(QString sourceConnection, QObject *parent)
    : QObject(parent),
      m_source(std::move(sourceConnection))
{ }

bool AggregateJob::readsRows(const Filter &filter)
{
    return &AggregateQueries::forFilter(filter) != &AggregateQueries::forFilter(Filter());
}

void AggregateJob::readFigures(const Filter &filter)
{
    const int generation = ++m_generation;
    if (!readsRows(filter)) {
        ChartData data;
        QString error;
        data.load(QSqlDatabase::database(m_source, false), filter, &error);
        Q_EMIT figuresRead(data, error);
        return;
    }
    auto data = std::make_shared<ChartData>();
    data->filter = filter;
    start([data, filter](const QSqlDatabase &db, QString *error) { data->load(db, filter, error); }, this,
          [this, data, generation](const QString &error) {
              if (generation == m_generation) // else the figures of a filter no longer shown
                  Q_EMIT figuresRead(*data, error);
          });
}

void AggregateJob::readReport(const Catalog &catalog, const Filter &filter, QObject *context,
                              std::function<void(const ReportData &, const QString &)> done,
                              std::optional<int> compareYear)
{
    auto data = std::make_shared<ReportData>();
    start(
        [data, catalog, filter, compareYear](const QSqlDatabase &db, QString *error) {
            if (compareYear)
                data->loadComparison(db, catalog, filter, *compareYear, error);
            else
                data->load(db, catalog, filter, error);
        },
        context, [data, done = std::move(done)](const QString &error) { done(*data, error); });
}

void AggregateJob::start(const std::function<void(const QSqlDatabase &, QString *)> &work, QObject *context,
                         const std::function<void(const QString &)> &deliver)
{
    // Checked on this thread, when the answer arrives: context may be gone by then.
    const auto answer = [deliver, context = QPointer<QObject>(context)](const QString &error) {
        if (context)
            deliver(error);
    };
    m_workers.start([this, work, answer] {
        QString error;
        const WorkerConnection connection(m_source, "aggregates", m_workers.interrupter(),
                                          WorkerConnection::Access::ReadOnly);
        if (connection.isOpen())
            work(connection.db(), &error);
        else
            error = connection.error();
        // An interrupted read is one nobody waits for any more.
        if (!m_workers.interrupted())
            QMetaObject::invokeMethod(
                this, [answer, error] { answer(error); }, Qt::QueuedConnection);
    });
}
