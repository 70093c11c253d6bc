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

    /// Writes an A4 PDF; the file appears only when complete.
    bool writePdf(const QString &fileName, QString *error, int *pages = nullptr) const;

private:
    ReportData m_data;
};
