#include "reportlayout.h"

#include "textfold.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// A line of the input with what the layout rules need to know of it.
struct Line
{
    QString text; ///< white space collapsed
    int page = 0;
    bool brokenPage = false; ///< starts with white space: where pdftotext's form feed was
    bool dropped = false;    ///< header, page number, footnote or picture label
};

struct HeadingLine
{
    Heading heading = Heading::None;
    int number = 0;
    bool label = false; ///< "NUBE DE PALABRAS" alone: a picture's label, not text
};

bool hasLowerCase(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

/// 1 for a line in capitals, 0 for one with lower case, -1 for one with
/// fewer than two letters (figures, signs), which goes with either.
int capitalsState(QStringView text)
{
    const auto letters = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    if (letters < 2)
        return -1;
    return hasLowerCase(text) ? 0 : 1;
}

HeadingLine headingOf(const QString &text)
{
    // In capitals as the template sets them, or in the small capitals that a
    // PDF may give as "Acción 1": the whole line is the heading.
    if (text.isEmpty() || !text.front().isUpper())
        return {};
    static const QRegularExpression objective(u"^objetivo estrategico(?: n?[°o.]?\\s*(\\d+))?$"_s);
    static const QRegularExpression action(
        u"^(?:nube de palabras )?accion n?[°o.]?\\s*(\\d+)(?: nube de palabras)?$"_s);
    const QString folded = TextFold::fold(text);
    if (const auto m = objective.match(folded); m.hasMatch())
        return {Heading::Objective, m.captured(1).toInt(), false};
    if (const auto m = action.match(folded); m.hasMatch())
        return {Heading::Action, m.captured(1).toInt(), false};
    if (folded == u"justificacion de las acciones"_s)
        return {Heading::Justification, 0, false};
    if (folded == u"nube de palabras"_s)
        return {Heading::None, 0, true};
    return {};
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression pageNumber(
        u"^(?:[-–—]\\s*)?(?:p[aá]g(?:ina)?\\.?\\s*)?\\d{1,3}(?:\\s*(?:de|/)\\s*\\d{1,3})?(?:\\s*[-–—])?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pageNumber.match(text).hasMatch();
}

/// The text of a running-header candidate without its page number: a line
/// in capitals that ends in a number and is no heading. Empty otherwise.
QString headerKey(const QString &text, int *number)
{
    static const QRegularExpression trailingNumber(u"^(.*\\S)\\s+(\\d{1,3})$"_s);
    const auto m = trailingNumber.match(text);
    if (!m.hasMatch() || capitalsState(m.capturedView(1)) != 1)
        return {};
    const HeadingLine h = headingOf(text);
    if (h.heading != Heading::None || h.label)
        return {};
    *number = m.captured(2).toInt();
    return m.captured(1);
}

/// Drops the running header: a candidate whose text comes back with another
/// number. Text that lost its page breaks may hold it only once; there, a
/// candidate of three words or more is taken alone.
void dropRunningHeaders(QList<Line> &lines, bool pageBreaksLost)
{
    QHash<QString, QSet<int>> numbers;
    for (const Line &line : std::as_const(lines)) {
        int number = 0;
        if (const QString key = headerKey(line.text, &number); !key.isEmpty())
            numbers[key].insert(number);
    }
    for (Line &line : lines) {
        int number = 0;
        const QString key = headerKey(line.text, &number);
        if (key.isEmpty())
            continue;
        const bool repeats = numbers.value(key).size() >= 2;
        const bool alone = pageBreaksLost && key.count(u' ') >= 2;
        line.dropped = repeats || alone;
    }
}

/// Indexes of the first and the last line with text of each page.
QList<qsizetype> pageEdges(const QList<Line> &lines)
{
    QList<qsizetype> edges;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        if (i == lines.size() || (i > 0 && lines.at(i).page != lines.at(i - 1).page)) {
            if (first >= 0)
                edges << first << last;
            first = last = -1;
        }
        if (i < lines.size() && !lines.at(i).text.isEmpty() && !lines.at(i).dropped) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    return edges;
}

/// Drops a running header or footer of any case that a paged input repeats
/// at the top or foot of half its pages or more, its numbers aside
/// ("Informe 2025 · página 3"); never one of the template's headings.
void dropRepeatedPageEdges(QList<Line> &lines)
{
    static const QRegularExpression digits(u"\\d+"_s);
    const QList<qsizetype> edges = pageEdges(lines);
    QHash<QString, QSet<int>> pagesOf;
    for (const qsizetype i : edges)
        pagesOf[QString(lines.at(i).text).replace(digits, u"#"_s)].insert(lines.at(i).page);
    const qsizetype pages = edges.size() / 2;
    for (const qsizetype i : edges) {
        const qsizetype count = pagesOf.value(QString(lines.at(i).text).replace(digits, u"#"_s)).size();
        const HeadingLine heading = headingOf(lines.at(i).text);
        if (count >= 2 && count * 2 >= pages && heading.heading == Heading::None && !heading.label)
            lines[i].dropped = true;
    }
}

const QRegularExpression &footnoteMarker()
{
    // A number of one or two digits glued to the end of a word with lower case.
    static const QRegularExpression marker(
        u"(?<![\\p{L}\\p{N}])(\\p{L}*\\p{Ll}\\p{L}*)(\\d{1,2})(?![\\p{L}\\p{N}])"_s);
    return marker;
}

void collectMarkers(const QString &text, QSet<int> &markers)
{
    auto it = footnoteMarker().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(1) >= 3)
            markers.insert(m.captured(2).toInt());
    }
}

/// text without the markers of the footnotes in numbers ("Técnica1" -> "Técnica").
QString withoutMarkers(const QString &text, const QSet<int> &numbers)
{
    QString out;
    qsizetype done = 0;
    auto it = footnoteMarker().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(1) < 3 || !numbers.contains(m.captured(2).toInt()))
            continue;
        out += QStringView(text).sliced(done, m.capturedStart(2) - done);
        done = m.capturedEnd(2);
    }
    out += QStringView(text).sliced(done);
    return out;
}

/// The number of the footnote that line starts, or 0.
int footnoteStart(const Line &line, const QSet<int> &markers, const QSet<int> &taken)
{
    static const QRegularExpression start(u"^(\\d{1,2})\\s*\\p{Lu}"_s);
    const auto m = start.match(line.text);
    if (!m.hasMatch())
        return 0;
    const int number = m.captured(1).toInt();
    return markers.contains(number) && !taken.contains(number) ? number : 0;
}

int longestLine(const QList<Line> &lines, int page)
{
    qsizetype longest = 0;
    for (const Line &line : lines) {
        if (line.page == page)
            longest = std::max(longest, line.text.size());
    }
    return int(longest);
}

/// Takes the footnote that starts at lines[first] out of the body, with the
/// lines that continue it (see the header), and returns it.
Footnote takeFootnote(QList<Line> &lines, qsizetype first, int number, const QSet<int> &markers,
                      const QSet<int> &taken)
{
    const int measure = longestLine(lines, lines.at(first).page);
    Footnote note{number, lines.at(first).text, lines.at(first).page};
    note.text.remove(0, QString::number(number).size());
    lines[first].dropped = true;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        Line &line = lines[i];
        const Line &before = lines.at(i - 1);
        const bool full = before.text.size() * 5 >= measure * 4;
        if (line.text.isEmpty() || line.brokenPage || line.page != before.page || !full
            || line.dropped || isPageNumber(line.text) || footnoteStart(line, markers, taken))
            break;
        note.text += u' ' + line.text;
        line.dropped = true;
    }
    note.text = note.text.simplified();
    return note;
}

/// Takes every footnote out of the body, in reading order: a footnote comes
/// after its marker. Then removes the markers of the footnotes found.
QList<Footnote> takeFootnotes(QList<Line> &lines)
{
    QList<Footnote> notes;
    QSet<int> markers;
    QSet<int> taken;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).dropped || lines.at(i).text.isEmpty())
            continue;
        if (const int number = footnoteStart(lines.at(i), markers, taken)) {
            notes.append(takeFootnote(lines, i, number, markers, taken));
            taken.insert(number);
            continue;
        }
        collectMarkers(lines.at(i).text, markers);
    }
    for (Line &line : lines) {
        if (!line.dropped)
            line.text = withoutMarkers(line.text, taken);
    }
    return notes;
}

} // namespace

namespace {

QList<Line> linesOf(const SourcePages &pages)
{
    QList<Line> lines;
    for (const ReportPage &page : pages) {
        for (const QString &text : page.lines) {
            const QString simple = text.simplified();
            lines.append({simple, page.number, !simple.isEmpty() && text.front().isSpace(), false});
        }
    }
    return lines;
}

/// Prefixes that Spanish may write with a hyphen before a word
/// ("pre-cooperativos", "ex-ministra"). Short ones that also begin common
/// words (co, pro, sub, inter) are left out: a syllable break is likelier.
bool isHyphenPrefix(const QString &lower)
{
    static const QSet<QString> prefixes{
        u"pre"_s,   u"pos"_s,    u"post"_s, u"ex"_s,    u"anti"_s,  u"semi"_s,  u"seudo"_s,
        u"pseudo"_s, u"vice"_s,  u"ultra"_s, u"micro"_s, u"macro"_s, u"multi"_s, u"socio"_s};
    return prefixes.contains(lower);
}

/// Every word of the body, in lower case, hyphenated ones whole.
QSet<QString> wordsOf(const QList<Line> &lines)
{
    static const QRegularExpression word(u"\\p{L}+(?:-\\p{L}+)*"_s);
    QSet<QString> words;
    for (const Line &line : lines) {
        if (line.dropped)
            continue;
        auto it = word.globalMatch(line.text);
        while (it.hasNext())
            words.insert(it.next().captured().toLower());
    }
    return words;
}

/// Whether the hyphen that ends before, before a line that starts with next
/// (a word in lower case), belongs to a compound (see the header).
bool keepsHyphen(const QString &before, const QString &next, const QSet<QString> &words)
{
    static const QRegularExpression head(u"(\\p{L}+)-$"_s);
    static const QRegularExpression tail(u"^\\p{L}+"_s);
    const QString first = head.match(before).captured(1).toLower();
    const QString second = tail.match(next).captured().toLower();
    if (words.contains(first + u'-' + second))
        return true;
    if (words.contains(first + second))
        return false;
    return isHyphenPrefix(first) && second.size() >= 4;
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression end(u"[.!?…][)\\]\"'»”’]*$"_s);
    return end.match(text).hasMatch();
}

/// Whether a paragraph ends between the line before and the next one:
/// between capitals and lower case, or after the short last line of one.
bool endsParagraph(const QString &before, const QString &next, qsizetype measure)
{
    const int was = capitalsState(before);
    const int is = capitalsState(next);
    if (was >= 0 && is >= 0 && was != is)
        return true;
    return endsSentence(before) && before.size() * 5 < std::max(measure, next.size()) * 4;
}

/// A paragraph being read: its text, and where each of its lines begins.
struct ParagraphBuilder
{
    QString text;
    QList<std::pair<qsizetype, int>> lineStarts; ///< offset in text, page
    QString lastLine;
    qsizetype measure = 0; ///< its longest line

    void append(const Line &line, const QSet<QString> &words)
    {
        const bool hyphen = text.size() >= 2 && text.endsWith(u'-') && text.at(text.size() - 2).isLetter()
                            && line.text.front().isLower();
        if (hyphen && !keepsHyphen(QStringView(text).last(std::min<qsizetype>(text.size(), 64)).toString(),
                                   line.text, words))
            text.chop(1);
        else if (!hyphen && !text.isEmpty())
            text += u' ';
        lineStarts.append({text.size(), line.page});
        text += line.text;
        lastLine = line.text;
        measure = std::max(measure, line.text.size());
    }

    int pageAt(qsizetype offset) const
    {
        int page = lineStarts.isEmpty() ? 0 : lineStarts.constFirst().second;
        for (const auto &[start, linePage] : lineStarts) {
            if (start > offset)
                break;
            page = linePage;
        }
        return page;
    }
};

/// Where each sentence of text begins and ends (see ReportLayout::sentences).
QList<std::pair<qsizetype, qsizetype>> sentenceSpans(const QString &text)
{
    static const QSet<QString> abbreviations{
        u"sr"_s,  u"sra"_s, u"srta"_s, u"dr"_s,   u"dra"_s,  u"lic"_s,   u"ing"_s,  u"art"_s,
        u"arts"_s, u"nro"_s, u"núm"_s, u"pág"_s, u"págs"_s, u"aprox"_s, u"ud"_s, u"uds"_s,
        u"av"_s,  u"cía"_s, u"depto"_s, u"ej"_s};
    static const QRegularExpression boundary(u"([.!?…])[)\\]\"'»”’]*(\\s+)(?=[\\p{Lu}\\p{N}¿¡\"“«(‘])"_s);
    static const QRegularExpression wordBefore(u"(\\p{L}+)$"_s);
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype start = 0;
    auto it = boundary.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == u"."_s) {
            const QString word = wordBefore.match(QStringView(text).first(m.capturedStart(1))).captured(1);
            if (abbreviations.contains(word.toLower()) || (word.size() == 1 && word.front().isUpper()))
                continue;
        }
        spans.append({start, m.capturedStart(2)});
        start = m.capturedEnd(2);
    }
    if (start < text.size())
        spans.append({start, text.size()});
    return spans;
}

Paragraph finish(ParagraphBuilder &builder)
{
    Paragraph paragraph;
    paragraph.text = builder.text;
    for (const auto &[start, end] : sentenceSpans(builder.text))
        paragraph.sentences.append({builder.text.sliced(start, end - start), builder.pageAt(start)});
    builder = {};
    return paragraph;
}

Paragraph headingParagraph(const Line &line, const HeadingLine &heading)
{
    static const QRegularExpression label(u"\\bNUBE DE PALABRAS\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const QString text = QString(line.text).remove(label).simplified();
    return {text, {{text, line.page}}, heading.heading, heading.number};
}

QList<Paragraph> paragraphsOf(const QList<Line> &lines)
{
    const QSet<QString> words = wordsOf(lines);
    QList<Paragraph> paragraphs;
    ParagraphBuilder builder;
    for (const Line &line : lines) {
        if (line.dropped || line.text.isEmpty())
            continue;
        const HeadingLine heading = headingOf(line.text);
        if (heading.label)
            continue;
        const bool ends = heading.heading != Heading::None
                          || endsParagraph(builder.lastLine, line.text, builder.measure);
        if (!builder.text.isEmpty() && ends)
            paragraphs.append(finish(builder));
        if (heading.heading != Heading::None)
            paragraphs.append(headingParagraph(line, heading));
        else
            builder.append(line, words);
    }
    if (!builder.text.isEmpty())
        paragraphs.append(finish(builder));
    return paragraphs;
}

} // namespace

SourcePages ReportText::fromPlainText(const QString &text)
{
    const auto linesOfText = [](QStringView page) {
        QStringList lines;
        for (const QStringView line : page.split(u'\n'))
            lines.append(line.endsWith(u'\r') ? line.chopped(1).toString() : line.toString());
        return lines;
    };
    if (!text.contains(u'\f'))
        return {{0, linesOfText(text)}};
    QStringList chunks = text.split(u'\f');
    if (chunks.size() > 1 && chunks.constLast().trimmed().isEmpty())
        chunks.removeLast(); // pdftotext ends every page, the last too, with '\f'
    SourcePages pages;
    for (qsizetype i = 0; i < chunks.size(); ++i)
        pages.append({int(i) + 1, linesOfText(chunks.at(i))});
    return pages;
}

ReportBody ReportLayout::read(const SourcePages &pages)
{
    QList<Line> lines = linesOf(pages);
    const bool pageBreaksLost = pages.size() == 1 && pages.constFirst().number == 0;
    dropRunningHeaders(lines, pageBreaksLost);
    if (!pageBreaksLost)
        dropRepeatedPageEdges(lines);
    for (Line &line : lines) {
        if (!line.dropped && isPageNumber(line.text))
            line.dropped = true;
    }
    ReportBody body;
    body.footnotes = takeFootnotes(lines);
    body.paragraphs = paragraphsOf(lines);
    return body;
}

QList<Paragraph> ReportLayout::paragraphs(const SourcePages &pages)
{
    return read(pages).paragraphs;
}

QStringList ReportLayout::sentences(const QString &text)
{
    QStringList out;
    for (const auto &[start, end] : sentenceSpans(text))
        out.append(text.sliced(start, end - start));
    return out;
}
