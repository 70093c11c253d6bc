#pragma once

#include <QLocale>
#include <QString>

/// How numbers are shown to people: in the user's locale, and in Chilean
/// Spanish where the system locale says nothing (C/POSIX). CSV never uses
/// these; it writes plain numbers.
namespace Format {

/// Makes es_CL the default QLocale when the system locale is C/POSIX.
/// Called once at start-up by the program and by the tests.
void initDefaultLocale();

QString integer(qint64 value);
/// A decimal with as many digits as it has and no more (51,8; 440.000).
QString decimal(double value);
/// "51,8 %"
QString percent(double value);
/// A figure in its unit: "M$ 32.713", "51,8 %", "2.536 mujeres".
QString withUnit(double value, const QString &unit);

/// A plural beneficiary unit in the singular, word by word, for labels such as
/// "M$ por mujer emprendedora": mujeres -> mujer, organizaciones ->
/// organización, proyectos asociativos -> proyecto asociativo.
QString singularUnit(const QString &unit);

/// Plain machine form for CSV: 1487480, 51.8.
QString plain(double value);

/// "M$ = miles de pesos", in the user's language.
QString moneyNote();

} // namespace Format
