#pragma once

#include "bounds.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

/// How a file writes numbers.
enum class NumberStyle {
    Plain,   ///< 1487480, 51.8: dot decimal, no grouping (Mirador's export, programs)
    Chilean, ///< 1.487.480, 51,8: dot thousands in groups of three, comma decimal
};

namespace Numbers {

/// Decides a file's number style from its numeric cells. wholeSamples come
/// from whole-number columns (budget, beneficiaries), decimalSamples from
/// columns that may hold decimals (an indicator's value); pass only numeric
/// columns, never text that may quote figures.
///
/// Evidence for Chilean: a comma decimal (51,8; 1.487.480,5), a dot grouping
/// with two or more dots (1.487.480), or, in a whole-number column only, one dot
/// before exactly three digits (1.455), which read as a plain decimal would not
/// be whole. Evidence for Plain: a single dot that cannot be thousands (51.8,
/// 3.14159, 1487.5, 0.455). The style with more evidence wins. With none, or as
/// much for each, a ';' separator means Chilean (Excel in Spanish writes ';')
/// and anything else Plain; so "1.455" in a decimal column of a comma file is
/// 1.455, and 1455 in a ';' file.
NumberStyle detectStyle(const QStringList &wholeSamples, const QStringList &decimalSamples,
                              QChar separator);

/// Parses one number strictly in the given style. Surrounding white space
/// (no-break spaces U+00A0 and U+202F too) is ignored and a leading '-' is
/// accepted (the caller rejects negatives with its own words); nothing else:
/// no currency signs, units, exponents, '+', or grouping in Plain style.
/// Chilean style accepts digits without grouping too (1487480,5).
///
/// Empty or blank text gives nullopt with an empty *reason: no value, which
/// callers store as NULL. Anything else that is not a number gives nullopt and
/// a Spanish *reason quoting the text: "no es un número: «abc»",
/// "separador de miles mal puesto: «1.48.7480»". reason may be null.
std::optional<double> parse(const QString &text, NumberStyle style, QString *reason);

/// As parse(), for whole numbers: any decimal part, zeros included
/// ("1487480,00"), gives "debe ser un número entero: «51,8»"; beyond
/// maxFigure either way, "número demasiado grande".
std::optional<qint64> parseWhole(const QString &text, NumberStyle style, QString *reason);

/// As parse(), but exact: the number as a plain decimal string, digits and
/// at most one '.', as written ("1.487.480" -> "1487480", "51,8" -> "51.8",
/// "1487480,00" -> "1487480.00"), with no binary floating point on the way
/// and no size limit. For callers that scale a figure by a power of ten
/// (money in pesos to M$) and must keep every digit.
std::optional<QString> exact(const QString &text, NumberStyle style, QString *reason);

} // namespace Numbers
