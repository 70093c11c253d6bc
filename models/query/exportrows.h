#pragma once

#include "filter.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
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

/// The file of the database db reads, which an export must never replace;
/// empty for a server.
QString databaseFile(const QSqlDatabase &db);

} // namespace ExportRows
