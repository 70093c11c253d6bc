#include "clicommands.h"
#include "clioptions.h"

#include "database.h"
#include "demodata.h"
#include "format.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <optional>
#include <tuple>

// The commands that make a database: init, copy and generate-demo.
namespace Cli {

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

namespace {

/// The value of option ("services", "years") as a whole number from 1 to
/// maximum, or nullopt with the usage message written to err.
std::optional<int> shapeNumber(const Options &options, const QString &option, int maximum, QTextStream &err)
{
    bool ok = false;
    const int value = options.value(option).toInt(&ok);
    if (ok && value >= 1 && value <= maximum)
        return value;
    err << CliText::tr("mirador generate-demo: --%1 espera un número entero de 1 a %2; se recibió «%3»\n")
               .arg(option)
               .arg(maximum)
               .arg(options.value(option));
    return std::nullopt;
}

/// Set by Ctrl+C (SIGINT) or SIGTERM while generate-demo writes.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int signal)
{
    interrupted = 1;
    std::signal(signal, SIG_DFL); // a second one stops the process at once
}

/// While it lives, Ctrl+C and SIGTERM ask the generation to stop: it then
/// rolls back and removes its temporary file, where being killed would
/// leave it for a later run to find (nothing ever reaches --out half-written).
class InterruptAsksToStop
{
public:
    InterruptAsksToStop()
        : m_previousInt(std::signal(SIGINT, onInterrupt)),
          m_previousTerm(std::signal(SIGTERM, onInterrupt))
    {
        interrupted = 0;
    }
    ~InterruptAsksToStop()
    {
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
    InterruptAsksToStop(const InterruptAsksToStop &) = delete;
    InterruptAsksToStop &operator=(const InterruptAsksToStop &) = delete;

private:
    void (*m_previousInt)(int);
    void (*m_previousTerm)(int);
};

} // namespace

int generateDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options(
        {QStringLiteral("rows"), QStringLiteral("out"), QStringLiteral("services"), QStringLiteral("years")}, {});
    QString error;
    if (!options.parse(arguments, &error) || !options.positional().isEmpty() || !options.has(QStringLiteral("rows"))
        || !options.has(QStringLiteral("out"))) {
        if (error.isEmpty() && !options.positional().isEmpty())
            error = CliText::tr("argumento inesperado: %1").arg(options.positional().first());
        else if (error.isEmpty())
            error = !options.has(QStringLiteral("rows")) && !options.has(QStringLiteral("out"))
                ? CliText::tr("faltan --rows N y --out RUTA")
                : options.has(QStringLiteral("rows")) ? CliText::tr("falta --out RUTA")
                                                      : CliText::tr("falta --rows N");
        err << CliText::tr("mirador generate-demo: %1\nUso: mirador generate-demo --rows N --out RUTA "
                           "[--services K] [--years A]\n")
                   .arg(error);
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
    DemoShape shape;
    for (const auto &[option, value, maximum] :
         {std::tuple{QStringLiteral("services"), &shape.services, DemoShape::maxServices},
          std::tuple{QStringLiteral("years"), &shape.years, DemoShape::maxYears}}) {
        if (!options.has(option))
            continue;
        const std::optional<int> given = shapeNumber(options, option, maximum, err);
        if (!given)
            return exitUsage;
        *value = *given;
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
        return interrupted == 0;
    };
    const InterruptAsksToStop interrupt;
    if (!generateDemo(path, rows, &error, progress, shape)) {
        err << CliText::tr("mirador generate-demo: %1\n").arg(error);
        return exitError;
    }
    out << CliText::tr("Base de datos de demostración creada en %1: %2 resultados y %3 indicadores sintéticos\n")
               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), Format::integer(rows),
                    Format::integer(rows / 10))
        << (shape.services == 1
                ? CliText::tr("%n servicio sintético, con un informe por año de %1 a %2\n", nullptr, shape.services)
                : CliText::tr("%n servicios sintéticos, con un informe por año de %1 a %2\n", nullptr, shape.services))
               .arg(DemoShape::lastYear - shape.years + 1)
               .arg(DemoShape::lastYear);
    return 0;
}

} // namespace Cli
