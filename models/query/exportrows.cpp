#include "exportrows.h"

#include "boundquery.h"
#include "tablespec.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ExportRows {

bool isSynthetic(const QSqlDatabase &db)
{
    QSqlQuery synthetic(db);
    return synthetic.exec(QString::fromLatin1(Sql::selectAnySynthetic)) && synthetic.next()
        && synthetic.value(0).toInt() != 0;
}

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
