#pragma once

#include <QString>

struct Comparison;

/// Writes the comparison table of two reports as CSV, as the window shows
/// it, with numbers as machines read them (1487480, 51.8; changes -150,
/// 12.5), through ExportFile (all or nothing, never over the database).
/// A line per figure: program, figure (budget_mclp, beneficiaries,
/// mclp_per_beneficiary), unit, the figure in each report (the columns named
/// as the table names the reports: 2024, 2025), change, change_percent, and
/// only_in (the report a program or unit is in alone). Synthetic data gets
/// the last column CsvExport gives it: "synthetic", 1 on every line.
namespace ComparisonCsv {

/// Number of lines written, or -1 with *error set. openDatabase: the file of
/// the database read, which the export must never replace.
qint64 write(const Comparison &comparison, bool synthetic, const QString &fileName, const QString &openDatabase,
             QString *error);

} // namespace ComparisonCsv
