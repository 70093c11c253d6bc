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

/// A bar series marked so gets its figures written over its bars (each
/// set's over its own bar, beside the other sets' of the category).
inline constexpr const char *valueLabelsProperty = "miradorValueLabels";
/// A bar set's categories (a QVariantList of indices) that have no figure:
/// their bar, of height 0, gets no "0" written over it.
inline constexpr const char *noFigureProperty = "miradorNoFigure";
/// A scatter or line series with this property (a QStringList, one per
/// point) gets each name beside its point.
inline constexpr const char *pointNamesProperty = "miradorPointNames";

/// Marks item as drawn by fitLabels, to be deleted at the next fit.
void mark(QGraphicsItem *item);
bool isMarked(const QGraphicsItem *item);

/// Writes the figures and names of chart's marked series.
void place(QChart *chart);

} // namespace PlotLabels
