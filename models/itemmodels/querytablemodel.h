#pragma once

#include "tablespec.h"
#include "rowblock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

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
    };

    QueryTableModel(const TableSpec &spec, QSqlDatabase db, QObject *parent = nullptr);

    const TableSpec &spec() const { return m_spec; }
    const Filter &filter() const { return m_filter; }
    /// Runs the query again with this filter. False, and lastError() set, if
    /// the database refused; the model is then empty.
    bool setFilter(const Filter &filter);
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
    void startCount();
    bool m_countsHeld = false;
    bool m_countPending = false; ///< the rows wait for a count not yet started
    struct Page
    {
        RowBlock rows;
        quint64 lastUse = 0;
    };
    /// Reads a page of rows; false, with queryFailed emitted, on error.
    bool readPage(TableSpec::Anchor anchor, const QVariantList *anchorRow, qint64 offset, int limit,
                  RowBlock *rows);
    /// The page holding row, read if it is not cached; null on error.
    const Page *page(qint64 pageIndex) const;
    /// The cached rows holding row, and where in them; null on error.
    const RowBlock *rowAt(qint64 row, qsizetype *within) const;
    /// The cached rows holding the row of this id, and where; null if none.
    RowBlock *cachedRow(qint64 rowId, qsizetype *within, qint64 *row);
    void onCounted(int generation, qint64 rows, const QString &error);
    qint64 knownRows() const;

    const TableSpec &m_spec;
    QSqlDatabase m_db;
    Filter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<qint64, Page> m_pages;
    /// Pages whose read failed since the rows were last read afresh: not
    /// read again cell by cell, and reported once.
    mutable QSet<qint64> m_failedPages;
    mutable quint64 m_useClock = 0;
    int m_generation = 0;
    qint64 m_prefixRows = 0; ///< rows known from page 0 on, before the count
    QString m_lastError;
    qint64 m_totalRows = 0;
    int m_pageSize = 500;
    static constexpr int maxCachedPages = 40;
    class RowCounter *m_counter;
    bool m_hasMore = false;
    bool m_readOnly = false;
    std::function<void(const CellEdit &)> m_editSink;
};
