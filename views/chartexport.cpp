#include "chartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

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

} // namespace

QString format(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf" || suffix == u"png" || suffix == u"svg")
        return suffix;
    return {};
}

bool write(Charts::Kind kind, const ChartData &data, const QString &fileName, int dpi, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = ChartExportText::tr("No se pudo escribir «%1»: %2.").arg(QDir::toNativeSeparators(fileName), reason);
        return false;
    };
    const QString type = format(fileName);
    if (type.isEmpty())
        return fail(ChartExportText::tr("el nombre debe terminar en .pdf, .png o .svg"));
    if (dpi < 30 || dpi > 1200)
        return fail(ChartExportText::tr("la resolución debe estar entre 30 y 1200 ppp; se pidió %1").arg(dpi));

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    if (type == u"pdf") {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(Charts::title(kind));
        QPainter painter(&writer);
        Charts::render(&painter, QRectF(0, 0, writer.width(), writer.height()), kind, data, layoutSize());
    } else if (type == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(layoutSize().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), layoutSize()));
        svg.setTitle(Charts::title(kind));
        svg.setDescription(Charts::subtitle(data));
        QPainter painter(&svg);
        Charts::render(&painter, QRectF(QPointF(0, 0), layoutSize()), kind, data, layoutSize());
    } else {
        const QSize pixels(qRound(widthMm / 25.4 * dpi), qRound(heightMm / 25.4 * dpi));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            Charts::render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), kind, data, layoutSize());
        }
        if (!image.save(&file, "PNG"))
            return fail(ChartExportText::tr("no se pudo codificar la imagen PNG"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace ChartExport
