#include "wordcloud.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPaintEvent>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// Dark enough to read on white (contrast >= 4.5:1), distinct from each other.
constexpr QRgb Palette[] = {0x1f4e79, 0xa23b2a, 0x2e6b30, 0x5e3c99, 0x9a5b00, 0x00695c, 0x444444};
constexpr int PaletteSize = int(std::size(Palette));

// Below this a word is not worth drawing: left out rather than unreadable.
constexpr double MinReadablePixels = 7.0;
// The least frequent word's size as a share of the most frequent one's.
constexpr double MinSizeRatio = 0.3;
// The share of the cloud's area its words' boxes are sized to cover at first.
constexpr double FillRatio = 0.7;

QFont wordFont(const QFont &base, double pixels, bool bold)
{
    QFont font(base);
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    font.setItalic(false);
    // Hinting changes advances with the device; unhinted glyphs measure the
    // same on screen, on a QImage and in a PDF, so the layout holds on all.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// The word's box relative to its baseline origin: the line height times the
// advance, grown to the ink where a glyph overhangs it.
QRectF wordBox(const QFontMetricsF &metrics, const QString &word)
{
    return QRectF(0, -metrics.ascent(), metrics.horizontalAdvance(word), metrics.ascent() + metrics.descent())
        .united(metrics.boundingRect(word));
}

// The empty margin kept round a word, so that neighbours never touch.
double gapFor(double pixels)
{
    return std::max(pixels * 0.08, 0.5);
}

struct Sizing
{
    double maxPixels = 0;
    double minPixels = 0;
    int minCount = 0;
    int maxCount = 0;

    double pixels(int count, double scale) const
    {
        // Area follows frequency: size grows with the square root of the count.
        const double t = maxCount > minCount ? double(count - minCount) / double(maxCount - minCount) : 0.5;
        return (minPixels + (maxPixels - minPixels) * std::sqrt(t)) * scale;
    }
    bool bold(int count) const { return maxCount > minCount && count - minCount >= (maxCount - minCount) / 2.0; }
};

// Walks an Archimedean spiral (r = b * theta), stretched to the rectangle's
// shape, from the centre of area until a box of that size fits without
// coming within gap of a placed box. False when the spiral leaves area first.
bool findPlace(const QRectF &area, const QSizeF &size, double gap, double startAngle,
               const QList<PlacedWord> &placed, QRectF *found)
{
    // How far the box's centre may move from the area's centre.
    const double reachX = (area.width() - size.width()) / 2;
    const double reachY = (area.height() - size.height()) / 2;
    if (reachX < 0 || reachY < 0)
        return false;
    const double longSide = std::max(area.width(), area.height());
    const double shortSide = std::min(area.width(), area.height());
    const double stretchX = area.width() / longSide;
    const double stretchY = area.height() / longSide;
    // Finer steps for small words, which fill the gaps; coarser for big ones,
    // whose position matters less. This is what keeps the walk fast.
    const double step = std::clamp(size.height() / 4, std::max(shortSide / 250, 0.25), std::max(shortSide / 40, 0.25));
    const double b = step / (2 * std::numbers::pi);
    // Beyond this radius every point of the stretched spiral lies outside reach.
    const double maxRadius = std::hypot(reachX / stretchX, reachY / stretchY);
    const QPointF centre = area.center();

    // Plain numbers in the loop: it runs tens of thousands of times per cloud.
    const double width = size.width();
    const double height = size.height();
    const auto blocks = [&](const QRectF &other, double left, double top) {
        return left - gap < other.right() && other.left() < left + width + gap && top - gap < other.bottom()
            && other.top() < top + height + gap;
    };
    qsizetype lastHit = 0; // the box that blocked the previous step usually blocks this one
    for (double theta = 0, radius = 0; radius <= maxRadius;
         theta += step / std::max(radius, step), radius = b * theta) {
        const double dx = radius * stretchX * std::cos(theta + startAngle);
        const double dy = radius * stretchY * std::sin(theta + startAngle);
        if (std::abs(dx) > reachX || std::abs(dy) > reachY)
            continue;
        const double left = centre.x() + dx - width / 2;
        const double top = centre.y() + dy - height / 2;
        // Rounding may put a box on the edge a hair outside area.
        if (left < area.left() || top < area.top() || left + width > area.right() || top + height > area.bottom())
            continue;
        if (lastHit < placed.size() && blocks(placed.at(lastHit).rect, left, top))
            continue;
        const auto hit = std::find_if(placed.cbegin(), placed.cend(),
                                      [&](const PlacedWord &word) { return blocks(word.rect, left, top); });
        if (hit == placed.cend()) {
            *found = QRectF(left, top, width, height);
            return true;
        }
        lastHit = hit - placed.cbegin();
    }
    return false;
}

QList<PlacedWord> placeWords(const QList<WordCount> &words, const QRectF &area, const QFont &baseFont,
                             const Sizing &sizing, double scale)
{
    // Successive words start the spiral at golden-angle steps, which spreads
    // them round the centre instead of stacking them on one side.
    constexpr double GoldenAngle = 2.399963229728653;
    QList<PlacedWord> placed;
    QList<QSizeF> failed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const WordCount &word = words.at(i);
        const double pixels = sizing.pixels(word.count, scale);
        if (pixels < MinReadablePixels)
            continue;
        const QFont font = wordFont(baseFont, pixels, sizing.bold(word.count));
        const QSizeF size = wordBox(QFontMetricsF(font), word.word).size();
        // A box no smaller than one that found no place will not find one either.
        if (std::any_of(failed.cbegin(), failed.cend(), [&size](const QSizeF &f) {
                return size.width() >= f.width() && size.height() >= f.height();
            }))
            continue;
        QRectF rect;
        if (findPlace(area, size, gapFor(pixels), double(i) * GoldenAngle, placed, &rect))
            placed.append({word.word, word.count, font, rect, QColor()});
        else
            failed.append(size);
    }
    return placed;
}

} // namespace

QList<PlacedWord> layoutWordCloud(const QList<WordCount> &words, const QRectF &rect, const QFont &baseFont)
{
    QList<WordCount> sorted;
    for (const WordCount &word : words) {
        if (word.count > 0 && !word.word.isEmpty())
            sorted.append(word);
    }
    if (sorted.isEmpty() || rect.width() < MinReadablePixels || rect.height() < MinReadablePixels)
        return {};
    std::stable_sort(sorted.begin(), sorted.end(), [](const WordCount &a, const WordCount &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });

    Sizing sizing;
    sizing.maxCount = sorted.first().count;
    sizing.minCount = sorted.last().count;
    sizing.maxPixels = std::min(rect.height() * 0.2, rect.width() * 0.12);
    // The most frequent word may take most of the width, never all of it.
    const double topWidth
        = wordBox(QFontMetricsF(wordFont(baseFont, sizing.maxPixels, true)), sorted.first().word).width();
    if (topWidth > rect.width() * 0.7)
        sizing.maxPixels *= rect.width() * 0.7 / topWidth;
    sizing.minPixels = sizing.maxPixels * MinSizeRatio;

    // Start at the size where the words' boxes (with their gaps) would cover
    // FillRatio of rect, about as dense as the spiral packs, then shrink until
    // every word fits, but at most five times: past that, leaving out the
    // rarest words reads better than making all of them tiny.
    double boxArea = 0;
    for (const WordCount &word : std::as_const(sorted)) {
        const double pixels = sizing.pixels(word.count, 1.0);
        const QSizeF size
            = wordBox(QFontMetricsF(wordFont(baseFont, pixels, sizing.bold(word.count))), word.word).size();
        const double gap = gapFor(pixels);
        boxArea += (size.width() + 2 * gap) * (size.height() + 2 * gap);
    }
    double scale = std::min(1.0, std::sqrt(FillRatio * rect.width() * rect.height() / boxArea));
    QList<PlacedWord> placed;
    for (int attempt = 0; attempt < 6 && placed.size() < sorted.size(); ++attempt, scale *= 0.9) {
        QList<PlacedWord> tried = placeWords(sorted, rect, baseFont, sizing, scale);
        // Fewer words may fit at a smaller scale, when some fall below MinReadablePixels.
        if (tried.size() > placed.size())
            placed = std::move(tried);
    }
    if (placed.isEmpty())
        return placed;

    // The spiral fills round the centre unevenly; centre the whole cloud.
    QRectF bounds;
    for (const PlacedWord &word : std::as_const(placed))
        bounds = bounds.united(word.rect);
    const QPointF shift = rect.center() - bounds.center();
    for (qsizetype i = 0; i < placed.size(); ++i) {
        placed[i].rect.translate(shift);
        placed[i].color = QColor::fromRgb(Palette[i % PaletteSize]);
    }
    return placed;
}

namespace {

// Where a cloud's title and words go inside its rectangle.
struct CloudFrame
{
    QFont titleFont;
    QRectF titleRect;
    QRectF cloudRect;
};

CloudFrame cloudFrame(const QRectF &rect, const QFont &base)
{
    // Sizes follow the rectangle, not the font, so a PDF page at 1200 dpi
    // and a window at 96 dpi get the same picture.
    const double unit = std::min(rect.width(), rect.height() * 4 / 3);
    const double margin = unit * 0.02;
    CloudFrame frame;
    frame.titleFont = base;
    frame.titleFont.setPixelSize(std::max(1, int(std::lround(unit * 0.04))));
    frame.titleFont.setBold(true);
    frame.titleFont.setHintingPreference(QFont::PreferNoHinting);
    frame.titleRect = QRectF(rect.left() + margin, rect.top() + margin, rect.width() - 2 * margin,
                             QFontMetricsF(frame.titleFont).height());
    frame.cloudRect = QRectF(rect.left() + margin, frame.titleRect.bottom() + margin, rect.width() - 2 * margin,
                             rect.bottom() - frame.titleRect.bottom() - 2 * margin);
    return frame;
}

/// A word's colour as drawn: on a dark background the palette's dark
/// colours are turned light, keeping their hue.
QColor wordColour(const QColor &colour, bool light)
{
    if (!light)
        return colour;
    return QColor::fromHslF(colour.hslHueF(), colour.hslSaturationF(), 1.0 - colour.lightnessF() * 0.6);
}

void paintFramedCloud(QPainter *painter, const CloudFrame &frame, const QString &title,
                      const QList<PlacedWord> &placed, const WordCloudView::Colours &colours = {})
{
    painter->save();
    const QFontMetricsF titleMetrics(frame.titleFont);
    painter->setFont(frame.titleFont);
    painter->setPen(colours.title);
    painter->drawText(frame.titleRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, frame.titleRect.width()));
    if (placed.isEmpty() && frame.cloudRect.height() > frame.titleRect.height()) {
        QFont noteFont(frame.titleFont);
        noteFont.setBold(false);
        noteFont.setItalic(true);
        painter->setFont(noteFont);
        painter->setPen(colours.note);
        painter->drawText(frame.cloudRect, Qt::AlignCenter,
                          QCoreApplication::translate("WordCloudView", "Sin palabras para mostrar"));
    }
    for (const PlacedWord &word : placed) {
        painter->setFont(word.font);
        painter->setPen(wordColour(word.color, colours.lightWords));
        const QRectF box = wordBox(QFontMetricsF(word.font), word.word);
        painter->drawText(word.rect.topLeft() - box.topLeft(), word.word);
    }
    painter->restore();
}

// The cells of a grid of count clouds filling target: 2x2 for four, one for one.
QList<QRectF> gridCells(const QRectF &target, qsizetype count)
{
    QList<QRectF> cells;
    if (count <= 0)
        return cells;
    const int columns = int(std::ceil(std::sqrt(double(count))));
    const int rows = int((count + columns - 1) / columns);
    const double width = target.width() / columns;
    const double height = target.height() / rows;
    const double inset = std::min(width, height) * 0.012;
    for (qsizetype i = 0; i < count; ++i) {
        cells.append(QRectF(target.left() + double(i % columns) * width, target.top() + double(i / columns) * height,
                            width, height)
                         .adjusted(inset, inset, -inset, -inset));
    }
    return cells;
}

} // namespace

void paintWordCloud(QPainter *painter, const QRectF &rect, const QString &title, const QList<WordCount> &words)
{
    const CloudFrame frame = cloudFrame(rect, painter->font());
    paintFramedCloud(painter, frame, title, layoutWordCloud(words, frame.cloudRect, painter->font()));
}

WordCloudView::WordCloudView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Nube de palabras por objetivo"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WordCloudView::setClouds(const QList<Cloud> &clouds)
{
    m_clouds = clouds;
    m_layouts.clear();
    // A screen reader cannot see the picture: describe each cloud by its words.
    QStringList lines;
    for (const Cloud &cloud : clouds) {
        QStringList words;
        for (const WordCount &word : cloud.words)
            words.append(word.word);
        lines.append(cloud.title + QStringLiteral(": ") + words.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(lines.join(QStringLiteral("\n")));
    update();
}

void WordCloudView::setHeader(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
    m_layouts.clear();
    update();
}

QRectF WordCloudView::paintHeader(QPainter *painter, const QRectF &target, const Colours &colours) const
{
    if (m_title.isEmpty() && m_subtitle.isEmpty())
        return target;
    // Sized by the rectangle, as the clouds are.
    const double unit = std::min(target.width(), target.height() * 4 / 3);
    const double margin = unit * 0.012;
    const QRectF room = target.adjusted(margin, margin, -margin, -margin);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    QFont titleFont = wordFont(font(), unit * 0.021, true);
    QFont lineFont = wordFont(font(), unit * 0.016, false);
    const QRectF titleBox
        = QFontMetricsF(titleFont).boundingRect(QRectF(room.left(), room.top(), room.width(), 1e6), flags, m_title);
    const QRectF lineBox = QFontMetricsF(lineFont).boundingRect(
        QRectF(room.left(), titleBox.bottom(), room.width(), 1e6), flags, m_subtitle);
    painter->save();
    painter->setPen(colours.title);
    painter->setFont(titleFont);
    painter->drawText(QRectF(room.left(), room.top(), room.width(), titleBox.height()), flags, m_title);
    painter->setFont(lineFont);
    painter->drawText(QRectF(room.left(), titleBox.bottom(), room.width(), lineBox.height()), flags, m_subtitle);
    painter->restore();
    return QRectF(target.left(), lineBox.bottom() + margin, target.width(), target.bottom() - lineBox.bottom() - margin);
}

WordCloudView::Colours WordCloudView::coloursFor(const QPalette &palette)
{
    Colours colours;
    if (palette.color(QPalette::Window).lightness() >= 128)
        return colours;
    colours.background = palette.color(QPalette::Base);
    colours.title = palette.color(QPalette::Text);
    colours.note = palette.color(QPalette::Disabled, QPalette::Text);
    colours.border = palette.color(QPalette::Mid);
    colours.lightWords = true;
    return colours;
}

void WordCloudView::render(QPainter *painter, const QRectF &target) const
{
    render(painter, target, Colours{});
}

void WordCloudView::render(QPainter *painter, const QRectF &target, const Colours &colours) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(target, colours.background);
    const QRectF grid = paintHeader(painter, target, colours);
    painter->setFont(font());
    if (m_clouds.isEmpty()) {
        paintFramedCloud(painter, cloudFrame(grid, font()), QString(), {}, colours);
        painter->restore();
        return;
    }
    // Laying out four clouds takes tens of milliseconds; a repaint at the same
    // size (an expose, a tooltip) reuses the layouts. They hold in painter
    // units, so an export to the same rectangle reuses them too.
    const QList<QRectF> cells = gridCells(grid, m_clouds.size());
    if (m_layoutTarget != grid || m_layoutFont != font() || m_layouts.size() != m_clouds.size()) {
        m_layouts.clear();
        for (qsizetype i = 0; i < m_clouds.size(); ++i)
            m_layouts.append(layoutWordCloud(m_clouds.at(i).words, cloudFrame(cells.at(i), font()).cloudRect, font()));
        m_layoutTarget = grid;
        m_layoutFont = font();
    }
    QPen border(colours.border);
    border.setWidthF(std::max(1.0, std::min(cells.first().width(), cells.first().height()) * 0.003));
    for (qsizetype i = 0; i < m_clouds.size(); ++i) {
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cells.at(i));
        paintFramedCloud(painter, cloudFrame(cells.at(i), font()), m_clouds.at(i).title, m_layouts.at(i), colours);
    }
    painter->restore();
}

QSize WordCloudView::sizeHint() const
{
    return {960, 720};
}

QSize WordCloudView::minimumSizeHint() const
{
    return {360, 270};
}

void WordCloudView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    render(&painter, QRectF(rect()), coloursFor(palette()));
}
