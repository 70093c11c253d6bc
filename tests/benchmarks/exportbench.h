#pragma once

#include "filter.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;
struct TableSpec;

/// The two sides of the export benchmarks (export_csv, export_csv_window)
/// that are more than a process to run.
namespace ExportBench {

/// What `sqlite3 -csv -header` runs for export_csv: the statement
/// export-csv runs on spec with no filter (TableSpec::statement, its joins
/// and order), selecting only the columns export-csv writes, and a constant
/// 1 for the synthetic mark when export-csv writes one. Empty, with *error,
/// when the catalog could not be read.
QString shellStatement(const QSqlDatabase &db, const TableSpec &spec, QString *error);

/// The window's export as the window runs it: an ExportJob writing in its
/// worker on its own connection, its progress delivered to this (the main)
/// thread into an ExportProgress dialog, timed from start() to the finished
/// signal arriving here. *maxStallMs: the longest the main thread went
/// without answering meanwhile (StallMeter). Null, with *error, if it failed.
std::optional<double> windowExportMs(const Database &database, const TableSpec &spec, const Filter &filter,
                                     qint64 total, const QString &fileName, double *maxStallMs, QString *error);

} // namespace ExportBench
