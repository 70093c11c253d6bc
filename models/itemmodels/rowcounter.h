#pragma once

#include "workerthreads.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

/// Counts rows off the GUI thread: COUNT(*) on a connection of its own, the
/// answer tagged with the generation of the query that asked, so a model can
/// drop the answer to a question it no longer asks. Destroying it interrupts
/// the counts under way on SQLite (on a server they run to their end).
class RowCounter : public QObject
{
    Q_OBJECT
public:
    explicit RowCounter(QString sourceConnection, QObject *parent = nullptr);

    /// Runs sql (a SELECT COUNT(*) ...) with values in a worker thread.
    void count(int generation, const QString &sql, const QVariantList &values);
    /// Waits for every count under way.
    void waitAll() { m_workers.waitAll(); }

Q_SIGNALS:
    void counted(int generation, qint64 rows, const QString &error);

private:
    QString m_source;
    WorkerThreads m_workers; ///< last: it goes first
};
