#include "queryinterrupter.h"

#include "sqlitedirect.h"

#include <sqlite3.h>

bool QueryInterrupter::add(const QSqlDatabase &db)
{
    const QMutexLocker lock(&m_mutex);
    if (m_interrupted)
        return false;
    if (void *handle = SqliteDirect::handle(db))
        m_handles.insert(handle);
    return true;
}

void QueryInterrupter::remove(const QSqlDatabase &db)
{
    const QMutexLocker lock(&m_mutex);
    m_handles.remove(SqliteDirect::handle(db));
}

void QueryInterrupter::interruptAll()
{
    const QMutexLocker lock(&m_mutex);
    m_interrupted = true;
    for (void *handle : std::as_const(m_handles))
        sqlite3_interrupt(static_cast<sqlite3 *>(handle));
}

bool QueryInterrupter::interrupted() const
{
    const QMutexLocker lock(&m_mutex);
    return m_interrupted;
}
