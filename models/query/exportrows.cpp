#include "exportrows.h"

#include "boundquery.h"
#include "tablespec.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ExportRows {

bool select(QSqlQuery *query, const TableSpec &spec, const Filter &filter, QString *error)
{
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    return BoundQuery::run(*query, spec.statement(condition, -1, Qt::AscendingOrder), condition.values, error);
}

QString databaseFile(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE" ? db.databaseName() : QString();
}

} // namespace ExportRows
