#pragma once

#include "chartdata.h"
#include "charts.h"

#include <QString>

/// Writes one chart to a file: PDF (vector, text selectable), PNG at a chosen
/// resolution, or SVG, by the file name's suffix. The file appears only when
/// complete.
namespace ChartExport {

/// The chart's size on paper.
inline constexpr double widthMm = 240;
inline constexpr double heightMm = 150;

bool write(Charts::Kind kind, const ChartData &data, const QString &fileName, int dpi, QString *error);

/// "pdf", "png", "svg"; empty for anything else.
QString format(const QString &fileName);

} // namespace ChartExport
