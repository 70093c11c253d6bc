#include "queryinterrupter.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

/// The connection's sqlite3 handle; null for other drivers.
void *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool QueryInterrupter::add(const QSqlDatabase &db)
{
    const QMutexLocker lock(&m_mutex);
    if (m_interrupted)
        return false;
    if (void *handle = sqliteHandle(db))
        m_handles.insert(handle);
    return true;
}

void QueryInterrupter::remove(const QSqlDatabase &db)
{
    const QMutexLocker lock(&m_mutex);
    m_handles.remove(sqliteHandle(db));
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
