#include "bgipdf.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace {

const QString fixtureMark = QStringLiteral("Mirador test fixture");

// A4 in points (the writer at 72 dpi), and the report's margins.
constexpr qreal pageWidth = 595;
constexpr qreal pageHeight = 842;
constexpr qreal margin = 50;
constexpr qreal bodyTop = 80;
constexpr qreal textWidth = pageWidth - 2 * margin;
constexpr qreal columnWidth = 0.58 * textWidth;
constexpr qreal rightColumn = margin + columnWidth + 40;
constexpr qreal cloudWidth = pageWidth - margin - rightColumn;
constexpr qreal cloudHeight = 120;

/// What one line of the text is, in the layout.
enum class Kind { Body, Heading, ColumnStart, Column, Footnote };
struct Item
{
    Kind kind;
    QString text;
};

/// The text's lines sorted into the layout's parts; *header gets the running
/// header without its page number, *cover the lines before it.
QList<Item> itemsOf(const QStringList &textLines, QString *header, QList<Item> *cover)
{
    static const QRegularExpression headerLine(QStringLiteral("^(BALANCE DE GESTIÓN INTEGRAL.*\\S)\\s+\\d+$"));
    static const QRegularExpression footnoteLine(QStringLiteral("^(\\d{1,2}) \\S"));
    static const QRegularExpression heading(QStringLiteral("^(OBJETIVO ESTRATÉGICO|ACCIÓN \\d+|JUSTIFICACIÓN DE LAS ACCIONES)$"));
    QList<Item> items;
    QList<Item> *into = cover;
    bool inColumn = false;
    bool footnoteGoesOn = false;
    int nextFootnote = 1;
    for (const QString &raw : textLines) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch isHeader = headerLine.match(line);
        if (isHeader.hasMatch()) {
            *header = isHeader.captured(1);
            into = &items;
            continue;
        }
        const QRegularExpressionMatch isFootnote = footnoteLine.match(line);
        if (footnoteGoesOn || (isFootnote.hasMatch() && isFootnote.captured(1).toInt() == nextFootnote)) {
            if (!footnoteGoesOn)
                ++nextFootnote;
            into->append({Kind::Footnote, line});
            footnoteGoesOn = line.size() >= 90; // a long footnote line wraps to the next
            continue;
        }
        if (line.endsWith(QStringLiteral(" NUBE DE PALABRAS"))) {
            into->append({Kind::ColumnStart, line.chopped(17)});
            inColumn = true;
            continue;
        }
        const bool isHeading = heading.match(line).hasMatch();
        if (isHeading)
            inColumn = false;
        into->append({isHeading ? Kind::Heading : inColumn ? Kind::Column : Kind::Body, line});
    }
    return items;
}

/// A word cloud of the column's longest words, as a picture: no text in the PDF.
QImage wordCloud(const QStringList &columnLines)
{
    QStringList words = columnLines.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::stable_sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    words.removeDuplicates();
    QImage image(int(cloudWidth * 3), int(cloudHeight * 3), QImage::Format_RGB32);
    image.fill(QColor(245, 247, 250));
    QPainter painter(&image);
    const QList<QColor> colours{QColor(0, 82, 147), QColor(214, 96, 34), QColor(60, 130, 60), QColor(120, 60, 140)};
    for (qsizetype i = 0; i < std::min<qsizetype>(words.size(), 8); ++i) {
        const QPointF at(20 + (i % 3) * 40, 70 + i * 38);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setBold(i % 2 == 0);
        for (int size = 64 - 5 * i; size > 8; --size) { // the whole word inside the picture
            font.setPixelSize(size);
            if (QFontMetricsF(font).horizontalAdvance(words.at(i)) < image.width() - at.x() - 10)
                break;
        }
        painter.setFont(font);
        painter.setPen(colours.at(i % colours.size()));
        painter.drawText(at, words.at(i));
    }
    return image;
}

/// Draws the items page by page and keeps what it drew.
class Layout
{
public:
    Layout(QPdfWriter *writer, QString header) : m_writer(writer), m_header(std::move(header))
    {
        m_body.setFamily(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(8.5);
        m_bold = m_body;
        m_bold.setBold(true);
        m_small = m_body;
        m_small.setPointSizeF(6.5);
        m_painter.begin(writer);
        startPage();
    }
    bool ok() const { return m_painter.isActive(); }
    int pageCount() const { return int(m_pages.size()); }
    void write(const QList<Item> &items);
    void newPage();
    SourcePages finish()
    {
        endColumn();
        m_painter.end();
        return m_pages;
    }

private:
    void startPage();
    void line(const QString &text, const QFont &font, qreal x, qreal width);
    void space(qreal points) { m_y += points; }
    void footnotes(const QStringList &lines);
    void endColumn();

    QPdfWriter *m_writer;
    QPainter m_painter;
    QString m_header;
    QFont m_body, m_bold, m_small;
    SourcePages m_pages;
    qreal m_y = bodyTop;
    qreal m_cloudBottom = 0; // where the text goes on below a column's picture
    QStringList m_right;     // the right column's lines on this page, read after the left one's
};

void Layout::startPage()
{
    m_pages.append(ReportPage{int(m_pages.size()) + 1, {}});
    const QString header = m_header + QLatin1Char(' ') + QString::number(m_pages.size());
    m_painter.setFont(m_small);
    m_painter.setPen(QColor(90, 90, 90));
    m_painter.drawText(QPointF(margin, 40), header);
    m_painter.setPen(Qt::black);
    m_pages.last().lines.append(header);
    m_y = bodyTop;
}

void Layout::newPage()
{
    m_pages.last().lines.append(m_right);
    m_right.clear();
    m_cloudBottom = 0;
    m_writer->newPage();
    startPage();
}

void Layout::line(const QString &text, const QFont &font, qreal x, qreal width)
{
    const QFontMetricsF metrics(font, m_writer);
    QStringList wrapped{QString()};
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = wrapped.last().isEmpty() ? word : wrapped.last() + QLatin1Char(' ') + word;
        if (!wrapped.last().isEmpty() && metrics.horizontalAdvance(longer) > width)
            wrapped.append(word);
        else
            wrapped.last() = longer;
    }
    m_painter.setFont(font);
    for (const QString &part : std::as_const(wrapped)) {
        if (m_y + metrics.lineSpacing() > pageHeight - margin)
            newPage();
        m_y += metrics.ascent();
        m_painter.drawText(QPointF(x, m_y), part);
        m_y += metrics.descent() + metrics.leading() + 2;
        m_pages.last().lines.append(part);
    }
}

void Layout::footnotes(const QStringList &lines)
{
    const QFontMetricsF metrics(m_small, m_writer);
    const qreal step = metrics.lineSpacing() + 1;
    qreal y = pageHeight - margin - step * lines.size();
    m_painter.drawLine(QPointF(margin, y - 4), QPointF(margin + 140, y - 4));
    m_painter.setFont(m_small);
    for (const QString &text : lines) {
        m_painter.drawText(QPointF(margin, y + metrics.ascent()), text);
        y += step;
    }
    m_pages.last().lines.append(m_right);
    m_right.clear();
    m_pages.last().lines.append(lines);
}

void Layout::endColumn()
{
    m_pages.last().lines.append(m_right);
    m_right.clear();
    m_y = std::max(m_y, m_cloudBottom);
    m_cloudBottom = 0;
}

void Layout::write(const QList<Item> &items)
{
    bool inColumn = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.kind != Kind::Column && item.kind != Kind::Footnote && inColumn) {
            endColumn();
            inColumn = false;
        }
        switch (item.kind) {
        case Kind::Footnote: {
            QStringList lines;
            for (; i < items.size() && items.at(i).kind == Kind::Footnote; ++i)
                lines.append(items.at(i).text);
            --i;
            footnotes(lines);
            newPage();
            break;
        }
        case Kind::ColumnStart: {
            // The picture and the column's first lines stay on one page.
            if (m_y + 10 + cloudHeight + 40 > pageHeight - margin)
                newPage();
            space(10);
            const qreal top = m_y;
            line(item.text, m_bold, margin, columnWidth);
            QStringList column;
            for (qsizetype j = i + 1; j < items.size() && items.at(j).kind == Kind::Column; ++j)
                column.append(items.at(j).text);
            const QFontMetricsF metrics(m_bold, m_writer);
            m_painter.setFont(m_bold);
            const QString title = QStringLiteral("NUBE DE PALABRAS");
            m_painter.drawText(QPointF(rightColumn, top + metrics.ascent()), title);
            m_right.append(title);
            const QRectF cloud(rightColumn, top + metrics.lineSpacing() + 6, cloudWidth, cloudHeight);
            m_painter.drawImage(cloud, wordCloud(column));
            m_cloudBottom = cloud.bottom() + 4;
            inColumn = true;
            break;
        }
        case Kind::Column:
            line(item.text, m_body, margin, columnWidth);
            break;
        case Kind::Heading:
            space(10);
            line(item.text, m_bold, margin, textWidth);
            break;
        case Kind::Body:
            line(item.text, m_body, margin, textWidth);
            break;
        }
    }
    if (inColumn)
        endColumn();
}

} // namespace

namespace BgiPdf {

QStringList sercotecLines()
{
    QFile file(QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

SourcePages write(const QString &fileName, const QStringList &textLines, QString *error, int minPages)
{
    QString header;
    QList<Item> cover;
    const QList<Item> body = itemsOf(textLines, &header, &cover);
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(fixtureMark);
    writer.setCreator(fixtureMark);
    Layout layout(&writer, header);
    if (!layout.ok()) {
        *error = QStringLiteral("cannot write %1").arg(fileName);
        return {};
    }
    layout.write(cover);
    do {
        layout.newPage();
        layout.write(body);
    } while (layout.pageCount() < minPages);
    return layout.finish();
}

} // namespace BgiPdf
