#include "figurechange.h"

#include "format.h"

#include <QLocale>

#include <cmath>

namespace {

/// A signed figure as people read a change: "+" before a rise, U+2212
/// before a fall (a hyphen reads as a dash in a table).
QString signedText(const QString &magnitude, bool negative, bool zero)
{
    if (zero)
        return magnitude;
    return (negative ? QStringLiteral("\u2212") : QStringLiteral("+")) + magnitude;
}

/// The percentage to one decimal, the way it is written (20 rather than
/// 20,0): the change is computed, not a figure of the report's.
double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

/// A figure held with decimals digits after the point, as a number.
double scaled(qint64 value, int decimals)
{
    return double(value) / std::pow(10.0, decimals);
}

} // namespace

std::optional<qint64> FigureChange::change() const
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

std::optional<double> FigureChange::percent() const
{
    const std::optional<qint64> delta = change();
    if (!delta || *before == 0)
        return std::nullopt;
    return double(*delta) * 100.0 / double(*before);
}

QString FigureChange::changeText() const
{
    const std::optional<qint64> delta = change();
    if (!delta)
        return QString();
    const qint64 magnitude = *delta < 0 ? -*delta : *delta;
    return signedText(decimals ? Format::decimal(scaled(magnitude, decimals)) : Format::integer(magnitude), *delta < 0,
                      *delta == 0);
}

QString FigureChange::percentText() const
{
    const std::optional<double> share = percent();
    if (!share)
        return QString();
    const double shown = oneDecimal(*share);
    return signedText(Format::percent(std::fabs(shown)), shown < 0, shown == 0);
}

QString FigureChange::changePlain() const
{
    const std::optional<qint64> delta = change();
    if (!delta)
        return QString();
    return decimals ? Format::plain(scaled(*delta, decimals)) : QString::number(*delta);
}

QString FigureChange::percentPlain() const
{
    const std::optional<double> share = percent();
    return share ? Format::plain(oneDecimal(*share)) : QString();
}
