#include "xlsxexport.h"

#include "catalog.h"
#include "exportfile.h"
#include "exportrows.h"
#include "format.h"
#include "tablespec.h"

#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

/// The widest a column grows for its text (a source sentence runs on into
/// the empty cells beside it), and the narrowest.
constexpr int maxWidth = 60;
constexpr int minWidth = 6;
/// Doubles hold whole numbers exactly up to 2^53; a larger count stays text.
constexpr qint64 exactInDouble = qint64(1) << 53;

/// A libxlsxwriter workbook and the formats its sheets share. The names and
/// strings libxlsxwriter keeps pointers to stay here until close().
class Book
{
public:
    Book(const QString &path, const QString &tmpDir, bool synthetic)
        : synthetic(synthetic),
          m_path(QFile::encodeName(path)),
          m_tmpDir(QFile::encodeName(tmpDir))
    {
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE; // rows go to disk as they are written
        options.tmpdir = m_tmpDir.data();
        m_book = workbook_new_opt(m_path.constData(), &options);
        if (!m_book)
            return;
        header = workbook_add_format(m_book);
        format_set_bold(header);
        format_set_bg_color(header, 0xE8E8E8);
        format_set_bottom(header, LXW_BORDER_THIN);
        count = numberFormat("#,##0");
        // An edited figure: amber, as the window marks it.
        edited = numberFormat("#,##0");
        format_set_bg_color(edited, 0xFFE0A0);
        code = numberFormat("0");
        date = numberFormat("yyyy-mm-dd hh:mm");
        format_set_align(date, LXW_ALIGN_LEFT);
        banner = workbook_add_format(m_book);
        format_set_bold(banner);
        format_set_font_color(banner, LXW_COLOR_RED);
        bold = workbook_add_format(m_book);
        format_set_bold(bold);
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    bool isOpen() const { return m_book; }

    lxw_worksheet *addSheet(const QString &name)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, keep(name));
        if (sheet && synthetic)
            worksheet_set_tab_color(sheet, LXW_COLOR_RED);
        return sheet;
    }

    /// "#,##0.0" for one place, "#,##0.00" for two...
    lxw_format *decimal(int places)
    {
        places = std::clamp(places, 0, int(m_decimals.size()) - 1);
        if (!m_decimals[places]) {
            const QByteArray pattern = places == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(places, '0');
            m_decimals[places] = numberFormat(pattern.constData());
        }
        return m_decimals[places];
    }

    /// Text as libxlsxwriter takes it: UTF-8 that lives as long as the book.
    const char *keep(const QString &text)
    {
        m_kept.push_back(text.toUtf8());
        return m_kept.back().constData();
    }

    void setProperties(const QString &title, const QString &comments)
    {
        lxw_doc_properties properties = {};
        properties.title = const_cast<char *>(keep(title));
        properties.author = const_cast<char *>("Mirador");
        properties.comments = const_cast<char *>(keep(comments));
        workbook_set_properties(m_book, &properties);
    }

    /// Writes the file; LXW_NO_ERROR or why not.
    lxw_error close()
    {
        const lxw_error result = workbook_close(m_book);
        m_book = nullptr;
        return result;
    }

    const bool synthetic;
    lxw_format *header = nullptr;
    lxw_format *count = nullptr;
    lxw_format *edited = nullptr; ///< a count that differs from its source
    lxw_format *code = nullptr;
    lxw_format *date = nullptr;
    lxw_format *banner = nullptr;
    lxw_format *bold = nullptr;

private:
    lxw_format *numberFormat(const char *pattern)
    {
        lxw_format *format = workbook_add_format(m_book);
        format_set_num_format(format, pattern);
        return format;
    }

    QByteArray m_path;
    QByteArray m_tmpDir;
    lxw_workbook *m_book = nullptr;
    std::array<lxw_format *, 16> m_decimals{};
    std::vector<QByteArray> m_kept;
};

QString describe(lxw_error error)
{
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        return XlsxExport::tr("un texto tiene más de 32.767 caracteres, lo más que admite una celda de Excel");
    return XlsxExport::tr("no se pudo armar el libro de Excel (libxlsxwriter: %1)")
        .arg(QString::fromUtf8(lxw_strerror(error)));
}

/// The places a decimal figure has, written in full (51.8: 1).
int decimalPlaces(double value)
{
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = text.indexOf(u'.');
    return point < 0 ? 0 : int(text.size() - point - 1);
}

/// Writes one cell as its kind asks, and the characters it shows into
/// *width; an edited figure (one that differs from its source) in amber.
lxw_error writeCell(Book &book, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, TableSpec::Kind kind,
                    const QVariant &value, int *width, bool edited = false)
{
    if (value.isNull())
        return LXW_NO_ERROR;
    const QString text = value.toString();
    bool whole = false;
    const qint64 number = value.toLongLong(&whole);
    const bool exact = whole && std::llabs(number) <= exactInDouble;
    // A code is a number only when it reads back the same ("00" stays text).
    if ((kind == TableSpec::Kind::Count && exact)
        || (kind == TableSpec::Kind::Code && exact && QString::number(number) == text)) {
        const bool grouped = kind == TableSpec::Kind::Count;
        const int digits = int(QString::number(std::llabs(number)).size());
        *width = std::max(*width, digits + (grouped ? (digits - 1) / 3 : 0) + (number < 0 ? 1 : 0));
        return worksheet_write_number(sheet, row, col, double(number),
                                      grouped ? (edited ? book.edited : book.count) : book.code);
    }
    bool isDouble = false;
    const double figure = value.toDouble(&isDouble);
    if (kind == TableSpec::Kind::Decimal && isDouble && std::isfinite(figure)) {
        const int places = decimalPlaces(figure);
        const QString shown = QString::number(figure, 'f', places);
        *width = std::max(*width, int(shown.size()) + int(std::floor(std::log10(std::max(1.0, std::abs(figure))))) / 3);
        return worksheet_write_number(sheet, row, col, figure, book.decimal(places));
    }
    if (text.isEmpty())
        return LXW_NO_ERROR;
    *width = std::max(*width, int(text.size()));
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
}

/// A table's sheet: the synthetic warning, the translated header, every row
/// under the filter. The rows written, or -1 with *error set.
qint64 writeTable(Book &book, const QSqlDatabase &db, const TableSpec &spec, const Filter &filter, bool active,
                  QString *error)
{
    const QString name = XlsxExport::sheetName(spec);
    lxw_worksheet *sheet = book.addSheet(name);
    if (!sheet) {
        *error = describe(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return -1;
    }
    if (active)
        worksheet_activate(sheet);
    lxw_row_t row = 0;
    if (book.synthetic)
        worksheet_write_string(sheet, row++, 0, book.keep(Catalog::syntheticWarning()), book.banner);
    const lxw_row_t headerRow = row++;
    // The service's column with several reports only.
    const std::optional<QHash<qint64, QString>> reports = Catalog::reportLabels(db, error);
    if (!reports)
        return -1;
    std::vector<const TableSpec::Column *> columns;
    for (const TableSpec::Column &column : spec.columns) {
        if (TableSpec::shown(column, int(reports->size())))
            columns.push_back(&column);
    }
    std::vector<int> widths;
    for (const TableSpec::Column *shown : columns) {
        const TableSpec::Column &column = *shown;
        const QString header = QCoreApplication::translate("TableSpec", column.header);
        worksheet_write_string(sheet, headerRow, lxw_col_t(widths.size()), header.toUtf8().constData(), book.header);
        widths.push_back(int(header.size()) + 3); // the autofilter's button
    }

    QSqlQuery query(db);
    if (!ExportRows::select(&query, spec, filter, error))
        return -1;
    while (query.next()) {
        if (row >= LXW_ROW_MAX) {
            *error = XlsxExport::tr("«%1» tiene más filas de las %2 que caben en una hoja de Excel; acote los filtros")
                         .arg(name, Format::integer(LXW_ROW_MAX - headerRow - 1));
            return -1;
        }
        for (size_t c = 0; c < columns.size(); ++c) {
            const TableSpec::Column &column = *columns[c];
            // The workbook is read by people: the review as the window says it.
            const QVariant value = column.review
                ? QVariant(TableSpec::reviewText(column, [&](int field) { return query.value(field); }))
                : query.value(column.field);
            const bool edited = column.sourceField >= 0
                && TableSpec::differsFromSource(value, query.value(column.sourceField));
            const lxw_error written
                = writeCell(book, sheet, row, lxw_col_t(c), column.kind, value, &widths[c], edited);
            if (written != LXW_NO_ERROR) {
                *error = describe(written);
                return -1;
            }
        }
        ++row;
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return -1;
    }
    for (size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c], minWidth, maxWidth) + 1, nullptr);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    worksheet_autofilter(sheet, headerRow, 0, row - 1, lxw_col_t(columns.size() - 1));
    return qint64(row - headerRow - 1);
}

/// The second sheet: what was exported, from where, and when.
void writeAbout(Book &book, const std::vector<const TableSpec *> &tables, const std::vector<qint64> &rows,
                const Filter &filter, const XlsxExport::Source &source)
{
    lxw_worksheet *sheet = book.addSheet(XlsxExport::tr("Filtro y fuente"));
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, book.keep(XlsxExport::tr("Mirador · Tablas exportadas")), book.bold);
    if (book.synthetic)
        worksheet_write_string(sheet, row++, 0, book.keep(Catalog::syntheticWarning()), book.banner);
    ++row;
    const auto line = [&](const QString &label, const QString &value) {
        worksheet_write_string(sheet, row, 0, book.keep(label), book.bold);
        worksheet_write_string(sheet, row++, 1, book.keep(value), nullptr);
    };
    line(XlsxExport::tr("Filtros"), filter.describe());
    for (const Catalog::ReportInfo &report : source.reports) {
        line(XlsxExport::tr("Informe"), report.title);
        line(XlsxExport::tr("Servicio"),
             report.serviceShortName.isEmpty()
                 ? report.serviceName
                 : XlsxExport::tr("%1 (%2)").arg(report.serviceName, report.serviceShortName));
    }
    line(XlsxExport::tr("Base de datos"), source.database);
    const QDateTime now = QDateTime::currentDateTime();
    lxw_datetime created = {now.date().year(), now.date().month(),  now.date().day(),
                            now.time().hour(), now.time().minute(), double(now.time().second())};
    worksheet_write_string(sheet, row, 0, book.keep(XlsxExport::tr("Generado el")), book.bold);
    worksheet_write_datetime(sheet, row++, 1, &created, book.date);
    for (size_t t = 0; t < tables.size(); ++t) {
        worksheet_write_string(sheet, row, 0,
                               book.keep(XlsxExport::tr("Filas en «%1»").arg(XlsxExport::sheetName(*tables[t]))),
                               book.bold);
        worksheet_write_number(sheet, row++, 1, double(rows[t]), book.count);
    }
    line(XlsxExport::tr("Montos"), Format::moneyNote());
    line(XlsxExport::tr("Fuente"),
         XlsxExport::tr("La columna Fuente trae la oración del informe de la que proviene cada cifra."));
    line(XlsxExport::tr("Cifras editadas"),
         XlsxExport::tr("En ámbar, las cifras editadas en Mirador que difieren de su fuente; las columnas «… en la "
                        "fuente» dicen lo que informa el informe."));
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    worksheet_set_column(sheet, 1, 1, 90, nullptr);
}

/// Copies the finished workbook into the export's file.
bool copyInto(const QString &built, ExportFile &file, QString *error)
{
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return file.fail(ExportFile::describe(in), error);
    QIODevice *out = file.device();
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out->write(chunk) != chunk.size())
            return file.fail(in.error() != QFileDevice::NoError ? ExportFile::describe(in) : QString(), error);
    }
    return file.commit(error);
}

} // namespace

QString XlsxExport::sheetName(const TableSpec &spec)
{
    const QLatin1String name(spec.name);
    if (name == QLatin1String("results"))
        return tr("Resultados");
    if (name == QLatin1String("indicators"))
        return tr("Indicadores");
    if (name == QLatin1String("milestones"))
        return tr("Hitos");
    return name;
}

std::optional<std::vector<qint64>> XlsxExport::write(const QSqlDatabase &db,
                                                     const std::vector<const TableSpec *> &tables, const Filter &filter,
                                                     const Source &source, const QString &fileName, QString *error,
                                                     int active)
{
    ExportFile file(fileName, ExportRows::databaseFile(db));
    if (!file.open(error))
        return std::nullopt;
    // libxlsxwriter writes to a file name: a private folder, then the copy above.
    QTemporaryDir work;
    if (!work.isValid()) {
        file.fail(tr("no se pudo crear una carpeta temporal: %1").arg(work.errorString()), error);
        return std::nullopt;
    }
    const QString built = work.filePath(QStringLiteral("book.xlsx"));
    std::vector<qint64> rows;
    {
        Book book(built, work.path(), Catalog::isSynthetic(db).value_or(false));
        if (!book.isOpen()) {
            file.fail(describe(LXW_ERROR_CREATING_XLSX_FILE), error);
            return std::nullopt;
        }
        book.setProperties(tr("Tablas de Mirador"), filter.describe());
        QString reason;
        for (size_t t = 0; t < tables.size(); ++t) {
            const qint64 written = writeTable(book, db, *tables[t], filter, int(t) == active, &reason);
            if (written < 0) {
                file.fail(reason, error);
                return std::nullopt;
            }
            rows.push_back(written);
        }
        writeAbout(book, tables, rows, filter, source);
        if (const lxw_error closed = book.close(); closed != LXW_NO_ERROR) {
            file.fail(describe(closed), error);
            return std::nullopt;
        }
    }
    if (!copyInto(built, file, error))
        return std::nullopt;
    return rows;
}
