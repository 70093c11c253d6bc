#include "rowcounter.h"

#include "workerconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

RowCounter::RowCounter(QString sourceConnection, QObject *parent)
    : QObject(parent), m_source(std::move(sourceConnection))
{
}

RowCounter::~RowCounter()
{
    m_interrupter.interruptAll();
    waitAll();
}

void RowCounter::waitAll()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void RowCounter::count(int generation, const QString &sql, const QVariantList &values)
{
    // Finished workers go first, so the list stays short.
    for (qsizetype i = m_threads.size() - 1; i >= 0; --i) {
        if (m_threads[i]->isFinished())
            delete m_threads.takeAt(i);
    }
    QThread *thread = QThread::create([this, generation, sql, values, source = m_source] {
        qint64 rows = -1;
        QString error;
        {
            WorkerConnection connection(source, "count", &m_interrupter);
            if (connection.isOpen()) {
                QSqlQuery query(connection.db());
                query.setForwardOnly(true);
                bool ok = query.prepare(sql);
                if (ok) {
                    for (const QVariant &value : values)
                        query.addBindValue(value);
                    ok = query.exec() && query.next();
                }
                if (ok)
                    rows = query.value(0).toLongLong();
                else
                    error = query.lastError().text();
            } else {
                error = connection.error();
            }
        }
        // An interrupted count is one nobody waits for any more.
        if (!m_interrupter.interrupted())
            Q_EMIT counted(generation, rows, error);
    });
    m_threads << thread;
    thread->start();
}
