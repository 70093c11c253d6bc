#include "yearcomparison.h"

#include "boundquery.h"
#include "objectivetotals.h"
#include "sql.h"
#include "tablespec.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

/// The context of this file's messages in resources/translations.
struct YearComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(YearComparison)
};

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// Every unit either side names, in the order the earlier gives, then the later's new ones.
QStringList unitsOf(const std::optional<YearComparison::Figures> &before,
                    const std::optional<YearComparison::Figures> &after)
{
    QStringList units;
    for (const auto *side : {&before, &after}) {
        if (!*side)
            continue;
        for (const auto &[unit, count] : (*side)->beneficiaries) {
            if (!units.contains(unit))
                units << unit;
        }
        for (const auto &costed : (*side)->costed) {
            if (!units.contains(costed.first))
                units << costed.first;
        }
    }
    return units;
}

/// Whether side's budget (of any unit, or of unit), or its beneficiaries of
/// unit, are figures nobody confirmed.
bool unconfirmed(const std::optional<YearComparison::Figures> &side, bool budget, bool people,
                 const std::optional<QString> &unit)
{
    if (!side)
        return false;
    const bool anyBudget = unit ? side->unconfirmedBudgets.contains(*unit) : !side->unconfirmedBudgets.isEmpty();
    return (budget && anyBudget) || (people && unit && side->unconfirmedBeneficiaries.contains(*unit));
}

/// The budget, each unit's beneficiaries, then each unit's M$ per beneficiary, in both years.
QList<YearComparison::Line> linesOf(const std::optional<YearComparison::Figures> &before,
                                    const std::optional<YearComparison::Figures> &after)
{
    using Line = YearComparison::Line;
    // A line of kind and unit, marked where a year's figures are unconfirmed.
    const auto line = [&](Line::Kind kind, const std::optional<QString> &unit, bool budget, bool people) {
        Line made;
        made.kind = kind;
        made.unit = unit.value_or(QString());
        made.unconfirmedBefore = unconfirmed(before, budget, people, unit);
        made.unconfirmedAfter = unconfirmed(after, budget, people, unit);
        return made;
    };
    QList<Line> lines;
    lines << line(Line::Kind::Budget, std::nullopt, true, false);
    lines.last().figures = {before ? before->budget : std::nullopt, after ? after->budget : std::nullopt};
    const QStringList units = unitsOf(before, after);
    for (const QString &unit : units) {
        const FigureChange people{before ? before->beneficiariesOf(unit) : std::nullopt,
                                  after ? after->beneficiariesOf(unit) : std::nullopt};
        if (people.before || people.after) {
            lines << line(Line::Kind::Beneficiaries, unit, false, true);
            lines.last().figures = people;
        }
    }
    for (const QString &unit : units) {
        const std::optional<double> perBefore = before ? before->perBeneficiary(unit) : std::nullopt;
        const std::optional<double> perAfter = after ? after->perBeneficiary(unit) : std::nullopt;
        if (perBefore || perAfter) {
            lines << line(Line::Kind::PerBeneficiary, unit, true, true);
            lines.last().perBefore = perBefore;
            lines.last().perAfter = perAfter;
            // Its change is that of the figures as shown, in tenths (as
            // the comparison table's).
            const auto tenths = [](std::optional<double> ratio) {
                return ratio ? std::optional<qint64>(std::llround(*ratio * 10.0)) : std::nullopt;
            };
            lines.last().figures = {tenths(perBefore), tenths(perAfter), 1};
        }
    }
    return lines;
}

/// The service the comparison is of: filter's, or the database's only one.
std::optional<Catalog::Service> chosenService(const Catalog &catalog, const Filter &filter, QString *error)
{
    const QList<Catalog::Service> &services = catalog.services();
    for (const Catalog::Service &service : services) {
        if (filter.serviceId ? service.id == *filter.serviceId : services.size() == 1)
            return service;
    }
    if (services.isEmpty()) {
        *error = YearComparisonText::tr("la base de datos no tiene informes que comparar");
        return std::nullopt;
    }
    QStringList names;
    for (const Catalog::Service &service : services)
        names << YearComparisonText::tr("«%1»").arg(service.shortName.isEmpty() ? service.name : service.shortName);
    *error = YearComparisonText::tr("la base de datos tiene informes de %1 servicios (%2): elija uno para comparar sus "
                                    "años")
                 .arg(services.size())
                 .arg(names.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

std::optional<qint64> YearComparison::Figures::beneficiariesOf(const QString &unit) const
{
    for (const auto &[name, count] : beneficiaries) {
        if (name == unit)
            return count;
    }
    return std::nullopt;
}

std::optional<double> YearComparison::Figures::perBeneficiary(const QString &unit) const
{
    for (const auto &[name, both] : costed) {
        if (name == unit && both.second > 0)
            return double(both.first) / double(both.second);
    }
    return std::nullopt;
}

void YearComparison::Figures::add(const QString &unit, const std::optional<qint64> &money,
                                  const std::optional<qint64> &people, const std::optional<qint64> &costedBudget,
                                  const std::optional<qint64> &costedPeople)
{
    if (money)
        budget = budget.value_or(0) + *money;
    // A unit's entry in list, added at zero if new.
    const auto entry = [&unit](auto &list) -> auto &
    {
        for (auto &pair : list) {
            if (pair.first == unit)
                return pair.second;
        }
        list.append({unit, {}});
        return list.last().second;
    };
    if (people)
        entry(beneficiaries) += *people;
    if (costedBudget && costedPeople) {
        QPair<qint64, qint64> &both = entry(costed);
        both.first += *costedBudget;
        both.second += *costedPeople;
    }
}

QList<YearComparison::Line> YearComparison::Program::lines() const
{
    return linesOf(before, after);
}

QList<YearComparison::Line> YearComparison::Objective::lines() const
{
    return linesOf(before, after);
}

std::optional<YearComparison::Start> YearComparison::start(const Catalog &catalog, const Filter &filter, QString *error)
{
    const std::optional<Catalog::Service> service = chosenService(catalog, filter, error);
    if (!service)
        return std::nullopt;
    Start from;
    from.service = service->shortName.isEmpty() ? service->name : service->shortName;
    std::optional<Catalog::ReportInfo> chosen;
    for (const Catalog::ReportInfo &report : catalog.reports()) {
        if (report.serviceId != service->id)
            continue;
        from.others << report;
        // The filter's year, else the service's latest.
        if (filter.year ? report.year == *filter.year : (!chosen || report.year > chosen->year))
            chosen = report;
    }
    std::sort(from.others.begin(), from.others.end(),
              [](const Catalog::ReportInfo &a, const Catalog::ReportInfo &b) { return a.year < b.year; });
    if (!chosen) {
        *error = from.noReport(*filter.year);
        return std::nullopt;
    }
    from.report = *chosen;
    from.others.removeIf([&chosen](const Catalog::ReportInfo &report) { return report.id == chosen->id; });
    return from;
}

QString YearComparison::Start::noReport(int year) const
{
    QList<int> years{report.year};
    for (const Catalog::ReportInfo &other : others)
        years << other.year;
    std::sort(years.begin(), years.end());
    QStringList yearList;
    for (const int each : std::as_const(years)) {
        if (each)
            yearList << QString::number(each);
    }
    return YearComparisonText::tr("%1 no tiene informe de %2; tiene de: %3")
        .arg(service)
        .arg(year)
        .arg(yearList.join(QStringLiteral(", ")));
}

std::optional<QPair<Catalog::ReportInfo, Catalog::ReportInfo>>
YearComparison::chooseReports(const Catalog &catalog, const Filter &filter, int compareYear, QString *error)
{
    const std::optional<Start> from = start(catalog, filter, error);
    if (!from)
        return std::nullopt;
    if (from->report.year == compareYear) {
        *error = YearComparisonText::tr("no se puede comparar %1 %2 consigo mismo: elija otro año")
                     .arg(from->service)
                     .arg(compareYear);
        return std::nullopt;
    }
    for (const Catalog::ReportInfo &other : from->others) {
        if (other.year == compareYear)
            return other.year < from->report.year ? qMakePair(other, from->report) : qMakePair(from->report, other);
    }
    *error = from->noReport(compareYear);
    return std::nullopt;
}

bool YearComparison::load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, int compareYear,
                          QString *error)
{
    const auto reports = chooseReports(catalog, filter, compareYear, error);
    if (!reports)
        return false;
    before = reports->first;
    after = reports->second;
    this->filter = filter;
    this->filter.year.reset();
    this->filter.reportId.reset();
    this->filter.reportLabel.clear();
    objectives.clear();
    unconfirmedFigures = 0;
    const std::optional<bool> anySynthetic = Catalog::isSynthetic(db, error);
    if (!anySynthetic || !loadYear(db, before, true, error) || !loadYear(db, after, false, error))
        return false;
    synthetic = *anySynthetic;
    std::sort(objectives.begin(), objectives.end(),
              [](const Objective &a, const Objective &b) { return a.number < b.number; });
    for (Objective &objective : objectives)
        std::sort(objective.programs.begin(), objective.programs.end(),
                  [](const Program &a, const Program &b) { return a.name < b.name; });
    return true;
}

YearComparison::Objective &YearComparison::objective(int number)
{
    for (Objective &objective : objectives) {
        if (objective.number == number)
            return objective;
    }
    objectives.append(Objective{});
    objectives.last().number = number;
    return objectives.last();
}

bool YearComparison::loadYear(const QSqlDatabase &db, const Catalog::ReportInfo &report, bool isBefore, QString *error)
{
    Filter own = filter;
    own.reportId = report.id;
    std::vector<ObjectiveTotals> totals;
    if (!ObjectiveTotals::read(db, own, &totals, error))
        return false;
    for (const ObjectiveTotals &row : totals) {
        if (!row.objective)
            continue;
        Objective &entry = objective(*row.objective);
        (isBefore ? entry.titleBefore : entry.titleAfter) = {*row.objective, row.shortName, row.title, 0, row.reportId, QString()};
        (isBefore ? entry.before : entry.after) = Figures{};
    }
    const bool kept = own.text.trimmed().isEmpty();
    const SqlCondition condition
        = buildCondition(own, kept ? TableSpec::results().keptColumns : TableSpec::results().filterColumns);
    QSqlQuery query(db);
    if (!BoundQuery::run(query,
                         QString::fromLatin1(kept ? Sql::selectKeptYearPrograms : Sql::selectYearPrograms)
                             + condition.where
                             + QString::fromLatin1(kept ? Sql::keptYearProgramsTail : Sql::yearProgramsTail),
                         condition.values, error))
        return false;
    while (query.next()) {
        Objective &entry = objective(query.value(0).toInt());
        const QString name = query.value(1).toString();
        auto program = std::find_if(entry.programs.begin(), entry.programs.end(),
                                    [&name](const Program &p) { return p.name == name; });
        if (program == entry.programs.end()) {
            entry.programs.append(Program{name, {}, {}});
            program = entry.programs.end() - 1;
        }
        std::optional<Figures> &side = isBefore ? program->before : program->after;
        if (!side)
            side = Figures{};
        const QString unit = query.value(2).toString();
        const auto money = optionalInt(query.value(3));
        const auto people = optionalInt(query.value(4));
        const auto costedBudget = optionalInt(query.value(5));
        const auto costedPeople = optionalInt(query.value(6));
        side->add(unit, money, people, costedBudget, costedPeople);
        // The objective's figures are its programs' added, beneficiaries per unit.
        std::optional<Figures> &whole = isBefore ? entry.before : entry.after;
        if (!whole)
            whole = Figures{};
        whole->add(unit, money, people, costedBudget, costedPeople);
    }
    return loadUnconfirmed(db, own, isBefore, error);
}

bool YearComparison::loadUnconfirmed(const QSqlDatabase &db, const Filter &own, bool isBefore, QString *error)
{
    // The review code is bound first: its condition comes before the filter's.
    const SqlCondition condition
        = buildCondition(own, TableSpec::results().filterColumns, {Sql::unconfirmedResultCondition});
    QSqlQuery query(db);
    if (!BoundQuery::run(query,
                         QString::fromLatin1(Sql::selectUnconfirmedPrograms) + condition.where
                             + QString::fromLatin1(Sql::unconfirmedProgramsTail),
                         QVariantList{QString::fromLatin1(TableSpec::unconfirmed)} + condition.values, error))
        return false;
    const auto mark = [](std::optional<Figures> &side, bool budget, bool people, const QString &unit) {
        if (!side)
            return;
        if (budget && !side->unconfirmedBudgets.contains(unit))
            side->unconfirmedBudgets << unit;
        if (people && !side->unconfirmedBeneficiaries.contains(unit))
            side->unconfirmedBeneficiaries << unit;
    };
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString unit = query.value(1).toString(); // "" for none, as the figures
        const bool budgets = query.value(2).toLongLong() > 0;
        const bool people = query.value(3).toLongLong() > 0;
        unconfirmedFigures += query.value(2).toLongLong() + query.value(3).toLongLong();
        for (Objective &objective : objectives) {
            for (Program &program : objective.programs) {
                if (program.name != name)
                    continue;
                mark(isBefore ? program.before : program.after, budgets, people, unit);
                mark(isBefore ? objective.before : objective.after, budgets, people, unit);
            }
        }
    }
    return true;
}
