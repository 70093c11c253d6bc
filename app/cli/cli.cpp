#include "cli.h"

#include "clicommands.h"
#include "clioptions.h"

#include "database.h"
#include "savedview.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

// The dispatcher (run), --help and the window's options; the commands are in
// clidatabase.cpp, cliimport.cpp and cliexport.cpp (clicommands.h).
namespace Cli {

QString helpText()
{
    return CliText::tr("Uso: mirador [[--db] RUTA|URL] [--read-only] [[--view] ARCHIVO.mirador-view]\n"
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
              "  import [--db RUTA] PROPUESTAS.csv\n"
              "                          Escribe el informe de un archivo de read-report --out que una\n"
              "                          persona revisó (corrigió valores, borró filas): sus objetivos,\n"
              "                          acciones y cifras, confirmadas por quien lo importa. No duplica\n"
              "                          un informe que ya está (mismo servicio y año): dice qué cambiaría.\n"
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
              "  generate-demo --rows N --out RUTA [--services K] [--years A]\n"
              "                          Crea una base de datos SQLite nueva con K servicios sintéticos\n"
              "                          (3 si no se indica, hasta 26), cada uno con un informe por año en\n"
              "                          los últimos A años hasta 2025 (3 si no se indica, hasta 10), y N\n"
              "                          resultados sintéticos repartidos entre ellos (más un indicador cada\n"
              "                          10), todo marcado como sintético, para pruebas de rendimiento y\n"
              "                          demostraciones. Los mismos N, K y A dan siempre la misma base de datos.\n"
              "  read-report ARCHIVO.pdf|ARCHIVO.txt --out PROPUESTAS.csv\n"
              "                          Lee un Balance de Gestión Integral (su PDF, o el texto que escribe\n"
              "                          pdftotext) y escribe cada cifra que propone, con su oración y su\n"
              "                          página, para que una persona la revise. No escribe en la base de\n"
              "                          datos.\n"
              "  read-report ARCHIVO.pdf|ARCHIVO.txt [--db RUTA] --accept-all\n"
              "                          Escribe el informe leído en la base de datos, con todas sus\n"
              "                          cifras marcadas como no confirmadas. No duplica un informe que ya\n"
              "                          está (mismo servicio y año): dice qué cambiaría.\n"
              "  export-pdf --out ARCHIVO.pdf [--db RUTA] [--compare AÑO] [filtros]\n"
              "                          Escribe el informe PDF A4: portada, una página por objetivo\n"
              "                          estratégico, totales.\n"
              "                          --compare AÑO: compara dos años de un servicio (--service, o el\n"
              "                          único), el de --year (o el último) con AÑO: una página por\n"
              "                          objetivo con ambos años y el cambio.\n"
              "  export-chart --chart GRÁFICO --out ARCHIVO.pdf|.png|.svg [--dpi N] [--db RUTA] [filtros]\n"
              "                          Escribe un gráfico: budget-beneficiaries, programs,\n"
              "                          cost-per-beneficiary, word-cloud o trend (PNG a N ppp, 150 por\n"
              "                          omisión). trend: cada año, sin el filtro de año ni de informe.\n"
              "                          --width PX, --height PX: el PNG en píxeles (uno solo: el otro\n"
              "                          en la forma del gráfico).\n"
              "                          --format pdf|png|svg: el formato, si --out no lo dice (--out -).\n"
              "  help, --help            Muestra esta ayuda.\n"
              "  --version               Muestra la versión.\n"
              "\n"
              "Filtros (los mismos de la ventana):\n"
              "  --service TEXTO         Servicio, por su sigla o su nombre, entero o en parte, sin\n"
              "                          distinguir mayúsculas ni tildes: --service sercotec.\n"
              "  --year AÑO              Por ejemplo 2025.\n"
              "  --objective N           Número del objetivo estratégico, 1 a 4.\n"
              "  --program TEXTO         Nombre o parte del nombre del programa, sin distinguir mayúsculas\n"
              "                          ni tildes: --program \"ferias libres\".\n"
              "  --region REGIÓN         Código (14, 08), número romano (XIV, RM) o nombre (\"los rios\");\n"
              "                          \"Nacional\" (00) para cifras no desglosadas por región.\n"
              "  --search TEXTO          Palabras que deben aparecer en la fila, sin distinguir\n"
              "                          mayúsculas ni tildes.\n"
              "  --view ARCHIVO          Una vista guardada en la ventana (Archivo → Guardar vista…):\n"
              "                          su base de datos, sus filtros y, en export-chart, su gráfico.\n"
              "                          --db, --chart y cada filtro dado reemplazan los de la vista.\n"
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
              "  [--view] ARCHIVO.mirador-view\n"
              "                          Abre la vista guardada: su base de datos, filtros, tabla,\n"
              "                          gráfico, columnas y orden.\n"
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

bool isViewArgument(const QString &argument)
{
    return argument.endsWith(u'.' + SavedView::suffix(), Qt::CaseInsensitive);
}

bool isCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    static const QStringList commands{QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
                                      QStringLiteral("--version")};
    return commands.contains(arguments.first())
        || !(arguments.first().startsWith(u'-') || isDatabaseArgument(arguments.first())
             || isViewArgument(arguments.first()));
}

bool needsPainting(const QStringList &arguments)
{
    return arguments.value(0) == u"export-pdf" || arguments.value(0) == u"export-chart";
}

namespace {

/// A command's name and the function that runs it (clicommands.h).
struct Command
{
    QStringView name;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

constexpr Command commands[] = {
    {u"init", initCommand},
    {u"export-csv", exportCsvCommand},
    {u"export-xlsx", exportXlsxCommand},
    {u"import", importCommand},
    {u"copy", copyCommand},
    {u"generate-demo", generateDemoCommand},
    {u"export-pdf", exportPdfCommand},
    {u"export-chart", exportChartCommand},
    {u"read-report", readReportCommand},
};

} // namespace

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
    for (const Command &known : commands) {
        if (command == known.name)
            return known.run(rest, out, err);
    }
    err << CliText::tr("mirador: comando desconocido «%1». Vea: mirador --help\n").arg(command);
    return exitUsage;
}

bool parseWindowOptions(const QStringList &arguments, WindowOptions *options, QString *error)
{
    Options parsed({QStringLiteral("db"), QStringLiteral("view")},
                   {QStringLiteral("read-only"), QStringLiteral("help"), QStringLiteral("quit-after-load")});
    if (!parsed.parse(arguments, error))
        return false;
    // One database may be named without --db: "mirador resultados.sqlite";
    // and a view without --view: "mirador informe.mirador-view".
    QStringList files = parsed.positional();
    options->view = parsed.value(QStringLiteral("view"));
    if (files.size() == 1 && options->view.isEmpty() && isViewArgument(files.first()))
        options->view = files.takeFirst();
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
