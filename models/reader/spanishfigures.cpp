#include "spanishfigures.h"

#include "numbers.h"
#include "textfold.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace {

// ---- Tokens ------------------------------------------------------------------

/// A word ("gremios", "pre-cooperativos", "ª"), a run of digits with the
/// dots and commas between them ("1.487.480", "51,8"), or one other character.
struct Token
{
    enum Type { Word, Number, Sign };
    Type type = Sign;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    bool spaceBefore = true; ///< white space (or the sentence's start) before it
};

QList<Token> tokenize(const QString &s)
{
    QList<Token> tokens;
    bool space = true;
    qsizetype i = 0;
    const auto digitAt = [&s](qsizetype at) { return at < s.size() && s.at(at).isDigit() && s.at(at) <= u'9'; };
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.spaceBefore = space;
        if (digitAt(i)) {
            token.type = Token::Number;
            while (digitAt(i) || (i < s.size() && (s.at(i) == u'.' || s.at(i) == u',') && digitAt(i + 1)))
                ++i;
        } else if (c.isLetter()) {
            token.type = Token::Word;
            while (i < s.size()
                   && (s.at(i).isLetter() || s.at(i).isMark()
                       || (s.at(i) == u'-' && i + 1 < s.size() && s.at(i + 1).isLetter())))
                ++i;
        } else {
            token.type = Token::Sign;
            ++i;
        }
        token.end = i;
        token.text = s.sliced(token.start, i - token.start);
        tokens.append(token);
        space = false;
    }
    return tokens;
}

// ---- Words the grammar knows -------------------------------------------------
// All folded (lower case, no accents), as TextFold::fold() writes them.

QString folded(const QString &word)
{
    return TextFold::fold(word);
}

bool isOneOf(const QString &foldedWord, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (foldedWord == QStringView(w))
            return true;
    }
    return false;
}

/// Words after a number that are not what it counts.
bool isFunctionWord(const QString &w)
{
    return isOneOf(w, {u"a", u"al", u"ante", u"con", u"contra", u"de", u"del", u"desde", u"en", u"entre",
                       u"hacia", u"hasta", u"para", u"por", u"segun", u"sin", u"sobre", u"tras", u"durante",
                       u"mediante", u"y", u"e", u"o", u"u", u"ni", u"que", u"el", u"la", u"los", u"las", u"lo",
                       u"un", u"una", u"unos", u"unas", u"se", u"su", u"sus", u"le", u"les", u"mas", u"menos",
                       u"como", u"cuando", u"donde", u"mil", u"millon", u"millones", u"cada", u"aprox",
                       u"aproximadamente", u"respectivamente", u"vs"});
}

bool isMonth(const QString &w)
{
    return isOneOf(w, {u"enero", u"febrero", u"marzo", u"abril", u"mayo", u"junio", u"julio", u"agosto",
                       u"septiembre", u"setiembre", u"octubre", u"noviembre", u"diciembre"});
}

/// Conjugated verbs: "54 incorporaron", "351 exportaron", "5 logró".
bool isVerb(const QString &w)
{
    if (isOneOf(w, {u"es", u"son", u"fue", u"fueron", u"era", u"eran", u"esta", u"estan", u"sera", u"seran",
                    u"ha", u"han", u"habia", u"tiene", u"tienen", u"hay"}))
        return true;
    for (const char16_t *ending : {u"aron", u"ieron", u"eron", u"aban", u"ando", u"iendo", u"ran", u"rian"}) {
        if (w.size() > 5 && w.endsWith(QStringView(ending)))
            return true;
    }
    return false;
}

/// "constituidas", "seleccionadas": a state, not a kind of thing.
bool isParticiple(const QString &w)
{
    for (const char16_t *ending : {u"ado", u"ada", u"ados", u"adas", u"ido", u"ida", u"idos", u"idas"}) {
        if (w.size() > 4 && w.endsWith(QStringView(ending)))
            return true;
    }
    return false;
}

/// Adjectives that say how many or which, not what: "horas totales", "45 nuevos".
bool isQuantityWord(const QString &w)
{
    return isOneOf(w, {u"total", u"totales", u"nuevo", u"nueva", u"nuevos", u"nuevas", u"adicional",
                       u"adicionales", u"restante", u"restantes", u"demas", u"anteriores", u"previos"});
}

/// The number of a heading or a legal text, not a figure: "ACCIÓN 1", "Ley N° 20.416".
bool isReferenceWord(QString w)
{
    w.replace(u'º', u'°');
    if (w.endsWith(u'.'))
        w.chop(1);
    return isOneOf(w, {u"accion", u"acciones", u"objetivo", u"ley", u"leyes", u"decreto", u"articulo",
                       u"art", u"capitulo", u"pagina", u"pag", u"etapa", u"anexo", u"seccion", u"tabla",
                       u"figura", u"grafico", u"cuadro", u"fase", u"resolucion", u"res", u"dfl", u"ds",
                       u"oficio", u"circular", u"numero", u"nro", u"num", u"n°", u"no", u"ano", u"anos",
                       u"periodo", u"version", u"nota"});
}

const QHash<QString, int> &numberWords()
{
    // "un", "una", "uno" are left out: in prose they are articles far more
    // often than figures ("un estudio" is one study, but so is any "un").
    static const QHash<QString, int> words = {
        {QStringLiteral("dos"), 2},        {QStringLiteral("tres"), 3},      {QStringLiteral("cuatro"), 4},
        {QStringLiteral("cinco"), 5},      {QStringLiteral("seis"), 6},      {QStringLiteral("siete"), 7},
        {QStringLiteral("ocho"), 8},       {QStringLiteral("nueve"), 9},     {QStringLiteral("diez"), 10},
        {QStringLiteral("once"), 11},      {QStringLiteral("doce"), 12},     {QStringLiteral("trece"), 13},
        {QStringLiteral("catorce"), 14},   {QStringLiteral("quince"), 15},   {QStringLiteral("dieciseis"), 16},
        {QStringLiteral("diecisiete"), 17}, {QStringLiteral("dieciocho"), 18}, {QStringLiteral("diecinueve"), 19},
        {QStringLiteral("veinte"), 20},    {QStringLiteral("treinta"), 30},  {QStringLiteral("cuarenta"), 40},
        {QStringLiteral("cincuenta"), 50}, {QStringLiteral("sesenta"), 60},  {QStringLiteral("setenta"), 70},
        {QStringLiteral("ochenta"), 80},   {QStringLiteral("noventa"), 90},  {QStringLiteral("cien"), 100},
    };
    return words;
}

// ---- Exact values --------------------------------------------------------------

/// "12.6" with the decimal point moved by exponent places ("12.6", 3 -> "12600"),
/// without leading or trailing zeros.
QString shifted(const QString &plain, int exponent)
{
    const qsizetype dot = plain.indexOf(u'.');
    QString digits = plain;
    digits.remove(u'.');
    qsizetype point = (dot < 0 ? digits.size() : dot) + exponent;
    if (point < 0) {
        digits.prepend(QString(-point, u'0'));
        point = 0;
    }
    if (point > digits.size())
        digits.append(QString(point - digits.size(), u'0'));
    QString integer = digits.first(point);
    QString fraction = digits.sliced(point);
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer.remove(0, 1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? integer : integer + u'.' + fraction;
}

/// The number as a plain decimal: Chilean style first ("1.455" is 1455), then
/// plain ("51.8"); nothing for "1,2,3".
std::optional<QString> exactValue(const QString &written)
{
    if (auto value = Numbers::exact(written, NumberStyle::Chilean, nullptr))
        return shifted(*value, 0);
    if (auto value = Numbers::exact(written, NumberStyle::Plain, nullptr))
        return shifted(*value, 0);
    return std::nullopt;
}

// ---- The scanner ---------------------------------------------------------------

/// What follows a number where a count's noun would be.
struct Follower
{
    enum Kind { Noun, Participle, Modifier, Verb, Nothing };
    Kind kind = Nothing;
    QString unit;
    qsizetype last = -1; ///< the unit's last token
};

class Scanner
{
public:
    explicit Scanner(const QString &sentence)
        : m_sentence(sentence)
        , m_tokens(tokenize(sentence))
    {
    }

    QList<FoundFigure> scan();

private:
    bool glued(qsizetype i) const { return i >= 0 && i < m_tokens.size() && !m_tokens.at(i).spaceBefore; }
    bool isWord(qsizetype i) const { return i >= 0 && i < m_tokens.size() && m_tokens.at(i).type == Token::Word; }
    bool isSign(qsizetype i, QChar c) const
    {
        return i >= 0 && i < m_tokens.size() && m_tokens.at(i).type == Token::Sign && m_tokens.at(i).text == c;
    }
    QString word(qsizetype i) const { return isWord(i) ? folded(m_tokens.at(i).text) : QString(); }

    bool notAFigure(qsizetype i) const;
    bool isYearOrDate(qsizetype i) const;
    Follower follower(qsizetype i) const;
    bool adjectiveAt(qsizetype i) const;
    bool readMoney(qsizetype i, const QString &value);
    bool readPercent(qsizetype i, const QString &value);
    bool readCount(qsizetype i, const QString &value, bool numberWord);
    void add(FoundFigure figure, qsizetype first, qsizetype last);
    int carrySource(qsizetype i) const;

    const QString &m_sentence;
    QList<Token> m_tokens;
    QList<FoundFigure> m_figures;
    QList<qsizetype> m_lastToken; ///< each figure's last token (its unit's, for a count)
    int m_total = -1;             ///< the figure whose parentheses we are in
};

/// Footnote markers, ordinals, dates written with '/', headings and legal numbers.
bool Scanner::notAFigure(qsizetype i) const
{
    if (glued(i) && (isWord(i - 1) || isSign(i - 1, u'/') || isSign(i - 1, u'-')))
        return true; // "Técnica1", "15/03", "2024-2025"
    if (glued(i + 1) && (isWord(i + 1) || isSign(i + 1, u'°') || isSign(i + 1, u'º') || isSign(i + 1, u'/')))
        return true; // "1°", "2ª", "1er", "3/4"
    if (glued(i + 1) && isSign(i + 1, u'-') && glued(i + 2) && m_tokens.value(i + 2).type == Token::Number)
        return true;
    qsizetype before = i - 1;
    QString reference = word(before);
    if (isSign(before, u'°') || isSign(before, u'º') || isSign(before, u'.')) {
        if (glued(before) && isWord(before - 1))
            reference = word(before - 1) + m_tokens.at(before).text;
    }
    return isReferenceWord(reference) || isYearOrDate(i);
}

bool Scanner::isYearOrDate(qsizetype i) const
{
    const QString &text = m_tokens.at(i).text;
    const bool digitsOnly = !text.contains(u'.') && !text.contains(u',');
    if (digitsOnly && text.size() == 4 && text >= u"1900" && text <= u"2100")
        return !isSign(i + 1, u'%') && !isSign(i - 1, u'$'); // a year, unless money or a share
    if (digitsOnly && text.size() <= 2)
        return isMonth(word(i + 1)) || (word(i + 1) == u"de" && isMonth(word(i + 2))); // "15 de marzo"
    return false;
}

/// An adjective that classifies the noun before it: a lower-case content word,
/// not a participle or a quantity word, and not the first of two joined by "y".
bool Scanner::adjectiveAt(qsizetype i) const
{
    if (!isWord(i) || !m_tokens.at(i).spaceBefore || !m_tokens.at(i).text.at(0).isLower())
        return false;
    const QString w = word(i);
    if (isFunctionWord(w) || isVerb(w) || isParticiple(w) || isQuantityWord(w) || isMonth(w)
        || numberWords().contains(w))
        return false;
    const bool coordinated = isOneOf(word(i + 1), {u"y", u"e", u"o", u"u"}) && isWord(i + 2);
    return !coordinated;
}

Follower Scanner::follower(qsizetype i) const
{
    Follower f;
    const qsizetype next = i + 1;
    if (!isWord(next))
        return f;
    const QString w = word(next);
    f.last = next;
    if (isFunctionWord(w) || isMonth(w) || numberWords().contains(w))
        f.kind = Follower::Nothing;
    else if (isVerb(w))
        f.kind = Follower::Verb;
    else if (isQuantityWord(w))
        f.kind = Follower::Modifier;
    else
        f.kind = isParticiple(w) ? Follower::Participle : Follower::Noun;
    if (f.kind == Follower::Noun || f.kind == Follower::Participle) {
        f.unit = m_tokens.at(next).text.toLower();
        if (adjectiveAt(next + 1)) {
            f.unit += u' ' + m_tokens.at(next + 1).text.toLower();
            f.last = next + 1;
        }
    }
    return f;
}

void Scanner::add(FoundFigure figure, qsizetype first, qsizetype last)
{
    const Token &from = m_tokens.at(first);
    figure.start = from.start;
    figure.written = m_sentence.sliced(from.start, m_tokens.at(last).end - from.start);
    if (m_total >= 0 && m_figures.at(m_total).kind == figure.kind)
        figure.breakdownOf = m_total;
    m_figures.append(figure);
    m_lastToken.append(last);
}

/// "M$ 1.487.480", "MM$ 12,6", "$ 12.640 millones", "12.640 millones de pesos".
bool Scanner::readMoney(qsizetype i, const QString &value)
{
    int exponent = -3; // stored in M$
    qsizetype first = i;
    bool money = false;
    if (isSign(i - 1, u'$')) {
        const QString prefix = glued(i - 1) && isWord(i - 2) ? m_tokens.at(i - 2).text : QString();
        if (prefix == u"M")
            exponent += 3;
        else if (prefix == u"MM")
            exponent += 6;
        else if (!prefix.isEmpty())
            return true; // US$ and other currencies: not pesos, and no figure of ours
        first = prefix.isEmpty() ? i - 1 : i - 2;
        money = true;
    }
    qsizetype last = i;
    if (word(last + 1) == u"mil" && isOneOf(word(last + 2), {u"millon", u"millones"})) {
        exponent += 9;
        last += 2;
    } else if (isOneOf(word(last + 1), {u"millon", u"millones"})) {
        exponent += 6;
        last += 1;
    } else if (word(last + 1) == u"mil" && (money || word(last + 2) == u"pesos" || word(last + 3) == u"pesos")) {
        exponent += 3;
        last += 1;
    }
    if (word(last + 1) == u"pesos" || (word(last + 1) == u"de" && word(last + 2) == u"pesos")) {
        last += word(last + 1) == u"pesos" ? 1 : 2;
        money = true;
    }
    if (isOneOf(word(last + 1), {u"dolares", u"usd", u"euros", u"uf"}))
        return true; // another currency or unit of account
    if (!money)
        return false;
    FoundFigure figure;
    figure.kind = FoundFigure::Kind::Money;
    figure.value = shifted(value, exponent);
    figure.unit = QStringLiteral("M$");
    add(figure, first, last);
    return true;
}

/// "51,8%", "51,8 %", "31 por ciento".
bool Scanner::readPercent(qsizetype i, const QString &value)
{
    qsizetype last = -1;
    if (isSign(i + 1, u'%'))
        last = i + 1;
    else if (word(i + 1) == u"por" && word(i + 2) == u"ciento")
        last = i + 2;
    if (last < 0)
        return false;
    FoundFigure figure;
    figure.kind = FoundFigure::Kind::Percent;
    figure.value = value;
    figure.unit = QStringLiteral("%");
    add(figure, i, last);
    return true;
}

/// The count whose noun a number without one takes: the total of the
/// parentheses it is in, or a count just before it, joined by "y" or a comma.
int Scanner::carrySource(qsizetype i) const
{
    if (m_total >= 0)
        return m_total;
    const int previous = int(m_figures.size()) - 1;
    if (previous < 0 || m_figures.at(previous).kind != FoundFigure::Kind::Count)
        return -1;
    for (qsizetype t = m_lastToken.at(previous) + 1; t < i; ++t) {
        if (!isSign(t, u',') && !isOneOf(word(t), {u"y", u"e"}))
            return -1;
    }
    return previous;
}

bool Scanner::readCount(qsizetype i, const QString &value, bool numberWord)
{
    // "440 mil empleos", "1,2 millones de personas"
    const bool millions = isOneOf(word(i + 1), {u"millon", u"millones"});
    const bool thousandMillions = word(i + 1) == u"mil" && isOneOf(word(i + 2), {u"millon", u"millones"});
    const int exponent = thousandMillions ? 9 : millions ? 6 : word(i + 1) == u"mil" ? 3 : 0;
    const qsizetype end = i + (thousandMillions ? 2 : exponent > 0 ? 1 : 0);
    const Follower f = follower(exponent > 0 && word(end + 1) == u"de" ? end + 1 : end);
    int source = -1;
    if (f.kind == Follower::Participle || f.kind == Follower::Modifier || f.kind == Follower::Nothing)
        source = carrySource(i);
    if (f.kind == Follower::Verb && !m_figures.isEmpty() && m_figures.constLast().kind == FoundFigure::Kind::Count)
        source = int(m_figures.size()) - 1; // "de los 153 proyectos … 54 incorporaron"
    if (numberWord && f.kind != Follower::Noun)
        return false; // "dos de ellos", "tres veces se…": words need their noun
    if (f.kind == Follower::Nothing && source < 0)
        return false; // a bare number: a page, a reference, a fragment
    FoundFigure figure;
    figure.kind = FoundFigure::Kind::Count;
    figure.value = shifted(value, exponent);
    if (source >= 0 && f.kind != Follower::Noun) {
        figure.unit = m_figures.at(source).unit;
        figure.unitCarried = !figure.unit.isEmpty();
    } else {
        figure.unit = f.unit;
    }
    add(figure, i, end);
    if (f.kind == Follower::Noun || (f.kind == Follower::Participle && source < 0))
        m_lastToken.last() = f.last;
    return true;
}

QList<FoundFigure> Scanner::scan()
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const Token &token = m_tokens.at(i);
        if (token.type == Token::Sign) {
            if (token.text == u"(" && !m_figures.isEmpty() && m_lastToken.constLast() == i - 1)
                m_total = int(m_figures.size()) - 1;
            else if (token.text == u")")
                m_total = -1;
            continue;
        }
        if (token.type == Token::Word) {
            const bool sentenceStart = i == 0 || (isSign(i - 1, u'.') || isSign(i - 1, u':'));
            const QString w = token.text.at(0).isUpper() && sentenceStart ? token.text.toLower() : token.text;
            const auto number = numberWords().constFind(folded(w));
            if (number != numberWords().cend() && w.at(0).isLower() && !glued(i + 1))
                readCount(i, QString::number(*number), true);
            continue;
        }
        if (notAFigure(i))
            continue;
        const std::optional<QString> value = exactValue(token.text);
        if (!value)
            continue;
        if (!readMoney(i, *value) && !readPercent(i, *value))
            readCount(i, *value, false);
    }
    return m_figures;
}

} // namespace

QList<FoundFigure> SpanishFigures::scan(const QString &sentence)
{
    return Scanner(sentence).scan();
}
