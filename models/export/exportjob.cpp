#include "exportjob.h"

#include "database.h"
#include "workerconnection.h"

#include <QThread>

ExportJob::ExportJob(const Database &database, QObject *parent)
    : QObject(parent), m_sourceConnection(database.connectionName())
{
}

ExportJob::~ExportJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ExportJob::start(const TableSpec &spec, const Filter &filter, const QString &fileName, CsvExport::Style style)
{
    wait();
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, spec = &spec, filter, fileName, style, source = m_sourceConnection] {
        QString error;
        qint64 rows = -1;
        WorkerConnection connection(source, "export", nullptr, WorkerConnection::Access::ReadOnly);
        if (!connection.isOpen()) {
            error = connection.error();
        } else {
            rows = CsvExport::write(connection.db(), *spec, filter, fileName, &error, style, [this](qint64 written) {
                Q_EMIT progress(written);
                return !m_cancel.load();
            });
        }
        Q_EMIT finished(rows, error, rows < 0 && m_cancel.load());
    });
    m_thread->start();
}
