#pragma once

#include <QChar>
#include <QString>

/// The text of one CSV field, as the export writes it and the import reads
/// it back.
namespace CsvText {

/// One field, quoted when it must be for this separator.
QString field(const QString &value, QChar separator = u',');
/// A text cell a spreadsheet would not run as a formula: text that starts
/// with =, +, -, @, a tab or a carriage return gets a leading apostrophe, as
/// OWASP recommends.
QString neutralised(const QString &text);
/// The text neutralised() was given: without the apostrophe it put before
/// a leading =, +, -, @, tab or carriage return. Other text is unchanged.
QString unneutralised(const QString &text);

} // namespace CsvText
