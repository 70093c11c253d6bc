#include "reportwriter.h"

#include "charts.h"
#include "format.h"
#include "overviewmodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <functional>

namespace {

/// The context of this file's messages in resources/translations.
struct ReportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

/// A piece of a page: its height, and how to paint it in a rect of that
/// height spanning the text width.
struct Block
{
    qreal height = 0;
    std::function<void(QPainter &, const QRectF &)> paint;
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
    explicit Layout(QPagedPaintDevice *device) : m_device(device)
    {
        m_dpi = device->logicalDpiY();
        const QRectF page(0, 0, device->width(), device->height());
        m_content = page.adjusted(mm(18), mm(14), -mm(18), -mm(14));
        m_body = m_content.adjusted(0, mm(7), 0, -mm(8));
    }

    qreal mm(qreal value) const { return value * m_dpi / 25.4; }
    qreal width() const { return m_body.width(); }
    QRectF content() const { return m_content; }
    QRectF body() const { return m_body; }

    static QFont font(qreal points, bool bold = false, bool italic = false)
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

    qreal textHeight(const QString &text, const QFont &font, qreal width) const
    {
        const QFontMetricsF metrics(font, m_device);
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    void pageBreak()
    {
        m_newPage = true;
        m_headings.clear();
        m_continuation = -1;
    }
    void space(qreal millimetres) { add(mm(millimetres), nullptr); }

    void text(const QString &text, const QFont &font, const QColor &colour = Qt::black, qreal spaceAfter = 1.5,
              qreal indent = 0)
    {
        add(textHeight(text, font, width() - mm(indent)), textPainter(text, font, colour, indent));
        space(spaceAfter);
    }

    /// A heading of a page's section (level 0) or of a part of it (level 1).
    /// It stays with what follows it, and a page the section runs onto
    /// starts with its headings again, "(continuación)".
    void heading(const QString &text, const QFont &font, int level, qreal spaceAfter)
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

    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows, qreal points,
               const QList<int> &boldRows = {})
    {
        const qreal pad = mm(0.8);
        const auto row = [&, this](const QStringList &cells, bool bold, bool header) {
            const QFont f = font(points, bold || header);
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
        };
        QStringList headers;
        for (const TableColumn &column : columns)
            headers << column.header;
        row(headers, true, true);
        m_blocks.back().keepWithNext = true;
        for (int i = 0; i < rows.size(); ++i)
            row(rows.at(i), boldRows.contains(i), false);
        space(2.5);
    }

    void graphic(qreal millimetres, std::function<void(QPainter &, const QRectF &)> paint)
    {
        add(mm(millimetres), std::move(paint));
        space(2);
    }

    /// Assigns each block its page and rect; returns the number of pages.
    int paginate()
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

    struct Placed
    {
        int page;
        QRectF rect;
        const Block *block;
    };
    const QList<Placed> &placed() const { return m_placed; }

private:
    void add(qreal height, std::function<void(QPainter &, const QRectF &)> paint)
    {
        m_blocks.push_back({height, std::move(paint), m_newPage, m_continuation});
        m_newPage = false;
    }

    std::function<void(QPainter &, const QRectF &)> textPainter(const QString &text, const QFont &font,
                                                                const QColor &colour, qreal indent) const
    {
        const qreal w = width() - mm(indent);
        return [=, this](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(colour);
            p.drawText(QRectF(r.left() + mm(indent), r.top(), w, r.height() + 1), Qt::TextWordWrap, text);
        };
    }

    /// The block of the current headings, "(continuación)"; its index.
    int addContinuation()
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

    /// Block i's height, with what it must stay with: a heading with the
    /// blocks up to the first one that is not a heading nor a space.
    qreal keptHeight(size_t i) const
    {
        qreal height = m_blocks[i].height;
        for (size_t next = i + 1; m_blocks[i].keepWithNext && next < m_blocks.size(); ++next) {
            height += m_blocks[next].height;
            if (m_blocks[next].paint && !m_blocks[next].keepWithNext)
                break;
        }
        return height;
    }

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

/// Charts on a page are laid out 1000 screen pixels wide, whatever the
/// printer's resolution, so their text keeps its size relative to the page.
QSizeF chartLayoutSize(const QRectF &target)
{
    return target.size() * (1000.0 / target.width());
}

QString optionalInteger(const std::optional<qint64> &value)
{
    return value ? Format::integer(*value) : QString();
}

const QColor grey(0x55, 0x5f, 0x6d);
const QColor red(0xb7, 0x1c, 0x1c);

QString reportTitle(const ReportData &d)
{
    return d.report.title.isEmpty() ? ReportWriterText::tr("Balance de Gestión Integral") : d.report.title;
}

/// " *" after a program's figure that an edit made differ from its sentence.
QString editMark(const ReportData::Section &section, const ChartData::Program &program, bool budget)
{
    return section.edited(program.name, program.unit, budget) ? QStringLiteral(" *") : QString();
}

/// Under the programs: each edited figure, and what its sentence says.
void addEditNotes(Layout &layout, const ReportData::Section &section, const QColor &colour)
{
    const auto figure = [](const QVariant &value) {
        return value.isNull() ? ReportWriterText::tr("sin cifra") : Format::integer(value.toLongLong());
    };
    for (const ReportData::EditedFigure &edit : section.edits)
        layout.text(ReportWriterText::tr("* %1, %2: %3, editado en Mirador; el informe dice %4.")
                        .arg(edit.program,
                             edit.budget ? ReportWriterText::tr("presupuesto (M$)") : ReportWriterText::tr("beneficiarios"),
                             figure(edit.figure), figure(edit.source)),
                    Layout::font(8, false, true), colour, 0.8);
    if (!section.edits.isEmpty())
        layout.space(1.5);
}

/// The date as the report's language writes it, month names included.
QString writtenDate(const QDateTime &when)
{
    //: The code of this translation's language (ISO 639): the report's dates are written in it.
    const QLocale language(ReportWriterText::tr("es"));
    return language.toString(when, ReportWriterText::tr("d 'de' MMMM 'de' yyyy, HH:mm"));
}

/// text followed by the numbers of its sources in the page's list: "Ferias Libres [2, 5]".
QString cited(const QString &text, const QList<int> &sources)
{
    if (sources.isEmpty())
        return text;
    QStringList numbers;
    for (const int source : sources)
        numbers << QString::number(source + 1);
    return ReportWriterText::tr("%1 [%2]").arg(text, numbers.join(QStringLiteral(", ")));
}

void addCover(Layout &layout, const ReportData &d)
{
    layout.space(45);
    layout.text(ReportWriterText::tr("Mirador · Informe de resultados"), Layout::font(12, false), grey, 4);
    layout.text(reportTitle(d), Layout::font(24, true), Qt::black, 6);
    layout.text(d.report.serviceName.isEmpty()
                    ? QString()
                    : ReportWriterText::tr("%1 (%2)").arg(d.report.serviceName, d.report.serviceShortName),
                Layout::font(15), Qt::black, 3);
    if (d.report.year)
        layout.text(ReportWriterText::tr("Año %1").arg(d.report.year), Layout::font(15), Qt::black, 12);
    if (d.charts.synthetic)
        layout.text(ReportWriterText::tr("DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no "
                                         "provienen de ningún informe."),
                    Layout::font(13, true), red, 8);
    layout.text(ReportWriterText::tr("Filtros: %1").arg(d.charts.filter.describe()), Layout::font(11), Qt::black, 2);
    layout.text(ReportWriterText::tr("Generado el %1").arg(writtenDate(d.created)), Layout::font(11), Qt::black, 2);
    layout.text(Format::moneyNote(), Layout::font(11, true), Qt::black, 10);
    layout.text(ReportWriterText::tr(
                    "Cada cifra de este informe se acompaña de la oración del informe original de la que proviene. "
                    "M$ por beneficiario se calcula solo sobre los programas que informan presupuesto y "
                    "beneficiarios; las unidades de beneficiario difieren entre programas."),
                Layout::font(9), grey);
}

/// The objective's programs: their chart and their table, each name with its sources.
void addPrograms(Layout &layout, const ReportData &d, const ReportData::Section &section)
{
    const QList<Charts::Bar> bars = Charts::programBars(d.charts, section.objective.number);
    if (bars.isEmpty()) {
        layout.text(
            ReportWriterText::tr("Ningún programa de este objetivo informa presupuesto y beneficiarios bajo estos filtros."),
            Layout::font(9, false, true), grey, 3);
        return;
    }
    QList<QStringList> rows;
    for (const ChartData::Program &program : d.charts.programs) {
        if (program.objective == section.objective.number)
            rows << QStringList{cited(program.name, section.programSources.value(program.name)),
                                Format::integer(program.budget) + editMark(section, program, true),
                                Format::integer(program.beneficiaries) + editMark(section, program, false), program.unit,
                                QLocale().toString(program.perBeneficiary(), 'f', 1)};
    }
    const QString subtitle = Charts::subtitle(d.charts);
    layout.graphic(48, [bars, subtitle](QPainter &p, const QRectF &r) {
        Charts::renderBars(&p, r, bars, Charts::programBarsTitle(), subtitle, chartLayoutSize(r));
    });
    layout.table({{ReportWriterText::tr("Programa"), 0.41},
                  {ReportWriterText::tr("Presupuesto (M$)"), 0.14, Align::Right},
                  {ReportWriterText::tr("Beneficiarios"), 0.13, Align::Right},
                  {ReportWriterText::tr("Unidad"), 0.19},
                  {ReportWriterText::tr("M$ por beneficiario"), 0.13, Align::Right}},
                 rows, 8);
}

void addIndicators(Layout &layout, const ReportData::Section &section)
{
    if (section.indicators.isEmpty())
        return;
    layout.heading(ReportWriterText::tr("Indicadores"), Layout::font(10.5, true), 1, 1);
    QList<QStringList> rows;
    for (const ReportData::Indicator &indicator : section.indicators)
        rows << QStringList{cited(indicator.name, indicator.source >= 0 ? QList<int>{indicator.source} : QList<int>{}),
                            Format::withUnit(indicator.value, indicator.unit), indicator.program};
    layout.table({{ReportWriterText::tr("Indicador"), 0.5},
                  {ReportWriterText::tr("Valor"), 0.18, Align::Right},
                  {ReportWriterText::tr("Programa"), 0.32}},
                 rows, 7.5);
    if (section.indicatorCount > section.indicators.size())
        layout.text(ReportWriterText::tr("… y %1 indicadores más; la lista completa está en la exportación CSV.")
                        .arg(Format::integer(section.indicatorCount - section.indicators.size())),
                    Layout::font(8, false, true), grey, 2);
}

void addSources(Layout &layout, const ReportData::Section &section)
{
    layout.heading(ReportWriterText::tr("Fuentes (texto del informe)"), Layout::font(10.5, true), 1, 1);
    for (int i = 0; i < section.quotes.size(); ++i)
        layout.text(ReportWriterText::tr("[%1] «%2»").arg(i + 1).arg(section.quotes.at(i)),
                    Layout::font(7, false, true), grey, 0.8);
    if (section.resultCount > ReportData::listLimit)
        layout.text(ReportWriterText::tr("Fuentes de los primeros %1 de %2 resultados.")
                        .arg(ReportData::listLimit)
                        .arg(Format::integer(section.resultCount)),
                    Layout::font(7, false, true), grey, 0.8);
}

void addObjective(Layout &layout, const ReportData &d, const ReportData::Section &section)
{
    layout.pageBreak();
    layout.heading(ReportWriterText::tr("Objetivo estratégico %1: %2")
                       .arg(section.objective.number)
                       .arg(section.objective.shortName),
                   Layout::font(15, true), 0, 1);
    layout.text(section.objective.title, Layout::font(9.5), grey, 2.5);
    addPrograms(layout, d, section);
    addEditNotes(layout, section, red);
    addIndicators(layout, section);
    addSources(layout, section);
}

void addTotals(Layout &layout, const ReportData &d)
{
    layout.pageBreak();
    layout.heading(ReportWriterText::tr("Totales por objetivo estratégico"), Layout::font(15, true), 0, 3);
    const QList<Charts::Bar> objectiveBars = Charts::objectiveBars(d.charts);
    if (!objectiveBars.isEmpty()) {
        const QString subtitle = Charts::subtitle(d.charts);
        layout.graphic(85, [objectiveBars, subtitle](QPainter &p, const QRectF &r) {
            Charts::renderBars(&p, r, objectiveBars, Charts::title(Charts::Kind::BudgetBeneficiaries), subtitle,
                               chartLayoutSize(r));
        });
    }
    QList<QStringList> totals;
    QList<int> bold;
    for (const ObjectiveTotals &row : d.charts.objectives) {
        if (!row.objective)
            bold << int(totals.size());
        totals << QStringList{row.objective ? ReportWriterText::tr("%1. %2").arg(*row.objective).arg(row.shortName)
                                            : ReportWriterText::tr("Total"),
                              Format::integer(row.programs),
                              optionalInteger(row.budget),
                              OverviewModel::text(row, OverviewModel::BeneficiariesColumn),
                              OverviewModel::text(row, OverviewModel::PerBeneficiaryColumn),
                              row.units.join(QStringLiteral(", "))};
    }
    if (totals.isEmpty()) {
        layout.text(ReportWriterText::tr("No hay resultados bajo estos filtros."), Layout::font(10, false, true), grey);
    } else {
        layout.table({{ReportWriterText::tr("Objetivo"), 0.21},
                      {ReportWriterText::tr("Programas"), 0.12, Align::Right},
                      {ReportWriterText::tr("Presupuesto (M$)"), 0.15, Align::Right},
                      {ReportWriterText::tr("Beneficiarios"), 0.15, Align::Right},
                      {ReportWriterText::tr("M$ por beneficiario"), 0.13, Align::Right},
                      {ReportWriterText::tr("Unidades de beneficiario"), 0.24}},
                     totals, 8, bold);
    }
    layout.text(ReportWriterText::tr(
                    "M$ = miles de pesos. M$ por beneficiario: presupuesto dividido por beneficiarios, solo en los "
                    "programas que informan ambos. El total no suma beneficiarios de unidades distintas (—)."),
                Layout::font(8), grey);
}

/// The running header (after the cover), the synthetic mark, the footer
/// and the page number.
void decorate(QPainter &painter, const Layout &layout, const ReportData &d, int page, int pages)
{
    const QRectF content = layout.content();
    const QString title = reportTitle(d);
    painter.setFont(Layout::font(7.5));
    painter.setPen(grey);
    if (page > 0) {
        painter.drawText(content, Qt::AlignTop | Qt::AlignLeft,
                         d.report.serviceShortName.isEmpty()
                             ? title
                             : ReportWriterText::tr("%1 · %2").arg(d.report.serviceShortName, title));
    }
    if (d.charts.synthetic) {
        painter.setPen(red);
        painter.setFont(Layout::font(7.5, true));
        painter.drawText(content, Qt::AlignTop | Qt::AlignRight, ReportWriterText::tr("DATOS SINTÉTICOS"));
        painter.setPen(grey);
        painter.setFont(Layout::font(7.5));
    }
    painter.drawText(content, Qt::AlignBottom | Qt::AlignLeft,
                     ReportWriterText::tr("Mirador %1 · %2 · %3")
                         .arg(QCoreApplication::applicationVersion(), title, Format::moneyNote()));
    painter.drawText(content, Qt::AlignBottom | Qt::AlignRight,
                     ReportWriterText::tr("Página %1 de %2").arg(page + 1).arg(pages));
}

} // namespace

struct ReportPages::Private
{
    Private(const ReportData &data, QPagedPaintDevice *device) : data(data), device(device), layout(device) {}

    const ReportData &data;
    QPagedPaintDevice *device;
    Layout layout; ///< its blocks paint through pointers into it: it never moves
    QPainter painter;
    int pages = 0;
    int painted = 0;
    qsizetype next = 0; ///< the first placed block not painted yet
};

ReportPages::ReportPages(const ReportData &data, QPagedPaintDevice *device)
    : d(std::make_unique<Private>(data, device))
{
    addCover(d->layout, data);
    for (const ReportData::Section &section : data.sections)
        addObjective(d->layout, data, section);
    addTotals(d->layout, data);
    d->pages = d->layout.paginate();
}

ReportPages::~ReportPages() = default;

int ReportPages::count() const
{
    return d->pages;
}

int ReportPages::painted() const
{
    return d->painted;
}

bool ReportPages::begin(QString *error)
{
    if (!d->painter.begin(d->device)) {
        *error = ReportWriterText::tr("no se pudo empezar a dibujar el informe");
        return false;
    }
    return true;
}

bool ReportPages::paintNext(QString *error)
{
    const int page = d->painted;
    if (page > 0 && !d->device->newPage()) {
        *error = ReportWriterText::tr("no se pudo empezar una página nueva");
        return false;
    }
    decorate(d->painter, d->layout, d->data, page, d->pages);
    const QList<Layout::Placed> &placed = d->layout.placed();
    for (; d->next < placed.size() && placed.at(d->next).page == page; ++d->next) {
        if (placed.at(d->next).block->paint)
            placed.at(d->next).block->paint(d->painter, placed.at(d->next).rect);
    }
    ++d->painted;
    return true;
}

bool ReportPages::paintRest(QString *error)
{
    while (d->painted < d->pages) {
        if (!paintNext(error))
            return false;
    }
    return true;
}

void ReportPages::end()
{
    d->painter.end();
}

ReportWriter::ReportWriter(ReportData data) : m_data(std::move(data)) {}

int ReportWriter::paint(QPagedPaintDevice *device, QString *error) const
{
    ReportPages pages(m_data, device);
    if (!pages.begin(error) || !pages.paintRest(error))
        return 0;
    pages.end();
    return pages.count();
}

bool ReportWriter::writePdf(const QString &fileName, const QString &openDatabase, QString *error, int *pages) const
{
    ReportPdf pdf(fileName, openDatabase);
    if (!pdf.open(error) || !pdf.begin(m_data, error) || !pdf.paintRest(error))
        return false;
    const int count = pdf.pages().count();
    if (!pdf.commit(error))
        return false;
    if (pages)
        *pages = count;
    return true;
}
