#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// The physical limit of an import (issue 20): the same rows put into the
/// same schema by ONE INSERT ... SELECT, its indexes and result_total's
/// per-row trigger included, through SQLite's C API with the settings
/// Mirador's import uses (foreign keys on, a 256 MB cache, temporary data
/// in memory). Untimed before it: the database copied to `copy` and the CSV
/// read into a table of it by the sqlite3 shell's .import --csv. Timed: one
/// transaction with the INSERT of the file's new programs and the INSERT ...
/// SELECT of its rows into result, joined to program, region, objective
/// (of each service's newest report) and action. Its milliseconds, or null
/// with *failure.
std::optional<double> insertSelectMs(const QString &database, const QString &csv, const QString &copy,
                                     qint64 expectedRows, QString *failure);

/// The two statements of that baseline, for a table "staged" holding the
/// CSV as text (SQLite's or PostgreSQL's): the file's new programs, then
/// its rows into result.
const char *insertProgramsSql();
QByteArray insertSelectSql(const QString &csv);
