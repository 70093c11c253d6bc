#pragma once

#include "boundquery.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

/// Rows written many to a statement: one INSERT (and, for result, one
/// statement journal for result_total's trigger) per batch instead of per
/// row. The statement is head, then group once per row joined with commas,
/// then tail; all three are sql.h constants. With a tail of RETURNING id,
/// each batch's new ids go to the returned callback.
class InsertBatch
{
public:
    static constexpr int rowsPerBatch = 100;
    using Returned = std::function<bool(const QVariantList &ids, QString *error)>;

    InsertBatch(const QSqlDatabase &db, const char *head, const char *group, const char *tail = "",
                Returned returned = {})
        : m_db(db),
          m_head(head),
          m_group(group),
          m_tail(tail),
          m_returned(std::move(returned)),
          m_full(db, statement(rowsPerBatch))
    { }

    bool add(const QVariantList &row, QString *error)
    {
        m_values << row;
        return ++m_rows < rowsPerBatch || flush(error);
    }

    bool flush(QString *error)
    {
        if (m_rows == 0)
            return true;
        bool ok;
        QVariantList ids;
        if (m_rows == rowsPerBatch) {
            ok = m_full.run(m_values, error);
            ids = m_full.firstColumn();
        } else {
            BoundQuery rest(m_db, statement(m_rows));
            ok = rest.run(m_values, error);
            ids = rest.firstColumn();
        }
        m_values.clear();
        m_rows = 0;
        return ok && (!m_returned || m_returned(ids, error));
    }

private:
    QString statement(int rows) const
    {
        QStringList groups;
        for (int i = 0; i < rows; ++i)
            groups << QString::fromLatin1(m_group);
        return QString::fromLatin1(m_head) + groups.join(QStringLiteral(", ")) + QString::fromLatin1(m_tail);
    }

    QSqlDatabase m_db;
    const char *m_head;
    const char *m_group;
    const char *m_tail;
    Returned m_returned;
    BoundQuery m_full;
    QVariantList m_values;
    int m_rows = 0;
};
