#pragma once

#include "rowblock.h"

#include <QHash>
#include <QSet>

/// The pages of rows a QueryTableModel holds: at most maxPages of them, the
/// one used longest ago forgotten first, and besides them which pages are
/// being read (asked once, not again while the answer is on its way) and
/// which could not be read (not read again cell by cell, and reported once,
/// until the rows are read afresh and clear() forgets them).
class PageCache
{
public:
    explicit PageCache(int maxPages = 40) : m_maxPages(maxPages) {}

    /// The page's rows, null when it is not here; marks it used.
    const RowBlock *find(qint64 page);
    /// The same, without marking it used (a neighbour's anchor row).
    const RowBlock *peek(qint64 page) const;
    /// Keeps rows as the page; no longer pending.
    void insert(qint64 page, RowBlock rows);

    bool isPending(qint64 page) const { return m_pending.contains(page); }
    void setPending(qint64 page, bool pending);
    bool hasFailed(qint64 page) const { return m_failed.contains(page); }
    /// The page could not be read; no longer pending.
    void setFailed(qint64 page);
    /// Here, on its way, or failed: nothing to ask for.
    bool isKnown(qint64 page) const { return m_pages.contains(page) || isPending(page) || hasFailed(page); }

    /// Forgets every page, pending and failed ones too.
    void clear();
    /// Rows held now.
    qint64 rows() const;
    /// The rows holding the row of this id, and where in them (*within) and
    /// in the model (*row, pages of pageSize rows); null if no page has it.
    RowBlock *findRow(qint64 rowId, int pageSize, qsizetype *within, qint64 *row);

private:
    struct Page
    {
        RowBlock rows;
        quint64 lastUse = 0;
    };
    int m_maxPages;
    QHash<qint64, Page> m_pages;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;
    quint64 m_useClock = 0;
};
