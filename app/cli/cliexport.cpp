#include "clicommands.h"
#include "clioptions.h"

#include "catalog.h"
#include "chartdata.h"
#include "chartexport.h"
#include "charts.h"
#include "csvexport.h"
#include "database.h"
#include "exportfile.h"
#include "filter.h"
#include "format.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "savedview.h"
#include "tablespec.h"
#include "xlsxexport.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

// The commands that write a file from a database, under the filters the
// window has: export-csv, export-xlsx, export-pdf and export-chart.
namespace Cli {
namespace {

/// --db, else the view's database, else the default one.
std::unique_ptr<Database> openDatabase(const Options &options, const std::optional<SavedView> &view, QString *error)
{
    if (options.has(QStringLiteral("db")))
        return Database::open(options.value(QStringLiteral("db")), Database::Access::ReadOnly, error);
    if (view && !view->database.isEmpty()) {
        if (!Database::isUrl(view->database) && !QFileInfo::exists(view->database)) {
            *error = CliText::tr("la base de datos «%1» que nombra la vista no existe; indique otra con --db")
                         .arg(QDir::toNativeSeparators(view->database));
            return nullptr;
        }
        return Database::open(view->database, Database::Access::ReadOnly, error);
    }
    return Database::openDefault(error);
}

/// Turns --service, --year, --objective, --program, --region, --search into a
/// Filter, resolving names through the catalog; each replaces the view's
/// (filter holds it), the others keep theirs.
bool makeFilter(const Options &options, const Catalog &catalog, Filter *filter, QString *error)
{
    if (options.has(QStringLiteral("service"))) {
        const auto service = catalog.findService(options.value(QStringLiteral("service")), error);
        if (!service)
            return false;
        filter->serviceId = service->id;
        filter->serviceLabel = service->shortName;
    }
    if (options.has(QStringLiteral("year"))) {
        bool ok = false;
        filter->year = options.value(QStringLiteral("year")).toInt(&ok);
        if (!ok) {
            *error = CliText::tr("--year espera un año, como 2025; se recibió «%1»")
                         .arg(options.value(QStringLiteral("year")));
            return false;
        }
    }
    if (options.has(QStringLiteral("objective"))) {
        bool ok = false;
        filter->objective = options.value(QStringLiteral("objective")).toInt(&ok);
        if (!ok || *filter->objective < 1) {
            *error = CliText::tr("--objective espera el número de un objetivo, como 1; se recibió «%1»")
                         .arg(options.value(QStringLiteral("objective")));
            return false;
        }
    }
    if (options.has(QStringLiteral("program"))) {
        const QList<Catalog::Program> programs = catalog.findPrograms(options.value(QStringLiteral("program")), error);
        if (programs.isEmpty())
            return false;
        QStringList names;
        filter->programIds.clear();
        for (const Catalog::Program &program : programs) {
            filter->programIds << program.id;
            names << program.name;
        }
        filter->programLabel = names.join(QStringLiteral(", "));
    }
    if (options.has(QStringLiteral("region"))) {
        const auto region = catalog.findRegion(options.value(QStringLiteral("region")), error);
        if (!region)
            return false;
        filter->regionId = region->id;
        filter->regionLabel = region->shortName;
    }
    if (options.has(QStringLiteral("search")))
        filter->text = options.value(QStringLiteral("search"));
    if (filter->text.size() > Filter::maxTextLength) {
        *error = CliText::tr("--search admite hasta %1 caracteres; se recibieron %2")
                     .arg(Filter::maxTextLength)
                     .arg(filter->text.size());
        return false;
    }
    return true;
}

/// The options every export takes: --out, --db, --view and the filters, plus extra.
QStringList exportOptions(const QStringList &extra)
{
    return QStringList{QStringLiteral("out"),     QStringLiteral("db"),        QStringLiteral("view"),
                       QStringLiteral("service"), QStringLiteral("year"),      QStringLiteral("objective"),
                       QStringLiteral("program"), QStringLiteral("region"),    QStringLiteral("search")}
        + extra;
}

/// Parses an export's arguments; false, with the usage error printed, if wrong.
bool parseExport(const QString &command, Options &options, const QStringList &arguments, QTextStream &err)
{
    QString error;
    if (!options.parse(arguments, &error) || !options.positional().isEmpty() || !options.has(QStringLiteral("out"))) {
        if (error.isEmpty())
            error = options.positional().isEmpty()
                ? CliText::tr("falta --out ARCHIVO")
                : CliText::tr("argumento inesperado: %1").arg(options.positional().first());
        err << CliText::tr("mirador %1: %2\nVea: mirador --help\n").arg(command, error);
        return false;
    }
    return true;
}

/// What an export reads: the database, its catalog and the filter resolved
/// through it; from --view's saved view, where the options do not say.
struct ExportSource
{
    std::optional<SavedView> view;
    std::unique_ptr<Database> db;
    Catalog catalog;
    Filter filter;

    /// Reads --view, if given; false, with the error printed.
    bool readView(const QString &command, const Options &options, QTextStream &err)
    {
        if (view || !options.has(QStringLiteral("view")))
            return true;
        QString error;
        view = SavedView::read(options.value(QStringLiteral("view")), &error);
        if (!view)
            err << CliText::tr("mirador %1: %2\n").arg(command, error);
        return bool(view);
    }

    /// Opens the database and resolves the filter; false, with the error
    /// printed. What of the view the database lacks is said on err, and
    /// left out.
    bool open(const QString &command, const Options &options, QTextStream &err)
    {
        if (!readView(command, options, err))
            return false;
        QString error;
        db = openDatabase(options, view, &error);
        if (!db || !catalog.load(db->connection(), &error)) {
            err << CliText::tr("mirador %1: %2\n").arg(command, error);
            return false;
        }
        if (view) {
            QStringList missing;
            filter = view->filter(catalog, &missing);
            for (const QString &lacking : std::as_const(missing))
                err << CliText::tr("mirador %1: la vista nombra %2, que la base de datos no tiene; se exporta sin ese "
                                   "filtro\n")
                           .arg(command, lacking);
        }
        if (!makeFilter(options, catalog, &filter, &error)) {
            err << CliText::tr("mirador %1: %2\n").arg(command, error);
            return false;
        }
        return true;
    }
};

/// Where an export's closing message goes: stderr when the export itself went
/// to stdout, so stdout carries the file's bytes alone.
QTextStream &messageStream(const Options &options, QTextStream &out, QTextStream &err)
{
    return ExportFile::isStandardOutput(options.value(QStringLiteral("out"))) ? err : out;
}

/// export-xlsx's tables: the one --table names, or every table.
bool xlsxTables(const Options &options, std::vector<const TableSpec *> *tables, QTextStream &err)
{
    if (!options.has(QStringLiteral("table"))) {
        *tables = {&TableSpec::results(), &TableSpec::indicators(), &TableSpec::milestones()};
        return true;
    }
    const TableSpec *spec = TableSpec::byName(options.value(QStringLiteral("table")));
    if (!spec) {
        err << CliText::tr("mirador export-xlsx: --table acepta results, indicators o milestones; se recibió «%1»\n")
                   .arg(options.value(QStringLiteral("table")));
        return false;
    }
    *tables = {spec};
    return true;
}

/// The PNG's size: --dpi N, or --width and --height in pixels (one alone
/// keeps the chart's shape). Nothing, with the usage error printed, if wrong.
std::optional<ChartExport::PngSize> pngSize(const Options &options, QTextStream &err)
{
    const auto number = [&options](const QString &name, int fallback, bool *ok) {
        return options.has(name) ? options.value(name).toInt(ok) : fallback;
    };
    bool dpiOk = true;
    bool widthOk = true;
    bool heightOk = true;
    const int dpi = number(QStringLiteral("dpi"), 150, &dpiOk);
    const int width = number(QStringLiteral("width"), -1, &widthOk);
    const int height = number(QStringLiteral("height"), -1, &heightOk);
    if (!dpiOk || !widthOk || !heightOk) {
        err << (dpiOk ? CliText::tr("mirador export-chart: --width y --height esperan un número entero de píxeles, "
                                    "como 1600\n")
                      : CliText::tr("mirador export-chart: --dpi espera un número entero, como 150\n"));
        return std::nullopt;
    }
    if (width < 0 && height < 0)
        return ChartExport::PngSize{dpi, {}};
    return ChartExport::PngSize{dpi, QSize(width < 0 ? ChartExport::widthFor(height) : width,
                                           height < 0 ? ChartExport::heightFor(width) : height)};
}

} // namespace

int exportCsvCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({QStringLiteral("table")}), {QStringLiteral("excel")});
    if (!parseExport(QStringLiteral("export-csv"), options, arguments, err))
        return exitUsage;
    QString error;
    const QString tableName = options.has(QStringLiteral("table")) ? options.value(QStringLiteral("table"))
                                                                   : QStringLiteral("results");
    const TableSpec *spec = TableSpec::byName(tableName);
    if (!spec) {
        err << CliText::tr("mirador export-csv: --table acepta results, indicators o milestones; se recibió «%1»\n")
                   .arg(tableName);
        return exitUsage;
    }
    ExportSource source;
    if (!source.open(QStringLiteral("export-csv"), options, err))
        return exitError;
    const qint64 rows
        = CsvExport::write(source.db->connection(), *spec, source.filter, options.value(QStringLiteral("out")), &error,
                           options.has(QStringLiteral("excel")) ? CsvExport::Style::Excel : CsvExport::Style::Plain);
    if (rows < 0) {
        err << CliText::tr("mirador export-csv: %1\n").arg(error);
        return exitError;
    }
    const QString written = rows == 1 ? CliText::tr("%n fila escrita en %1 (%2)\n", nullptr, int(rows))
                                      : CliText::tr("%n filas escritas en %1 (%2)\n", nullptr, int(rows));
    messageStream(options, out, err) << written.arg(ExportFile::displayName(options.value(QStringLiteral("out"))),
                                                    source.filter.describe());
    return 0;
}

int exportXlsxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({QStringLiteral("table")}), {});
    if (!parseExport(QStringLiteral("export-xlsx"), options, arguments, err))
        return exitUsage;
    std::vector<const TableSpec *> tables;
    if (!xlsxTables(options, &tables, err))
        return exitUsage;
    ExportSource source;
    if (!source.open(QStringLiteral("export-xlsx"), options, err))
        return exitError;
    QString error;
    const QString fileName = options.value(QStringLiteral("out"));
    const auto rows = XlsxExport::write(source.db->connection(), tables, source.filter,
                                        {source.db->location(), source.catalog.reports()}, fileName, &error);
    if (!rows) {
        err << CliText::tr("mirador export-xlsx: %1\n").arg(error);
        return exitError;
    }
    // Rows per sheet without a plural to agree with: "filas: Resultados 8, Hitos 1".
    QStringList sheets;
    for (size_t t = 0; t < tables.size(); ++t)
        sheets << XlsxExport::sheetName(*tables[t]) + u' ' + Format::integer((*rows)[t]);
    messageStream(options, out, err) << CliText::tr("Libro de Excel escrito en %1 (filas: %2; %3)\n")
                                            .arg(ExportFile::displayName(fileName), sheets.join(QStringLiteral(", ")),
                                                 source.filter.describe());
    return 0;
}

int exportPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({QStringLiteral("compare")}), {});
    if (!parseExport(QStringLiteral("export-pdf"), options, arguments, err))
        return exitUsage;
    // --compare YEAR: the two-year report of one service.
    std::optional<int> compare;
    if (options.has(QStringLiteral("compare"))) {
        bool ok = false;
        compare = options.value(QStringLiteral("compare")).toInt(&ok);
        if (!ok) {
            err << CliText::tr("mirador export-pdf: --compare espera un año, como 2024; se recibió «%1»\n")
                       .arg(options.value(QStringLiteral("compare")));
            return exitUsage;
        }
    }
    ExportSource source;
    if (!source.open(QStringLiteral("export-pdf"), options, err))
        return exitError;
    ReportData data;
    QString error;
    int pages = 0;
    const bool loaded = compare
        ? data.loadComparison(source.db->connection(), source.catalog, source.filter, *compare, &error)
        : data.load(source.db->connection(), source.catalog, source.filter, &error);
    if (!loaded
        || !ReportWriter(data).writePdf(options.value(QStringLiteral("out")), source.db->file(), &error, &pages)) {
        err << CliText::tr("mirador export-pdf: %1\n").arg(error);
        return exitError;
    }
    messageStream(options, out, err) << CliText::tr("Informe de %1 páginas escrito en %2 (%3)\n")
                                            .arg(pages)
                                            .arg(ExportFile::displayName(options.value(QStringLiteral("out"))),
                                                 data.charts.filter.describe());
    return 0;
}

int exportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({QStringLiteral("chart"), QStringLiteral("dpi"), QStringLiteral("width"),
                                   QStringLiteral("height"), QStringLiteral("format")}),
                    {});
    if (!parseExport(QStringLiteral("export-chart"), options, arguments, err))
        return exitUsage;
    ExportSource source;
    if (!source.readView(QStringLiteral("export-chart"), options, err))
        return exitError;
    // --chart, else the view's.
    const QString chart = options.has(QStringLiteral("chart")) || !source.view ? options.value(QStringLiteral("chart"))
                                                                                : source.view->chart;
    const auto kind = Charts::fromName(chart);
    if (!kind) {
        QStringList names;
        for (const Charts::Kind k : Charts::all())
            names << Charts::name(k);
        err << CliText::tr("mirador export-chart: --chart acepta %1; se recibió «%2»\n")
                   .arg(names.join(QStringLiteral(", ")), chart);
        return exitUsage;
    }
    // The format: --format, or --out's suffix; stdout has none.
    const QString outName = options.value(QStringLiteral("out"));
    const QString suffix = ExportFile::isStandardOutput(outName) ? QString() : ChartExport::format(outName);
    const QString format
        = options.has(QStringLiteral("format")) ? options.value(QStringLiteral("format")).toLower() : suffix;
    if (format != u"pdf" && format != u"png" && format != u"svg") {
        err << (options.has(QStringLiteral("format"))
                    ? CliText::tr("mirador export-chart: --format acepta pdf, png o svg; se recibió «%1»\n").arg(format)
                    : ExportFile::isStandardOutput(outName)
                    ? CliText::tr("mirador export-chart: para escribir en la salida estándar indique --format pdf, "
                                  "png o svg\n")
                    : CliText::tr("mirador export-chart: --out debe terminar en .pdf, .png o .svg\n"));
        return exitUsage;
    }
    if (!suffix.isEmpty() && suffix != format) {
        err << CliText::tr("mirador export-chart: --format %1 no corresponde a «%2»\n")
                   .arg(format, QDir::toNativeSeparators(outName));
        return exitUsage;
    }
    const std::optional<ChartExport::PngSize> png = pngSize(options, err);
    if (!png)
        return exitUsage;
    if (!source.open(QStringLiteral("export-chart"), options, err))
        return exitError;
    ChartData data;
    QString error;
    if (!data.load(source.db->connection(), source.filter, &error)
        || !ChartExport::write(*kind, data, outName, source.db->file(), *png, &error, format)) {
        err << CliText::tr("mirador export-chart: %1\n").arg(error);
        return exitError;
    }
    messageStream(options, out, err) << CliText::tr("Gráfico «%1» escrito en %2 (%3)\n")
                                            .arg(Charts::title(*kind), ExportFile::displayName(outName),
                                                 source.filter.describe());
    return 0;
}

} // namespace Cli
