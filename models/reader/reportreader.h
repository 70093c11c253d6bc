#pragma once

#include "pdftext.h"
#include "reportproposals.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// What the reader made of one report file: its structure and what it
/// proposes for a person to confirm.
struct ReadReport
{
    ReportOutline outline;
    QList<Proposal> proposals;
    bool fromPdf = false; ///< pages known (a PDF); text has none
};

/// Reads a BGI file whole: a PDF (by its first bytes, "%PDF-") through
/// PdfText, or text as pdftotext writes it (UTF-8); then its layout, its
/// structure and its proposals. A file that has no OBJETIVO ESTRATÉGICO is
/// no BGI, and gives an error, not an empty report.
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)
public:
    /// False, with *error in the user's words, when the file cannot be read
    /// or is not a BGI; progress as PdfText's (PDF pages only).
    static bool read(const QString &fileName, ReadReport *report, QString *error,
                     const PdfText::Progress &progress = {});
};
