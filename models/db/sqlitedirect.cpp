#include "sqlitedirect.h"

#include "cellvalue.h"
#include "rowblock.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

sqlite3 *SqliteDirect::handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

QSqlError errorOf(sqlite3 *handle, int code)
{
    // As Qt's driver reports it, so SqlError::describe() reads the code.
    return QSqlError(QStringLiteral("Unable to fetch row"), QString::fromUtf8(sqlite3_errmsg(handle)),
                     QSqlError::StatementError, QString::number(code & 0xff));
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

std::optional<QSqlError> SqliteDirect::readRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                        RowBlock *rows, qsizetype expectedRows)
{
    sqlite3 *handle = SqliteDirect::handle(db);
    if (!handle)
        return std::nullopt;
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK)
        return errorOf(handle, rc);
    for (int i = 0; i < int(values.size()); ++i) {
        rc = bind(raw, i + 1, values[i]);
        if (rc != SQLITE_OK)
            return errorOf(handle, rc);
    }
    const int columns = sqlite3_column_count(raw);
    *rows = RowBlock(columns);
    rows->reserve(expectedRows);
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(raw, c)) {
            case SQLITE_INTEGER:
                rows->appendInteger(sqlite3_column_int64(raw, c));
                break;
            case SQLITE_FLOAT:
                rows->appendReal(sqlite3_column_double(raw, c));
                break;
            case SQLITE_NULL:
                rows->appendNull();
                break;
            default: { // text, and a blob as its bytes
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(raw, c));
                rows->appendText(text, sqlite3_column_bytes(raw, c));
                break;
            }
            }
        }
    }
    if (rc != SQLITE_DONE)
        return errorOf(handle, rc);
    return QSqlError();
}

std::optional<QSqlError> SqliteDirect::forEachRow(const QSqlDatabase &db, const QString &sql,
                                                  const QVariantList &values, const std::vector<int> &fields,
                                                  const std::function<bool(const CellValue *)> &row)
{
    sqlite3 *handle = SqliteDirect::handle(db);
    if (!handle)
        return std::nullopt;
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
    if (rc != SQLITE_OK)
        return errorOf(handle, rc);
    for (int i = 0; i < int(values.size()); ++i) {
        rc = bind(raw, i + 1, values[i]);
        if (rc != SQLITE_OK)
            return errorOf(handle, rc);
    }
    std::vector<CellValue> cells(fields.size());
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        for (size_t i = 0; i < fields.size(); ++i) {
            const int c = fields[i];
            CellValue &cell = cells[i];
            switch (sqlite3_column_type(raw, c)) {
            case SQLITE_INTEGER:
                cell.type = CellValue::Type::Integer;
                cell.integer = sqlite3_column_int64(raw, c);
                break;
            case SQLITE_FLOAT:
                cell.type = CellValue::Type::Real;
                cell.real = sqlite3_column_double(raw, c);
                break;
            case SQLITE_NULL:
                cell.type = CellValue::Type::Null;
                break;
            default: { // text, and a blob as its bytes
                const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(raw, c));
                cell.type = CellValue::Type::Text;
                cell.text = QByteArrayView(bytes, sqlite3_column_bytes(raw, c));
                break;
            }
            }
        }
        if (!row(cells.data()))
            return QSqlError();
    }
    if (rc != SQLITE_DONE)
        return errorOf(handle, rc);
    return QSqlError();
}
