#include "sentenceonpage.h"

#include "textfold.h"

namespace SentenceOnPage {
namespace {

/// Page words that may come between two words of the sentence: a footnote
/// marker, a page number, the running header's few words.
constexpr int maxSkipped = 12;

/// A word without the punctuation around it, folded.
QString key(const QString &word)
{
    qsizetype first = 0;
    qsizetype last = word.size();
    while (first < last && !word.at(first).isLetterOrNumber())
        ++first;
    while (last > first && !word.at(last - 1).isLetterOrNumber())
        --last;
    return TextFold::fold(QStringView(word).mid(first, last - first));
}

/// A page word matches a sentence word when they are the same, or when the
/// page's has a footnote marker glued to its end ("técnica1").
bool matches(const QString &page, const QString &sentence)
{
    if (page == sentence)
        return true;
    if (sentence.isEmpty() || !page.startsWith(sentence) || sentence.back().isDigit())
        return false;
    for (qsizetype i = sentence.size(); i < page.size(); ++i) {
        if (!page.at(i).isDigit())
            return false;
    }
    return true;
}

struct Word
{
    QString key;
    qsizetype start = 0; ///< in the sentence
    qsizetype end = 0;
};

QList<Word> wordsOf(const QString &sentence)
{
    QList<Word> words;
    qsizetype i = 0;
    while (i < sentence.size()) {
        while (i < sentence.size() && sentence.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < sentence.size() && !sentence.at(i).isSpace())
            ++i;
        if (i > start) {
            const QString folded = key(sentence.mid(start, i - start));
            if (!folded.isEmpty())
                words.append({folded, start, i});
        }
    }
    return words;
}

/// The page words that match sentence words from `from` on, starting at page
/// word `at`: (page index, sentence index) pairs.
QList<std::pair<int, int>> runFrom(const QStringList &page, const QList<Word> &words, int at, int from)
{
    QList<std::pair<int, int>> run;
    int skipped = 0;
    int j = from;
    for (int i = at; i < page.size() && j < words.size() && skipped <= maxSkipped; ++i) {
        if (matches(page.at(i), words.at(j).key)) {
            run.append({i, j++});
            skipped = 0;
        } else {
            ++skipped;
        }
    }
    return run;
}

} // namespace

Found locate(const QStringList &pageWords, const QString &sentence, qsizetype figureStart, qsizetype figureLength)
{
    QStringList page;
    page.reserve(pageWords.size());
    for (const QString &word : pageWords)
        page << key(word);
    const QList<Word> words = wordsOf(sentence);
    QList<std::pair<int, int>> best;
    for (int i = 0; i < page.size(); ++i) {
        if (page.at(i).isEmpty())
            continue;
        // A sentence may begin on the page before: its run here starts at
        // any of its words.
        for (int j = 0; j < words.size() && words.size() - j > best.size(); ++j) {
            if (!matches(page.at(i), words.at(j).key))
                continue;
            const QList<std::pair<int, int>> run = runFrom(page, words, i, j);
            if (run.size() > best.size())
                best = run;
        }
    }
    Found found;
    for (const auto &[pageIndex, wordIndex] : std::as_const(best)) {
        found.sentence << pageIndex;
        const Word &word = words.at(wordIndex);
        if (figureStart >= 0 && word.start < figureStart + figureLength && word.end > figureStart)
            found.figure << pageIndex;
    }
    return found;
}

} // namespace SentenceOnPage
