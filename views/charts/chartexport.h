#pragma once

#include "chartdata.h"
#include "charts.h"

#include <QSize>
#include <QString>

/// Writes one chart to a file: PDF (vector, text selectable), PNG at a chosen
/// resolution, or SVG, by the file name's suffix. The file appears only when
/// complete, and never over the open database, any SQLite database or
/// anything but a regular file (ExportFile); "-" is the standard output.
namespace ChartExport {

/// The chart's size on paper.
inline constexpr double widthMm = 240;
inline constexpr double heightMm = 150;

/// A PNG's size: the chart's widthMm × heightMm at dpi, or, when pixels is
/// valid, that many pixels (the chart laid out to their shape).
struct PngSize
{
    int dpi = 150;
    QSize pixels;
};
/// The side of a PNG in pixels, at least and at most.
inline constexpr int minPixels = 100;
inline constexpr int maxPixels = 16000;
/// The chart's own shape at that width, or at that height.
int heightFor(int width);
int widthFor(int height);

/// openDatabase: the database file the chart was read from (empty or a URL:
/// none). type: "pdf", "png" or "svg"; empty for the file name's suffix.
bool write(Charts::Kind kind, const ChartData &data, const QString &fileName, const QString &openDatabase,
           const PngSize &png, QString *error, const QString &type = {});
inline bool write(Charts::Kind kind, const ChartData &data, const QString &fileName, const QString &openDatabase,
                  int dpi, QString *error, const QString &type = {})
{
    return write(kind, data, fileName, openDatabase, PngSize{dpi, {}}, error, type);
}

/// "pdf", "png", "svg"; empty for anything else.
QString format(const QString &fileName);

} // namespace ChartExport
