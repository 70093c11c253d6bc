#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Where a proposal's sentence lies among the words of its page, so that the
/// review can draw it highlighted on the page as the PDF shows it.
///
/// The reader rejoined the sentence: a footnote or a page break may have cut
/// it, the running header may sit in the middle, a footnote marker may be
/// glued to a word ("Técnica1"). So the words are aligned, not searched as
/// one string: the longest run of the sentence's words, in order, that the
/// page holds, with a few page words skipped between two of them at most.
/// Words compare with accents, case and the punctuation around them aside.
namespace SentenceOnPage {

struct Found
{
    QList<int> sentence; ///< indexes into the page's words, in order
    QList<int> figure;   ///< those of them that hold the figure
};

/// pageWords: the page's words as Poppler gives them, in its order.
/// figureStart / figureLength: the figure in sentence (Proposal::start,
/// Proposal::length); -1 for none.
Found locate(const QStringList &pageWords, const QString &sentence, qsizetype figureStart,
             qsizetype figureLength);

} // namespace SentenceOnPage
