#include "reportwriter.h"

#include "exportfile.h"
#include "reportpages.h"

#include <QCoreApplication>
#include <QPdfWriter>

struct ReportPdf::Private
{
    Private(QString fileName, QString openDatabase) : file(std::move(fileName), std::move(openDatabase)) {}

    // Declared in this order so that the pages, then the writer, go before the file.
    ExportFile file;
    ReportData data;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<ReportPages> pages;
};

ReportPdf::ReportPdf(QString fileName, QString openDatabase)
    : d(std::make_unique<Private>(std::move(fileName), std::move(openDatabase)))
{
}

ReportPdf::~ReportPdf() = default;

bool ReportPdf::open(QString *error)
{
    return d->file.open(error);
}

bool ReportPdf::begin(ReportData data, QString *error)
{
    d->data = std::move(data);
    // QPdfWriter says nothing of a write that failed: ExportFile checks
    // every one, and commit() says.
    d->writer = std::make_unique<QPdfWriter>(d->file.device());
    d->writer->setPageSize(QPageSize(QPageSize::A4));
    d->writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    d->writer->setResolution(300);
    const QString scope = Report::scopeName(d->data);
    d->writer->setTitle(scope.isEmpty()
                            ? d->data.report.title
                            : Report::ReportWriterText::tr("%1 · %2").arg(Report::reportTitle(d->data), scope));
    d->writer->setCreator(QCoreApplication::translate("ReportWriter", "Mirador %1").arg(QCoreApplication::applicationVersion()));
    d->pages = std::make_unique<ReportPages>(d->data, d->writer.get());
    QString reason;
    return d->pages->begin(&reason) || d->file.fail(reason, error);
}

const ReportPages &ReportPdf::pages() const
{
    return *d->pages;
}

bool ReportPdf::paintNext(QString *error)
{
    QString reason;
    return d->pages->paintNext(&reason) || d->file.fail(reason, error);
}

bool ReportPdf::paintRest(QString *error)
{
    QString reason;
    return d->pages->paintRest(&reason) || d->file.fail(reason, error);
}

bool ReportPdf::commit(QString *error)
{
    d->pages->end();
    d->pages.reset();
    d->writer.reset();
    return d->file.commit(error);
}
