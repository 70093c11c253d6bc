#include "reportdata.h"

#include "querytablemodel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

/// Runs a table's query under filter, calling row for each record.
template<typename Row>
bool forEachRow(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter, QString *error, Row row)
{
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(spec.statement(condition, -1, Qt::AscendingOrder));
    if (ok) {
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

int field(const TableSpec &spec, const char *csvName)
{
    for (const TableSpec::Column &column : spec.columns) {
        if (qstrcmp(column.csvName, csvName) == 0)
            return column.field;
    }
    return -1;
}

} // namespace

bool ReportData::load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QString *error)
{
    created = QDateTime::currentDateTime();
    report = catalog.reports().value(0);
    if (!charts.load(db, filter, error))
        return false;

    sections.clear();
    for (const Catalog::Objective &objective : catalog.objectives()) {
        if (filter.objective && *filter.objective != objective.number)
            continue;
        Filter own = filter;
        own.objective = objective.number;
        Section section{objective, {}, {}};
        const TableSpec &results = TableSpec::results();
        if (!forEachRow(db, results, own, error, [&](const QSqlQuery &q) {
                const QString quote = q.value(results.quoteField).toString();
                if (!section.quotes.contains(quote))
                    section.quotes << quote;
            }))
            return false;
        const TableSpec &indicators = TableSpec::indicators();
        const int name = field(indicators, "indicator");
        const int value = field(indicators, "value");
        const int unit = field(indicators, "unit");
        const int program = field(indicators, "program");
        if (!forEachRow(db, indicators, own, error, [&](const QSqlQuery &q) {
                section.indicators.append({q.value(name).toString(), q.value(value).toDouble(),
                                           q.value(unit).toString(), q.value(program).toString()});
                const QString quote = q.value(indicators.quoteField).toString();
                if (!section.quotes.contains(quote))
                    section.quotes << quote;
            }))
            return false;
        // An objective with no figure under the filter gets no page.
        if (!section.quotes.isEmpty())
            sections << section;
    }
    return true;
}
