#include "exportrows.h"

#include "boundquery.h"
#include "cellvalue.h"
#include "sqlerror.h"
#include "sqlitedirect.h"
#include "tablespec.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ExportRows {

bool select(QSqlQuery *query, const TableSpec &spec, const Filter &filter, QString *error)
{
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    return BoundQuery::run(*query, spec.statement(condition, -1, Qt::AscendingOrder), condition.values, error);
}

namespace {

/// A value as QSqlQuery read it, typed for a reader of CellValues.
void setCell(CellValue *cell, const QVariant &value, QByteArray *text)
{
    *cell = CellValue();
    cell->variant = &value;
    if (value.isNull())
        return;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        cell->type = CellValue::Type::Integer;
        cell->integer = value.toLongLong();
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        cell->type = CellValue::Type::Real;
        cell->real = value.toDouble();
        return;
    default:
        cell->type = CellValue::Type::Text;
        *text = value.toString().toUtf8();
        cell->text = *text;
    }
}

} // namespace

bool forEach(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter, const std::vector<int> &fields,
             const std::function<bool(const CellValue *)> &row, QString *error)
{
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    const QString sql = spec.statement(condition, -1, Qt::AscendingOrder);
    if (const std::optional<QSqlError> direct = SqliteDirect::forEachRow(db, sql, condition.values, fields, row)) {
        if (direct->isValid())
            *error = SqlError::describe(*direct);
        return !direct->isValid();
    }
    QSqlQuery query(db);
    if (!BoundQuery::run(query, sql, condition.values, error))
        return false;
    std::vector<QVariant> values(fields.size());
    std::vector<QByteArray> texts(fields.size());
    std::vector<CellValue> cells(fields.size());
    while (query.next()) {
        for (size_t i = 0; i < fields.size(); ++i) {
            values[i] = query.value(fields[i]);
            setCell(&cells[i], values[i], &texts[i]);
        }
        if (!row(cells.data()))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = SqlError::describe(query);
        return false;
    }
    return true;
}

QString databaseFile(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE" ? db.databaseName() : QString();
}

} // namespace ExportRows
