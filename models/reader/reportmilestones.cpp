#include "reportmilestones.h"

#include "spanishfigures.h"
#include "textfold.h"

#include <QRegularExpression>

namespace {

constexpr auto reOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

const QRegularExpression &milestoneWord()
{
    static const QRegularExpression re(QStringLiteral("(?<!\\bde )\\b(convenios?|acuerdos?|publicaci[oó]n(?:es)?|"
                                                      "public[oó]|libros?|estudios?|catastros?|"
                                                      "adjudicaci[oó]n(?:es)?|adjudic[oó])\\b"),
                                       reOptions);
    return re;
}

/// The milestone's kind from the word that names it (folded).
QString kindOf(const QString &word)
{
    const QString w = TextFold::fold(word);
    if (w.startsWith(u"convenio"))
        return QStringLiteral("convenio");
    if (w.startsWith(u"acuerdo"))
        return QStringLiteral("acuerdo");
    if (w.startsWith(u"estudio"))
        return QStringLiteral("estudio");
    if (w.startsWith(u"adjudic"))
        return QStringLiteral("hito");
    return QStringLiteral("publicación"); // publicación, publicó, libro, catastro
}

/// A name or an acronym after "con" / "junto a" ("con SUBREI", "Con ProChile").
QString counterpartIn(const QString &sentence)
{
    static const QRegularExpression with(QStringLiteral("\\b(?:con|junto a)\\s+(?:(?:el|la|los|las)\\s+)?"), reOptions);
    for (auto it = with.globalMatch(sentence); it.hasNext();) {
        const QString name = ReportProposals::nameAt(sentence, it.next().capturedEnd());
        if (!name.isEmpty())
            return name;
    }
    return {};
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// The items of a list: split before ", la X", " y el X" (an article and a
/// capital) and before " y otro".
QStringList listItems(const QString &list)
{
    static const QRegularExpression split(
        QStringLiteral("(?:,\\s+|\\s+y\\s+|\\s+e\\s+)(?=(?:el|la|los|las)\\s+\\p{Lu}|otr[oa]s?\\s)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList items;
    for (const QString &item : list.split(split, Qt::SkipEmptyParts))
        items << withoutFinalStop(item);
    return items;
}

/// Where the list of named items starts after the milestone's word: after
/// ':' or "como (lo es|son)"; -1 when none.
qsizetype listStart(const QString &sentence, qsizetype from)
{
    const qsizetype colon = sentence.indexOf(u':', from);
    if (colon >= 0)
        return colon + 1;
    static const QRegularExpression as(QStringLiteral("\\bcomo\\s+(?:(?:lo\\s+)?(?:es|son)\\s+)?"), reOptions);
    const QRegularExpressionMatch m = as.match(sentence, from);
    return m.hasMatch() ? m.capturedEnd() : -1;
}

/// How many the sentence says there are: a count whose noun is the word's
/// ("3 acuerdos", "dos publicaciones"); 0 when it does not say.
int howMany(const QString &sentence, const QString &word)
{
    const QString stem = TextFold::fold(word).left(6);
    for (const FoundFigure &f : SpanishFigures::scan(sentence)) {
        if (f.kind == FoundFigure::Kind::Count && TextFold::fold(f.unit).startsWith(stem))
            return f.value.toInt();
    }
    return 0;
}

/// One item of a list: its title and counterpart.
void readItem(const QString &item, Proposal *m)
{
    static const QRegularExpression other(QStringLiteral("^otr[oa]s?\\s+de\\s+"), reOptions);
    static const QRegularExpression article(QStringLiteral("^(?:el|la|los|las)\\s+"), reOptions);
    static const QRegularExpression acronym(QStringLiteral("\\((\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu})\\)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString text = item;
    const QRegularExpressionMatch o = other.match(text);
    if (o.hasMatch()) {
        const QString who = ReportProposals::nameAt(text, o.capturedEnd());
        if (!who.isEmpty()) {
            m->counterpart = who;
            text = text.mid(o.capturedEnd() + who.size()).trimmed();
            if (text.startsWith(u','))
                text = text.mid(1).trimmed();
        }
    }
    text.remove(article);
    m->title = capitalised(text);
    const QRegularExpressionMatch a = acronym.match(text);
    if (a.hasMatch())
        m->counterpart = a.captured(1);
    else if (m->unit == u"convenio" || m->unit == u"acuerdo")
        m->counterpart = ReportProposals::nameAt(text, 0); // the item is who it was agreed with
}

/// The title of a milestone that names no list: after "titulado", else the
/// phrase from its word to the first comma or clause.
QString singleTitle(const QString &sentence, qsizetype wordStart)
{
    const qsizetype titled = ReportMilestones::titleStart(sentence);
    if (titled >= wordStart)
        return withoutFinalStop(sentence.mid(titled));
    // up to a comma, a clause, or a participle that starts one ("convenio de colaboración orientado a …")
    static const QRegularExpression end(
        QStringLiteral("[,;:]|\\s(?:para|que|a fin de)\\s|\\s\\p{Ll}{3,}(?:ad|id)[oa]s?\\s+(?:a|al|en|por|con)\\s"), reOptions);
    const QRegularExpressionMatch e = end.match(sentence, wordStart);
    return capitalised(withoutFinalStop(sentence.mid(wordStart, e.hasMatch() ? e.capturedStart() - wordStart : -1)));
}

} // namespace

namespace ReportMilestones {

qsizetype titleStart(const QString &sentence)
{
    static const QRegularExpression titled(QStringLiteral("\\b(?:titulad|denominad|llamad)[oa]s?\\s+"), reOptions);
    const QRegularExpressionMatch t = titled.match(sentence);
    return t.hasMatch() ? t.capturedEnd() : -1;
}

QList<Proposal> inSentence(const QString &sentence, const QString &previous)
{
    const QRegularExpressionMatch word = milestoneWord().match(sentence);
    if (!word.hasMatch())
        return {};
    static const QRegularExpression definite(QStringLiteral("^(?:el|la|los|las|este|esta|dicho|dicha)\\s+$"),
                                             reOptions);
    if (definite.match(sentence.first(word.capturedStart())).hasMatch() && milestoneWord().match(previous).hasMatch())
        return {}; // "El estudio, que …" goes on about the milestone the sentence before named
    Proposal m;
    m.kind = Proposal::Kind::Milestone;
    m.unit = kindOf(word.captured(1));
    m.counterpart = counterpartIn(sentence);
    m.sourceQuote = sentence;
    m.start = word.capturedStart();
    m.length = word.capturedLength();
    const int count = howMany(sentence, word.captured(1));
    const qsizetype from = listStart(sentence, word.capturedEnd());
    const QStringList items = from >= 0 ? listItems(sentence.mid(from)) : QStringList();
    if (items.size() < 2 || (count > 0 && items.size() != count)) {
        m.title = singleTitle(sentence, word.capturedStart());
        return {m};
    }
    QList<Proposal> named;
    for (const QString &item : items) {
        Proposal one = m;
        readItem(item, &one);
        named << one;
    }
    return named;
}

} // namespace ReportMilestones
