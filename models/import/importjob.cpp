#include "importjob.h"

#include "database.h"
#include "workerconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

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
            WorkerConnection connection(source, "import");
            if (!connection.isOpen())
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
        WorkerConnection connection(source, "import");
        if (!connection.isOpen()) {
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
