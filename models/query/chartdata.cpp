#include "chartdata.h"

#include "boundquery.h"
#include "catalog.h"
#include "tablespec.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
                         query.value(6).toLongLong(), QString(), query.value(3).toString(), query.value(4).toLongLong(),
                         query.value(5).toLongLong()});
    }

    // A program names its report where the objectives do.
    for (Program &program : programs) {
        for (const ObjectiveTotals &row : objectives) {
            if (row.reportId == program.reportId)
                program.reportLabel = row.reportLabel;
        }
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
        const qint64 report = query.value(5).toLongLong();
        if (texts.isEmpty() || texts.last().number != number || texts.last().reportId != report) {
            texts.append({number, query.value(1).toString(), {}, report, QString()});
            if (!query.value(2).toString().isEmpty())
                texts.last().texts << query.value(2).toString();
        }
        texts.last().texts << query.value(3).toString() << query.value(4).toString();
    }
    return labelTexts(db, error);
}

bool ChartData::labelTexts(const QSqlDatabase &db, QString *error)
{
    const auto several = std::adjacent_find(texts.cbegin(), texts.cend(), [](const auto &a, const auto &b) {
        return a.reportId != b.reportId;
    });
    if (several == texts.cend())
        return true;
    const std::optional<QHash<qint64, QString>> labels = Catalog::reportLabels(db, error);
    if (!labels)
        return false;
    for (ObjectiveTexts &objective : texts)
        objective.reportLabel = labels->value(objective.reportId);
    std::stable_sort(texts.begin(), texts.end(),
                     [](const auto &a, const auto &b) { return a.reportLabel < b.reportLabel; });
    return true;
}

QString ChartData::Program::label() const
{
    return reportLabel.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, reportLabel);
}

QList<ChartData::Program> ChartData::programsOf(int objective, qint64 reportId) const
{
    QList<Program> own;
    for (const Program &program : programs) {
        if (program.objective == objective && program.reportId == reportId)
            own << program;
    }
    return own;
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
