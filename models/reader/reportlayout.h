#pragma once

#include "reportpage.h"

#include <QList>
#include <QString>

/// A sentence of a report's body, with the page it starts on (0 when the
/// input does not say). A figure is proposed with its sentence and page, so
/// a sentence that a page break or a footnote cut comes back whole.
struct Sentence
{
    QString text;
    int page = 0;
    bool operator==(const Sentence &) const = default;
};

/// The template's headings that ReportStructure works from.
enum class Heading {
    None,          ///< body text
    Objective,     ///< OBJETIVO ESTRATÉGICO
    Action,        ///< ACCIÓN N (its label "NUBE DE PALABRAS" dropped)
    Justification, ///< JUSTIFICACIÓN DE LAS ACCIONES
};

/// A paragraph of the body, or one of the template's headings. text is its
/// lines joined (white space collapsed, hyphens at line ends resolved) and
/// equals its sentences joined by one space.
struct Paragraph
{
    QString text;
    QList<Sentence> sentences;
    Heading heading = Heading::None;
    int number = 0; ///< the N of ACCIÓN N (or of a numbered OBJETIVO ESTRATÉGICO N)
    int page() const { return sentences.isEmpty() ? 0 : sentences.constFirst().page; }
};

/// A footnote, kept apart from the body: its marker's number and its text.
struct Footnote
{
    int number = 0;
    QString text;
    int page = 0;
    bool operator==(const Footnote &) const = default;
};

struct ReportBody
{
    QList<Paragraph> paragraphs;
    QList<Footnote> footnotes;
};

namespace ReportText {

/// Text as pdftotext writes it: one page per form feed ('\f', which
/// pdftotext writes at the end of each page), numbered from 1; without a form
/// feed, the whole text is one page numbered 0, since its page breaks are lost.
SourcePages fromPlainText(const QString &text);

} // namespace ReportText

/// From a report's lines to its paragraphs: what a reader of the printed page
/// sees as body text. It removes the page furniture and rejoins what the page
/// cut, by rules of layout only, never by the words of one report:
/// - running header: a line ending in a page number whose text before that
///   number has no lower-case letter and repeats with changing numbers (in
///   text with its page breaks lost, where it may be left once, any such line
///   of three words or more); and, when pages are known, a line of any case
///   that starts or ends half the pages or more, its numbers aside;
/// - page numbers: a line of 1 to 3 digits, maybe "- N -" or "Página N de M";
/// - footnotes: the body marks them with a number glued to a word with lower
///   case ("Técnica1"); a later line starting with that number and a capital
///   letter is the footnote, with the lines that continue it (no blank line,
///   no white space that stands for a lost page break, and the line before
///   them full, not the short last line of a paragraph). The marker leaves the
///   word; the footnote goes to ReportBody::footnotes.
/// - a paragraph ends at a heading, at a change between a line in capitals and
///   one in lower case, and after a line that ends a sentence and is shorter
///   than the lines before it; so neither a page break nor a footnote ends a
///   paragraph by itself, and a cut sentence comes back whole.
/// - a hyphen at a line's end between letters is kept when the word is a
///   compound ("pre-\ncooperativos" -> "pre-cooperativos"), and otherwise is a
///   syllable break and goes ("organiza-\nciones" -> "organizaciones"). It is a
///   compound when the hyphenated word is written elsewhere in the report, or,
///   unless the word joined is written elsewhere, when the part before the
///   hyphen is a prefix that Spanish writes with a hyphen (pre, pos, ex, anti,
///   co, semi, sub, micro, …) and the part after it a word of four letters or more.
namespace ReportLayout {

ReportBody read(const SourcePages &pages);
QList<Paragraph> paragraphs(const SourcePages &pages);

/// Splits text into sentences: after '.', '!', '?' or '…' (and any closing
/// bracket or quote) comes white space and then a capital letter, a digit or
/// an opening mark. Not after an abbreviation (Sr., Dra., art., N., …) or a
/// single capital (an initial). By hand rather than QTextBoundaryFinder: the
/// Unicode rules keep "2.107 clientes. 351 exportaron" as one sentence.
QStringList sentences(const QString &text);

} // namespace ReportLayout
