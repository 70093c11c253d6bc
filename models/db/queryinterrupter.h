#pragma once

#include <QMutex>
#include <QSet>

class QSqlDatabase;

/// Lets one thread stop the SQLite statements that others are running: a
/// worker registers its connection while it runs a long statement, and
/// interruptAll() (say, from a destructor that must not wait for a count of
/// a million rows) makes them fail at once with SQLITE_INTERRUPT. Other
/// databases are not interrupted: their statements run to the end.
class QueryInterrupter
{
public:
    /// Registers db's connection; false when interruptAll() came first, so
    /// the worker should not start.
    bool add(const QSqlDatabase &db);
    void remove(const QSqlDatabase &db);
    void interruptAll();
    bool interrupted() const;

private:
    mutable QMutex m_mutex;
    QSet<void *> m_handles;
    bool m_interrupted = false;
};
