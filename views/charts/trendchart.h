#pragma once

#include "chartdata.h"

#include <QString>
#include <QStringList>

class QChart;

/// The Evolución chart (Charts::Kind::Trend), apart from the other kinds
/// because it is drawn from ChartData::trend alone: years along the bottom,
/// each service's budget as bars on the left axis (M$), its beneficiaries
/// as a line per unit on the right axis, each point's figure written beside
/// it, and M$ per beneficiary under each year. Not for use outside
/// views/charts.
namespace Charts::Trend {

/// Clears chart and draws the trend of data.
void fill(QChart *chart, const ChartData &data);

/// The subtitle: the filter the trend applied (every year; an objective as
/// the one of that number in each report), the money note, the synthetic mark.
QString subtitle(const ChartData &data);

/// Under each year: the year (bold when it is the year chosen), then M$ per
/// beneficiary for each service, or why there is none (rich text).
QStringList yearLabels(const ChartData &data);

} // namespace Charts::Trend
