#include "pagecache.h"

#include "tablespec.h"

const RowBlock *PageCache::find(qint64 page)
{
    const auto found = m_pages.find(page);
    if (found == m_pages.end())
        return nullptr;
    found->lastUse = ++m_useClock;
    return &found->rows;
}

const RowBlock *PageCache::peek(qint64 page) const
{
    const auto found = m_pages.constFind(page);
    return found == m_pages.constEnd() ? nullptr : &found->rows;
}

void PageCache::insert(qint64 page, RowBlock rows)
{
    m_pending.remove(page);
    if (!m_pages.contains(page) && m_pages.size() >= m_maxPages) {
        // Forget the page used longest ago.
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, {std::move(rows), ++m_useClock});
}

void PageCache::setPending(qint64 page, bool pending)
{
    if (pending)
        m_pending.insert(page);
    else
        m_pending.remove(page);
}

void PageCache::setFailed(qint64 page)
{
    m_pending.remove(page);
    m_failed.insert(page);
}

void PageCache::clear()
{
    m_pages.clear();
    m_pending.clear();
    m_failed.clear();
}

qint64 PageCache::rows() const
{
    qint64 rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += qint64(page.rows.size());
    return rows;
}

RowBlock *PageCache::findRow(qint64 rowId, int pageSize, qsizetype *within, qint64 *row)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.value(i, TableSpec::idField).toLongLong() == rowId) {
                *within = i;
                *row = it.key() * pageSize + i;
                return &it->rows;
            }
        }
    }
    return nullptr;
}
