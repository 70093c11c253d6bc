#include "integritycheck.h"

#include "database.h"
#include "workerconnection.h"

IntegrityCheck::IntegrityCheck(QString sourceConnection, QObject *parent)
    : QObject(parent), m_source(std::move(sourceConnection))
{
}

void IntegrityCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_workers.start([this] {
        QString problem;
        {
            WorkerConnection connection(m_source, "check", m_workers.interrupter(), WorkerConnection::Access::ReadOnly);
            if (connection.isOpen())
                problem = Database::checkIntegrity(connection.db());
            else
                problem = connection.error();
        }
        if (!m_workers.interrupted())
            Q_EMIT finished(problem);
    });
}
