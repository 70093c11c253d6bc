#pragma once

#include "pagecache.h"
#include "tablespec.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

class PageReader;
struct PageRequest;

/// One edit of one cell: what was there and what goes there.
struct CellEdit
{
    qint64 rowId = 0;
    int column = 0;
    QVariant oldValue;
    QVariant newValue;
};

/// Rows of one TableSpec under a Filter, sorted in SQL, a page at a time into
/// a small page cache, so neither database sends more rows than are shown.
///
/// The first page is read at once; COUNT(*) runs off the GUI thread and, when
/// it answers (and its query is still the current one), the row count grows
/// to all the rows. Until then the view can fetch more by keyset. A page next
/// to a cached one is read by keyset (WHERE (key, id) > (?, ?) ... LIMIT n, or
/// the reverse before it); the last page by reading the order backwards, so
/// dropping the scroll bar at the end shows the last rows at once; any other
/// page by OFFSET.
///
/// Only the first page (setFilter(), sort(), refresh()) and the pages
/// fetchMore() adds are read at once. Any other page is read in a worker
/// thread on a connection of its own (PageReader), so data(), rowCount(),
/// headerData() and flags() never run SQL and a view's paint never waits on
/// the database: until the page arrives its cells show pendingText(), then
/// dataChanged() says its rows are there. When the view scrolls on through a
/// page, the next one in that direction is read ahead (by keyset, which is
/// cheap). Pages of an older filter or sort arriving late are dropped.
///
/// Cells whose column has an editColumn are editable unless the model is
/// read-only. setData() checks the value and hands the edit to the edit sink
/// (the window's undo stack) if one is set, or applies it at once; applyEdit()
/// writes it and its change_log row in one transaction and updates the one
/// cell (one dataChanged, no reset).
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        ObjectiveIdRole,
        ActionIdRole,
        SourceQuoteRole,
        PlainTextRole, ///< the value as CSV writes it
        /// True when the cell's figure differs from its source's (it was
        /// edited); its tooltip and accessible description then say what
        /// the source said.
        FigureEditedRole,
        FigureSourceRole, ///< the figure as its source gave it; null when it gave none
        /// True on every cell of a row the reader wrote and nobody
        /// confirmed (review 'proposed'): the window marks the row.
        UnconfirmedRole,
    };

    QueryTableModel(const TableSpec &spec, QSqlDatabase db, QObject *parent = nullptr);

    /// What a cell shows (DisplayRole) while its page is being read; its
    /// other roles are then null.
    static QString pendingText() { return QStringLiteral("\u2026"); }

    const TableSpec &spec() const { return m_spec; }
    const Filter &filter() const { return m_filter; }
    /// Runs the query again with this filter. False, and lastError() set, if
    /// the database refused; the model is then empty.
    bool setFilter(const Filter &filter);
    /// Like setFilter, but the first page is read by the page reader: the
    /// model is empty, its total unknown (-1), until the page comes. For a
    /// table nobody looks at now (another tab): a new filter then reads one
    /// table's page on the GUI thread, not three. A failure is reported
    /// through queryFailed.
    void setFilterInBackground(const Filter &filter);
    /// While held, a filter's COUNT(*) waits (the window holds them until
    /// its first paint: a million rows given to a view cost it some 50 ms).
    /// Releasing starts the count the rows wait for, if any.
    void holdCounts(bool hold);
    bool refresh();
    QString lastError() const { return m_lastError; }

    /// All the rows under the filter (COUNT(*)); -1 while it is counted.
    qint64 totalRows() const { return m_totalRows; }
    /// Rows held in the page cache now.
    qint64 cachedRows() const;
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    /// Where setData() sends edits instead of applying them (an undo stack).
    void setEditSink(std::function<void(const CellEdit &)> sink) { m_editSink = std::move(sink); }

    /// Writes value to the row's cell and logs who changed it, from what, to
    /// what, and how (origin: "edit", "undo", "redo"). False, with *error set,
    /// if the database refused; nothing is then changed.
    bool applyEdit(qint64 rowId, int column, const QVariant &value, const QString &origin, QString *error);

Q_SIGNALS:
    void queryFailed(const QString &message);
    /// The count for the current filter and sort arrived.
    void totalRowsChanged(qint64 rows);
    /// An edit could not be written; the cell keeps its value.
    void editFailed(const QString &message);

private:
    /// Starts a new query (filter or sort): older answers are dropped.
    void nextGeneration();
    /// The model starts again from a new query's first page (ok: it was
    /// read); counts the rows when the page is full. False if not ok.
    bool showFirstPage(bool ok, RowBlock first);
    void startCount();
    bool m_countsHeld = false;
    bool m_countPending = false; ///< the rows wait for a count not yet started
    /// The statement and values that read limit rows at anchor (after or
    /// before anchorRow, or from offset).
    PageRequest pageRequest(TableSpec::Anchor anchor, const QVariantList *anchorRow, qint64 offset,
                                   int limit) const;
    /// Reads a page of rows at once; false, with queryFailed emitted, on error.
    bool readPage(TableSpec::Anchor anchor, const QVariantList *anchorRow, qint64 offset, int limit,
                  RowBlock *rows);
    /// Asks the page reader for a page, by keyset from a cached neighbour
    /// when there is one.
    void requestPage(qint64 pageIndex) const;
    /// Reads the next page in the direction the view scrolls, when a
    /// neighbour's row makes it cheap (keyset).
    void readAhead(qint64 pageIndex) const;
    void onPageRead(const PageRequest &request, const RowBlock &rows, const QString &error);
    /// The cached rows holding row, and where in them; null, with the page
    /// asked for, when it is not cached.
    const RowBlock *rowAt(qint64 row, qsizetype *within) const;
    void onCounted(int generation, qint64 rows, const QString &error);
    qint64 knownRows() const;

    const TableSpec &m_spec;
    QSqlDatabase m_db;
    Filter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// Mutable: asking for a row changes no row a view sees, only the cache.
    mutable PageCache m_cache;
    PageReader *m_reader;
    mutable qint64 m_lastAsked = 0; ///< the page data() asked for last
    mutable int m_direction = 0;    ///< +1 scrolling down, -1 up, 0 a jump
    quint64 m_edits = 0;            ///< edits written: a page read before one is stale
    int m_reportedGeneration = -1;  ///< the query whose failed page was reported
    int m_generation = 0;
    qint64 m_prefixRows = 0; ///< rows known from page 0 on, before the count
    QVariantList m_prefixLast; ///< the last of those rows, where fetchMore() goes on
    QString m_lastError;
    qint64 m_totalRows = 0;
    int m_pageSize = 500;
    class RowCounter *m_counter;
    bool m_hasMore = false;
    bool m_readOnly = false;
    std::function<void(const CellEdit &)> m_editSink;
};
