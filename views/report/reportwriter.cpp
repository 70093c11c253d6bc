#include "reportwriter.h"

#include "exportfile.h"
#include "reportlayout.h"
#include "reportpages.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

using Report::ReportWriterText;

namespace {

/// Every page's blocks: the cover, a page per objective, the totals.
void addPages(Report::Layout &layout, const ReportData &data)
{
    Report::addCover(layout, data);
    for (const ReportData::Section &section : data.sections)
        Report::addObjective(layout, data, section);
    Report::addTotals(layout, data);
}

} // namespace

ReportWriter::ReportWriter(ReportData data) : m_data(std::move(data)) {}

int ReportWriter::paint(QPagedPaintDevice *device, QString *error) const
{
    Report::Layout layout(device);
    addPages(layout, m_data);

    const int pages = layout.paginate();
    QPainter painter;
    if (!painter.begin(device)) {
        *error = ReportWriterText::tr("no se pudo empezar a dibujar el informe");
        return 0;
    }
    int current = -1;
    for (const Report::Layout::Placed &placed : layout.placed()) {
        while (current < placed.page) {
            if (current >= 0 && !device->newPage()) {
                *error = ReportWriterText::tr("no se pudo empezar una página nueva");
                return 0;
            }
            ++current;
            Report::decorate(painter, layout, m_data, current, pages);
        }
        if (placed.block->paint)
            placed.block->paint(painter, placed.rect);
    }
    painter.end();
    return pages;
}

bool ReportWriter::writePdf(const QString &fileName, const QString &openDatabase, QString *error, int *pages) const
{
    ExportFile file(fileName, openDatabase);
    if (!file.open(error))
        return false;
    int count = 0;
    {
        // QPdfWriter says nothing of a write that failed: ExportFile checks
        // every one, and commit() says.
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(m_data.report.title);
        writer.setCreator(ReportWriterText::tr("Mirador %1").arg(QCoreApplication::applicationVersion()));
        QString reason;
        count = paint(&writer, &reason);
        if (!count)
            return file.fail(reason, error);
    }
    if (!file.commit(error))
        return false;
    if (pages)
        *pages = count;
    return true;
}
