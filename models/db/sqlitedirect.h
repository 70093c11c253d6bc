#pragma once

#include <QSqlError>
#include <QVariant>

#include <optional>

class QSqlDatabase;
class RowBlock;
struct sqlite3;

namespace SqliteDirect {

/// The connection's sqlite3 handle (Qt's SQLite driver and Mirador link the
/// same library); null for other drivers.
sqlite3 *handle(const QSqlDatabase &db);

/// Runs a SELECT on a SQLite connection through the C API and puts its rows
/// in a block of as many columns as the statement has, with room for
/// expectedRows.
///
/// A table page is 500 rows of 16 values: through QSqlQuery each value is
/// read as UTF-16 and copied into QVariants twice, which made a page cost
/// twice what SQLite itself needs. Null when db is not a
/// SQLite connection (read through QSqlQuery then); otherwise the error,
/// which has no type (isValid() false) when the rows were read.
std::optional<QSqlError> readRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                        RowBlock *rows, qsizetype expectedRows = 0);

} // namespace SqliteDirect
