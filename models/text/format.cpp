#include "format.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace Format {

namespace {

/// The context of this file's messages in resources/translations.
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

QString moneyNote()
{
    return FormatText::tr("M$ = miles de pesos");
}

void initDefaultLocale()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Chile));
    else
        QLocale::setDefault(system);
}

QString integer(qint64 value)
{
    return QLocale().toString(value);
}

QString decimal(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15)
        return integer(static_cast<qint64>(value));
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString percent(double value)
{
    return decimal(value) + QStringLiteral(" %");
}

QString withUnit(double value, const QString &unit)
{
    if (unit == u"%")
        return percent(value);
    if (unit == u"M$")
        return QStringLiteral("M$ ") + decimal(value);
    return decimal(value) + u' ' + unit;
}

QString singularUnit(const QString &unit)
{
    QStringList words = unit.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word.size() < 4 || !word.endsWith(u's'))
            continue;
        if (word.endsWith(QLatin1String("ciones")) || word.endsWith(QLatin1String("siones"))) {
            word.chop(4);
            word += QStringLiteral("ón");
        } else if (word.endsWith(QLatin1String("es")) && QStringLiteral("rlndj").contains(word.at(word.size() - 3))) {
            word.chop(2);
        } else {
            word.chop(1);
        }
    }
    return words.join(u' ');
}

QString plain(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace Format
