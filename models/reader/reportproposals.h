#pragma once

#include "reportstructure.h"

#include <QList>
#include <QString>

/// One thing the reader proposes for a person to confirm: a figure or a
/// milestone, with the sentence and page it came from, so that the review
/// can show the sentence on its page with the figure highlighted.
struct Proposal
{
    enum class Kind { Budget, Beneficiaries, Indicator, Milestone };
    Kind kind = Kind::Indicator;
    int objective = 0; ///< ObjectiveOutline::number
    QString objectiveTitle;
    int action = 0;       ///< ActionOutline::number
    QString program;      ///< the name the figure belongs to, as written ("" when none)
    QString value;        ///< plain decimal (FoundFigure::value); budgets in M$; milestones: "" (a number of them, "tres convenios", is an indicator)
    QString unit;         ///< "M$" for budgets; the counted noun; "%"; milestones: their kind ("convenio", …)
    QString title;        ///< milestones: what was agreed, published or studied; figures: ""
    QString counterpart;  ///< milestones: with whom ("" when none)
    int page = 0;         ///< the sentence's page; 0 when the input had no pages
    QString sourceQuote;  ///< the whole sentence (two, when a budget's sentence says "Este programa …")
    qsizetype start = -1; ///< the figure (or the milestone's word) in sourceQuote, for highlighting
    qsizetype length = 0;
};

/// From a report's structure to what a person reviews. Works from the
/// template (objectives, actions, "En la acción N" paragraphs) and the
/// grammar of SpanishFigures, never from the words of one report:
/// - a budget / beneficiaries pair is a sentence of an action's text with one
///   money figure and one count (their parts in parentheses aside); a
///   sentence naming a program with one count, followed by one that says
///   "Este programa …" with one money figure, is a pair too;
/// - every other figure is an indicator with its unit (the justification's
///   figures too: it sums up the action, so its money is no program's budget);
/// - a program is the name before ':' at a sentence's start, or the
///   capitalised name after "programa" / "fondo" ("fondo concursable");
///   "este último programa" is the last one the sentence before named;
/// - a milestone is a sentence of an action's text about a convenio, acuerdo,
///   publicación, libro, estudio, catastro or adjudicación, with its
///   counterpart after "con" / "junto a"; a list after ':' or "como" names
///   one milestone per item (when a number says how many, as many as it says).
namespace ReportProposals {

QList<Proposal> propose(const ReportOutline &outline);

/// The program a sentence names ("Name: …", "el programa Name …"), "" when none.
QString programIn(const QString &sentence);

/// The program a figure at sentence[at] belongs to: the last "Name:" before
/// it, else the name after "programa" / "fondo", else an instrument named
/// after "mediante" / "a través de" with two words or more.
QString programAt(const QString &sentence, qsizetype at);

/// The capitalised name that starts at text[at] ("Capital Abeja Emprende se
/// …" gives "Capital Abeja Emprende"): capitalised words and the lower-case
/// connectors between them (de, del, la, y, …), up to a lower-case word or
/// punctuation. "" when text[at] starts no name.
QString nameAt(const QString &text, qsizetype at);

} // namespace ReportProposals
