#include "comparison.h"

#include "format.h"
#include "sql.h"
#include "tablespec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <map>

namespace {

/// The context of this file's messages in resources/translations.
struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// One report's figures of a program in one unit.
struct UnitFigures
{
    bool present = false;
    std::optional<qint64> beneficiaries;
    std::optional<qint64> bothBudget;
    std::optional<qint64> bothBeneficiaries;

    /// M$ per beneficiary in tenths, over the rows with both figures.
    std::optional<qint64> perBeneficiaryTenths() const
    {
        if (!bothBudget || !bothBeneficiaries || *bothBeneficiaries == 0)
            return std::nullopt;
        return std::llround(double(*bothBudget) * 10.0 / double(*bothBeneficiaries));
    }
};

/// A program's figures in both reports (index 0 the earlier, 1 the later).
struct ProgramFigures
{
    qint64 id = 0;
    QString name;
    std::array<bool, 2> present = {false, false};
    std::array<std::optional<qint64>, 2> budget;
    std::map<QString, std::array<UnitFigures, 2>> units; ///< by unit, "" for none
};

Comparison::Presence presence(bool earlier, bool later)
{
    if (earlier && later)
        return Comparison::Presence::Both;
    return earlier ? Comparison::Presence::EarlierOnly : Comparison::Presence::LaterOnly;
}

std::optional<qint64> added(std::optional<qint64> sum, std::optional<qint64> value)
{
    if (!value)
        return sum;
    return sum.value_or(0) + *value;
}

/// The lines of one program: its budget, then per unit its beneficiaries
/// and M$ per beneficiary where either report has them.
void addLines(const ProgramFigures &program, QList<Comparison::Line> *lines)
{
    Comparison::Line budget;
    budget.programId = program.id;
    budget.program = program.name;
    budget.programIn = presence(program.present[0], program.present[1]);
    budget.unitIn = budget.programIn;
    budget.change = FigureChange{program.budget[0], program.budget[1]};
    lines->append(budget);
    for (const auto &[unit, sides] : program.units) {
        Comparison::Line line = budget;
        line.unit = unit;
        line.unitIn = presence(sides[0].present, sides[1].present);
        if (sides[0].beneficiaries || sides[1].beneficiaries) {
            line.figure = Comparison::Figure::Beneficiaries;
            line.change = FigureChange{sides[0].beneficiaries, sides[1].beneficiaries};
            lines->append(line);
        }
        const FigureChange cost{sides[0].perBeneficiaryTenths(), sides[1].perBeneficiaryTenths(), 1};
        if (cost.before || cost.after) {
            line.figure = Comparison::Figure::PerBeneficiary;
            line.change = cost;
            lines->append(line);
        }
    }
}

} // namespace

QString Comparison::Line::figureText() const
{
    switch (figure) {
    case Figure::Budget:
        return ComparisonText::tr("Presupuesto (M$)");
    case Figure::Beneficiaries:
        return unit.isEmpty() ? ComparisonText::tr("Beneficiarios (sin unidad)")
                              : ComparisonText::tr("Beneficiarios (%1)").arg(unit);
    case Figure::PerBeneficiary:
        return unit.isEmpty() ? ComparisonText::tr("M$ por beneficiario (sin unidad)")
                              : ComparisonText::tr("M$ por %1").arg(Format::singularUnit(unit));
    }
    return {};
}

QString Comparison::Line::figureKey() const
{
    switch (figure) {
    case Figure::Budget:
        return QStringLiteral("budget_mclp");
    case Figure::Beneficiaries:
        return QStringLiteral("beneficiaries");
    case Figure::PerBeneficiary:
        return QStringLiteral("mclp_per_beneficiary");
    }
    return {};
}

QString Comparison::earlierName() const
{
    return earlier.serviceId == later.serviceId ? QString::number(earlier.year) : earlier.label();
}

QString Comparison::laterName() const
{
    return earlier.serviceId == later.serviceId ? QString::number(later.year) : later.label();
}

QString Comparison::onlyIn(const Line &line) const
{
    switch (line.unitIn) {
    case Presence::Both:
        return {};
    case Presence::EarlierOnly:
        return earlierName();
    case Presence::LaterOnly:
        return laterName();
    }
    return {};
}

QString Comparison::note(const Line &line) const
{
    const QString report = onlyIn(line);
    if (report.isEmpty())
        return {};
    return line.programIn == Presence::Both ? ComparisonText::tr("unidad solo en %1").arg(report)
                                            : ComparisonText::tr("solo en %1").arg(report);
}

QString Comparison::valueText(const Line &line, bool later)
{
    const std::optional<qint64> value = later ? line.change.after : line.change.before;
    if (!value)
        return {};
    return line.change.decimals ? QLocale().toString(double(*value) / 10.0, 'f', 1) : Format::integer(*value);
}

QString Comparison::valuePlain(const Line &line, bool later)
{
    const std::optional<qint64> value = later ? line.change.after : line.change.before;
    if (!value)
        return {};
    return line.change.decimals ? Format::plain(double(*value) / 10.0) : QString::number(*value);
}

bool Comparison::read(const QSqlDatabase &db, const Catalog::ReportInfo &earlier, const Catalog::ReportInfo &later,
                      const Filter &filter, Comparison *out, QString *error)
{
    out->earlier = earlier;
    out->later = later;
    out->lines.clear();
    if (earlier.id == later.id) {
        *error = ComparisonText::tr("Es el mismo informe dos veces: elija dos informes distintos.");
        return false;
    }
    // The two reports take the place of the filter's service, report and
    // year; objectives belong to their report (see the header).
    Filter within = filter;
    within.serviceId.reset();
    within.reportId.reset();
    within.year.reset();
    within.objective.reset();
    const bool kept = within.text.trimmed().isEmpty();
    const TableSpec &spec = TableSpec::results();
    const SqlCondition condition
        = buildCondition(within, kept ? spec.keptColumns : spec.filterColumns, {Sql::comparisonReports});
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok
        = query.prepare(QString::fromUtf8(kept ? Sql::selectKeptComparison : Sql::selectComparison) + condition.where
                        + QString::fromUtf8(kept ? Sql::keptComparisonTail : Sql::comparisonTail));
    if (ok) {
        query.addBindValue(earlier.id);
        query.addBindValue(later.id);
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    // Rows come by program name, then program, then unit: a program's rows
    // of both reports together.
    ProgramFigures program;
    const auto flush = [&] {
        if (program.id)
            addLines(program, &out->lines);
    };
    while (query.next()) {
        const qint64 id = query.value(1).toLongLong();
        if (id != program.id) {
            flush();
            program = ProgramFigures{id, query.value(2).toString(), {false, false}, {}, {}};
        }
        const int side = query.value(0).toLongLong() == later.id ? 1 : 0;
        program.present[side] = true;
        program.budget[side] = added(program.budget[side], optionalInt(query.value(4)));
        UnitFigures &unit = program.units[query.value(3).toString()][side];
        unit.present = true;
        unit.beneficiaries = optionalInt(query.value(5));
        unit.bothBudget = optionalInt(query.value(6));
        unit.bothBeneficiaries = optionalInt(query.value(7));
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    flush();
    return true;
}

std::optional<std::pair<Catalog::ReportInfo, Catalog::ReportInfo>> Comparison::defaultReports(const Catalog &catalog,
                                                                                              const Filter &filter)
{
    const QList<Catalog::ReportInfo> &reports = catalog.reports(); // latest year first
    if (reports.size() < 2)
        return std::nullopt;
    std::optional<qint64> service = filter.serviceId;
    for (const Catalog::ReportInfo &report : reports) {
        if (!service && filter.reportId == report.id)
            service = report.serviceId;
    }
    if (!service)
        service = catalog.services().size() == 1 ? catalog.services().first().id : reports.first().serviceId;
    QList<Catalog::ReportInfo> ofService;
    for (const Catalog::ReportInfo &report : reports) {
        if (report.serviceId == *service)
            ofService << report;
    }
    const QList<Catalog::ReportInfo> &chosen = ofService.size() >= 2 ? ofService : reports;
    return std::pair{chosen.at(1), chosen.at(0)};
}
