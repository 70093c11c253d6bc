#include "cli.h"

#include "catalog.h"
#include "chartexport.h"
#include "charts.h"
#include "csvexport.h"
#include "database.h"
#include "demodata.h"
#include "exportfile.h"
#include "filter.h"
#include "format.h"
#include "importer.h"
#include "querytablemodel.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

namespace Cli {
namespace {

/// The context of this file's messages in resources/translations.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A tiny option reader: "--name value" and "--name=value", flags, and
/// positional words; anything unknown is an error, so a typo never passes
/// silently.
class Options
{
public:
    Options(QStringList valueOptions, QStringList flagOptions)
        : m_valueOptions(std::move(valueOptions)), m_flagOptions(std::move(flagOptions))
    {
    }

    bool parse(const QStringList &arguments, QString *error)
    {
        for (int i = 0; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (!argument.startsWith(QLatin1String("--")) || argument == u"--") {
                m_positional << argument;
                continue;
            }
            QString name = argument.mid(2);
            QString value;
            const qsizetype equals = name.indexOf(u'=');
            const bool inlineValue = equals >= 0;
            if (inlineValue) {
                value = name.mid(equals + 1);
                name = name.left(equals);
            }
            if (m_flagOptions.contains(name) && !inlineValue) {
                m_values.insert(name, QStringLiteral("1"));
            } else if (m_valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size()) {
                        *error = CliText::tr("a --%1 le falta su valor").arg(name);
                        return false;
                    }
                    value = arguments.at(++i);
                }
                m_values.insert(name, value);
            } else {
                *error = CliText::tr("opción desconocida: %1").arg(argument);
                return false;
            }
        }
        return true;
    }

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QStringList m_valueOptions;
    QStringList m_flagOptions;
    QHash<QString, QString> m_values;
    QStringList m_positional;
};

constexpr int exitError = 1;
constexpr int exitUsage = 2;

std::unique_ptr<Database> openDatabase(const Options &options, QString *error)
{
    if (options.has(QStringLiteral("db")))
        return Database::open(options.value(QStringLiteral("db")), Database::Access::ReadOnly, error);
    return Database::openDefault(error);
}

/// Turns --year, --objective, --program, --region, --search into a Filter,
/// resolving names through the catalog.
bool makeFilter(const Options &options, const Catalog &catalog, Filter *filter, QString *error)
{
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
    filter->text = options.value(QStringLiteral("search"));
    if (filter->text.size() > Filter::maxTextLength) {
        *error = CliText::tr("--search admite hasta %1 caracteres; se recibieron %2")
                     .arg(Filter::maxTextLength)
                     .arg(filter->text.size());
        return false;
    }
    return true;
}

int initCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({}, {QStringLiteral("empty")});
    QString error;
    if (!options.parse(arguments, &error) || options.positional().size() != 1) {
        err << CliText::tr("mirador init: %1\nUso: mirador init RUTA [--empty]\n")
                   .arg(error.isEmpty() ? CliText::tr("indique una sola ruta") : error);
        return exitUsage;
    }
    const QString path = options.positional().first();
    const bool empty = options.has(QStringLiteral("empty"));
    const auto db
        = Database::create(path, empty ? Database::Content::Empty : Database::Content::EmbeddedDataset, &error);
    if (!db) {
        err << CliText::tr("mirador init: %1\n").arg(error);
        return exitError;
    }
    out << (empty ? CliText::tr("Base de datos vacía creada en %1\n")
                  : CliText::tr("Base de datos creada en %1 con los datos del BGI 2025 de Sercotec\n"))
               .arg(QDir::toNativeSeparators(db->path()));
    return 0;
}

/// The options every export takes: --out, --db and the filters, plus extra.
QStringList exportOptions(const QStringList &extra)
{
    return QStringList{QStringLiteral("out"),       QStringLiteral("db"),      QStringLiteral("year"),
                       QStringLiteral("objective"), QStringLiteral("program"), QStringLiteral("region"),
                       QStringLiteral("search")}
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

/// Opens the database and resolves the filter; false, with the error printed.
bool openForExport(const QString &command, const Options &options, std::unique_ptr<Database> *db, Catalog *catalog,
                   Filter *filter, QTextStream &err)
{
    QString error;
    *db = openDatabase(options, &error);
    if (!*db || !catalog->load((*db)->connection(), &error) || !makeFilter(options, *catalog, filter, &error)) {
        err << CliText::tr("mirador %1: %2\n").arg(command, error);
        return false;
    }
    return true;
}

/// Where an export's closing message goes: stderr when the export itself went
/// to stdout, so stdout carries the file's bytes alone.
QTextStream &messageStream(const Options &options, QTextStream &out, QTextStream &err)
{
    return ExportFile::isStandardOutput(options.value(QStringLiteral("out"))) ? err : out;
}

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
    std::unique_ptr<Database> db;
    Catalog catalog;
    Filter filter;
    if (!openForExport(QStringLiteral("export-csv"), options, &db, &catalog, &filter, err))
        return exitError;
    const qint64 rows = CsvExport::write(db->connection(), *spec, filter, options.value(QStringLiteral("out")), &error,
                                         options.has(QStringLiteral("excel")) ? CsvExport::Style::Excel
                                                                              : CsvExport::Style::Plain);
    if (rows < 0) {
        err << CliText::tr("mirador export-csv: %1\n").arg(error);
        return exitError;
    }
    const QString written = rows == 1 ? CliText::tr("%n fila escrita en %1 (%2)\n", nullptr, int(rows))
                                      : CliText::tr("%n filas escritas en %1 (%2)\n", nullptr, int(rows));
    messageStream(options, out, err)
        << written.arg(ExportFile::displayName(options.value(QStringLiteral("out"))), filter.describe());
    return 0;
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

int exportXlsxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({QStringLiteral("table")}), {});
    if (!parseExport(QStringLiteral("export-xlsx"), options, arguments, err))
        return exitUsage;
    std::vector<const TableSpec *> tables;
    if (!xlsxTables(options, &tables, err))
        return exitUsage;
    std::unique_ptr<Database> db;
    Catalog catalog;
    Filter filter;
    if (!openForExport(QStringLiteral("export-xlsx"), options, &db, &catalog, &filter, err))
        return exitError;
    QString error;
    const QString fileName = options.value(QStringLiteral("out"));
    const auto rows
        = XlsxExport::write(db->connection(), tables, filter, {db->location(), catalog.reports()}, fileName, &error);
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
                                                 filter.describe());
    return 0;
}

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({QStringLiteral("db")}, {});
    QString error;
    if (!options.parse(arguments, &error) || options.positional().size() != 1) {
        err << CliText::tr("mirador import: %1\nUso: mirador import [--db RUTA] ARCHIVO.csv\n")
                   .arg(error.isEmpty() ? CliText::tr("indique un solo archivo") : error);
        return exitUsage;
    }
    const QString fileName = options.positional().first();
    const std::optional<QByteArray> bytes = Importer::readFile(fileName, &error);
    if (!bytes) {
        err << CliText::tr("mirador import: %1\n").arg(error);
        return exitError;
    }
    std::unique_ptr<Database> db = options.has(QStringLiteral("db"))
        ? Database::open(options.value(QStringLiteral("db")), Database::Access::ReadWrite, &error)
        : Database::openDefault(&error);
    if (!db) {
        err << CliText::tr("mirador import: %1\n").arg(error);
        return exitError;
    }
    if (db->isReadOnly()) {
        err << CliText::tr("mirador import: la base de datos es de solo lectura (%1); no se importó nada\n")
                   .arg(db->readOnlyReason());
        return exitError;
    }
    // A large file opened without its pages checked: checked now, before a write.
    if (const QString damage = db->checkBeforeWriting(); !damage.isEmpty()) {
        err << CliText::tr("mirador import: «%1» %2; no se importó nada\n")
                   .arg(QDir::toNativeSeparators(db->location()), damage);
        return exitError;
    }
    if (!db->migrationBackup().isEmpty())
        err << CliText::tr(
                   "mirador import: se actualizó el esquema de la base de datos; la copia anterior está en «%1»\n")
                   .arg(QDir::toNativeSeparators(db->migrationBackup()));
    const ImportPlan plan = Importer::prepare(db->connection(), *bytes, fileName);
    if (!plan.problems.isEmpty()) {
        for (const ImportProblem &problem : plan.problems)
            err << QDir::toNativeSeparators(fileName) << ": " << problem.describe() << '\n';
        const int count = int(plan.problems.size());
        err << (count == 1 ? CliText::tr("mirador import: %n problema; no se escribió nada\n", nullptr, count)
                           : CliText::tr("mirador import: %n problemas; no se escribió nada\n", nullptr, count));
        return exitError;
    }
    const ImportOutcome outcome = Importer::apply(db->connection(), plan);
    if (!outcome.ok) {
        err << CliText::tr("mirador import: %1; no se escribió nada\n").arg(outcome.error);
        return exitError;
    }
    const int inserted = int(outcome.inserted);
    const int updated = int(outcome.updated);
    out << CliText::tr("%1: %2, %3 (%4, separador «%5»)\n")
               .arg(QDir::toNativeSeparators(fileName),
                    inserted == 1 ? CliText::tr("%n fila nueva", nullptr, inserted)
                                  : CliText::tr("%n filas nuevas", nullptr, inserted),
                    updated == 1 ? CliText::tr("%n actualizada", nullptr, updated)
                                 : CliText::tr("%n actualizadas", nullptr, updated),
                    plan.encoding, plan.separator == u'\t' ? CliText::tr("tabulador") : QString(plan.separator));
    if (!plan.newPrograms.isEmpty())
        out << CliText::tr("Programas nuevos: %1\n").arg(plan.newPrograms.join(QStringLiteral(", ")));
    if (!plan.ignoredColumns.isEmpty())
        out << CliText::tr("Columnas ignoradas: %1\n").arg(plan.ignoredColumns.join(QStringLiteral(", ")));
    return 0;
}

int copyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({QStringLiteral("from"), QStringLiteral("to")}, {});
    QString error;
    if (!options.parse(arguments, &error) || !options.positional().isEmpty() || !options.has(QStringLiteral("from"))
        || !options.has(QStringLiteral("to"))) {
        err << CliText::tr("mirador copy: %1\nUso: mirador copy --from RUTA|URL --to RUTA|URL\n")
                   .arg(error.isEmpty() ? CliText::tr("faltan --from y --to") : error);
        return exitUsage;
    }
    const auto source = Database::open(options.value(QStringLiteral("from")), Database::Access::ReadOnly, &error);
    if (!source) {
        err << CliText::tr("mirador copy: %1\n").arg(error);
        return exitError;
    }
    const auto target = source->copyTo(options.value(QStringLiteral("to")), &error);
    if (!target) {
        err << CliText::tr("mirador copy: %1\n").arg(error);
        return exitError;
    }
    out << CliText::tr("Copiada %1 en %2\n").arg(source->location(), target->location());
    return 0;
}

int generateDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({QStringLiteral("rows"), QStringLiteral("out")}, {});
    QString error;
    if (!options.parse(arguments, &error) || !options.positional().isEmpty() || !options.has(QStringLiteral("rows"))
        || !options.has(QStringLiteral("out"))) {
        if (error.isEmpty() && !options.positional().isEmpty())
            error = CliText::tr("argumento inesperado: %1").arg(options.positional().first());
        else if (error.isEmpty())
            error = !options.has(QStringLiteral("rows")) && !options.has(QStringLiteral("out"))
                ? CliText::tr("faltan --rows N y --out RUTA")
                : options.has(QStringLiteral("rows")) ? CliText::tr("falta --out RUTA") : CliText::tr("falta --rows N");
        err << CliText::tr("mirador generate-demo: %1\nUso: mirador generate-demo --rows N --out RUTA\n").arg(error);
        return exitUsage;
    }
    bool ok = false;
    const qint64 rows = options.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || rows <= 0) {
        err << CliText::tr(
                   "mirador generate-demo: --rows espera un número entero positivo, como 100000; se recibió «%1»\n")
                   .arg(options.value(QStringLiteral("rows")));
        return exitUsage;
    }
    const QString path = options.value(QStringLiteral("out"));
    int shownTenths = 0;
    const auto progress = [&err, &shownTenths](qint64 done, qint64 total) {
        const int tenths = int(done * 10 / total);
        if (tenths > shownTenths && tenths < 10) {
            shownTenths = tenths;
            err << CliText::tr("mirador generate-demo: %1 % (%2 de %3 filas)\n")
                       .arg(tenths * 10)
                       .arg(Format::integer(done), Format::integer(total));
            err.flush();
        }
        return true;
    };
    if (!generateDemo(path, rows, &error, progress)) {
        err << CliText::tr("mirador generate-demo: %1\n").arg(error);
        return exitError;
    }
    out << CliText::tr("Base de datos de demostración creada en %1: %2 resultados y %3 indicadores sintéticos\n")
               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), Format::integer(rows),
                    Format::integer(rows / 10));
    return 0;
}

int exportPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({}), {});
    if (!parseExport(QStringLiteral("export-pdf"), options, arguments, err))
        return exitUsage;
    std::unique_ptr<Database> db;
    Catalog catalog;
    Filter filter;
    if (!openForExport(QStringLiteral("export-pdf"), options, &db, &catalog, &filter, err))
        return exitError;
    ReportData data;
    QString error;
    int pages = 0;
    if (!data.load(db->connection(), catalog, filter, &error)
        || !ReportWriter(data).writePdf(options.value(QStringLiteral("out")), db->file(), &error, &pages)) {
        err << CliText::tr("mirador export-pdf: %1\n").arg(error);
        return exitError;
    }
    messageStream(options, out, err) << CliText::tr("Informe de %1 páginas escrito en %2 (%3)\n")
                                            .arg(pages)
                                            .arg(ExportFile::displayName(options.value(QStringLiteral("out"))),
                                                 filter.describe());
    return 0;
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

int exportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(exportOptions({QStringLiteral("chart"), QStringLiteral("dpi"), QStringLiteral("width"),
                                   QStringLiteral("height"), QStringLiteral("format")}),
                    {});
    if (!parseExport(QStringLiteral("export-chart"), options, arguments, err))
        return exitUsage;
    const auto kind = Charts::fromName(options.value(QStringLiteral("chart")));
    if (!kind) {
        QStringList names;
        for (const Charts::Kind k : Charts::all())
            names << Charts::name(k);
        err << CliText::tr("mirador export-chart: --chart acepta %1; se recibió «%2»\n")
                   .arg(names.join(QStringLiteral(", ")), options.value(QStringLiteral("chart")));
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
    std::unique_ptr<Database> db;
    Catalog catalog;
    Filter filter;
    if (!openForExport(QStringLiteral("export-chart"), options, &db, &catalog, &filter, err))
        return exitError;
    ChartData data;
    QString error;
    if (!data.load(db->connection(), filter, &error)
        || !ChartExport::write(*kind, data, outName, db->file(), *png, &error, format)) {
        err << CliText::tr("mirador export-chart: %1\n").arg(error);
        return exitError;
    }
    messageStream(options, out, err) << CliText::tr("Gráfico «%1» escrito en %2 (%3)\n")
                                            .arg(Charts::title(*kind), ExportFile::displayName(outName),
                                                 filter.describe());
    return 0;
}

} // namespace

QString helpText()
{
    return CliText::tr("Uso: mirador [[--db] RUTA|URL] [--read-only]\n"
              "       mirador COMANDO [OPCIONES]\n"
              "\n"
              "Mirador muestra los programas y resultados que informa un servicio público en su\n"
              "Balance de Gestión Integral. Sin comando abre la ventana.\n"
              "\n"
              "Comandos:\n"
              "  init RUTA|URL [--empty]  Crea una base de datos con los datos incorporados del BGI 2025\n"
              "                          de Sercotec (--empty: sin datos, solo las regiones).\n"
              "  import [--db RUTA] ARCHIVO.csv\n"
              "                          Importa resultados o indicadores (el formato de export-csv, o una\n"
              "                          planilla en español). Revisa todo antes de escribir: un solo\n"
              "                          error y no se escribe nada.\n"
              "  export-csv --out ARCHIVO [--db RUTA] [--table results|indicators|milestones] [--excel]\n"
              "                          [filtros]\n"
              "                          Escribe la tabla en CSV UTF-8 simple (coma, números 1487480 y 51.8);\n"
              "                          --excel: para Excel en español (BOM, punto y coma, 1.487.480 y 51,8).\n"
              "  export-xlsx --out ARCHIVO.xlsx [--db RUTA] [--table results|indicators|milestones] [filtros]\n"
              "                          Escribe un libro de Excel: una hoja por tabla (todas, o la de\n"
              "                          --table) con los encabezados de la ventana, números como números,\n"
              "                          y una hoja con los filtros, la fuente y la fecha.\n"
              "  copy --from RUTA|URL --to RUTA|URL\n"
              "                          Copia una base de datos completa entre SQLite y PostgreSQL.\n"
              "  generate-demo --rows N --out RUTA\n"
              "                          Crea una base de datos SQLite nueva con la estructura del BGI 2025\n"
              "                          y N resultados sintéticos (más un indicador cada 10), marcados como\n"
              "                          tales, para pruebas de rendimiento y demostraciones. Los mismos N\n"
              "                          dan siempre la misma base de datos.\n"
              "  export-pdf --out ARCHIVO.pdf [--db RUTA] [filtros]\n"
              "                          Escribe el informe PDF A4: portada, una página por objetivo\n"
              "                          estratégico, totales.\n"
              "  export-chart --chart GRÁFICO --out ARCHIVO.pdf|.png|.svg [--dpi N] [--db RUTA] [filtros]\n"
              "                          Escribe un gráfico: budget-beneficiaries, programs,\n"
              "                          cost-per-beneficiary o word-cloud (PNG a N ppp, 150 por omisión).\n"
              "                          --width PX, --height PX: el PNG en píxeles (uno solo: el otro\n"
              "                          en la forma del gráfico).\n"
              "                          --format pdf|png|svg: el formato, si --out no lo dice (--out -).\n"
              "  help, --help            Muestra esta ayuda.\n"
              "  --version               Muestra la versión.\n"
              "\n"
              "Filtros (los mismos de la ventana):\n"
              "  --year AÑO              Por ejemplo 2025.\n"
              "  --objective N           Número del objetivo estratégico, 1 a 4.\n"
              "  --program TEXTO         Nombre o parte del nombre del programa, sin distinguir mayúsculas\n"
              "                          ni tildes: --program \"ferias libres\".\n"
              "  --region REGIÓN         Código (14, 08), número romano (XIV, RM) o nombre (\"los rios\");\n"
              "                          \"Nacional\" (00) para cifras no desglosadas por región.\n"
              "  --search TEXTO          Palabras que deben aparecer en la fila, sin distinguir\n"
              "                          mayúsculas ni tildes.\n"
              "\n"
              "--out - (o /dev/stdout) escribe en la salida estándar; el mensaje final va entonces a la\n"
              "salida de errores. Una exportación nunca reemplaza la base de datos abierta, otra base de\n"
              "datos SQLite ni lo que no es un archivo común (carpeta, dispositivo, FIFO), y si falla (el\n"
              "disco lleno) deja el archivo anterior como estaba.\n"
              "\n"
              "Opciones de la ventana:\n"
              "  [--db] RUTA|URL         Abre esta base de datos en vez de la predeterminada\n"
              "                          (%1).\n"
              "  --read-only             Abre la base de datos solo para lectura.\n"
              "  --quit-after-load       Sale (código 0) en cuanto la ventana muestra sus primeras filas y\n"
              "                          gráficos: mide el tiempo hasta las primeras filas.\n"
              "\n"
              "RUTA es un archivo SQLite; URL, un servidor PostgreSQL: postgresql://usuario@servidor:puerto/base.\n"
              "La contraseña se toma de PGPASSWORD o ~/.pgpass; Mirador nunca la guarda.\n"
              "Toda RUTA dada a un comando distinto de init, copy --to y generate-demo --out debe existir;\n"
              "Mirador no crea ni modifica un archivo que no puede abrir.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

bool isDatabaseArgument(const QString &argument)
{
    // What a file manager or "Open with" hands over: a path to a file, or a
    // server's address. A command's name is a plain word, never a file here.
    if (argument.startsWith(QStringLiteral("postgresql://")) || argument.startsWith(QStringLiteral("postgres://")))
        return true;
    static const QRegularExpression databaseSuffix(QStringLiteral("\\.(sqlite3?|db)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    return argument.contains(u'/') || argument.contains(databaseSuffix) || QFileInfo(argument).isFile();
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    static const QStringList commands{QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
                                      QStringLiteral("--version")};
    return commands.contains(arguments.first())
        || !(arguments.first().startsWith(u'-') || isDatabaseArgument(arguments.first()));
}

bool needsPainting(const QStringList &arguments)
{
    return arguments.value(0) == u"export-pdf" || arguments.value(0) == u"export-chart";
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << helpText();
        return 0;
    }
    if (command == u"--version") {
        out << QStringLiteral("mirador %1\n").arg(QStringLiteral(MIRADOR_VERSION));
        return 0;
    }
    if (command == u"init")
        return initCommand(rest, out, err);
    if (command == u"export-csv")
        return exportCsvCommand(rest, out, err);
    if (command == u"export-xlsx")
        return exportXlsxCommand(rest, out, err);
    if (command == u"import")
        return importCommand(rest, out, err);
    if (command == u"copy")
        return copyCommand(rest, out, err);
    if (command == u"generate-demo")
        return generateDemoCommand(rest, out, err);
    if (command == u"export-pdf")
        return exportPdfCommand(rest, out, err);
    if (command == u"export-chart")
        return exportChartCommand(rest, out, err);
    err << CliText::tr("mirador: comando desconocido «%1». Vea: mirador --help\n").arg(command);
    return exitUsage;
}

bool parseWindowOptions(const QStringList &arguments, WindowOptions *options, QString *error)
{
    Options parsed({QStringLiteral("db")},
                   {QStringLiteral("read-only"), QStringLiteral("help"), QStringLiteral("quit-after-load")});
    if (!parsed.parse(arguments, error))
        return false;
    // One database may be named without --db: "mirador resultados.sqlite".
    const QStringList files = parsed.positional();
    if (files.size() > 1
        || (files.size() == 1 && (parsed.has(QStringLiteral("db")) || !isDatabaseArgument(files.first())))) {
        *error = CliText::tr("argumento inesperado: %1").arg(files.last());
        return false;
    }
    options->database = files.isEmpty() ? parsed.value(QStringLiteral("db")) : files.first();
    options->readOnly = parsed.has(QStringLiteral("read-only"));
    options->help = parsed.has(QStringLiteral("help"));
    options->quitAfterLoad = parsed.has(QStringLiteral("quit-after-load"));
    return true;
}

} // namespace Cli
