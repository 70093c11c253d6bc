#pragma once

#include "reportdata.h"

#include <QString>

class QPagedPaintDevice;

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
