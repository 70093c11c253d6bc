#include "integritycheck.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

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
        const QString name = QStringLiteral("mirador-check-") + QUuid::createUuid().toString(QUuid::Id128);
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_source, name);
            // The source's options kept (a read-only mount's file is opened by URI).
            db.setConnectOptions(db.connectOptions() + QStringLiteral(";QSQLITE_OPEN_READONLY"));
            if (!db.open()) {
                problem = db.lastError().text();
            } else if (m_interrupter.add(db)) {
                problem = Database::checkIntegrity(db);
                m_interrupter.remove(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!m_interrupter.interrupted())
            Q_EMIT finished(problem);
    });
    m_thread->start(QThread::LowPriority);
}
