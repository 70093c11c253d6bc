#pragma once

#include "sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

/// While it lives, an SQLite connection keeps up to 256 MB of pages in
/// memory, so a large write (an import, generate-demo) touches each page of
/// a big index once instead of spilling it to the journal again and again
/// (SQLite's default is 2 MB), and keeps its statement journals in memory:
/// each insert that fires result_total's trigger copies the pages it
/// changes to one, and on a temporary file that is a write per page, 23 per
/// imported row. The connection's own settings come back after. Other
/// databases are left as they are.
class BulkCache
{
public:
    explicit BulkCache(const QSqlDatabase &db) : m_db(db)
    {
        if (m_db.driverName() != QLatin1String("QSQLITE"))
            return;
        QSqlQuery query(m_db);
        if (query.exec(QString::fromLatin1(Sql::cacheSize)) && query.next())
            m_previous = query.value(0).toLongLong();
        query.finish();
        if (query.exec(QString::fromLatin1(Sql::tempStore)) && query.next())
            m_previousTempStore = query.value(0).toInt();
        query.finish();
        query.exec(QString::fromLatin1(Sql::bulkCacheSize));
        query.exec(QString::fromLatin1(Sql::tempStoreMemory));
    }
    ~BulkCache()
    {
        if (m_previous == 0)
            return;
        QSqlQuery query(m_db);
        // PRAGMA takes no bound value; these are the numbers SQLite gave.
        query.exec(QString::fromLatin1(Sql::setCacheSizePrefix) + QString::number(m_previous));
        query.exec(QString::fromLatin1(Sql::setTempStorePrefix) + QString::number(m_previousTempStore));
    }
    BulkCache(const BulkCache &) = delete;
    BulkCache &operator=(const BulkCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
    int m_previousTempStore = 0;
};
