#include "csvexport.h"

#include "catalog.h"
#include "cellvalue.h"
#include "csvtext.h"
#include "exportfile.h"
#include "exportrows.h"
#include "tablespec.h"

#include <QIODevice>
#include <QLocale>
#include <QStringList>

#include <charconv>
#include <cmath>

namespace {

/// A value as the Excel style writes it.
QString excelValue(TableSpec::Kind kind, const QVariant &value)
{
    static const QLocale chile(QLocale::Spanish, QLocale::Chile);
    if (value.isNull())
        return {};
    switch (kind) {
    case TableSpec::Kind::Count:
        return chile.toString(value.toLongLong());
    case TableSpec::Kind::Decimal:
        return chile.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case TableSpec::Kind::Code:
        return value.toString();
    case TableSpec::Kind::Text:
        break;
    }
    return CsvText::neutralised(value.toString());
}

/// Where the output buffer is written out: fewer, larger writes.
constexpr qsizetype chunkBytes = 1 << 20;

void appendInteger(QByteArray *out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out->append(digits, end - digits);
}

/// CsvText::field() on UTF-8: quoted, its quotes doubled, when it holds the
/// separator, a quote or a line break (all ASCII, so bytes decide).
void appendField(QByteArray *out, QByteArrayView text, char separator)
{
    const bool quote = std::any_of(text.begin(), text.end(), [separator](char c) {
        return c == separator || c == '"' || c == '\n' || c == '\r';
    });
    if (!quote) {
        out->append(text);
        return;
    }
    out->append('"');
    for (const char c : text) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

/// Whether Format::plain() writes a double as a whole number.
bool isWhole(double value)
{
    return std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15;
}

/// One value, as TableSpec::plain() (or, in Excel, excelValue()) and
/// CsvText::field() write it. The common cases (text, whole numbers) go
/// straight to bytes; the rest through those functions.
void appendValue(QByteArray *out, TableSpec::Kind kind, const CellValue &cell, bool excel, char separator)
{
    using Type = CellValue::Type;
    using Kind = TableSpec::Kind;
    if (cell.type == Type::Null)
        return;
    if (!excel) {
        if (cell.type == Type::Integer && (kind != Kind::Decimal || std::abs(cell.integer) < 9'000'000'000'000'000))
            return appendInteger(out, cell.integer);
        if (cell.type == Type::Real && kind == Kind::Decimal && isWhole(cell.real))
            return appendInteger(out, qint64(cell.real));
        if (cell.type == Type::Text && kind != Kind::Decimal)
            return appendField(out, cell.text, separator);
    } else if (kind == Kind::Code && cell.type == Type::Integer) {
        return appendInteger(out, cell.integer);
    }
    const QVariant value = cell.toVariant();
    const QString text = excel ? excelValue(kind, value) : TableSpec::plain(kind, value);
    out->append(CsvText::field(text, QChar::fromLatin1(separator)).toUtf8());
}

} // namespace

qint64 CsvExport::write(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter,
                        const QString &fileName, QString *error, Style style, const Progress &progress)
{
    const bool excel = style == Style::Excel;
    const char separator = excel ? ';' : ',';
    const QByteArray newline = excel ? "\r\n" : "\n";

    // The database read here is the one the export must never replace.
    ExportFile file(fileName, ExportRows::databaseFile(db));
    if (!file.open(error))
        return -1;
    QIODevice *out = file.device();
    const auto fail = [&](const QString &reason) {
        file.fail(reason, error);
        return qint64(-1);
    };

    // Synthetic data says so on every row, in a last column the importer ignores.
    const bool isSynthetic = Catalog::isSynthetic(db).value_or(false);
    const QByteArray syntheticMark = QByteArray(1, separator) + (excel ? "sí" : "1");

    // Before the rows' query: PostgreSQL answers one query at a time.
    QString reason;
    const std::optional<QHash<qint64, QString>> reports = Catalog::reportLabels(db, &reason);
    if (!reports)
        return fail(reason);

    // The columns the window shows (those in the import format), then those
    // only the file has (the service's with several reports only).
    std::vector<const TableSpec::Column *> columns;
    for (const TableSpec::Column &column : spec.columns) {
        if (column.inCsv)
            columns.push_back(&column);
    }
    for (const TableSpec::Column &column : spec.csvOnlyColumns) {
        if (TableSpec::shown(column, int(reports->size())))
            columns.push_back(&column);
    }

    QStringList names;
    std::vector<int> fields;
    for (const TableSpec::Column *column : columns) {
        names << QString::fromLatin1(column->csvName);
        fields.push_back(column->field);
    }
    if (isSynthetic)
        names << (excel ? QStringLiteral("datos sintéticos") : QStringLiteral("synthetic"));
    QByteArray chunk;
    chunk.reserve(chunkBytes + 64 * 1024);
    if (excel)
        chunk.append("\xEF\xBB\xBF");
    chunk.append(names.join(QChar::fromLatin1(separator)).toUtf8() + newline);

    qint64 rows = 0;
    bool stopped = false;
    bool writeFailed = false;
    const auto row = [&](const CellValue *cells) {
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i)
                chunk.append(separator);
            appendValue(&chunk, columns[i]->kind, cells[i], excel, separator);
        }
        if (isSynthetic)
            chunk.append(syntheticMark);
        chunk.append(newline);
        if (chunk.size() >= chunkBytes) {
            writeFailed = out->write(chunk) < 0;
            chunk.resize(0);
        }
        ++rows;
        if (progress && rows % progressStep == 0)
            stopped = !progress(rows);
        return !stopped && !writeFailed;
    };
    if (!ExportRows::forEach(db, spec, filter, fields, row, &reason))
        return fail(reason);
    if (writeFailed || (!stopped && out->write(chunk) < 0))
        return fail({});
    if (!stopped && progress && (rows == 0 || rows % progressStep != 0))
        stopped = !progress(rows);
    if (stopped)
        return fail(tr("la exportación se canceló"));
    if (!file.commit(error))
        return -1;
    return rows;
}
