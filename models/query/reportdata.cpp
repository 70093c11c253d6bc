#include "reportdata.h"

#include "boundquery.h"
#include "tablespec.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

/// Runs a table's query under filter, calling row for each of the first
/// `limit` records; returns how many records there are in all (known, when
/// the caller knows it already), or -1.
template<typename Row>
qint64 forFirstRows(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter, int limit, QString *error,
                    Row row, std::optional<qint64> known = std::nullopt)
{
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(spec.statement(condition, -1, Qt::AscendingOrder, TableSpec::Anchor::Start));
    if (ok) {
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        query.addBindValue(limit);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return -1;
    }
    while (query.next())
        row(query);
    if (known)
        return *known;
    QSqlQuery count(db);
    ok = count.prepare(spec.countStatement(condition));
    if (ok) {
        for (const QVariant &value : condition.values)
            count.addBindValue(value);
        ok = count.exec() && count.next();
    }
    if (!ok) {
        *error = count.lastError().text();
        return -1;
    }
    return count.value(0).toLongLong();
}

/// Where a row of spec holds the shown column CSV names csvName; -1 if none.
int field(const TableSpec &spec, QStringView csvName)
{
    const int column = spec.columnIndex(csvName);
    return column >= 0 && column < int(spec.columns.size()) ? spec.columns[std::size_t(column)].field : -1;
}

} // namespace

int ReportData::Section::addQuote(const QString &quote)
{
    const qsizetype found = quotes.indexOf(quote);
    if (found >= 0)
        return int(found);
    quotes << quote;
    return int(quotes.size() - 1);
}

bool ReportData::load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QString *error)
{
    created = QDateTime::currentDateTime();
    unconfirmedFigures = 0;
    reports = inScope(catalog, filter);
    report = reports.size() == 1 ? reports.first() : catalog.reports().value(0);
    comparison.reset();
    if (!charts.load(db, filter, error))
        return false;

    sections.clear();
    for (const Catalog::Objective &objective : catalog.objectives()) {
        if ((filter.objective && *filter.objective != objective.number)
            || (filter.reportId && *filter.reportId != objective.reportId))
            continue;
        // Objectives belong to their report: with several, the section is
        // its own report's.
        Filter own = filter;
        own.objective = objective.number;
        if (catalog.reports().size() > 1)
            own.reportId = objective.reportId;
        Section section{objective, {}, 0, {}, 0, {}, {}, {}};
        const TableSpec &results = TableSpec::results();
        // The objective totals counted its results already.
        qint64 counted = 0;
        for (const ObjectiveTotals &row : charts.objectiveRows()) {
            if (row.objective == objective.number && row.reportId == objective.reportId)
                counted = row.results;
        }
        const int resultProgram = field(results, u"program");
        section.resultCount = forFirstRows(
            db, results, own, listLimit, error,
            [&](const QSqlQuery &q) {
                const int source = section.addQuote(q.value(results.quoteField).toString());
                QList<int> &sources = section.programSources[q.value(resultProgram).toString()];
                if (!sources.contains(source))
                    sources << source;
            },
            counted);
        if (section.resultCount < 0)
            return false;
        const TableSpec &indicators = TableSpec::indicators();
        const int name = field(indicators, u"indicator");
        const int value = field(indicators, u"value");
        const int unit = field(indicators, u"unit");
        const int program = field(indicators, u"program");
        const int review = field(indicators, u"review");
        section.indicatorCount = forFirstRows(db, indicators, own, listLimit, error, [&](const QSqlQuery &q) {
            section.indicators.append({q.value(name).toString(), q.value(value).toDouble(), q.value(unit).toString(),
                                       q.value(program).toString(),
                                       section.addQuote(q.value(indicators.quoteField).toString()),
                                       q.value(review).toString() == QLatin1String(TableSpec::unconfirmed)});
        });
        if (section.indicatorCount < 0 || !loadEdits(db, own, &section, error)
            || !loadUnconfirmed(db, own, &section, error))
            return false;
        // An objective with no figure under the filter gets no page.
        if (!section.quotes.isEmpty())
            sections << section;
    }
    return true;
}

bool ReportData::Section::edited(const QString &program, const QString &unit, bool budget) const
{
    return std::any_of(edits.cbegin(), edits.cend(), [&](const EditedFigure &edit) {
        return edit.program == program && edit.unit == unit && edit.budget == budget;
    });
}

bool ReportData::loadEdits(const QSqlDatabase &db, const Filter &filter, Section *section, QString *error)
{
    const SqlCondition condition
        = buildCondition(filter, TableSpec::results().filterColumns, {Sql::editedFiguresCondition});
    QSqlQuery query(db);
    if (!BoundQuery::run(query,
                         QString::fromLatin1(Sql::selectEditedFigures) + condition.where
                             + QString::fromLatin1(Sql::editedFiguresTail),
                         condition.values + QVariantList{listLimit}, error))
        return false;
    // Each figure of the row that differs from its source, budget first.
    while (query.next() && section->edits.size() < listLimit) {
        for (const int at : {3, 5}) {
            const QVariant figure = query.value(at);
            const QVariant source = query.value(at + 1);
            if (TableSpec::differsFromSource(figure, source))
                section->edits.append({query.value(1).toString(), query.value(2).toString(), at == 3, figure, source});
        }
    }
    return true;
}

bool ReportData::Section::unconfirmedFigure(const QString &program, const QString &unit, bool budget) const
{
    return std::any_of(unconfirmed.cbegin(), unconfirmed.cend(), [&](const UnconfirmedProgram &row) {
        return row.program == program && row.unit == unit && (budget ? row.budgets : row.beneficiaries) > 0;
    });
}

bool ReportData::Section::listsUnconfirmed() const
{
    return !unconfirmed.isEmpty()
        || std::any_of(indicators.cbegin(), indicators.cend(), [](const Indicator &i) { return i.unconfirmed; });
}

bool ReportData::loadUnconfirmed(const QSqlDatabase &db, const Filter &filter, Section *section, QString *error)
{
    // The review code is bound first: its condition comes before the filter's.
    const QVariantList code{QString::fromLatin1(TableSpec::unconfirmed)};
    const SqlCondition results
        = buildCondition(filter, TableSpec::results().filterColumns, {Sql::unconfirmedResultCondition});
    QSqlQuery query(db);
    if (!BoundQuery::run(query,
                         QString::fromLatin1(Sql::selectUnconfirmedPrograms) + results.where
                             + QString::fromLatin1(Sql::unconfirmedProgramsTail),
                         code + results.values, error))
        return false;
    while (query.next()) {
        const UnconfirmedProgram row{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                                     query.value(3).toLongLong()};
        section->unconfirmed.append(row);
        unconfirmedFigures += row.budgets + row.beneficiaries;
    }
    const TableSpec &indicators = TableSpec::indicators();
    const SqlCondition condition
        = buildCondition(filter, indicators.filterColumns, {Sql::unconfirmedIndicatorCondition});
    if (!BoundQuery::run(query, indicators.countStatement(condition), code + condition.values, error))
        return false;
    unconfirmedFigures += query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

QList<Catalog::ReportInfo> ReportData::inScope(const Catalog &catalog, const Filter &filter)
{
    QList<Catalog::ReportInfo> scope;
    for (const Catalog::ReportInfo &info : catalog.reports()) {
        if ((!filter.serviceId || info.serviceId == *filter.serviceId)
            && (!filter.reportId || info.id == *filter.reportId) && (!filter.year || info.year == *filter.year))
            scope << info;
    }
    return scope;
}

bool ReportData::loadComparison(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, int compareYear,
                                QString *error)
{
    created = QDateTime::currentDateTime();
    YearComparison years;
    if (!years.load(db, catalog, filter, compareYear, error))
        return false;
    report = years.after;
    reports = {years.before, years.after};
    charts = ChartData{};
    charts.filter = years.filter;
    charts.synthetic = years.synthetic;
    sections.clear();
    unconfirmedFigures = years.unconfirmedFigures;
    comparison = std::move(years);
    return true;
}
