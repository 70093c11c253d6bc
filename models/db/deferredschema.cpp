#include "deferredschema.h"

#include "boundquery.h"
#include "dbsupport.h"
#include "sql.h"

namespace {

/// name as an SQL identifier: it comes from sqlite_master, and a name cannot be bound.
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

bool DeferredSchema::setAside(QString *error)
{
    BoundQuery any(m_db, Sql::anyResult);
    if (!any.run({}, error))
        return false;
    if (any.first().toBool()) {
        *error = DatabaseText::tr("la tabla de resultados ya tiene filas");
        return false;
    }
    QSqlQuery query(m_db);
    if (!BoundQuery::run(query, QString::fromLatin1(Sql::selectDeferredSchema),
                         {QStringLiteral("result"), QStringLiteral("indicator")}, error))
        return false;
    while (query.next())
        m_entries.append({query.value(0).toString() == u"index", query.value(1).toString(), query.value(2).toString()});
    query.finish();
    for (const Entry &entry : std::as_const(m_entries)) {
        const char *drop = entry.isIndex ? Sql::dropIndexPrefix : Sql::dropTriggerPrefix;
        if (!execStatement(m_db, QString::fromLatin1(drop) + quoted(entry.name), error))
            return false;
    }
    return true;
}

bool DeferredSchema::restore(QString *error)
{
    // The indexes first, so the GROUP BY may use them; the triggers last, so
    // that the totals are added once.
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.isIndex && !execStatement(m_db, entry.sql, error))
            return false;
    }
    if (!execStatement(m_db, QString::fromLatin1(Sql::fillResultTotals), error))
        return false;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.isIndex && !execStatement(m_db, entry.sql, error))
            return false;
    }
    m_entries.clear();
    return true;
}
