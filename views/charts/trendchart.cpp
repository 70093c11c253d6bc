#include "trendchart.h"

#include "chartparts.h"
#include "charts.h"
#include "format.h"
#include "plotlabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace Charts::Trend {

using namespace Parts;

namespace {

/// Up to this many points, each point's figure is written beside it; more
/// (every unit of several services) would cover each other, and the
/// tooltips and the overview say them.
constexpr int maxLabelledPoints = 12;

/// Each service's bars in a shade of the budget's blue.
QColor serviceColour(int service)
{
    static const QList<QColor> colours{budgetColour, budgetColour.lighter(150), budgetColour.darker(160),
                                       budgetColour.lighter(190)};
    return colours.at(service % colours.size());
}

constexpr qreal barWidth = 0.7;
/// The unit a line counts, for its legend entry.
constexpr const char *unitProperty = "miradorTrendUnit";

/// Where service's bar stands within a year's category (Qt Charts shares
/// the bar width among the sets): its line's points stand over it.
qreal barOffset(int service, int services)
{
    return -barWidth / 2 + (service + 0.5) * barWidth / services;
}

/// Each unit's lines in a colour of their own, no blue: the bars are blue.
/// A line's service is where it stands: over that service's bars.
QColor unitColour(int unit)
{
    static const QList<QColor> colours{
        beneficiariesColour,      QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0x6b, 0x3d, 0x00), QColor(0x80, 0x00, 0x40), QColor(0x3d, 0x6b, 0x00)};
    return colours.at(unit % colours.size());
}

QString unitName(const QString &unit)
{
    return unit.isEmpty() ? ChartsText::tr("beneficiarios") : unit;
}

/// "name" with one service in the chart, "service: name" with several.
QString named(const ChartData &data, const TrendData::Series &series, const QString &name)
{
    return data.trend.series.size() > 1 ? ChartsText::tr("%1: %2").arg(series.service, name) : name;
}

/// M$ per beneficiary of one service's year, or why it has none.
QString perBeneficiaryText(const TrendData::Year &year)
{
    if (year.perBeneficiary) {
        const QString unit = year.perBeneficiaryUnit();
        return ChartsText::tr("M$ %1 por %2")
            .arg(QLocale().toString(*year.perBeneficiary, 'f', 1),
                 unit.isEmpty() ? ChartsText::tr("beneficiario") : Format::singularUnit(unit));
    }
    if (year.mixedUnits())
        return ChartsText::tr("M$ por beneficiario: — (unidades distintas)");
    return ChartsText::tr("M$ por beneficiario: sin dato");
}

/// One bar set per service: its budget each year; no figure written over a
/// year it has no budget in.
QBarSeries *budgetBars(const ChartData &data, const QList<int> &years, double *max)
{
    auto *series = new QBarSeries;
    for (int s = 0; s < data.trend.series.size(); ++s) {
        const TrendData::Series &service = data.trend.series.at(s);
        // Beside other services', the bars are named by their service alone:
        // the left axis says they are its budget, in the same blue.
        auto *set = new QBarSet(data.trend.series.size() > 1 ? service.service : ChartsText::tr("Presupuesto (M$)"));
        set->setColor(serviceColour(s));
        set->setBorderColor(serviceColour(s));
        set->setLabelColor(Qt::black);
        QVariantList noFigure;
        for (int i = 0; i < years.size(); ++i) {
            const TrendData::Year *year = service.find(years.at(i));
            *set << (year && year->budget ? double(*year->budget) : 0.0);
            if (!year || !year->budget)
                noFigure << i;
            else
                *max = std::max(*max, double(*year->budget));
        }
        set->setProperty(PlotLabels::noFigureProperty, noFigure);
        series->append(set);
    }
    // The exact figure over each bar is drawn by fitLabels, over the lines.
    series->setProperty(PlotLabels::valueLabelsProperty, true);
    series->setBarWidth(barWidth);
    return series;
}

/// A line per service and unit: its beneficiaries in the years that count
/// some, each point's figure written beside it.
QList<QLineSeries *> beneficiaryLines(const ChartData &data, const QList<int> &years, double *max)
{
    const QStringList units = data.trend.units();
    QList<QLineSeries *> lines;
    for (int s = 0; s < data.trend.series.size(); ++s) {
        const TrendData::Series &service = data.trend.series.at(s);
        for (int u = 0; u < units.size(); ++u) {
            auto *line = new QLineSeries;
            QStringList figures;
            for (int i = 0; i < years.size(); ++i) {
                const TrendData::Year *year = service.find(years.at(i));
                if (!year)
                    continue;
                for (const auto &[unit, beneficiaries] : year->unitBeneficiaries) {
                    if (unit != units.at(u))
                        continue;
                    line->append(i + barOffset(s, int(data.trend.series.size())), double(beneficiaries));
                    figures << Format::integer(beneficiaries) + u' ' + unitName(unit);
                    *max = std::max(*max, double(beneficiaries));
                }
            }
            if (figures.isEmpty()) {
                delete line;
                continue;
            }
            line->setName(named(data, service, unitName(units.at(u))));
            line->setPen(QPen(unitColour(u), 2.5));
            line->setPointsVisible(true);
            line->setMarkerSize(8);
            line->setProperty(PlotLabels::pointNamesProperty, figures);
            line->setProperty(unitProperty, units.at(u));
            lines << line;
        }
    }
    qsizetype points = 0;
    for (const QLineSeries *line : std::as_const(lines))
        points += line->count();
    if (points > maxLabelledPoints) {
        for (QLineSeries *line : std::as_const(lines))
            line->setProperty(PlotLabels::pointNamesProperty, QVariant());
    }
    return lines;
}

} // namespace

QString subtitle(const ChartData &data)
{
    // The objective is said apart: the trend follows each report's own.
    Filter rest = data.trend.filter;
    rest.objective.reset();
    QStringList parts;
    if (!rest.isEmpty())
        parts << rest.describe();
    if (data.trend.filter.objective)
        parts << ChartsText::tr("Objetivo %1 de cada informe").arg(*data.trend.filter.objective);
    parts << ChartsText::tr("Todos los años");
    return subtitleFrom(parts.join(QStringLiteral(" · ")), data.synthetic);
}

QStringList yearLabels(const ChartData &data)
{
    QStringList labels;
    for (const int year : data.trend.years()) {
        // Services that say the same share a line: "A, B: M$ por beneficiario: —".
        QStringList texts;
        QList<QStringList> services;
        for (const TrendData::Series &service : data.trend.series) {
            const TrendData::Year *figures = service.find(year);
            if (!figures)
                continue;
            const QString text = perBeneficiaryText(*figures);
            if (!texts.contains(text)) {
                texts << text;
                services << QStringList();
            }
            services[texts.indexOf(text)] << service.service;
        }
        QStringList lines{data.filter.year == year ? QStringLiteral("<b>%1</b>").arg(year) : QString::number(year)};
        for (int i = 0; i < texts.size(); ++i) {
            lines << (data.trend.series.size() > 1
                          ? ChartsText::tr("%1: %2").arg(services.at(i).join(QStringLiteral(", ")), texts.at(i))
                          : texts.at(i))
                         .toHtmlEscaped();
        }
        labels << lines.join(QStringLiteral("<br>"));
    }
    return labels;
}

void fill(QChart *chart, const ChartData &data)
{
    reset(chart);
    setTitle(chart, title(Kind::Trend), subtitle(data));
    const QList<int> years = data.trend.years();
    if (years.isEmpty()) {
        setEmpty(chart);
        return;
    }
    double maxBudget = 0;
    double maxBeneficiaries = 0;
    QBarSeries *bars = budgetBars(data, years, &maxBudget);
    const QList<QLineSeries *> lines = beneficiaryLines(data, years, &maxBeneficiaries);
    chart->addSeries(bars);
    for (QLineSeries *line : lines)
        chart->addSeries(line);
    // The legend names each unit once, by its colour (the services' lines
    // of one unit share it). Qt Charts cuts entries that do not fit in one
    // row to "...": more than a few go down the side, one under the other.
    QStringList inLegend;
    for (QLineSeries *line : lines) {
        const QString unit = line->property(unitProperty).toString();
        if (QLegendMarker *marker = chart->legend()->markers(line).value(0)) {
            marker->setLabel(unitName(unit));
            marker->setVisible(!inLegend.contains(unit));
        }
        inLegend << unit;
    }
    if (data.trend.series.size() > 1 || lines.size() > 2)
        chart->legend()->setAlignment(Qt::AlignRight);

    QBarCategoryAxis *categories = categoryAxis(yearLabels(data), 0.9);
    chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis *money = valueAxis(ChartsText::tr("Presupuesto (M$)"), maxBudget);
    money->setLabelsColor(budgetColour.darker(130));
    money->setTitleBrush(budgetColour.darker(130));
    chart->addAxis(money, Qt::AlignLeft);
    // Room above the highest point for its figure.
    QValueAxis *people = valueAxis(ChartsText::tr("Beneficiarios, cada unidad aparte"), maxBeneficiaries * 1.15);
    people->setLabelsColor(beneficiariesColour.darker(130));
    people->setTitleBrush(beneficiariesColour.darker(130));
    people->setGridLineVisible(false);
    chart->addAxis(people, Qt::AlignRight);
    bars->attachAxis(categories);
    bars->attachAxis(money);
    for (QLineSeries *line : lines) {
        line->attachAxis(categories);
        line->attachAxis(people);
    }
}

} // namespace Charts::Trend
