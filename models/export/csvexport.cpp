#include "csvexport.h"

#include "catalog.h"
#include "csvtext.h"
#include "exportfile.h"
#include "exportrows.h"
#include "tablespec.h"

#include <QIODevice>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>


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

} // namespace

qint64 CsvExport::write(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter,
                        const QString &fileName, QString *error, Style style)
{
    const bool excel = style == Style::Excel;
    const QChar separator = excel ? u';' : u',';
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
    const QString syntheticMark = excel ? QStringLiteral("sí") : QStringLiteral("1");

    // Before the rows' query: PostgreSQL answers one query at a time.
    QString reason;
    const std::optional<QHash<qint64, QString>> reports = Catalog::reportLabels(db, &reason);
    if (!reports)
        return fail(reason);
    QSqlQuery query(db);
    if (!ExportRows::select(&query, spec, filter, &reason))
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

    QStringList fields;
    for (const TableSpec::Column *column : columns)
        fields << QString::fromLatin1(column->csvName);
    if (isSynthetic)
        fields << (excel ? QStringLiteral("datos sintéticos") : QStringLiteral("synthetic"));
    if ((excel && out->write("\xEF\xBB\xBF") < 0) || out->write(fields.join(separator).toUtf8() + newline) < 0)
        return fail({});

    qint64 rows = 0;
    while (query.next()) {
        fields.clear();
        for (const TableSpec::Column *column : columns) {
            const QVariant value = query.value(column->field);
            fields << CsvText::field(excel ? excelValue(column->kind, value) : TableSpec::plain(column->kind, value),
                            separator);
        }
        if (isSynthetic)
            fields << syntheticMark;
        if (out->write(fields.join(separator).toUtf8() + newline) < 0)
            return fail({});
        ++rows;
    }
    if (query.lastError().isValid())
        return fail(query.lastError().text());
    if (!file.commit(error))
        return -1;
    return rows;
}
