#include "reportlayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace Report {

Layout::Layout(QPagedPaintDevice *device) : m_device(device)
{
    m_dpi = device->logicalDpiY();
    const QRectF page(0, 0, device->width(), device->height());
    m_content = page.adjusted(mm(18), mm(14), -mm(18), -mm(14));
    m_body = m_content.adjusted(0, mm(7), 0, -mm(8));
}

QFont Layout::font(qreal points, bool bold, bool italic)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    // No ligatures: "fi" stays two letters, so the PDF's text is found
    // by search and copies as typed ("filtros", "beneficiarios").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

qreal Layout::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void Layout::pageBreak()
{
    m_newPage = true;
    m_headings.clear();
    m_continuation = -1;
}

void Layout::text(const QString &text, const QFont &font, const QColor &colour, qreal spaceAfter, qreal indent)
{
    add(textHeight(text, font, width() - mm(indent)), textPainter(text, font, colour, indent));
    space(spaceAfter);
}

void Layout::heading(const QString &text, const QFont &font, int level, qreal spaceAfter)
{
    // The heading itself, pushed onto a new page, repeats only those above it.
    m_headings.resize(std::min<qsizetype>(level, m_headings.size()));
    m_continuation = m_headings.isEmpty() ? -1 : addContinuation();
    add(textHeight(text, font, width()), textPainter(text, font, Qt::black, 0));
    m_blocks.back().keepWithNext = true;
    space(spaceAfter);
    m_headings.append({ReportWriterText::tr("%1 (continuación)").arg(text), font});
    m_continuation = addContinuation();
}

void Layout::table(const QList<TableColumn> &columns, const QList<QStringList> &rows, qreal points,
                   const QList<int> &boldRows)
{
    QStringList headers;
    for (const TableColumn &column : columns)
        headers << column.header;
    tableRow(columns, headers, font(points, true), true);
    m_blocks.back().keepWithNext = true;
    for (int i = 0; i < rows.size(); ++i)
        tableRow(columns, rows.at(i), font(points, boldRows.contains(i)), false);
    space(2.5);
}

void Layout::tableRow(const QList<TableColumn> &columns, const QStringList &cells, const QFont &f, bool header)
{
    const qreal pad = mm(0.8);
    qreal h = 0;
    for (int c = 0; c < columns.size(); ++c)
        h = std::max(h, textHeight(cells.value(c), f, columns[c].width * width() - 2 * pad));
    h += 2 * pad;
    add(h, [=, this](QPainter &p, const QRectF &r) {
        if (header) {
            p.fillRect(r, QColor(0xe8, 0xee, 0xf5));
        }
        p.setFont(f);
        p.setPen(Qt::black);
        qreal x = r.left();
        for (int c = 0; c < columns.size(); ++c) {
            const qreal w = columns[c].width * width();
            const Qt::Alignment align = (columns[c].align == Align::Right ? Qt::AlignRight : Qt::AlignLeft)
                | Qt::AlignTop;
            p.drawText(QRectF(x + pad, r.top() + pad, w - 2 * pad, r.height()), align | Qt::TextWordWrap,
                       cells.value(c));
            x += w;
        }
        p.setPen(QPen(QColor(0xb0, 0xb8, 0xc4), mm(0.15)));
        p.drawLine(r.bottomLeft(), r.bottomRight());
    });
}

void Layout::graphic(qreal millimetres, PaintFunction paint)
{
    add(mm(millimetres), std::move(paint));
    space(2);
}

int Layout::paginate()
{
    m_placed.clear();
    int page = 0;
    qreal y = m_body.top();
    bool pageHasContent = false;
    const auto place = [&](const Block &block) {
        m_placed.append({page, QRectF(m_body.left(), y, m_body.width(), block.height), &block});
        y += block.height;
        pageHasContent = true;
    };
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks[i];
        const bool overflow = pageHasContent && y + keptHeight(i) > m_body.bottom();
        if (!block.paint && (overflow || !pageHasContent))
            continue; // no space at the top or the foot of a page
        if ((block.newPage && pageHasContent) || overflow) {
            ++page;
            y = m_body.top();
            pageHasContent = false;
            if (!block.newPage && block.continuation >= 0)
                place(m_continuations[block.continuation]);
        }
        place(block);
    }
    return page + 1;
}

void Layout::add(qreal height, PaintFunction paint)
{
    m_blocks.push_back({height, std::move(paint), m_newPage, m_continuation});
    m_newPage = false;
}

PaintFunction Layout::textPainter(const QString &text, const QFont &font, const QColor &colour, qreal indent) const
{
    const qreal w = width() - mm(indent);
    return [=, this](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(colour);
        p.drawText(QRectF(r.left() + mm(indent), r.top(), w, r.height() + 1), Qt::TextWordWrap, text);
    };
}

int Layout::addContinuation()
{
    Block block;
    QList<qreal> heights;
    for (const auto &[text, font] : std::as_const(m_headings)) {
        heights << textHeight(text, font, width());
        block.height += heights.last() + mm(1.5);
    }
    block.paint = [this, headings = m_headings, heights](QPainter &p, const QRectF &r) {
        qreal y = r.top();
        for (qsizetype i = 0; i < headings.size(); ++i) {
            textPainter(headings[i].first, headings[i].second, Qt::black, 0)(
                p, QRectF(r.left(), y, r.width(), heights[i]));
            y += heights[i] + mm(1.5);
        }
    };
    m_continuations.push_back(std::move(block));
    return int(m_continuations.size() - 1);
}

qreal Layout::keptHeight(size_t i) const
{
    qreal height = m_blocks[i].height;
    for (size_t next = i + 1; m_blocks[i].keepWithNext && next < m_blocks.size(); ++next) {
        height += m_blocks[next].height;
        if (m_blocks[next].paint && !m_blocks[next].keepWithNext)
            break;
    }
    return height;
}

} // namespace Report
