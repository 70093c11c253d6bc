#pragma once

#include "filter.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

class QSqlQuery;
struct CellValue;
struct TableSpec;

/// What every export of a table reads, the same for CSV and Excel: the rows
/// under a filter in the table's own order and the database file no export
/// may replace. Whether the data is synthetic, which every export says, is
/// Catalog::isSynthetic(), asked before select(): PostgreSQL streams those
/// rows, one query at a time.
namespace ExportRows {

/// Runs spec's SELECT under filter on *query: every row, in the table's
/// default order, forward only. False, with *error the database's reason.
bool select(QSqlQuery *query, const TableSpec &spec, const Filter &filter, QString *error);

/// The same rows as select(), handed to row with the values of fields
/// (indexes in spec's SELECT) in that order; row returns false to stop.
/// SQLite is read through its C API, without a QVariant or a QString per
/// value (a million rows spent most of their time there); PostgreSQL
/// through QSqlQuery. False, with *error the database's reason.
bool forEach(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter, const std::vector<int> &fields,
             const std::function<bool(const CellValue *)> &row, QString *error);

/// The file of the database db reads, which an export must never replace;
/// empty for a server.
QString databaseFile(const QSqlDatabase &db);

} // namespace ExportRows
