#pragma once

// A BGI report as a PDF, made from its text, for the tests of the PDF reader
// (issue 18): a test fixture, marked as such in the PDF's title and creator.

#include "reportpage.h"

#include <QString>
#include <QStringList>

namespace BgiPdf {

/// The report's text as pdftotext writes it, resources/data/bgi-2025-sercotec-etapa1.txt.
QStringList sercotecLines();

/// Writes fileName, an A4 PDF in the layout of a BGI, from a report's text
/// lines as pdftotext wrote them:
/// - the running header ("BALANCE DE GESTIÓN INTEGRAL ... N", its text taken
///   from the header line of the text) at the top of every page, with the
///   page's number; the text before that header line is the cover, page 1;
/// - each "ACCIÓN 1 NUBE DE PALABRAS" block in a column, with the heading
///   "NUBE DE PALABRAS" and a picture of a word cloud (an image, so no words
///   in the PDF) in a column to its right;
/// - footnotes ("1 Las autoridades ...") in a smaller font at the foot of the
///   page they come at in the text, which then ends;
/// - every other line across the page, wrapped when it is wider.
/// With minPages > 0 the body after the cover is written again and again
/// until there are at least minPages pages (for the benchmark's long report).
/// Returns the lines on each page in reading order (the left column before
/// the right one), as drawn; empty with *error when the file cannot be written.
SourcePages write(const QString &fileName, const QStringList &textLines, QString *error,
                  int minPages = 0);

} // namespace BgiPdf
