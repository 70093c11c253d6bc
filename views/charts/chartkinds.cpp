#include "charts.h"

#include "chartparts.h"
#include "format.h"
#include "plotlabels.h"
#include "trendchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

// How each chart kind is drawn: its series, its axes, its colours.
namespace Charts {

using namespace Parts;

void fillBudgetBeneficiaries(QChart *chart, const QList<Bar> &bars, const QString &title, const QString &subtitle)
{
    reset(chart);
    setTitle(chart, title, subtitle);
    if (bars.isEmpty()) {
        setEmpty(chart);
        return;
    }

    QStringList labels;
    auto *budget = new QBarSet(ChartsText::tr("Presupuesto (M$)"));
    budget->setColor(budgetColour);
    budget->setBorderColor(budgetColour);
    budget->setLabelColor(Qt::black);
    auto *beneficiaries = new QLineSeries;
    beneficiaries->setName(ChartsText::tr("Beneficiarios"));
    beneficiaries->setColor(beneficiariesColour);
    beneficiaries->setPointsVisible(true);
    beneficiaries->setMarkerSize(7);
    double maxBudget = 0;
    double maxBeneficiaries = 0;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        // The exact number of beneficiaries under each bar's name (rich text).
        labels << (bar.beneficiaries ? ChartsText::tr("%1<br>%2 beneficiarios").arg(bar.label.toHtmlEscaped(),
                                                                         Format::integer(*bar.beneficiaries))
                                     : bar.label.toHtmlEscaped());
        *budget << double(bar.budget);
        maxBudget = std::max(maxBudget, double(bar.budget));
        if (bar.beneficiaries) {
            beneficiaries->append(i, double(*bar.beneficiaries));
            maxBeneficiaries = std::max(maxBeneficiaries, double(*bar.beneficiaries));
        }
    }
    auto *series = new QBarSeries;
    series->append(budget);
    // The exact figure over each bar is drawn by fitLabels, over the line.
    series->setProperty(PlotLabels::valueLabelsProperty, true);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    QBarCategoryAxis *categories = categoryAxis(labels, 0.9);
    chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis *money = valueAxis(ChartsText::tr("Presupuesto (M$)"), maxBudget);
    money->setLabelsColor(budgetColour.darker(130));
    money->setTitleBrush(budgetColour.darker(130));
    chart->addAxis(money, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(money);
    // No bar with beneficiaries (each report counts several units): no
    // line, and no axis of made-up steps (0, 0, 1, 1).
    if (beneficiaries->count() == 0) {
        delete beneficiaries;
        return;
    }
    chart->addSeries(beneficiaries);
    QValueAxis *people = valueAxis(ChartsText::tr("Beneficiarios"), maxBeneficiaries * 1.1);
    people->setLabelsColor(beneficiariesColour.darker(130));
    people->setTitleBrush(beneficiariesColour.darker(130));
    people->setGridLineVisible(false);
    chart->addAxis(people, Qt::AlignRight);
    beneficiaries->attachAxis(categories);
    beneficiaries->attachAxis(people);
}

namespace {

void fillPrograms(QChart *chart, const ChartData &data)
{
    reset(chart);
    setTitle(chart, title(Kind::Programs), subtitle(data));
    if (data.programs.isEmpty()) {
        setEmpty(chart);
        return;
    }
    double maxBudget = 0;
    double maxBeneficiaries = 0;
    QList<QScatterSeries *> series;
    for (const ObjectiveTotals &row : data.objectiveRows()) {
        auto *points = new QScatterSeries;
        points->setName(row.name());
        points->setColor(objectiveColour(*row.objective));
        points->setBorderColor(objectiveColour(*row.objective).darker(130));
        points->setMarkerSize(13);
        QStringList names;
        for (const ChartData::Program &program : data.programsOf(*row.objective, row.reportId)) {
            points->append(double(program.budget), double(program.beneficiaries));
            names << program.name;
            maxBudget = std::max(maxBudget, double(program.budget));
            maxBeneficiaries = std::max(maxBeneficiaries, double(program.beneficiaries));
        }
        // A slide shows no tooltips: fitLabels writes each name beside its point.
        points->setProperty(PlotLabels::pointNamesProperty, names);
        chart->addSeries(points);
        series << points;
    }
    QValueAxis *x = valueAxis(ChartsText::tr("Presupuesto (M$)"), maxBudget);
    QValueAxis *y = valueAxis(ChartsText::tr("Beneficiarios"), maxBeneficiaries);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *points : series) {
        points->attachAxis(x);
        points->attachAxis(y);
    }
}

void fillCostPerBeneficiary(QChart *chart, const ChartData &data)
{
    reset(chart);
    setTitle(chart, title(Kind::CostPerBeneficiary), subtitle(data));
    QList<ChartData::Program> ranked;
    for (const ChartData::Program &program : data.programs) {
        if (program.beneficiaries > 0)
            ranked << program;
    }
    if (ranked.isEmpty()) {
        setEmpty(chart);
        return;
    }
    // A ranking of one report's programs: programs of several reports (other
    // years' pesos, other services) are not one ranking, and their bars
    // would not fit with their names.
    if (!ranked.first().reportLabel.isEmpty()) {
        setEmpty(chart, ChartsText::tr("Este gráfico ordena los programas de un informe: elija uno en Informe"));
        return;
    }
    // Horizontal bars stack from the bottom: the dearest goes last, on top.
    std::stable_sort(ranked.begin(), ranked.end(), [](const ChartData::Program &a, const ChartData::Program &b) {
        return a.perBeneficiary() < b.perBeneficiary();
    });
    auto *set = new QBarSet(ChartsText::tr("M$ por beneficiario"));
    set->setColor(budgetColour);
    set->setBorderColor(budgetColour);
    QStringList labels;
    double max = 0;
    for (const ChartData::Program &program : ranked) {
        *set << program.perBeneficiary();
        max = std::max(max, program.perBeneficiary());
        // Category labels are rich text: two lines, the name escaped.
        labels << ChartsText::tr("%1<br>M$ %2 por %3")
                      .arg(program.label().toHtmlEscaped(), QLocale().toString(program.perBeneficiary(), 'f', 1),
                           Format::singularUnit(program.unit).toHtmlEscaped());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    QValueAxis *money = valueAxis(ChartsText::tr("M$ por beneficiario"), max);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(money);
    chart->legend()->setVisible(false);
}

} // namespace

void fill(QChart *chart, Kind kind, const ChartData &data)
{
    switch (kind) {
    case Kind::BudgetBeneficiaries:
        fillBudgetBeneficiaries(chart, objectiveBars(data), budgetBeneficiariesTitle(data), subtitle(data));
        break;
    case Kind::Programs:
        fillPrograms(chart, data);
        break;
    case Kind::CostPerBeneficiary:
        fillCostPerBeneficiary(chart, data);
        break;
    case Kind::Trend:
        Trend::fill(chart, data);
        break;
    case Kind::WordCloud:
        break;
    }
}

} // namespace Charts
