#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// One word of a word cloud and how often it occurs.
struct WordCount
{
    QString word;
    int count = 0;

    friend bool operator==(const WordCount &, const WordCount &) = default;
};

namespace WordFrequency {

/// Counts the words of Spanish texts for a word cloud, most frequent first.
///
/// A word is a run of letters (accented letters and ñ included); anything else
/// separates words, so "pre-cooperativos" gives "pre" and "cooperativos".
/// Words are counted case- and accent-insensitively ("Gestión", "gestión" and
/// "gestion" are one word; "año" and "ano" stay apart) and shown in lower case
/// in their most frequent spelling, accents kept ("gestión"). Spanish stop
/// words, words of fewer than three letters and the report's boilerplate
/// ("acción", "priorizado", "informar", ...) are left out. Sorted by count
/// descending, then by word; at most limit entries (none when limit <= 0).
QList<WordCount> frequencies(const QStringList &texts, int limit);

/// True for a Spanish stop word (article, preposition, conjunction, pronoun,
/// or a form of ser, estar, haber, tener, hacer, poder...). folded is a word
/// as TextFold::fold() gives it: lower case, accents removed ("mas", "esta").
bool isStopWord(QStringView folded);

} // namespace WordFrequency
