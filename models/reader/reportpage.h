#pragma once

#include <QList>
#include <QString>

/// One page of a report as a reader gets it, before anything is understood:
/// its lines in reading order. From a PDF (PdfText) the lines of a page set
/// in two columns come column by column, and number is the page's; from
/// text as pdftotext writes it there are no page breaks, and the whole text
/// is one page with number 0 (unknown). The running header, page numbers
/// and footnotes are still among the lines: ReportLayout removes them.
struct ReportPage
{
    int number = 0; ///< 1 for the first page; 0 when the input does not say
    QStringList lines;
};
using SourcePages = QList<ReportPage>;
