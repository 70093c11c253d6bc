#include "charts.h"

#include "catalog.h"

#include "chartparts.h"
#include "trendchart.h"
#include "wordcloud.h"
#include "wordfrequency.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>

namespace Charts {

using namespace Parts;

const QList<Kind> &all()
{
    static const QList<Kind> kinds{Kind::BudgetBeneficiaries, Kind::Programs, Kind::CostPerBeneficiary,
                                   Kind::WordCloud, Kind::Trend};
    return kinds;
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::BudgetBeneficiaries: return QStringLiteral("budget-beneficiaries");
    case Kind::Programs: return QStringLiteral("programs");
    case Kind::CostPerBeneficiary: return QStringLiteral("cost-per-beneficiary");
    case Kind::WordCloud: return QStringLiteral("word-cloud");
    case Kind::Trend: return QStringLiteral("trend");
    }
    return {};
}

std::optional<Kind> fromName(QStringView text)
{
    for (const Kind kind : all()) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString title(Kind kind)
{
    switch (kind) {
    case Kind::BudgetBeneficiaries: return ChartsText::tr("Presupuesto y beneficiarios por objetivo estratégico");
    case Kind::Programs: return ChartsText::tr("Programas: presupuesto y beneficiarios");
    case Kind::CostPerBeneficiary: return ChartsText::tr("M$ por beneficiario, por programa");
    case Kind::WordCloud: return ChartsText::tr("Nube de palabras por objetivo estratégico");
    case Kind::Trend: return ChartsText::tr("Evolución");
    }
    return {};
}

QString subtitle(const ChartData &data)
{
    return subtitleFrom(data.filter.describe(), data.synthetic);
}

QString subtitle(Kind kind, const ChartData &data)
{
    return kind == Kind::Trend ? Trend::subtitle(data) : subtitle(data);
}

namespace {

/// Whether the objective rows belong to several reports (each then names its report).
bool severalReports(const ChartData &data)
{
    const std::vector<ObjectiveTotals> rows = data.objectiveRows();
    return !rows.empty() && !rows.front().reportLabel.isEmpty();
}

/// A bar per report: the sum of its objectives' budgets, and of their
/// beneficiaries where every one of them counts the same unit.
QList<Bar> reportBars(const ChartData &data)
{
    QList<Bar> bars;
    QList<QStringList> units;
    for (const ObjectiveTotals &row : data.objectiveRows()) {
        if (bars.isEmpty() || bars.last().report != row.reportId) {
            bars.append(Bar{row.reportLabel, std::nullopt, row.reportId, 0, std::nullopt});
            units.append(QStringList());
        }
        Bar &bar = bars.last();
        bar.budget += row.budget.value_or(0);
        for (const auto &[unit, beneficiaries] : row.unitBeneficiaries) {
            if (!units.last().contains(unit))
                units.last() << unit;
            bar.beneficiaries = bar.beneficiaries.value_or(0) + beneficiaries;
        }
    }
    for (int i = 0; i < bars.size(); ++i) {
        if (units.at(i).size() > 1)
            bars[i].beneficiaries.reset();
    }
    return bars;
}

} // namespace

QList<Bar> objectiveBars(const ChartData &data)
{
    if (severalReports(data))
        return reportBars(data);
    QList<Bar> bars;
    for (const ObjectiveTotals &row : data.objectiveRows())
        bars.append({row.name(), row.objective, row.reportId, row.budget.value_or(0), row.beneficiaries});
    return bars;
}

QString budgetBeneficiariesTitle(const ChartData &data)
{
    return severalReports(data) ? ChartsText::tr("Presupuesto y beneficiarios por informe")
                                : title(Kind::BudgetBeneficiaries);
}

QList<Bar> programBars(const ChartData &data, int objective, qint64 report)
{
    QList<Bar> bars;
    for (const ChartData::Program &program : data.programsOf(objective, report))
        bars.append({program.name, objective, report, program.budget, program.beneficiaries});
    return bars;
}

QList<WordCloudView::Cloud> clouds(const ChartData &data)
{
    QList<WordCloudView::Cloud> clouds;
    for (const ChartData::ObjectiveTexts &texts : data.texts)
        clouds.append({Catalog::name(texts.number, texts.shortName, texts.reportLabel),
                       WordFrequency::frequencies(texts.texts, 40)});
    return clouds;
}

QString programBarsTitle()
{
    return ChartsText::tr("Presupuesto y beneficiarios por programa");
}

namespace {

/// Lays out a chart in a scene of its own and paints it into target.
template<typename Fill>
void renderChart(QPainter *painter, const QRectF &target, const QSizeF &logicalSize, Fill fillChart)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    fillChart(chart);
    withoutLigatures(chart);
    // Axes, titles and the legend are laid out on posted events; a chart
    // that is never shown must have them delivered before it is painted.
    QCoreApplication::sendPostedEvents();
    // The labels fit the plot as laid out; the chart is laid out again around
    // them, and they are fitted again, until the plot stays where it is.
    for (int pass = 0; pass < 4; ++pass) {
        const QRectF plot = chart->plotArea();
        fitLabels(chart);
        QCoreApplication::sendPostedEvents();
        if (chart->plotArea() == plot)
            break;
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

} // namespace

void render(QPainter *painter, const QRectF &target, Kind kind, const ChartData &data, const QSizeF &logicalSize)
{
    if (kind == Kind::WordCloud) {
        WordCloudView view;
        view.setClouds(clouds(data));
        view.setHeader(title(kind), subtitle(data));
        view.render(painter, target);
        return;
    }
    renderChart(painter, target, logicalSize, [&](QChart *chart) { fill(chart, kind, data); });
}

void renderBars(QPainter *painter, const QRectF &target, const QList<Bar> &bars, const QString &title,
                const QString &subtitle, const QSizeF &logicalSize)
{
    renderChart(painter, target, logicalSize,
                [&](QChart *chart) { fillBudgetBeneficiaries(chart, bars, title, subtitle); });
}

} // namespace Charts
