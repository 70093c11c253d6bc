#pragma once

#include "reportdata.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;

/// The report's pages laid out for a device, painted a page at a time: the
/// charts are QGraphicsScenes, painted on the GUI thread, and a window paints
/// a page per turn of its event loop so it never stops answering for the
/// whole report. data and device must outlive it.
class ReportPages
{
public:
    /// Lays out every page (nothing is painted yet).
    ReportPages(const ReportData &data, QPagedPaintDevice *device);
    ~ReportPages();

    /// Starts painting; false with *error set.
    bool begin(QString *error);
    int count() const;
    int painted() const;
    /// Paints the next page; false with *error set.
    bool paintNext(QString *error);
    /// Paints the pages left.
    bool paintRest(QString *error);
    /// Ends painting (a PDF writes its trailer).
    void end();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The report as an A4 PDF written a page at a time (ReportPages) into an
/// ExportFile: the file appears only at commit(); destroyed before, it
/// leaves no file and the old one, if any, as it was.
class ReportPdf
{
public:
    ReportPdf(QString fileName, QString openDatabase);
    ~ReportPdf();

    /// Opens the file (ExportFile::open): false, with *error set, where an
    /// export may not write.
    bool open(QString *error);
    /// Lays out data's pages and starts the PDF.
    bool begin(ReportData data, QString *error);
    /// Once begun.
    const ReportPages &pages() const;
    bool paintNext(QString *error);
    bool paintRest(QString *error);
    /// Ends the PDF and replaces the file.
    bool commit(QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Lays out and paints Mirador's report: a cover (title, service, year, the
/// active filters, the date, "M$ = miles de pesos"), one page per strategic
/// objective (title, its programs' budget-beneficiaries chart, the programs
/// table, the indicators, the source sentences), a totals page, and page
/// numbers. The same pages go to a PDF, a print preview and a printer.
class ReportWriter
{
public:
    explicit ReportWriter(ReportData data);

    /// Paints every page onto device (a QPdfWriter or a QPrinter). Returns the
    /// number of pages, or 0 with *error set.
    int paint(QPagedPaintDevice *device, QString *error) const;

    /// Writes an A4 PDF; the file appears only when complete, and never over
    /// openDatabase (the database file the report was read from; empty or a
    /// URL: none), any SQLite database or anything but a regular file
    /// (ExportFile). "-" is the standard output.
    bool writePdf(const QString &fileName, const QString &openDatabase, QString *error, int *pages = nullptr) const;

private:
    ReportData m_data;
};
