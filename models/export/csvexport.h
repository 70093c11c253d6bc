#pragma once

#include "filter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

struct TableSpec;

/// Writes a table under a filter as CSV. Rows stream from the query; the
/// file appears only when complete (ExportFile: never over the database read,
/// any SQLite database or anything but a regular file; "-" is stdout).
///
/// Plain: UTF-8, comma separated, a header of the spec's column names (those
/// the window shows, then its csvOnlyColumns: a result's call), numbers as
/// machines read them (1487480, 51.8): the import format.
/// Excel: UTF-8 with BOM, semicolon separated, CRLF, numbers as Excel set to
/// Spanish (Chile) reads them (1.487.480, 51,8), and text that a spreadsheet
/// would run as a formula (leading =, +, -, @) neutralised with a leading
/// apostrophe, as OWASP recommends; numbers stay numbers.
/// Synthetic data (generate-demo) gets a last column saying so on every row
/// ("synthetic", 1; in Excel "datos sintéticos", sí), which import ignores.
///
/// Rows are formatted straight into bytes, a buffer of about a megabyte
/// written at a time (ExportRows::forEach: on SQLite without a QVariant or a
/// QString per value); a value whose text needs Qt's rules (a decimal, a
/// count in Excel's Spanish) is formatted by them, as the window shows it.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    enum class Style { Plain, Excel };
    /// Told the rows written so far, every few thousand rows and at the end,
    /// in the thread that writes; false stops the export, which then leaves
    /// no file and the one that was there as it was.
    using Progress = std::function<bool(qint64 rows)>;
    /// Rows between two calls of a Progress.
    static constexpr qint64 progressStep = 8192;

    /// Number of data rows written, or -1 with *error set.
    static qint64 write(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter,
                        const QString &fileName, QString *error, Style style = Style::Plain,
                        const Progress &progress = {});
};
