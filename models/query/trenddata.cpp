#include "trenddata.h"

#include "boundquery.h"
#include "sql.h"
#include "tablespec.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

/// One service, year and unit as the query gives it.
struct UnitRow
{
    qint64 budgetRows = 0;
    qint64 budget = 0;
    qint64 beneficiariesRows = 0;
    qint64 beneficiaries = 0;
    qint64 bothRows = 0;
    qint64 bothBudget = 0;
    qint64 bothBeneficiaries = 0;
};

/// The sums of a year's units that have both figures, for M$ per beneficiary.
struct Costed
{
    qint64 rows = 0;
    qint64 budget = 0;
    qint64 beneficiaries = 0;
};

/// Adds a unit's row to year: its budget to the year's, its beneficiaries
/// to its own unit's figure, never to another unit's.
void add(TrendData::Year *year, Costed *costed, const QString &unit, const UnitRow &row)
{
    if (row.budgetRows > 0)
        year->budget = year->budget.value_or(0) + row.budget;
    if (row.beneficiariesRows > 0)
        year->unitBeneficiaries.append({unit, row.beneficiaries});
    costed->rows += row.bothRows;
    costed->budget += row.bothBudget;
    costed->beneficiaries += row.bothBeneficiaries;
}

/// M$ per beneficiary of a year once all its units are in: only of one unit.
void finish(TrendData::Year *year, const Costed &costed)
{
    if (!year->mixedUnits() && costed.rows > 0 && costed.beneficiaries > 0)
        year->perBeneficiary = double(costed.budget) / double(costed.beneficiaries);
}

} // namespace

const TrendData::Year *TrendData::Series::find(int year) const
{
    for (const Year &figures : years) {
        if (figures.year == year)
            return &figures;
    }
    return nullptr;
}

QList<int> TrendData::years() const
{
    QList<int> all;
    for (const Series &one : series) {
        for (const Year &year : one.years) {
            if (!all.contains(year.year))
                all << year.year;
        }
    }
    std::sort(all.begin(), all.end());
    return all;
}

QStringList TrendData::units() const
{
    QStringList all;
    for (const Series &one : series) {
        for (const Year &year : one.years) {
            for (const auto &[unit, beneficiaries] : year.unitBeneficiaries) {
                if (!all.contains(unit))
                    all << unit;
            }
        }
    }
    return all;
}

std::optional<Filter> TrendData::trendFilter(const QSqlDatabase &db, const Filter &filter, QString *error)
{
    Filter trend = filter;
    trend.year.reset();
    trend.reportId.reset();
    trend.reportLabel.clear();
    if (filter.reportId && !filter.serviceId) {
        QSqlQuery query(db);
        if (!BoundQuery::run(query, QString::fromUtf8(Sql::selectReportService), {*filter.reportId}, error))
            return std::nullopt;
        // A report that is gone leaves the service open, as no report chosen.
        if (query.next()) {
            trend.serviceId = query.value(0).toLongLong();
            trend.serviceLabel = query.value(1).toString();
        }
    }
    return trend;
}

bool TrendData::read(const QSqlDatabase &db, const Filter &filter, TrendData *data, QString *error)
{
    data->series.clear();
    const std::optional<Filter> trend = trendFilter(db, filter, error);
    if (!trend)
        return false;
    data->filter = *trend;
    const bool kept = trend->text.trimmed().isEmpty();
    const TableSpec &results = TableSpec::results();
    const SqlCondition condition = buildCondition(*trend, kept ? results.keptColumns : results.filterColumns);
    QSqlQuery query(db);
    if (!BoundQuery::run(query,
                         QString::fromUtf8(kept ? Sql::selectKeptTrend : Sql::selectTrend) + condition.where
                             + QString::fromUtf8(kept ? Sql::keptTrendTail : Sql::trendTail),
                         condition.values, error))
        return false;
    Costed costed;
    // The year being summed, finished (its M$ per beneficiary) when the next begins.
    const auto finishLast = [&] {
        if (!data->series.isEmpty() && !data->series.last().years.isEmpty())
            finish(&data->series.last().years.last(), costed);
        costed = {};
    };
    while (query.next()) {
        const qint64 serviceId = query.value(0).toLongLong();
        const int year = query.value(2).toInt();
        const bool newService = data->series.isEmpty() || data->series.last().serviceId != serviceId;
        if (newService || data->series.last().years.last().year != year) {
            finishLast();
            if (newService)
                data->series.append({serviceId, query.value(1).toString(), {}});
            Year figures;
            figures.year = year;
            data->series.last().years.append(figures);
        }
        add(&data->series.last().years.last(), &costed, query.value(3).toString(),
            {query.value(4).toLongLong(), query.value(5).toLongLong(), query.value(6).toLongLong(),
             query.value(7).toLongLong(), query.value(8).toLongLong(), query.value(9).toLongLong(),
             query.value(10).toLongLong()});
    }
    finishLast();
    return true;
}
