#include "charts.h"

#include "chartparts.h"
#include "plotlabels.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <utility>

namespace Charts {
namespace {

using namespace Parts;

constexpr const char *titlePointsProperty = "miradorTitlePoints";
constexpr const char *valuePointsProperty = "miradorValuePoints";

/// The size of rich text as Qt Charts measures an axis label.
QSizeF labelSize(const QString &html, const QFont &font)
{
    QTextDocument document;
    document.setDocumentMargin(0.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    return document.size();
}

/// label's lines broken at spaces into lines no wider than room.
QStringList wrappedLines(const QString &label, const QFont &font, qreal room)
{
    QStringList lines;
    for (const QString &line : label.split(QStringLiteral("<br>"))) {
        QString current;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            const QString longer = current.isEmpty() ? word : current + u' ' + word;
            if (!current.isEmpty() && labelSize(longer, font).width() > room) {
                lines << current;
                current = word;
            } else {
                current = longer;
            }
        }
        lines << current;
    }
    return lines;
}

/// Breaks the subtitle into lines as wide as the chart, between the filter's
/// parts (" · ") where it can, so that Qt Charts does not cut it to "...".
void fitTitle(QChart *chart)
{
    const QString title = chart->property(titleProperty).toString();
    const QString subtitle = chart->property(subtitleProperty).toString();
    if (subtitle.isEmpty())
        return;
    const QMargins margins = chart->margins();
    const qreal room = chart->size().width() - margins.left() - margins.right() - 8;
    if (room < 1)
        return;
    const QFont font = chart->titleFont();
    const auto width = [&font](const QString &html) {
        return labelSize(QStringLiteral("<small>") + html + QStringLiteral("</small>"), font).width();
    };
    const QString separator = QStringLiteral(" · ");
    QStringList lines; // rich text
    for (const QString &text : subtitle.split(separator)) {
        const QString part = text.toHtmlEscaped();
        if (!lines.isEmpty() && width(lines.last() + separator + part) <= room)
            lines.last() += separator + part;
        else if (width(part) <= room)
            lines << part;
        else // one part wider than the chart: at spaces
            lines << wrappedLines(part, font, room);
    }
    const QString html = titleHtml(title, lines);
    if (chart->title() != html)
        chart->setTitle(html);
}

/// Deletes what the last fit wrote in the chart.
void removeLabels(QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (PlotLabels::isMarked(item))
            delete item;
    }
}

/// A chart with nothing to plot says why, in the middle of its plot.
void addEmptyText(QChart *chart, const QRectF &plot)
{
    const QString empty = chart->property(emptyTextProperty).toString();
    if (empty.isEmpty())
        return;
    auto *item = new QGraphicsTextItem(empty, chart);
    PlotLabels::mark(item);
    item->setDefaultTextColor(chart->titleBrush().color());
    item->setTextWidth(std::min(item->boundingRect().width(), plot.width()));
    QTextOption option = item->document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    item->document()->setDefaultTextOption(option);
    item->setPos(plot.center() - item->boundingRect().center());
}

/// A title beside a short plot ("Presupuesto (M$)" on a report page) gets a
/// smaller font rather than cut.
void fitAxisTitle(QAbstractAxis *axis, const QRectF &plot)
{
    if (axis->titleText().isEmpty())
        return;
    if (!axis->property(titlePointsProperty).isValid())
        axis->setProperty(titlePointsProperty, axis->titleFont().pointSizeF());
    const qreal titlePoints = axis->property(titlePointsProperty).toReal();
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(titlePoints);
    const qreal length = axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
    const qreal width = labelSize(axis->titleText().toHtmlEscaped(), titleFont).width();
    if (width > length)
        titleFont.setPointSizeF(std::max(6.0, titlePoints * length / width * 0.95));
    if (axis->titleFont() != titleFont)
        axis->setTitleFont(titleFont);
}

/// Qt Charts gives the axes beside the plot 40 % of the width the legend
/// leaves, and cuts their figures beyond it ("300.000...."): their labels'
/// font gets smaller (to 7 points) until the widest figures fit.
void fitValueAxes(QChart *chart)
{
    QList<QValueAxis *> axes;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            if (!values->property(valuePointsProperty).isValid())
                values->setProperty(valuePointsProperty, values->labelsFont().pointSizeF());
            axes << values;
        }
    }
    qreal room = chart->size().width() - chart->margins().left() - chart->margins().right();
    const QLegend *legend = chart->legend();
    if (legend->isVisible() && (legend->alignment() & (Qt::AlignLeft | Qt::AlignRight)))
        room -= legend->size().width();
    room *= 0.4;
    for (const qreal scale : {1.0, 0.9, 0.8, 0.7, 0.6}) {
        qreal needed = 0;
        for (QValueAxis *axis : std::as_const(axes)) {
            QFont font = axis->labelsFont();
            font.setPointSizeF(std::max(7.0, axis->property(valuePointsProperty).toReal() * scale));
            const QFontMetricsF metrics(font);
            // The widest figure, the title beside it, and Qt's ticks and padding.
            needed += std::max(metrics.horizontalAdvance(chart->locale().toString(qint64(axis->max()))),
                               metrics.horizontalAdvance(chart->locale().toString(qint64(axis->min()))))
                + (axis->titleText().isEmpty() ? 0 : QFontMetricsF(axis->titleFont()).height()) + 20;
            if (axis->labelsFont() != font)
                axis->setLabelsFont(font);
        }
        if (needed <= room)
            break;
    }
}

/// A category axis's labels as fitLabels writes them.
struct WrappedLabels
{
    QFont font;
    QList<QStringList> lines; ///< each label's lines (rich text)
    QStringList widestLines;  ///< each label's widest line
};

/// Of lines, the widest and its width (-1 for none).
std::pair<QString, qreal> widestLine(const QStringList &lines, const QFont &font)
{
    QString widestLine;
    qreal widestWidth = -1;
    for (const QString &line : lines) {
        const qreal width = labelSize(line, font).width();
        if (width > widestWidth) {
            widestWidth = width;
            widestLine = line;
        }
    }
    return {widestLine, widestWidth};
}

/// labels broken into lines no wider than room, in font at the largest of
/// points, 90 %, 80 %... of it (7 points at least) at which each line fits
/// room and, beside the bars, each label its slot.
WrappedLabels wrapLabels(const QStringList &labels, QFont font, qreal points, qreal room, qreal slot, bool underBars)
{
    WrappedLabels wrapped;
    for (const qreal scale : {1.0, 0.9, 0.8, 0.7, 0.6}) {
        font.setPointSizeF(std::max(7.0, points * scale));
        wrapped.lines.clear();
        wrapped.widestLines.clear();
        qreal widest = 0;
        qreal tallest = 0;
        for (const QString &label : labels) {
            wrapped.lines << wrappedLines(label, font, room);
            const auto [line, width] = widestLine(wrapped.lines.last(), font);
            wrapped.widestLines << line;
            widest = std::max(widest, width);
            tallest = std::max(tallest, labelSize(wrapped.lines.last().join(QStringLiteral("<br>")), font).height());
        }
        if ((widest <= room && (underBars || tallest <= slot - 2)) || font.pointSizeF() <= 7.0)
            break;
    }
    wrapped.font = font;
    return wrapped;
}

/// Qt Charts gives a label a fifth of a four-bar plot and cuts the rest: its
/// own labels only hold the room (blank lines under the bars, the widest
/// line beside them), and addLabelItems shows the text.
void holdRoom(QBarCategoryAxis *categories, const WrappedLabels &wrapped, bool underBars)
{
    qsizetype lineCount = 1;
    for (const QStringList &lines : std::as_const(wrapped.lines))
        lineCount = std::max(lineCount, lines.size());
    const QStringList placeholders = uniqueLabels(
        underBars ? QStringList(wrapped.lines.size(),
                                QStringList(lineCount, QStringLiteral("&nbsp;")).join(QStringLiteral("<br>")))
                  : wrapped.widestLines);
    if (categories->labelsFont() != wrapped.font)
        categories->setLabelsFont(wrapped.font);
    if (categories->categories() != placeholders)
        categories->setCategories(placeholders);
    categories->setLabelsColor(Qt::transparent);
}

/// The labels' text, each in its category's slot along the plot.
void addLabelItems(QChart *chart, const WrappedLabels &wrapped, const QRectF &plot, qreal slot, bool underBars)
{
    for (int i = 0; i < int(wrapped.lines.size()); ++i) {
        auto *item = new QGraphicsTextItem(chart);
        PlotLabels::mark(item);
        item->document()->setDocumentMargin(0.5);
        item->setFont(wrapped.font);
        item->setDefaultTextColor(chart->titleBrush().color());
        item->setHtml(wrapped.lines.at(i).join(QStringLiteral("<br>")));
        const QSizeF size = item->document()->size();
        QTextOption option = item->document()->defaultTextOption();
        option.setAlignment(underBars ? Qt::AlignHCenter : Qt::AlignRight);
        item->document()->setDefaultTextOption(option);
        item->setTextWidth(size.width());
        // Where Qt Charts puts its own: 4 px from the plot.
        const QPointF position = underBars
            ? QPointF(plot.left() + (i + 0.5) * slot - size.width() / 2, plot.bottom() + 4)
            : QPointF(plot.left() - 4 - size.width(), plot.bottom() - (i + 0.5) * slot - size.height() / 2);
        item->setPos(position);
    }
}

/// A category axis's labels broken into lines, in a smaller font if need
/// be, so that none is cut (see fitLabels in charts.h).
void fitCategoryLabels(QChart *chart, QAbstractAxis *axis, const QRectF &plot)
{
    auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
    const QStringList labels = axis->property(wholeLabelsProperty).toStringList();
    const qreal points = axis->property(labelPointsProperty).toReal();
    if (!categories || labels.isEmpty() || points <= 0)
        return;
    const bool underBars = axis->orientation() == Qt::Horizontal;
    const qreal slot = (underBars ? plot.width() : plot.height()) / labels.size();
    // Two pixels apart under the bars; beside them, at most a third of the chart.
    const qreal room = underBars ? slot - 4 : std::max(120.0, chart->size().width() * 0.3);
    const WrappedLabels wrapped = wrapLabels(labels, axis->labelsFont(), points, room, slot, underBars);
    holdRoom(categories, wrapped, underBars);
    addLabelItems(chart, wrapped, plot, slot, underBars);
}

} // namespace

void fitLabels(QChart *chart)
{
    const QRectF plot = chart->plotArea();
    removeLabels(chart);
    fitTitle(chart);
    fitValueAxes(chart);
    if (plot.width() < 1 || plot.height() < 1)
        return;
    addEmptyText(chart, plot);
    PlotLabels::place(chart);
    for (QAbstractAxis *axis : chart->axes()) {
        fitAxisTitle(axis, plot);
        fitCategoryLabels(chart, axis, plot);
    }
}

} // namespace Charts
