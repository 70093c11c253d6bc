#include "reportwriter.h"

#include "reportlayout.h"
#include "reportpages.h"

#include <QPagedPaintDevice>
#include <QPainter>

using Report::ReportWriterText;

namespace {

/// Every page's blocks: the cover, a page per objective, the totals; of a
/// two-year report, the cover and a page per objective.
void addPages(Report::Layout &layout, const ReportData &data)
{
    Report::addCover(layout, data);
    if (data.comparison) {
        for (const YearComparison::Objective &objective : data.comparison->objectives)
            Report::addComparedObjective(layout, data, objective);
        return;
    }
    for (const ReportData::Section &section : data.sections)
        Report::addObjective(layout, data, section);
    Report::addTotals(layout, data);
}

} // namespace

struct ReportPages::Private
{
    Private(const ReportData &data, QPagedPaintDevice *device) : data(data), device(device), layout(device) {}

    const ReportData &data;
    QPagedPaintDevice *device;
    Report::Layout layout; ///< its blocks paint through pointers into it: it never moves
    QPainter painter;
    int pages = 0;
    int painted = 0;
    qsizetype next = 0; ///< the first placed block not painted yet
};

ReportPages::ReportPages(const ReportData &data, QPagedPaintDevice *device)
    : d(std::make_unique<Private>(data, device))
{
    addPages(d->layout, data);
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
    Report::decorate(d->painter, d->layout, d->data, page, d->pages);
    const QList<Report::Layout::Placed> &placed = d->layout.placed();
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
