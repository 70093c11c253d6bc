// Numbers::parse(), Numbers::parseWhole() and Numbers::detectStyle() on arbitrary
// text: no crash, a reason exactly when there is no value, and every number
// read back from the way Mirador would write it is the same number.

#include "fuzzsupport.h"

#include "importfields.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

const char *styleName(NumberStyle style)
{
    return style == NumberStyle::Plain ? "Plain" : "Chilean";
}

/// "-1487480.5" written in style: unchanged for Plain; "-1.487.480,5" for
/// Chilean (dots between groups of three, a decimal comma).
QString inStyle(const QString &plain, NumberStyle style)
{
    if (style == NumberStyle::Plain)
        return plain;
    const bool negative = plain.startsWith(u'-');
    const QString magnitude = negative ? plain.mid(1) : plain;
    const qsizetype dot = magnitude.indexOf(u'.');
    const QString integer = dot < 0 ? magnitude : magnitude.left(dot);
    QString grouped;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            grouped += u'.';
        grouped += integer.at(i);
    }
    return (negative ? QStringLiteral("-") : QString()) + grouped
        + (dot < 0 ? QString() : u',' + magnitude.mid(dot + 1));
}

/// A value, or none with a reason unless the text is blank.
template <typename Number>
void checkReason(const std::optional<Number> &value, const QString &text, const QString &reason, NumberStyle style)
{
    const auto shown = [&] {
        return QStringLiteral("%1 «%2»: reason «%3»").arg(QLatin1String(styleName(style)), text, reason);
    };
    if (value)
        FUZZ_CHECK(reason.isEmpty(), shown());
    else
        FUZZ_CHECK(reason.isEmpty() == text.trimmed().isEmpty(), shown());
}

void checkStyle(const QString &text, NumberStyle style)
{
    QString reason = QStringLiteral("not set");
    const std::optional<double> number = Numbers::parse(text, style, &reason);
    checkReason(number, text, reason, style);
    reason = QStringLiteral("not set");
    const std::optional<qint64> whole = Numbers::parseWhole(text, style, &reason);
    checkReason(whole, text, reason, style);
    // Without a place to put the reason, the same answer.
    FUZZ_CHECK(Numbers::parse(text, style, nullptr) == number, text);
    FUZZ_CHECK(Numbers::parseWhole(text, style, nullptr) == whole, text);

    if (number) {
        FUZZ_CHECK(std::isfinite(*number), text);
        // The shortest text that reads back as the same double, in each style.
        const QString plain = QString::number(*number, 'f', QLocale::FloatingPointShortest);
        for (const NumberStyle to : {NumberStyle::Plain, NumberStyle::Chilean}) {
            const QString again = inStyle(plain, to);
            const std::optional<double> back = Numbers::parse(again, to, nullptr);
            FUZZ_CHECK(back && *back == *number,
                       QStringLiteral("«%1» (%2) is %3, written «%4» (%5) reads back as %6")
                           .arg(text, QLatin1String(styleName(style)), plain, again, QLatin1String(styleName(to)),
                                back ? QString::number(*back, 'g', 17) : QStringLiteral("nothing")));
        }
    }
    if (whole) {
        // A whole number is a number too, the same one as a double.
        FUZZ_CHECK(number && *number == double(*whole), text);
        for (const NumberStyle to : {NumberStyle::Plain, NumberStyle::Chilean}) {
            const QString again = inStyle(QString::number(*whole), to);
            FUZZ_CHECK(Numbers::parseWhole(again, to, nullptr) == whole,
                       QStringLiteral("«%1» is %2, written «%3» does not read back")
                           .arg(text).arg(*whole).arg(again));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzSupport::utf8(data, size);
    // Each line is a cell; the whole input is one too.
    const QStringList cells = text.split(u'\n');
    checkStyle(text, NumberStyle::Plain);
    checkStyle(text, NumberStyle::Chilean);
    for (const QString &cell : cells) {
        checkStyle(cell, NumberStyle::Plain);
        checkStyle(cell, NumberStyle::Chilean);
        // Digits alone (and a sign) mean the same in both styles.
        const QString body = cell.trimmed();
        if (!body.contains(u'.') && !body.contains(u',')) {
            FUZZ_CHECK(Numbers::parse(cell, NumberStyle::Plain, nullptr)
                           == Numbers::parse(cell, NumberStyle::Chilean, nullptr),
                       cell);
        }
    }

    // The first half of the cells from whole-number columns, the rest from
    // decimal ones; the answer is one of the two styles whatever they hold.
    const qsizetype half = cells.size() / 2;
    for (const QChar separator : {u',', u';', u'\t'}) {
        const NumberStyle style = Numbers::detectStyle(cells.first(half), cells.sliced(half), separator);
        FUZZ_CHECK(style == NumberStyle::Plain || style == NumberStyle::Chilean, QString::number(int(style)));
    }
    return 0;
}
