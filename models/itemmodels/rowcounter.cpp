#include "rowcounter.h"

#include "workerconnection.h"

#include <QSqlError>
#include <QSqlQuery>

RowCounter::RowCounter(QString sourceConnection, QObject *parent)
    : QObject(parent), m_source(std::move(sourceConnection))
{
}

void RowCounter::count(int generation, const QString &sql, const QVariantList &values)
{
    m_workers.start([this, generation, sql, values, source = m_source] {
        qint64 rows = -1;
        QString error;
        {
            WorkerConnection connection(source, "count", m_workers.interrupter());
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
        if (!m_workers.interrupted())
            Q_EMIT counted(generation, rows, error);
    });
}
