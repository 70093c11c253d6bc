#include "highlight.h"

#include "querytablemodel.h"
#include "textfold.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Highlight {

namespace {

/// text folded as TextFold::fold() folds it, and for each folded character where
/// the character of text it came from starts and ends: folding drops accents
/// and may turn one character into several ("ﬁ" -> "fi").
struct FoldedText
{
    QString folded;
    QList<qsizetype> start;
    QList<qsizetype> end;
};

FoldedText foldWithOrigins(QStringView text)
{
    FoldedText out;
    out.folded.reserve(text.size());
    out.start.reserve(text.size());
    out.end.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width
            = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
        const QChar c = text[i];
        // Words hold no white space: each space stays one, where TextFold::fold
        // joins runs of them.
        const QString piece = c.isSpace() ? QStringLiteral(" ")
            : c.unicode() < 0x80          ? QString(c.toLower())
                                          : TextFold::fold(text.mid(i, width));
        for (const QChar f : piece) {
            out.folded.append(f);
            out.start.append(i);
            out.end.append(i + width);
        }
        i += width;
    }
    return out;
}

/// Sorts ranges and joins those that overlap or touch.
QList<Range> joined(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    QList<Range> out;
    for (const Range &range : ranges) {
        if (!out.isEmpty() && range.start <= out.last().start + out.last().length) {
            Range &last = out.last();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            out.append(range);
        }
    }
    return out;
}

QString spanStyle(const QColor &background, bool bold)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#000000;%2\">")
        .arg(background.name(), bold ? QStringLiteral(" font-weight:bold;") : QString());
}

} // namespace

QColor wordBackground()
{
    return QColor(0xff, 0xe0, 0x66);
}

QColor figureBackground()
{
    return QColor(0xff, 0xa9, 0x4d);
}

QStringList searchWords(const QString &searchText)
{
    // As buildCondition() splits a filter's text.
    QString text = searchText;
    text.replace(QChar(0), u' ');
    return TextFold::fold(text).split(u' ', Qt::SkipEmptyParts);
}

QList<Range> findWords(QStringView text, const QStringList &foldedWords)
{
    if (foldedWords.isEmpty() || text.isEmpty())
        return {};
    const FoldedText folded = foldWithOrigins(text);
    QList<Range> found;
    for (const QString &word : foldedWords) {
        for (qsizetype at = folded.folded.indexOf(word); at >= 0 && !word.isEmpty();
             at = folded.folded.indexOf(word, at + 1)) {
            // From the character the match starts in to the end of the one
            // it ends in.
            const qsizetype start = folded.start[at];
            found.append({start, folded.end[at + word.size() - 1] - start});
        }
    }
    return joined(found);
}

QList<Range> findFigure(QStringView text, double figure)
{
    // A whole number as Chile writes it: 2.509.474 or 2509474, then maybe
    // ",8"; no digit, and no dot or comma before a digit, on either side.
    static const QRegularExpression number(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?!\\d|[.,]\\d)"));
    QList<Range> found;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString digits = match.captured(1).remove(u'.');
        if (match.hasCaptured(2))
            digits += u'.' + match.captured(2);
        const double value = digits.toDouble();
        if (std::abs(value - figure) <= 1e-9 * std::max(1.0, std::abs(figure)))
            found.append({match.capturedStart(), match.capturedLength()});
    }
    return found;
}

QList<double> rowFigures(const QModelIndex &index)
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    if (!model)
        return {};
    QList<double> figures;
    const auto &columns = model->spec().columns;
    for (int c = 0; c < int(columns.size()); ++c) {
        if (columns[c].kind != TableSpec::Kind::Count && columns[c].kind != TableSpec::Kind::Decimal)
            continue;
        const QVariant value = model->index(index.row(), c).data(Qt::EditRole);
        if (value.isValid() && !value.isNull())
            figures.append(value.toDouble());
    }
    return figures;
}

QString toHtml(const QString &text, const QList<Range> &words, const QList<Range> &figures)
{
    enum Mark : char { None, Word, Figure };
    QList<char> marks(text.size(), None);
    for (const auto &[ranges, mark] : {std::pair{&words, Word}, std::pair{&figures, Figure}}) {
        for (const Range &range : *ranges) {
            for (qsizetype i = range.start; i < std::min(text.size(), range.start + range.length); ++i)
                marks[i] = std::max(marks[i], char(mark));
        }
    }
    QString html;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = start;
        while (end < text.size() && marks[end] == marks[start])
            ++end;
        const QString run = text.mid(start, end - start).toHtmlEscaped();
        if (marks[start] == None)
            html += run;
        else
            html += spanStyle(marks[start] == Word ? wordBackground() : figureBackground(), marks[start] == Figure)
                + run + QStringLiteral("</span>");
        start = end;
    }
    return html;
}

QString sentenceHtml(const QString &sentence, const QStringList &foldedWords, const QList<double> &figures)
{
    QList<Range> found;
    for (const double figure : figures)
        found += findFigure(sentence, figure);
    return toHtml(sentence, findWords(sentence, foldedWords), found);
}

bool paintSearchMatches(QPainter *painter, const QStyleOptionViewItem &cell, const QModelIndex &index)
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    if (!model || cell.text.isEmpty() || model->filter().text.trimmed().isEmpty())
        return false;
    const QStringList words = searchWords(model->filter().text);
    const QString folded = TextFold::fold(cell.text);
    if (std::none_of(words.begin(), words.end(), [&](const QString &word) { return folded.contains(word); }))
        return false;

    // The cell without its text, as the style draws it; then the text where
    // the style puts it (QCommonStyle: inside a focus-frame margin), elided
    // as it elides it, over the found words' backgrounds.
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem empty = cell;
    empty.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &empty, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget).adjusted(margin, 0, -margin, 0);
    QString shown = cell.fontMetrics.elidedText(cell.text, cell.textElideMode, rect.width());
    shown.replace(u'\n', QChar::LineSeparator);

    QTextCharFormat found;
    found.setBackground(wordBackground());
    found.setForeground(QColor(Qt::black));
    QList<QTextLayout::FormatRange> formats;
    for (const Range &range : findWords(shown, words))
        formats.append({int(range.start), int(range.length), found});
    QTextLayout layout(shown, cell.font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();

    qreal x = rect.left();
    if (cell.displayAlignment & Qt::AlignRight)
        x = rect.left() + rect.width() - line.naturalTextWidth();
    else if (cell.displayAlignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - line.naturalTextWidth()) / 2;
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (cell.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(
        cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(x, y), formats);
    painter->restore();
    return true;
}

} // namespace Highlight
