#include "pagereader.h"

#include "boundquery.h"
#include "sqlitedirect.h"
#include "workerconnection.h"

#include <QMutexLocker>
#include <QThread>

#include <optional>

bool readPageRows(const QSqlDatabase &db, const PageRequest &request, RowBlock *rows, QString *error)
{
    bool ok;
    if (const auto direct = SqliteDirect::readRows(db, request.sql, request.values, rows, request.limit)) {
        ok = !direct->isValid();
        if (!ok)
            *error = SqlError::describe(*direct);
    } else {
        QSqlQuery query(db);
        ok = BoundQuery::run(query, request.sql, request.values, error);
        if (ok) {
            const int fields = query.record().count();
            *rows = RowBlock(fields);
            while (query.next()) {
                for (int i = 0; i < fields; ++i)
                    rows->append(query.value(i));
            }
        }
    }
    if (!ok) {
        *rows = RowBlock();
        return false;
    }
    if (request.reversed)
        rows->reverseRows();
    return true;
}

PageReader::PageReader(QString sourceConnection, QObject *parent)
    : QObject(parent), m_source(std::move(sourceConnection))
{
}

PageReader::~PageReader()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_interrupter.interruptAll();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void PageReader::read(const PageRequest &request)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_queue.append(request);
        m_wake.wakeAll();
    }
    prepare();
}

void PageReader::prepare()
{
    if (!m_thread) {
        m_thread = QThread::create([this] { run(); });
        m_thread->start();
    }
}

void PageReader::dropBefore(int generation)
{
    const QMutexLocker lock(&m_mutex);
    m_queue.removeIf([generation](const PageRequest &request) { return request.generation < generation; });
}

bool PageReader::next(PageRequest *request)
{
    const QMutexLocker lock(&m_mutex);
    while (m_queue.isEmpty() && !m_stopping)
        m_wake.wait(&m_mutex);
    if (m_stopping)
        return false;
    *request = m_queue.takeLast();
    return true;
}

void PageReader::run()
{
    // Opened before the first request comes, which then waits for its rows only.
    std::optional<WorkerConnection> connection(std::in_place, m_source, "pages", &m_interrupter);
    PageRequest request;
    while (next(&request)) {
        if (!connection)
            connection.emplace(m_source, "pages", &m_interrupter);
        RowBlock rows;
        QString error;
        const bool read = connection->isOpen() && readPageRows(connection->db(), request, &rows, &error);
        if (!read) {
            if (error.isEmpty())
                error = connection->error();
            connection.reset(); // opened afresh for the next page
        }
        if (m_interrupter.interrupted())
            return;
        QMetaObject::invokeMethod(
            this, [this, request, rows, error] { Q_EMIT pageRead(request, rows, error); }, Qt::QueuedConnection);
    }
}
