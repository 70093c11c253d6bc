#pragma once

#include <QSqlDatabase>
#include <QString>

class QueryInterrupter;

/// A connection of a worker thread's own to the database that another
/// connection (the window's, named source) is open on: made in the worker
/// thread, for Qt SQL connections belong to the thread that made them, and
/// closed and removed when it goes out of scope there. Every worker that
/// reads or writes off the GUI thread (counts, facet counts, pages of rows,
/// the integrity check, imports) opens its connection through it.
///
/// On SQLite it sets what Database::open() sets on its own connection
/// (foreign keys on). With an interrupter, the connection is registered there
/// while it is open, so a destructor in another thread can stop its
/// statements (QueryInterrupter); it is then not open() once interruptAll()
/// has come first.
class WorkerConnection
{
public:
    enum class Access {
        ReadWrite,
        ReadOnly, ///< on SQLite, opened read-only (the source's options kept)
    };

    /// Call in the worker thread; purpose names the connection
    /// ("mirador-count-...") for whoever reads a list of them.
    WorkerConnection(const QString &source, const char *purpose, QueryInterrupter *interrupter = nullptr,
                     Access access = Access::ReadWrite);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    /// Opened, and not interrupted before it began.
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const;
    /// Why it did not open, in the user's words (SqlError::describe); empty
    /// when it did, or when it was interrupted before it began.
    QString error() const { return m_error; }

private:
    QString m_name;
    QueryInterrupter *m_interrupter;
    bool m_open = false;
    QString m_error;
};
