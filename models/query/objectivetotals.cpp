#include "objectivetotals.h"

#include "catalog.h"
#include "format.h"
#include "sql.h"
#include "tablespec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> ratio(const QVariant &numerator, const QVariant &denominator)
{
    if (numerator.isNull() || denominator.isNull() || denominator.toLongLong() == 0)
        return std::nullopt;
    return numerator.toDouble() / denominator.toDouble();
}

/// A unit of row's and its beneficiaries (if any) counted in.
void addUnit(ObjectiveTotals *row, const QString &unit, std::optional<qint64> beneficiaries)
{
    if (!unit.isEmpty() && !row->units.contains(unit))
        row->units << unit;
    if (!beneficiaries)
        return;
    for (auto &counted : row->unitBeneficiaries) {
        if (counted.first == unit) {
            counted.second += *beneficiaries;
            return;
        }
    }
    row->unitBeneficiaries.append({unit, *beneficiaries});
}

/// The total of unlike units has no figure: a dash says so, where an empty
/// cell would say "no data". The overview showed it first: its context.
bool unlike(const ObjectiveTotals &row)
{
    return !row.objective && row.mixedUnits();
}

QString dash()
{
    return QCoreApplication::translate("OverviewModel", "—");
}

} // namespace

const AggregateQueries &AggregateQueries::forFilter(const Filter &filter)
{
    static const AggregateQueries results{Sql::selectObjectiveTotals, Sql::selectObjectiveUnits,
                                          Sql::orderObjectiveUnits, Sql::selectProgramTotals,
                                          Sql::programTotalsTail, Sql::bothFiguresCondition,
                                          TableSpec::results().filterColumns};
    static const AggregateQueries kept{Sql::selectKeptObjectiveTotals, Sql::selectKeptObjectiveUnits,
                                       Sql::orderKeptObjectiveUnits, Sql::selectKeptProgramTotals,
                                       Sql::keptProgramTotalsTail, Sql::keptBothFiguresCondition,
                                       TableSpec::results().keptColumns};
    return filter.text.trimmed().isEmpty() ? kept : results;
}

bool ObjectiveTotals::read(const QSqlDatabase &db, const Filter &filter, std::vector<ObjectiveTotals> *rows,
                           QString *error)
{
    const AggregateQueries &sql = AggregateQueries::forFilter(filter);
    const SqlCondition condition = buildCondition(filter, sql.columns);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    rows->clear();
    bool ok = query.prepare(QString::fromUtf8(sql.objectiveTotals) + condition.where
                            + QString::fromUtf8(Sql::groupObjectiveTotals));
    if (ok) {
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    QVariant costedBudget = QVariant(QMetaType(QMetaType::LongLong));
    QVariant costedBeneficiaries = costedBudget;
    ObjectiveTotals total;
    total.shortName = QCoreApplication::translate("OverviewModel", "Total");
    while (query.next()) {
        ObjectiveTotals row;
        row.objective = query.value(0).toInt();
        row.shortName = query.value(1).toString();
        row.title = query.value(2).toString();
        row.programs = query.value(3).toLongLong();
        row.budget = optionalInt(query.value(4));
        row.beneficiaries = optionalInt(query.value(5));
        row.perBeneficiary = ratio(query.value(6), query.value(7));
        row.results = query.value(8).toLongLong();
        row.reportId = query.value(9).toLongLong();
        total.programs += row.programs;
        total.results += row.results;
        if (row.budget)
            total.budget = total.budget.value_or(0) + *row.budget;
        if (row.beneficiaries)
            total.beneficiaries = total.beneficiaries.value_or(0) + *row.beneficiaries;
        if (!query.value(6).isNull())
            costedBudget = costedBudget.toLongLong() + query.value(6).toLongLong();
        if (!query.value(7).isNull())
            costedBeneficiaries = costedBeneficiaries.toLongLong() + query.value(7).toLongLong();
        rows->push_back(row);
    }
    total.perBeneficiary = ratio(costedBudget, costedBeneficiaries);

    // The units behind each objective's beneficiaries, named for the reader.
    QSqlQuery units(db);
    units.setForwardOnly(true);
    ok = units.prepare(QString::fromUtf8(sql.objectiveUnits) + condition.where + QString::fromUtf8(sql.unitsOrder));
    if (ok) {
        for (const QVariant &value : condition.values)
            units.addBindValue(value);
        ok = units.exec();
    }
    if (!ok) {
        *error = units.lastError().text();
        rows->clear();
        return false;
    }
    while (units.next()) {
        const int objective = units.value(0).toInt();
        const QString unit = units.value(1).toString();
        const std::optional<qint64> beneficiaries = optionalInt(units.value(2));
        const qint64 report = units.value(3).toLongLong();
        for (ObjectiveTotals &row : *rows) {
            if (row.objective == objective && row.reportId == report)
                addUnit(&row, unit, beneficiaries);
        }
        addUnit(&total, unit, beneficiaries);
    }
    // Gremios and mujeres added together count nothing, and a budget
    // divided by them is no cost of anyone.
    if (total.mixedUnits()) {
        total.beneficiaries.reset();
        total.perBeneficiary.reset();
    }
    if (!labelReports(db, rows, error)) {
        rows->clear();
        return false;
    }
    if (!rows->empty())
        rows->push_back(total);
    return true;
}

bool ObjectiveTotals::labelReports(const QSqlDatabase &db, std::vector<ObjectiveTotals> *rows, QString *error)
{
    const auto several = std::adjacent_find(rows->cbegin(), rows->cend(), [](const auto &a, const auto &b) {
        return a.reportId != b.reportId;
    });
    if (several == rows->cend())
        return true;
    const std::optional<QHash<qint64, QString>> labels = Catalog::reportLabels(db, error);
    if (!labels)
        return false;
    for (ObjectiveTotals &row : *rows)
        row.reportLabel = labels->value(row.reportId);
    // Report by report: by service, then year (the label is "Sercotec 2025").
    std::stable_sort(rows->begin(), rows->end(),
                     [](const auto &a, const auto &b) { return a.reportLabel < b.reportLabel; });
    return true;
}

QString ObjectiveTotals::name() const
{
    return objective ? Catalog::name(*objective, shortName, reportLabel) : shortName;
}

QString ObjectiveTotals::beneficiariesText() const
{
    return unlike(*this) ? dash() : beneficiaries ? Format::integer(*beneficiaries) : QString();
}

QString ObjectiveTotals::perBeneficiaryText() const
{
    return unlike(*this) ? dash() : perBeneficiary ? QLocale().toString(*perBeneficiary, 'f', 1) : QString();
}
