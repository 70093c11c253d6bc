#pragma once

#include <QSqlError>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

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

struct CellValue;

namespace SqliteDirect {

/// Steps through a SELECT on a SQLite connection through the C API and calls
/// row with the values of fields (indexes in the SELECT), in that order,
/// for each row; row returns false to stop there. For readers that format
/// every row themselves (the CSV export): nothing is copied, and no value
/// becomes a QVariant or a QString. Null when db is not a SQLite connection;
/// otherwise the error, which has no type (isValid() false) when the rows
/// were read or row stopped them.
std::optional<QSqlError> forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                    const std::vector<int> &fields,
                                    const std::function<bool(const CellValue *)> &row);

} // namespace SqliteDirect
