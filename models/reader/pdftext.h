#pragma once

#include "reportpage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

/// The lines of a PDF report, page by page, in reading order, through
/// Poppler's Qt 6 binding.
///
/// Poppler gives each word with its box; PdfText groups the words into lines
/// by their height on the page and then reads a part of the page set in two
/// columns column by column, left then right (a BGI sets action 1 beside its
/// word cloud). The columns are found from the words' x positions alone, as a
/// vertical strip free of words that runs through consecutive lines, never
/// from what the words say, so any report in any layout reads the same way.
/// Nothing is dropped here: the running header, page numbers and footnotes
/// stay among the lines for ReportLayout.
///
/// Every failure (no file, an empty one, not a PDF or damaged, locked with a
/// password, no text at all as in a scan, cancelled) leaves *pages as it was
/// and says why in the user's words.
class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(PdfText)
public:
    /// Called after each page with the pages read so far and the total;
    /// returning false stops the reading.
    using Progress = std::function<bool(int done, int total)>;

    /// Reads fileName into *pages (page numbers are the PDF's, from 1).
    /// On failure returns false, leaves *pages untouched and sets *error.
    static bool read(const QString &fileName, SourcePages *pages, QString *error,
                     const Progress &progress = {});
};
