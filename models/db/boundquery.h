#pragma once

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

/// A statement prepared once and run many times with positional values:
/// the loaders' and the importer's inserts, updates and look-ups.
class BoundQuery
{
public:
    BoundQuery(const QSqlDatabase &db, const char *sql) : BoundQuery(db, QString::fromUtf8(sql)) {}
    /// sql made of sql.h's constants only, never of input.
    BoundQuery(const QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql);
    }

    /// Prepares sql on query (forward only), binds values in order and
    /// runs it, for a caller that then reads its rows; false, with *error
    /// set, if it failed.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
    {
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (!ok)
            *error = SqlError::describe(query);
        return ok;
    }

    /// Binds values and runs; false, with *error set, if it failed.
    bool run(const QVariantList &values, QString *error)
    {
        if (!m_ok) {
            *error = SqlError::describe(m_query);
            return false;
        }
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec()) {
            *error = SqlError::describe(m_query);
            return false;
        }
        return true;
    }

    /// Runs an INSERT ... RETURNING id; the new row's id in *id when given
    /// (false, with *error, when the database returned none).
    bool insert(const QVariantList &values, QString *error, qint64 *id = nullptr)
    {
        if (!run(values, error))
            return false;
        const QVariant inserted = first();
        if (id && inserted.isNull()) {
            *error = QCoreApplication::translate("Dataset", "la base de datos no devolvió el id insertado");
            return false;
        }
        if (id)
            *id = inserted.toLongLong();
        return true;
    }

    /// After run(): the first column of the first row (an INSERT's
    /// RETURNING id, a look-up's id), null when there is none. Finishes the
    /// query, so the connection is free for the next statement.
    QVariant first()
    {
        const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
        m_query.finish();
        return value;
    }

    /// After run(): every column of the first row, empty when there is
    /// none. Finishes the query.
    QVariantList firstRow()
    {
        QVariantList values;
        if (m_query.next()) {
            const int columns = m_query.record().count();
            for (int i = 0; i < columns; ++i)
                values << m_query.value(i);
        }
        m_query.finish();
        return values;
    }

    /// After run(): the first column of every row (a many-row INSERT's
    /// RETURNING id). Finishes the query.
    QVariantList firstColumn()
    {
        QVariantList values;
        while (m_query.next())
            values << m_query.value(0);
        m_query.finish();
        return values;
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};
