#include "numbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringView>

#include <cmath>

namespace {

/// The context of this file's messages in resources/translations.
struct ImportFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)
};


// ---- Numbers ---------------------------------------------------------------

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text.at(begin).isSpace()) // U+00A0 and U+202F are spaces too
        ++begin;
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return text.mid(begin, end - begin);
}

/// A number as the C locale reads it ("-1487480.5"), or the reason it is not one.
struct Lexed
{
    QString canonical;
    bool fraction = false;
    QString reason; ///< empty when canonical is valid
};

// "1.487.480": groups of three after a first group of one to three digits
// that does not start with 0. Returns the digits without dots, or a null
// string when the grouping is wrong.
QString ungroup(QStringView integer)
{
    QString digits;
    qsizetype group = 0;
    for (QStringView part : integer.tokenize(u'.')) {
        const bool ok = isDigits(part)
            && (group == 0 ? part.size() <= 3 && part.at(0) != u'0' : part.size() == 3);
        if (!ok)
            return {};
        digits += part;
        ++group;
    }
    return digits;
}

Lexed lex(QStringView text, NumberStyle style)
{
    Lexed out;
    const QString shown = text.toString();
    const auto notANumber = [&shown] { return ImportFieldsText::tr("no es un número: «%1»").arg(shown); };

    QStringView body = text;
    const bool negative = body.startsWith(u'-');
    if (negative)
        body = body.sliced(1);
    for (const QChar c : body) {
        if ((c < u'0' || c > u'9') && c != u'.' && c != u',') {
            out.reason = notANumber();
            return out;
        }
    }
    const QChar decimalMark = style == NumberStyle::Plain ? u'.' : u',';
    const QChar otherMark = style == NumberStyle::Plain ? u',' : u'.';
    if (style == NumberStyle::Plain && body.contains(otherMark)) {
        out.reason = ImportFieldsText::tr("no es un número: «%1» (en este archivo los decimales se escriben con punto, "
                                          "como 51.8)")
                         .arg(shown);
        return out;
    }
    if (body.count(decimalMark) > 1) {
        out.reason = style == NumberStyle::Plain
            ? ImportFieldsText::tr("no es un número: «%1» (en este archivo los números van sin separador de miles, "
                 "como 1487480)").arg(shown)
            : notANumber();
        return out;
    }

    const qsizetype mark = body.indexOf(decimalMark);
    QStringView integer = mark < 0 ? body : body.first(mark);
    const QStringView fraction = mark < 0 ? QStringView() : body.sliced(mark + 1);
    if (mark >= 0 && !isDigits(fraction)) {
        out.reason = fraction.contains(otherMark)
            ? ImportFieldsText::tr("separador de miles mal puesto: «%1»").arg(shown)
            : notANumber();
        return out;
    }
    QString digits;
    if (integer.contains(otherMark)) { // only Chilean gets here
        digits = ungroup(integer);
        if (digits.isNull()) {
            out.reason = ImportFieldsText::tr("separador de miles mal puesto: «%1»").arg(shown);
            return out;
        }
    } else if (isDigits(integer)) {
        digits = integer.toString();
    } else {
        out.reason = notANumber();
        return out;
    }

    out.canonical.reserve(digits.size() + fraction.size() + 2);
    if (negative)
        out.canonical += u'-';
    out.canonical += digits;
    if (mark >= 0) {
        out.canonical += u'.';
        out.canonical += fraction;
        out.fraction = true;
    }
    return out;
}

// What one numeric cell says about the style.
enum class Evidence { None, Plain, Chilean, ThreeDecimalsOrThousands };

Evidence evidence(const QString &cell)
{
    QStringView body = trimmed(cell);
    if (body.startsWith(u'-'))
        body = body.sliced(1);
    const qsizetype commas = body.count(u',');
    const qsizetype dots = body.count(u'.');
    if (commas == 0 && dots == 0)
        return Evidence::None;
    if (commas > 0)
        return lex(body, NumberStyle::Chilean).reason.isEmpty() ? Evidence::Chilean : Evidence::None;
    if (dots > 1)
        return ungroup(body).isNull() ? Evidence::None : Evidence::Chilean;
    const qsizetype dot = body.indexOf(u'.');
    const QStringView integer = body.first(dot);
    const QStringView fraction = body.sliced(dot + 1);
    if (!isDigits(integer) || !isDigits(fraction))
        return Evidence::None;
    if (integer.size() <= 3 && integer.at(0) != u'0' && fraction.size() == 3)
        return Evidence::ThreeDecimalsOrThousands;
    return Evidence::Plain;
}

} // namespace

NumberStyle Numbers::detectStyle(const QStringList &wholeSamples, const QStringList &decimalSamples,
                              QChar separator)
{
    qsizetype plain = 0;
    qsizetype chilean = 0;
    const auto weigh = [&](const QStringList &samples, bool whole) {
        for (const QString &sample : samples) {
            switch (evidence(sample)) {
            case Evidence::Plain: ++plain; break;
            case Evidence::Chilean: ++chilean; break;
            // "1.455" as a plain decimal would not be whole.
            case Evidence::ThreeDecimalsOrThousands: chilean += whole ? 1 : 0; break;
            case Evidence::None: break;
            }
        }
    };
    weigh(wholeSamples, true);
    weigh(decimalSamples, false);
    if (chilean != plain)
        return chilean > plain ? NumberStyle::Chilean : NumberStyle::Plain;
    return separator == u';' ? NumberStyle::Chilean : NumberStyle::Plain;
}

namespace {

/// The checks both parsers share: a number in the style, or nullopt with
/// *reason set (empty for empty text: no value).
std::optional<Lexed> lexNumber(const QString &text, NumberStyle style, QString *reason)
{
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QStringView body = trimmed(text);
    if (body.isEmpty())
        return fail(QString());
    Lexed lexed = lex(body, style);
    if (!lexed.reason.isEmpty())
        return fail(lexed.reason);
    if (reason)
        reason->clear();
    return lexed;
}

QString tooLarge(const QString &text)
{
    return ImportFieldsText::tr("número demasiado grande: «%1»; Mirador guarda cifras de hasta %2")
        .arg(trimmed(text), QLocale(QLocale::Spanish, QLocale::Chile).toString(maxFigure));
}

} // namespace

std::optional<double> Numbers::parse(const QString &text, NumberStyle style, QString *reason)
{
    const auto lexed = lexNumber(text, style, reason);
    if (!lexed)
        return std::nullopt;
    bool ok = false;
    const double value = lexed->canonical.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::abs(value) > double(maxFigure)) {
        if (reason)
            *reason = tooLarge(text);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> Numbers::parseWhole(const QString &text, NumberStyle style, QString *reason)
{
    const auto lexed = lexNumber(text, style, reason);
    if (!lexed)
        return std::nullopt;
    if (lexed->fraction) {
        if (reason)
            *reason = ImportFieldsText::tr("debe ser un número entero: «%1»").arg(trimmed(text));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = lexed->canonical.toLongLong(&ok);
    if (!ok || value > maxFigure || value < -maxFigure) {
        if (reason)
            *reason = tooLarge(text);
        return std::nullopt;
    }
    return value;
}

std::optional<QString> Numbers::exact(const QString &text, NumberStyle style, QString *reason)
{
    const auto lexed = lexNumber(text, style, reason);
    if (!lexed)
        return std::nullopt;
    return lexed->canonical;
}
