// buildCondition() on arbitrary search text: the SQL is made of constants
// only (the same for any words of the same count), every ? has its value,
// every LIKE pattern matches its word literally, and on a real database the
// search finds exactly the rows whose search text holds every word.

#include "fuzzsupport.h"

#include "filter.h"
#include "querytablemodel.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

/// What a pattern "%word%" written for "LIKE ? ESCAPE '\'" matches between
/// its two wildcards, or a null string when it has any other wildcard or a
/// dangling escape: then it would match more than the word.
QString literalOf(const QString &pattern)
{
    if (pattern.size() < 2 || !pattern.startsWith(u'%') || !pattern.endsWith(u'%'))
        return {};
    QString literal = QStringLiteral(""); // not null: an empty word is still an answer
    for (qsizetype i = 1; i < pattern.size() - 1; ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' || c == u'_')
            return {};
        if (c == u'\\') {
            if (++i == pattern.size() - 1)
                return {};
            const QChar escaped = pattern.at(i);
            if (escaped != u'\\' && escaped != u'%' && escaped != u'_')
                return {};
            literal += escaped;
            continue;
        }
        literal += c;
    }
    return literal;
}

void checkCondition(const Filter &filter, const FilterColumns &columns, const QStringList &words)
{
    const SqlCondition condition = buildCondition(filter, columns);
    FUZZ_CHECK(condition.where.count(u'?') == condition.values.size(),
               condition.where + QStringLiteral(" with %1 values").arg(condition.values.size()));

    // The same filter with other words of the same count gives the same SQL:
    // no word of the user's is in it.
    Filter placeholder = filter;
    placeholder.text = QStringList(words.size(), QStringLiteral("w")).join(u' ');
    FUZZ_CHECK(buildCondition(placeholder, columns).where == condition.where, condition.where);

    if (!columns.search)
        return;
    // The search words' patterns come last, in the words' order.
    FUZZ_CHECK(condition.values.size() >= words.size(), condition.where);
    const qsizetype first = condition.values.size() - words.size();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString pattern = condition.values.at(first + i).toString();
        FUZZ_CHECK(literalOf(pattern) == words.at(i), words.at(i) + QStringLiteral(" as ") + pattern);
    }
}

/// The search text of every result, to count by hand what a search finds.
const QStringList &resultSearchTexts()
{
    static const QStringList texts = [] {
        QStringList all;
        QSqlQuery query(FuzzSupport::fixture().db->connection());
        FUZZ_CHECK(query.exec(QStringLiteral("SELECT search_text FROM result")), query.lastError().text());
        while (query.next())
            all << query.value(0).toString();
        return all;
    }();
    return texts;
}

/// Runs the results table's count for a text-only filter on the database and
/// compares it with the rows whose search text holds every word.
void checkSearch(const Filter &filter, const QStringList &words)
{
    const TableSpec &spec = TableSpec::results();
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    QSqlQuery query(FuzzSupport::fixture().db->connection());
    FUZZ_CHECK(query.prepare(spec.countStatement(condition)), query.lastError().text());
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    FUZZ_CHECK(query.exec() && query.next(), query.lastError().text());
    const qsizetype found = query.value(0).toLongLong();

    qsizetype expected = 0;
    for (const QString &text : resultSearchTexts()) {
        bool all = true;
        for (const QString &word : words)
            all = all && text.contains(word);
        expected += all ? 1 : 0;
    }
    FUZZ_CHECK(found == expected,
               QStringLiteral("«%1» found %2 results, not %3").arg(filter.text).arg(found).arg(expected));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Filter search;
    search.text = FuzzSupport::utf8(data, size);
    // A NUL separates words, as a space does (buildCondition's rule: SQLite
    // reads a LIKE pattern only up to one, PostgreSQL keeps none).
    QString text = search.text;
    text.replace(QChar(0), u' ');
    const QStringList words = TextFold::fold(text).split(u' ', Qt::SkipEmptyParts);

    Filter everything = search;
    everything.year = 2025;
    everything.objective = 1;
    everything.programIds = {1, 2, 3};
    everything.regionId = 5;

    for (const TableSpec *spec : {&TableSpec::results(), &TableSpec::indicators(), &TableSpec::milestones()}) {
        for (const FilterColumns &columns : {spec->filterColumns, spec->keptColumns}) {
            checkCondition(search, columns, words);
            checkCondition(everything, columns, words);
        }
    }
    checkSearch(search, words);
    return 0;
}
