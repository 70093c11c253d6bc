#pragma once

#include "draftwriter.h"
#include "reportreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QPair>
#include <QList>
#include <QString>
#include <QStringList>

/// The proposals as a CSV file a person goes through before the import, and
/// that file read back into a draft to write (issue 18). A header row, then
/// for each objective: a row of kind "objective" (title: the objective's
/// title; source_quote: its justification's introduction), a row of kind
/// "action" for each action (title: the action's text; source_quote: its
/// paragraph of the justification), then its figures, one row each. Plain
/// machine numbers (budgets in M$); page is the page of source_quote, empty
/// for text input. Every row carries the report's service, year, ministry
/// and stage, so that the file alone makes the report again.
namespace ProposalsCsv {

/// The columns: the first 13 as the file had them before it carried the
/// structure, then ministry and stage.
QStringList header();
/// "budget", "beneficiaries", "indicator" or "milestone".
QString kindName(Proposal::Kind kind);
/// The whole file, header and rows, in UTF-8, comma-separated, quoted as
/// the import reads it back (CsvText).
QByteArray file(const ReadReport &report);
/// Whether a CSV header is a proposals file's: its first six names are.
bool isProposalsHeader(const QStringList &header);

/// What is wrong with the file, and where: a line and the column as the
/// header names it (empty for the whole row). The import's ImportProblem
/// says it to the user; this room cannot see that one.
struct Problem
{
    int line = 0;
    QString column;
    QString reason;
};

/// Reads a proposals file back, record by record as CsvReader parsed it,
/// into a draft whose every figure a person confirmed: the person who went
/// through the file. Nothing is taken from a file with a problem. Columns are
/// found by their names (a spreadsheet may reorder them); the structure
/// rows may come anywhere in the file.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ProposalsCsv)

public:
    Reader(const QStringList &header, int headerLine);
    void add(int line, const QStringList &fields);

    /// The draft, reviewed by reviewer at reviewedAt, its source sourceName;
    /// false when the file has a problem (problems() lists every one).
    bool draft(const QString &sourceName, const QString &reviewer, const QDateTime &reviewedAt, ReportDraft *draft);
    const QList<Problem> &problems() const { return m_problems; }

private:
    QStringList m_header;
    int m_headerLine = 0;
    QList<QPair<int, QStringList>> m_records; ///< line, fields
    QList<Problem> m_problems;
};

} // namespace ProposalsCsv
