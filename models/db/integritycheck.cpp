#include "integritycheck.h"

#include "database.h"
#include "workerconnection.h"

#include <QThread>

IntegrityCheck::IntegrityCheck(QString sourceConnection, QObject *parent)
    : QObject(parent), m_source(std::move(sourceConnection))
{
}

IntegrityCheck::~IntegrityCheck()
{
    m_interrupter.interruptAll();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QString problem;
        {
            WorkerConnection connection(m_source, "check", &m_interrupter, WorkerConnection::Access::ReadOnly);
            if (connection.isOpen())
                problem = Database::checkIntegrity(connection.db());
            else
                problem = connection.error();
        }
        if (!m_interrupter.interrupted())
            Q_EMIT finished(problem);
    });
    m_thread->start(QThread::LowPriority);
}
