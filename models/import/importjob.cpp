#include "importjob.h"

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {

/// A connection of the worker thread's own, closed when it goes.
class WorkerConnection
{
public:
    explicit WorkerConnection(const QString &source)
        : m_name(QStringLiteral("mirador-import-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source, m_name);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        if (db.driverName() == u"QSQLITE")
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~WorkerConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace

ImportJob::ImportJob(const Database &database, QObject *parent)
    : QObject(parent), m_sourceConnection(database.connectionName())
{
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

template<typename Work>
void ImportJob::start(Work work)
{
    wait();
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create(std::move(work));
    m_thread->start();
}

void ImportJob::prepare(const QString &fileName)
{
    start([this, fileName, source = m_sourceConnection] {
        ImportPlan plan;
        plan.fileName = fileName;
        QString error;
        const std::optional<QByteArray> bytes = Importer::readFile(fileName, &error);
        if (!bytes) {
            plan.problems.append({0, {}, error});
        } else {
            WorkerConnection connection(source);
            if (!connection.error().isEmpty())
                plan.problems.append({0, {}, connection.error()});
            else
                plan = Importer::prepare(connection.db(), *bytes, fileName);
        }
        Q_EMIT prepared(plan);
    });
}

void ImportJob::apply(const ImportPlan &plan)
{
    start([this, plan, source = m_sourceConnection] {
        ImportOutcome outcome;
        WorkerConnection connection(source);
        if (!connection.error().isEmpty()) {
            outcome.error = connection.error();
        } else {
            outcome = Importer::apply(connection.db(), plan, [this](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
                return !m_cancel.load();
            });
        }
        Q_EMIT finished(outcome);
    });
}
