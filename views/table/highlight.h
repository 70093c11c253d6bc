#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QModelIndex;
class QPainter;
class QStyleOptionViewItem;

/// Marks what a reviewer looks for in a text: the search's words, found as
/// the search finds them (ignoring case and accents: "nuble" marks "Ñuble"),
/// and a row's figure inside the sentence it came from, found by its digits
/// as the sentence writes it ("2.509.474", "M$ 2.509.474", "2509474"). Finds
/// ranges, writes them as HTML, and paints a table cell with them.
namespace Highlight {

/// A run of characters of a text: [start, start + length).
struct Range
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const Range &, const Range &) = default;
};

/// The words of a search text, folded as Filter folds them for the search.
QStringList searchWords(const QString &searchText);

/// Where the folded words occur in text, in order; ranges that overlap or
/// touch are joined.
QList<Range> findWords(QStringView text, const QStringList &foldedWords);

/// Where text writes the figure: whole numbers only, never a part of a
/// longer one ("2.509.474" is not in "12.509.474"); dots group thousands and
/// a comma starts the decimals, as in Chile ("51,8" is 51.8).
QList<Range> findFigure(QStringView text, double figure);

/// The figures of index's row: the values of its number columns (a
/// QueryTableModel's counts and decimals); empty for other models.
QList<double> rowFigures(const QModelIndex &index);

/// text as escaped HTML, the words' ranges in a highlighted span (class
/// "word") and the figures' in a stronger one (class "figure"); a figure
/// wins where the two overlap.
QString toHtml(const QString &text, const QList<Range> &words, const QList<Range> &figures);
/// A sentence as escaped HTML, the folded words and where it writes these
/// figures highlighted.
QString sentenceHtml(const QString &sentence, const QStringList &foldedWords, const QList<double> &figures);

/// The backgrounds of a found word and of a found figure (the text on them
/// is black, in light and dark appearance alike).
QColor wordBackground();
QColor figureBackground();

/// Paints a cell as the style does, with the words of its model's search
/// (a QueryTableModel's filter) highlighted in its text. False, having
/// painted nothing, when the text holds none of them.
bool paintSearchMatches(QPainter *painter, const QStyleOptionViewItem &cell, const QModelIndex &index);

} // namespace Highlight
