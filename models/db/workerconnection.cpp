#include "workerconnection.h"

#include "queryinterrupter.h"
#include "sql.h"
#include "sqlerror.h"

#include <QSqlQuery>
#include <QUuid>

WorkerConnection::WorkerConnection(const QString &source, const char *purpose, QueryInterrupter *interrupter,
                                   Access access)
    : m_name(QStringLiteral("mirador-") + QLatin1String(purpose) + u'-'
             + QUuid::createUuid().toString(QUuid::Id128)),
      m_interrupter(interrupter)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(source, m_name);
    const bool sqlite = db.driverName() == u"QSQLITE";
    // The source's options kept (a read-only mount's file is opened by URI).
    if (sqlite && access == Access::ReadOnly)
        db.setConnectOptions(db.connectOptions() + QStringLiteral(";QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = SqlError::describe(db.lastError());
        return;
    }
    if (sqlite)
        QSqlQuery(db).exec(QString::fromLatin1(Sql::foreignKeysOn));
    m_open = !m_interrupter || m_interrupter->add(db);
}

WorkerConnection::~WorkerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (m_open && m_interrupter)
            m_interrupter->remove(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase WorkerConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}
