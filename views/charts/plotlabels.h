#pragma once

#include <QString>

class QChart;
class QGraphicsItem;

/// The text Mirador writes inside a chart's plot, over what Qt Charts draws:
/// each budget bar's figure over its bar, and each program's name beside its
/// point. Each stands on a patch of the chart's background, clear of every
/// marker, so that neither hides the other; fitLabels places them again at
/// each layout.
namespace PlotLabels {

/// A bar series marked so gets its figures written over its bars.
inline constexpr const char *valueLabelsProperty = "miradorValueLabels";
/// A scatter series with this property (a QStringList, one per point) gets
/// each name beside its point.
inline constexpr const char *pointNamesProperty = "miradorPointNames";

/// Marks item as drawn by fitLabels, to be deleted at the next fit.
void mark(QGraphicsItem *item);
bool isMarked(const QGraphicsItem *item);

/// Writes the figures and names of chart's marked series.
void place(QChart *chart);

} // namespace PlotLabels
