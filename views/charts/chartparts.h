#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QValueAxis;

/// The pieces Mirador's charts are built from (colours, title, axes) and the
/// chart properties that tell fitLabels what a chart was built with. Shared
/// by the chart kinds (chartkinds.cpp) and the fitting (fitlabels.cpp); not
/// for use outside views/charts.
namespace Charts::Parts {

/// The context of the charts' messages in resources/translations.
struct ChartsText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

// Colours by objective, the same in every chart.
QColor objectiveColour(int objective);

inline const QColor budgetColour(0x2b, 0x6c, 0xb0);
inline const QColor beneficiariesColour(0xe0, 0x7b, 0x00);

/// No ligatures in exported text: "fi" stays two letters for search and copy.
void withoutLigatures(QChart *chart);

// What fitLabels starts from for the title: its two parts as set.
inline constexpr const char *titleProperty = "miradorTitle";
inline constexpr const char *subtitleProperty = "miradorSubtitle";
// A chart with nothing to plot says so, in the middle of its plot.
inline constexpr const char *emptyTextProperty = "miradorEmptyText";
// What fitLabels starts from: the labels as built, and the axis's font size.
inline constexpr const char *wholeLabelsProperty = "miradorWholeLabels";
inline constexpr const char *labelPointsProperty = "miradorLabelPoints";

/// Clears chart of its series and axes, and sets what every chart shares.
void reset(QChart *chart);

/// The title in bold over the subtitle's lines (rich text already) in small.
QString titleHtml(const QString &title, const QStringList &subtitleLines);
void setTitle(QChart *chart, const QString &title, const QString &subtitle);
/// A subtitle: what the chart shows (the filter), the money note, and the
/// synthetic mark first when the data is synthetic.
QString subtitleFrom(const QString &shown, bool synthetic);

/// Marks chart as having nothing to plot under the filter: no legend, and
/// fitLabels writes why in the plot.
void setEmpty(QChart *chart);
/// The same, saying why with text of its own.
void setEmpty(QChart *chart, const QString &why);

/// A value axis from zero to a round number above max, with round ticks.
QValueAxis *valueAxis(const QString &title, double max);

/// Category labels must be unique, or QBarCategoryAxis drops them and the
/// bars shift: a repeated label gets an invisible suffix.
QStringList uniqueLabels(const QStringList &labels);

/// A category axis with these labels (rich text, lines split by <br>),
/// kept whole for fitLabels.
QBarCategoryAxis *categoryAxis(const QStringList &labels, qreal pointScale = 1.0);

} // namespace Charts::Parts
