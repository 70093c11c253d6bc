#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

class QPagedPaintDevice;
class QPainter;

/// The report's pieces (views/report): the layout of blocks into pages
/// here, what goes on each page in reportpages.h. Not for use outside the
/// report writer.
namespace Report {

/// The context of the report's messages in resources/translations.
struct ReportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

/// How a block paints itself in its rect.
using PaintFunction = std::function<void(QPainter &, const QRectF &)>;

/// A piece of a page: its height, and how to paint it in a rect of that
/// height spanning the text width.
struct Block
{
    qreal height = 0;
    PaintFunction paint;
    bool newPage = false;
    int continuation = -1;     ///< the headings that start a page this block runs onto
    bool keepWithNext = false; ///< a heading: never the last thing on a page
};

enum class Align { Left, Right };

struct TableColumn
{
    QString header;
    qreal width; ///< fraction of the text width
    Align align = Align::Left;
};

/// Measures blocks against the device and breaks them into pages.
class Layout
{
public:
    explicit Layout(QPagedPaintDevice *device);

    qreal mm(qreal value) const { return value * m_dpi / 25.4; }
    qreal width() const { return m_body.width(); }
    QRectF content() const { return m_content; }
    QRectF body() const { return m_body; }

    static QFont font(qreal points, bool bold = false, bool italic = false);

    qreal textHeight(const QString &text, const QFont &font, qreal width) const;

    void pageBreak();
    void space(qreal millimetres) { add(mm(millimetres), nullptr); }

    void text(const QString &text, const QFont &font, const QColor &colour = Qt::black, qreal spaceAfter = 1.5,
              qreal indent = 0);

    /// A heading of a page's section (level 0) or of a part of it (level 1).
    /// It stays with what follows it, and a page the section runs onto
    /// starts with its headings again, "(continuación)".
    void heading(const QString &text, const QFont &font, int level, qreal spaceAfter);

    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows, qreal points,
               const QList<int> &boldRows = {});

    void graphic(qreal millimetres, PaintFunction paint);

    /// Assigns each block its page and rect; returns the number of pages.
    int paginate();

    struct Placed
    {
        int page;
        QRectF rect;
        const Block *block;
    };
    const QList<Placed> &placed() const { return m_placed; }

private:
    void add(qreal height, PaintFunction paint);

    /// One row of a table: its cells in font, on a tinted ground if header.
    void tableRow(const QList<TableColumn> &columns, const QStringList &cells, const QFont &font, bool header);

    PaintFunction textPainter(const QString &text, const QFont &font, const QColor &colour, qreal indent) const;

    /// The block of the current headings, "(continuación)"; its index.
    int addContinuation();

    /// Block i's height, with what it must stay with: a heading with the
    /// blocks up to the first one that is not a heading nor a space.
    qreal keptHeight(size_t i) const;

    QPagedPaintDevice *m_device;
    qreal m_dpi = 72;
    QRectF m_content;
    QRectF m_body;
    std::vector<Block> m_blocks;
    std::vector<Block> m_continuations;
    QList<std::pair<QString, QFont>> m_headings;
    int m_continuation = -1;
    QList<Placed> m_placed;
    bool m_newPage = false;
};

} // namespace Report
