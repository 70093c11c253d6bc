#include "chartdata.h"

#include "boundquery.h"
#include "catalog.h"
#include "tablespec.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

bool ChartData::load(const QSqlDatabase &db, const Filter &filter, QString *error)
{
    this->filter = filter;
    if (!ObjectiveTotals::read(db, filter, &objectives, error))
        return false;

    programs.clear();
    const AggregateQueries &sql = AggregateQueries::forFilter(filter);
    const SqlCondition condition = buildCondition(filter, sql.columns, {sql.bothFigures});
    QSqlQuery query(db);
    if (!BoundQuery::run(query,
                         QString::fromUtf8(sql.programTotals) + condition.where + QString::fromUtf8(sql.programTail),
                         condition.values, error))
        return false;
    while (query.next()) {
        programs.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong()});
    }

    if (!TrendData::read(db, filter, &trend, error))
        return false;

    const std::optional<bool> anySynthetic = Catalog::isSynthetic(db, error);
    if (!anySynthetic)
        return false;
    synthetic = *anySynthetic;

    // Actions belong to objectives only: of the filter, the objective applies.
    texts.clear();
    Filter objectiveOnly;
    objectiveOnly.serviceId = filter.serviceId;
    objectiveOnly.reportId = filter.reportId;
    objectiveOnly.objective = filter.objective;
    const SqlCondition textCondition
        = buildCondition(objectiveOnly, {nullptr, "o.number", nullptr, nullptr, nullptr, "o.report_id"});
    if (!BoundQuery::run(query,
                         QString::fromUtf8(Sql::selectObjectiveTexts) + textCondition.where
                             + QString::fromUtf8(Sql::objectiveTextsTail),
                         textCondition.values, error))
        return false;
    while (query.next()) {
        const int number = query.value(0).toInt();
        if (texts.isEmpty() || texts.last().number != number) {
            texts.append({number, query.value(1).toString(), {}});
            if (!query.value(2).toString().isEmpty())
                texts.last().texts << query.value(2).toString();
        }
        texts.last().texts << query.value(3).toString() << query.value(4).toString();
    }
    return true;
}

std::vector<ObjectiveTotals> ChartData::objectiveRows() const
{
    std::vector<ObjectiveTotals> rows;
    for (const ObjectiveTotals &row : objectives) {
        if (row.objective)
            rows.push_back(row);
    }
    return rows;
}
