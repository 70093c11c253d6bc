#pragma once

#include "chartdata.h"
#include "charts.h"

#include <QString>

/// Writes one chart to a file: PDF (vector, text selectable), PNG at a chosen
/// resolution, or SVG, by the file name's suffix. The file appears only when
/// complete, and never over the open database, any SQLite database or
/// anything but a regular file (ExportFile); "-" is the standard output.
namespace ChartExport {

/// The chart's size on paper.
inline constexpr double widthMm = 240;
inline constexpr double heightMm = 150;

/// openDatabase: the database file the chart was read from (empty or a URL:
/// none). type: "pdf", "png" or "svg"; empty for the file name's suffix.
bool write(Charts::Kind kind, const ChartData &data, const QString &fileName, const QString &openDatabase, int dpi,
           QString *error, const QString &type = {});

/// "pdf", "png", "svg"; empty for anything else.
QString format(const QString &fileName);

} // namespace ChartExport
