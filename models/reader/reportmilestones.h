#pragma once

#include "reportproposals.h"

#include <QList>
#include <QString>

/// Milestones of one sentence of an action's text: agreements, publications,
/// studies and awards, each with its counterpart. By the words Spanish uses
/// for them (convenio, acuerdo, publicación, publicó, libro, estudio,
/// catastro, adjudicación), never by the names of one report:
/// - the first of those words says the kind (convenio, acuerdo, publicación,
///   estudio, hito) and is what the review highlights; "de acuerdo" is none;
/// - the counterpart is the name or acronym after "con" / "junto a";
/// - a list after ':' or "como" names the items ("tres acuerdos … como lo es
///   A, la B y la C"), split before ", la X" / " y el X" / " y otro": one
///   milestone each, when a number of the same noun does not say otherwise;
///   an item's acronym in parentheses, or "otro de X, …", is its counterpart;
/// - otherwise one milestone, titled by what follows "titulado" or by the
///   phrase from the word to the first comma or clause.
/// Only objective, action and page are left for the caller to fill.
namespace ReportMilestones {

/// previous: the sentence before it in the action's text ("" for the first).
/// A sentence that starts with the word after a definite article ("El
/// estudio, que …") while previous names a milestone goes on about that one,
/// and proposes none.
QList<Proposal> inSentence(const QString &sentence, const QString &previous = {});

/// Where a title named by "titulado", "denominado", "llamado" starts; -1 when
/// none. Its numbers are the title's words, not figures.
qsizetype titleStart(const QString &sentence);

} // namespace ReportMilestones
