#pragma once

#include "queryinterrupter.h"
#include "rowblock.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QWaitCondition>

class QThread;

/// One page of a table's rows to read: the SELECT with its paging, the
/// values to bind, and whose answer it is.
struct PageRequest
{
    int generation = 0; ///< the model's query (filter and sort) that asked
    quint64 edits = 0;  ///< the model's edits written when it asked
    qint64 page = 0;
    QString sql;
    QVariantList values;
    int limit = 0;
    bool reversed = false; ///< read backwards (before a row, or from the end)
    bool first = false; ///< a new filter's first page: the model starts again from it
};

/// Reads a page's rows on db (SQLite through its C API, others through
/// QSqlQuery), in the order the page shows them; false, with *error set in
/// the user's words, if the database refused.
bool readPageRows(const QSqlDatabase &db, const PageRequest &request, RowBlock *rows, QString *error);

/// Reads pages of rows in a worker thread, on a connection of its own, so a
/// view that asks for rows not read yet never waits for the database: the
/// newest request first (the rows the user looks at now), each answer handed
/// back through the event loop (pageRead). After a failed read the worker
/// opens its connection afresh for the next request (a server restarted).
/// Destroying it interrupts a read under way on SQLite.
class PageReader : public QObject
{
    Q_OBJECT
public:
    explicit PageReader(QString sourceConnection, QObject *parent = nullptr);
    ~PageReader() override;

    void read(const PageRequest &request);
    /// Starts the worker and opens its connection, if they are not yet: a
    /// table with more rows than its first page calls it, so the first page
    /// the user scrolls or jumps to waits for its rows only. A table that
    /// fits its first page never needs them.
    void prepare();
    /// Forgets the requests of older generations that have not begun.
    void dropBefore(int generation);

Q_SIGNALS:
    /// rows is empty, and error says why, when the page could not be read.
    void pageRead(const PageRequest &request, const RowBlock &rows, const QString &error);

private:
    void run();
    /// The next request, or false when the reader stops.
    bool next(PageRequest *request);

    QString m_source;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<PageRequest> m_queue;
    bool m_stopping = false;
    QueryInterrupter m_interrupter;
};
