#pragma once

#include "chartdata.h"
#include "wordcloud.h"

#include <QList>
#include <QString>

#include <optional>

class QChart;
class QPainter;
class QRectF;

/// Mirador's five charts. Each is built from ChartData by one function, so
/// the window, the exports and the PDF report draw the same picture.
namespace Charts {

enum class Kind { BudgetBeneficiaries, Programs, CostPerBeneficiary, WordCloud, Trend };

const QList<Kind> &all();
/// The command-line name: "budget-beneficiaries", "programs", ...
QString name(Kind kind);
std::optional<Kind> fromName(QStringView name);
/// The title a person reads.
QString title(Kind kind);

/// One bar of the budget-beneficiaries chart: an objective, or a program on
/// an objective's page of the report.
struct Bar
{
    QString label;
    std::optional<int> objective; ///< the objective a click on this bar filters to
    qint64 report = 0;            ///< and its report
    qint64 budget = 0;
    std::optional<qint64> beneficiaries;
};

/// Bars per objective from the data's objective rows. Where the data spans
/// several reports, a bar per report instead: the objectives of nine reports
/// do not fit one chart, and two reports' objective 1 are not one. A
/// report's bar has its budget, and its beneficiaries only where they are
/// of one unit; a click on it asks for that report.
QList<Bar> objectiveBars(const ChartData &data);
/// The budget-beneficiaries chart's title: per objective, or per report.
QString budgetBeneficiariesTitle(const ChartData &data);
/// Bars per program of one objective of one report.
QList<Bar> programBars(const ChartData &data, int objective, qint64 report);

/// One word cloud per objective, from its actions and justifications.
QList<WordCloudView::Cloud> clouds(const ChartData &data);

/// Clears chart and draws bars: budget as bars on the left axis (M$),
/// beneficiaries as points on the right axis.
void fillBudgetBeneficiaries(QChart *chart, const QList<Bar> &bars, const QString &title, const QString &subtitle);
/// Clears chart and draws the chart of that kind (not WordCloud).
void fill(QChart *chart, Kind kind, const ChartData &data);

/// Breaks the labels of chart's category axes into lines at spaces, so that
/// none is wider than the room the laid-out plot gives it (Qt Charts would
/// cut it to "Internacionali..."): a category's width under the bars, a
/// third of the chart beside horizontal bars. A word wider than that room,
/// or labels taller than their category, make the axis's font smaller, down
/// to 7 points. Writes each budget bar's figure over it and each program's
/// name beside its point (PlotLabels). The figures of the value axes beside
/// the plot get a smaller font (to 7 points) where Qt Charts would cut them.
/// Call it again when the plot's size changes.
void fitLabels(QChart *chart);

/// The chart's subtitle: the filter, the money note, and the synthetic mark.
QString subtitle(const ChartData &data);
/// The subtitle of a chart of that kind: the trend's drops the year.
QString subtitle(Kind kind, const ChartData &data);

/// Paints a chart of that kind onto painter within target. The chart is laid
/// out at logicalSize (in screen pixels) and scaled to target, as vectors.
void render(QPainter *painter, const QRectF &target, Kind kind, const ChartData &data,
            const QSizeF &logicalSize);
/// Paints budget-beneficiaries bars (the report's per-objective charts).
void renderBars(QPainter *painter, const QRectF &target, const QList<Bar> &bars, const QString &title,
                const QString &subtitle, const QSizeF &logicalSize);
/// The title of the budget-beneficiaries chart of one objective's programs.
QString programBarsTitle();

} // namespace Charts
