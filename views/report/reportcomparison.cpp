#include "reportpages.h"

#include "charts.h"
#include "format.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

// The two-year report's page of one objective: what it was in each year,
// how it changed, and the same for each of its programs.
namespace Report {
namespace {

using Figures = YearComparison::Figures;
using Line = YearComparison::Line;

/// A figure of one year; a dash where the year has none.
QString yearFigure(const std::optional<qint64> &value)
{
    return value ? Format::integer(*value) : QStringLiteral("—");
}

QString yearRatio(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("—");
}

QString unitName(const QString &unit)
{
    return unit.isEmpty() ? ReportWriterText::tr("sin unidad") : unit;
}

/// What a line is: "Presupuesto (M$)", "Beneficiarios: empresas"...
QString lineName(const Line &line)
{
    switch (line.kind) {
    case Line::Kind::Budget:
        return ReportWriterText::tr("Presupuesto (M$)");
    case Line::Kind::Beneficiaries:
        return ReportWriterText::tr("Beneficiarios: %1").arg(unitName(line.unit));
    case Line::Kind::PerBeneficiary:
        return ReportWriterText::tr("M$ por beneficiario: %1").arg(unitName(line.unit));
    }
    return QString();
}

/// The line's cells after its name: both years (a figure nobody confirmed
/// marked †), the change and the change in %.
QStringList lineCells(const Line &line)
{
    const auto marked = [](const QString &figure, bool unconfirmed) {
        return unconfirmed ? figure + u' ' + unconfirmedSign() : figure;
    };
    if (line.kind == Line::Kind::PerBeneficiary)
        return {marked(yearRatio(line.perBefore), line.unconfirmedBefore),
                marked(yearRatio(line.perAfter), line.unconfirmedAfter), line.figures.changeText(),
                line.figures.percentText()};
    return {marked(yearFigure(line.figures.before), line.unconfirmedBefore),
            marked(yearFigure(line.figures.after), line.unconfirmedAfter), line.figures.changeText(),
            line.figures.percentText()};
}

bool anyUnconfirmed(const QList<Line> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const Line &line) { return line.unconfirmedBefore || line.unconfirmedAfter; });
}

/// The one beneficiary unit of a year's figures, if it has exactly one.
std::optional<QString> onlyUnit(const std::optional<Figures> &figures)
{
    if (!figures || figures->beneficiaries.size() != 1)
        return std::nullopt;
    return figures->beneficiaries.first().first;
}

/// The one beneficiary unit both years count in, if they do.
std::optional<QString> sharedUnit(const YearComparison::Objective &objective)
{
    const std::optional<QString> unit = onlyUnit(objective.before);
    return unit && onlyUnit(objective.after) == unit ? unit : std::nullopt;
}

/// Both years' budgets side by side; their beneficiaries too when both
/// count them in one and the same unit (unlike units are never set side by side).
QList<Charts::Bar> yearBars(const YearComparison &years, const YearComparison::Objective &objective)
{
    const std::optional<QString> unit = sharedUnit(objective);
    const bool samePeople = unit.has_value();
    QList<Charts::Bar> bars;
    const auto add = [&](int year, const std::optional<Figures> &figures) {
        if (figures && figures->budget)
            bars.append({QString::number(year), objective.number, 0, *figures->budget,
                         samePeople ? figures->beneficiariesOf(*unit) : std::nullopt});
    };
    add(years.before.year, objective.before);
    add(years.after.year, objective.after);
    return bars;
}

/// The heading: the objective's number and short name, or, where the two
/// reports title it differently, each year's title.
void addTitles(Layout &layout, const YearComparison &years, const YearComparison::Objective &objective)
{
    const Catalog::Objective &before = objective.titleBefore;
    const Catalog::Objective &after = objective.titleAfter;
    const bool both = before.number && after.number;
    if (!both || (before.shortName == after.shortName && before.title == after.title)) {
        const Catalog::Objective &only = before.number ? before : after;
        layout.heading(ReportWriterText::tr("Objetivo estratégico %1: %2").arg(objective.number).arg(only.shortName),
                       Layout::font(15, true), 0, 1);
        layout.text(only.title, Layout::font(9.5), grey, both ? 2.5 : 1);
        if (!both)
            layout.text(ReportWriterText::tr("Solo en el informe de %1.")
                            .arg(before.number ? years.before.year : years.after.year),
                        Layout::font(9.5, true), Qt::black, 2.5);
        return;
    }
    layout.heading(ReportWriterText::tr("Objetivo estratégico %1").arg(objective.number), Layout::font(15, true), 0, 1);
    for (const auto &[year, title] : {std::pair(years.before.year, &before), std::pair(years.after.year, &after)})
        layout.text(ReportWriterText::tr("%1: %2. %3").arg(year).arg(title->shortName, title->title), Layout::font(9.5),
                    grey, 1);
    layout.space(1.5);
}

QList<TableColumn> figureColumns(const YearComparison &years, const QList<TableColumn> &first)
{
    return first
        + QList<TableColumn>{{QString::number(years.before.year), 0.13, Align::Right},
                             {QString::number(years.after.year), 0.13, Align::Right},
                             {ReportWriterText::tr("Cambio"), 0.13, Align::Right},
                             {ReportWriterText::tr("Cambio %"), 0.11, Align::Right}};
}

/// Each program's lines, its name on the first, with "solo en 2024" under
/// it when the other report does not have it.
void addProgramTable(Layout &layout, const YearComparison &years, const YearComparison::Objective &objective)
{
    if (objective.programs.isEmpty())
        return;
    layout.heading(ReportWriterText::tr("Programas"), Layout::font(10.5, true), 1, 1);
    QList<QStringList> rows;
    for (const YearComparison::Program &program : objective.programs) {
        QString name = program.name;
        if (!program.before || !program.after)
            name += u'\n'
                + ReportWriterText::tr("solo en %1").arg(program.before ? years.before.year : years.after.year);
        bool first = true;
        for (const Line &line : program.lines()) {
            rows << QStringList{first ? name : QString(), lineName(line)} + lineCells(line);
            first = false;
        }
    }
    layout.table(
        figureColumns(years, {{ReportWriterText::tr("Programa"), 0.26}, {ReportWriterText::tr("Cifra"), 0.24}}), rows,
        7.5);
}

} // namespace

void addComparedObjective(Layout &layout, const ReportData &d, const YearComparison::Objective &objective)
{
    const YearComparison &years = *d.comparison;
    layout.pageBreak();
    addTitles(layout, years, objective);
    const QList<Charts::Bar> bars = yearBars(years, objective);
    if (!bars.isEmpty()) {
        const QString subtitle = Charts::subtitle(d.charts);
        const std::optional<QString> unit = sharedUnit(objective);
        const QString title = unit && !unit->isEmpty()
            ? ReportWriterText::tr("Presupuesto y beneficiarios (%1) por año").arg(*unit)
            : ReportWriterText::tr("Presupuesto por año");
        layout.graphic(55, [bars, title, subtitle](QPainter &p, const QRectF &r) {
            Charts::renderBars(&p, r, bars, title, subtitle, chartLayoutSize(r));
        });
    }
    QList<QStringList> rows;
    for (const Line &line : objective.lines())
        rows << QStringList{lineName(line)} + lineCells(line);
    layout.table(figureColumns(years, {{ReportWriterText::tr("Objetivo"), 0.5}}), rows, 8.5);
    addProgramTable(layout, years, objective);
    if (anyUnconfirmed(objective.lines()))
        addUnconfirmedNote(layout);
    layout.text(ReportWriterText::tr("—: sin cifra ese año. Cambio: %2 menos %1; cambio %: sobre %1. M$ = miles de "
                                     "pesos. Los beneficiarios de unidades distintas no se suman.")
                    .arg(years.before.year)
                    .arg(years.after.year),
                Layout::font(8), grey);
}

} // namespace Report
