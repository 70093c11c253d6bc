#include "plotlabels.h"

#include "format.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPainter>
#include <QScatterSeries>

#include <algorithm>
#include <limits>
#include <optional>

namespace PlotLabels {
namespace {

constexpr int itemKey = 0;
const QString itemMark = QStringLiteral("miradorLabel");

/// Text on a patch of the chart's background, so that a line or a grid
/// line passing behind it does not hide it.
class PatchedText : public QGraphicsSimpleTextItem
{
public:
    PatchedText(const QString &text, const QColor &background, QGraphicsItem *parent)
        : QGraphicsSimpleTextItem(text, parent), m_background(background)
    {
    }

    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-2, 0, 2, 0); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->fillRect(boundingRect(), m_background);
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }

private:
    QColor m_background;
};

PatchedText *newText(QChart *chart, const QString &text, const QFont &font, const QColor &colour)
{
    // The chart's own background: white, or the dark window's base.
    const QBrush brush = chart->backgroundBrush();
    QColor background = brush.style() == Qt::SolidPattern ? brush.color() : QColor(Qt::white);
    background.setAlpha(210);
    auto *item = new PatchedText(text, background, chart);
    mark(item);
    item->setFont(font);
    item->setBrush(colour);
    // Above every series, points and lines included.
    item->setZValue(1000);
    return item;
}

/// The box of every point marker the chart draws, in chart coordinates,
/// with a pixel to spare.
QList<QRectF> markerBoxes(QChart *chart)
{
    QList<QRectF> boxes;
    for (QAbstractSeries *series : chart->series()) {
        auto *points = qobject_cast<QXYSeries *>(series);
        if (!points || !(points->pointsVisible() || qobject_cast<QScatterSeries *>(points)))
            continue;
        const qreal half = points->markerSize() / 2 + 1;
        for (const QPointF &point : points->points()) {
            const QPointF centre = chart->mapToPosition(point, points);
            boxes << QRectF(centre - QPointF(half, half), QSizeF(2 * half, 2 * half));
        }
    }
    return boxes;
}

qreal overlap(const QRectF &box, const QList<QRectF> &others)
{
    qreal area = 0;
    for (const QRectF &other : others) {
        const QRectF common = box.intersected(other);
        area += common.width() * common.height();
    }
    return area;
}

/// Of the candidate boxes inside bounds, the first clear of every box in
/// taken, or the least covered; the first, moved inside bounds, when none is.
QRectF bestSpot(const QList<QRectF> &candidates, const QRectF &bounds, const QList<QRectF> &taken)
{
    std::optional<QRectF> best;
    qreal least = std::numeric_limits<qreal>::max();
    for (const QRectF &box : candidates) {
        if (!bounds.contains(box))
            continue;
        const qreal covered = overlap(box, taken);
        if (covered == 0)
            return box;
        if (covered < least) {
            least = covered;
            best = box;
        }
    }
    if (best)
        return *best;
    QRectF box = candidates.first();
    box.moveLeft(std::clamp(box.left(), bounds.left(), std::max(bounds.left(), bounds.right() - box.width())));
    box.moveTop(std::clamp(box.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - box.height())));
    return box;
}

void put(QGraphicsSimpleTextItem *item, const QRectF &box)
{
    item->setPos(box.topLeft() - item->boundingRect().topLeft());
}

/// Each bar's figure over its bar; a point of another series there pushes
/// it above the point, or else below.
void placeFigures(QChart *chart, QList<QRectF> *taken)
{
    const QRectF plot = chart->plotArea();
    const QList<QRectF> markers = markerBoxes(chart);
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QBarSeries *>(series);
        if (!bars || !bars->property(valueLabelsProperty).toBool())
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (int k = 0; k < sets.size(); ++k) {
            QBarSet *set = sets.at(k);
            const QVariantList noFigure = set->property(noFigureProperty).toList();
            for (int i = 0; i < set->count(); ++i) {
                if (noFigure.contains(i))
                    continue;
                auto *item = newText(chart, Format::integer(qint64(set->at(i))), set->labelFont(), set->labelColor());
                const QSizeF size = item->boundingRect().size();
                // Qt Charts puts set k's bar at its share of the category's bar width.
                const qreal x = i - bars->barWidth() / 2 + (k + 0.5) * bars->barWidth() / sets.size();
                const QPointF top = chart->mapToPosition(QPointF(x, set->at(i)), bars);
                QRectF box(QPointF(top.x() - size.width() / 2, top.y() - size.height() - 2), size);
                QList<QRectF> candidates{box};
                for (const QRectF &marker : markers) {
                    if (marker.right() > box.left() && marker.left() < box.right()) {
                        candidates << box.translated(0, marker.top() - 1 - box.bottom());
                        candidates << box.translated(0, marker.bottom() + 1 - box.top());
                    }
                }
                // Bars side by side (a set per service): a figure wider than
                // its bar goes a line up rather than over its neighbour's.
                for (const int lines : {1, 2})
                    candidates << box.translated(0, -lines * (size.height() + 1));
                box = bestSpot(candidates, plot, *taken + markers);
                put(item, box);
                *taken << box;
            }
        }
    }
}

/// A line from the edge of the point at centre to the nearest point of box.
void addLeader(QChart *chart, const QPointF &centre, const QRectF &box, qreal radius)
{
    const QPointF end(std::clamp(centre.x(), box.left(), box.right()), std::clamp(centre.y(), box.top(), box.bottom()));
    const QLineF toBox(centre, end);
    if (toBox.length() <= radius)
        return;
    QLineF line = toBox;
    line.setP1(toBox.pointAt(radius / toBox.length()));
    auto *item = new QGraphicsLineItem(line, chart);
    mark(item);
    QColor colour = chart->titleBrush().color();
    colour.setAlpha(150);
    item->setPen(QPen(colour, 0.8));
    item->setZValue(999);
}

/// Each point's name beside it: to its right, left, above or below,
/// wherever it covers no other point and no other name.
void placeNames(QChart *chart, QList<QRectF> *taken)
{
    const QRectF plot = chart->plotArea();
    const QList<QRectF> markers = markerBoxes(chart);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    for (QAbstractSeries *series : chart->series()) {
        auto *points = qobject_cast<QXYSeries *>(series);
        const QStringList names = series->property(pointNamesProperty).toStringList();
        if (!points || names.isEmpty())
            continue;
        for (int i = 0; i < std::min(int(names.size()), int(points->count())); ++i) {
            auto *item = newText(chart, names.at(i), font, chart->titleBrush().color());
            const QSizeF size = item->boundingRect().size();
            const QPointF c = chart->mapToPosition(points->at(i), points);
            const qreal w = size.width();
            const qreal h = size.height();
            QList<QRectF> candidates;
            // Next to the point first, then a line or two further out.
            for (const qreal r : {points->markerSize() / 2 + 2, points->markerSize() / 2 + 2 + h,
                                  points->markerSize() / 2 + 2 + 2 * h}) {
                const QList<QPointF> corners{{c.x() + r, c.y() - h / 2},     {c.x() - r - w, c.y() - h / 2},
                                             {c.x() - w / 2, c.y() - r - h}, {c.x() - w / 2, c.y() + r},
                                             {c.x() + r, c.y() - r - h},     {c.x() + r, c.y() + r},
                                             {c.x() - r - w, c.y() - r - h}, {c.x() - r - w, c.y() + r}};
                for (const QPointF &corner : corners)
                    candidates << QRectF(corner, size);
            }
            const QRectF box = bestSpot(candidates, plot, *taken + markers);
            put(item, box);
            *taken << box;
            // A name out of reach of its point is tied to it by a thin line.
            if (!candidates.mid(0, 8).contains(box))
                addLeader(chart, c, box, points->markerSize() / 2);
        }
    }
}

} // namespace

void mark(QGraphicsItem *item)
{
    item->setData(itemKey, itemMark);
}

bool isMarked(const QGraphicsItem *item)
{
    return item->data(itemKey) == itemMark;
}

void place(QChart *chart)
{
    QList<QRectF> taken;
    placeFigures(chart, &taken);
    placeNames(chart, &taken);
}

} // namespace PlotLabels
