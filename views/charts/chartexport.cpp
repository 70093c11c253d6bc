#include "chartexport.h"

#include "exportfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace ChartExport {
namespace {

/// The context of this file's messages in resources/translations.
struct ChartExportText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

// The chart is laid out at this many screen pixels per millimetre, whatever
// the output resolution, so text has the same size relative to the chart.
constexpr double layoutPixelsPerMm = 96.0 / 25.4;

QSizeF layoutSize()
{
    return QSizeF(widthMm * layoutPixelsPerMm, heightMm * layoutPixelsPerMm);
}

/// The layout of a PNG of that many pixels: as many screen pixels as the
/// paper chart has, in the PNG's shape, so text keeps its size to the chart.
QSizeF layoutSizeFor(const QSize &pixels)
{
    const QSizeF paper = layoutSize();
    const double scale = std::sqrt(paper.width() * paper.height() / (double(pixels.width()) * pixels.height()));
    return QSizeF(pixels) * scale;
}

} // namespace

int heightFor(int width)
{
    return qRound(width * heightMm / widthMm);
}

int widthFor(int height)
{
    return qRound(height * widthMm / heightMm);
}

QString format(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf" || suffix == u"png" || suffix == u"svg")
        return suffix;
    return {};
}

bool write(Charts::Kind kind, const ChartData &data, const QString &fileName, const QString &openDatabase,
           const PngSize &png, QString *error, const QString &type)
{
    const int dpi = png.dpi;
    const auto refuse = [&](const QString &reason) {
        *error = ChartExportText::tr("No se pudo escribir «%1»: %2.").arg(ExportFile::displayName(fileName), reason);
        return false;
    };
    const QString format = type.isEmpty() ? ChartExport::format(fileName) : type;
    if (format != u"pdf" && format != u"png" && format != u"svg")
        return refuse(ChartExportText::tr("el nombre debe terminar en .pdf, .png o .svg"));
    if (png.pixels.isValid()) {
        if (std::min(png.pixels.width(), png.pixels.height()) < minPixels
            || std::max(png.pixels.width(), png.pixels.height()) > maxPixels)
            return refuse(ChartExportText::tr("cada lado del PNG debe medir entre %1 y %2 píxeles; se pidió %3 × %4")
                              .arg(minPixels)
                              .arg(maxPixels)
                              .arg(png.pixels.width())
                              .arg(png.pixels.height()));
    } else if (dpi < 30 || dpi > 1200) {
        return refuse(ChartExportText::tr("la resolución debe estar entre 30 y 1200 ppp; se pidió %1").arg(dpi));
    }

    ExportFile file(fileName, openDatabase);
    if (!file.open(error))
        return false;

    // QPainter and QPdfWriter say nothing of a write that failed: ExportFile
    // checks every one, and commit() says.
    if (format == u"pdf") {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(Charts::title(kind));
        QPainter painter;
        if (!painter.begin(&writer))
            return file.fail(ChartExportText::tr("no se pudo empezar el PDF"), error);
        Charts::render(&painter, QRectF(0, 0, writer.width(), writer.height()), kind, data, layoutSize());
        if (!painter.end())
            return file.fail(ChartExportText::tr("no se pudo terminar el PDF"), error);
    } else if (format == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(layoutSize().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), layoutSize()));
        svg.setTitle(Charts::title(kind));
        svg.setDescription(Charts::subtitle(kind, data));
        QPainter painter;
        if (!painter.begin(&svg))
            return file.fail(ChartExportText::tr("no se pudo empezar el SVG"), error);
        Charts::render(&painter, QRectF(QPointF(0, 0), layoutSize()), kind, data, layoutSize());
        if (!painter.end())
            return file.fail(ChartExportText::tr("no se pudo terminar el SVG"), error);
    } else {
        const QSize pixels
            = png.pixels.isValid() ? png.pixels : QSize(qRound(widthMm / 25.4 * dpi), qRound(heightMm / 25.4 * dpi));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return file.fail(ChartExportText::tr("no hay memoria para una imagen de %1 × %2 píxeles")
                                 .arg(pixels.width())
                                 .arg(pixels.height()),
                             error);
        image.fill(Qt::white);
        if (!png.pixels.isValid()) {
            image.setDotsPerMeterX(qRound(dpi / 0.0254));
            image.setDotsPerMeterY(qRound(dpi / 0.0254));
        }
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            Charts::render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), kind, data,
                           png.pixels.isValid() ? layoutSizeFor(pixels) : layoutSize());
        }
        if (!image.save(file.device(), "PNG"))
            return file.fail(ChartExportText::tr("no se pudo codificar la imagen PNG"), error);
    }
    return file.commit(error);
}

} // namespace ChartExport
