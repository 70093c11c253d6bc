#include "bgipdf.h"
#include "changelog.h"
#include "cli.h"
#include "csvreader.h"
#include "csvtext.h"
#include "importfields.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <sys/stat.h>

/// The mirador executable as a user runs it from a shell with no display.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpListsEveryCommand();
    void readmeAgreesWithHelp();
    void initCreatesTheDatabase();
    void initRefusesAnExistingFile();
    void exportAllResults();
    void exportFilters_data();
    void exportFilters();
    void exportIndicators();
    void hostileFiltersAreData();
    void missingDatabaseIsNotCreated();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void windowWithoutDisplaySaysHow();
    void fileNamedAloneOpensInTheWindow();
    void exportPdfWithoutDisplay();
    void exportChartWithoutDisplay_data();
    void exportChartWithoutDisplay();
    void exportChartRefusesBadArguments_data();
    void exportChartRefusesBadArguments();
    void importExcelExportBack();
    void importRefusesABadFileWritingNothing();
    void importReadsOnlyRegularFiles();
    void pathThatIsNotUtf8IsRefused();
    void importChecksALargeFileBeforeWriting();
    void exportNeverReplacesADatabaseOrADevice_data();
    void exportNeverReplacesADatabaseOrADevice();
    void exportToStandardOutput_data();
    void exportToStandardOutput();
    void standardOutputOntoTheDatabaseIsRefused();
    void fullDiskIsAnErrorAndWritesNothing_data();
    void fullDiskIsAnErrorAndWritesNothing();
    void demoExportImportsBackWithoutRepeatedRows();
    void editedFigureExportsItsSource();
    void readReportWritesProposals_data();
    void readReportWritesProposals();
    void readReportRefusesAndWritesNothing_data();
    void readReportRefusesAndWritesNothing();
    void readReportAcceptAllWritesOnce();
    void importProposalsGivesTheReportRead_data();
    void importProposalsGivesTheReportRead();
    void importProposalsTakesTheEditsOnce();
    void importProposalsRefusesABrokenFile();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray outBytes; ///< stdout as it came, for binary exports
    };
    Run mirador(const QStringList &arguments, const QProcessEnvironment &environment = {}) const;
    QStringList csvLines(const QString &path) const;
    /// A proposals file (read-report --out) of input, by default the Sercotec text; parsed.
    CsvFile sercotecProposals(const QString &path, const QString &input = sercotecText);
    static inline const QString sercotecText
        = QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt");
    /// A new database with no report (init --empty).
    QString emptyDatabase(const QString &name);
    /// A database of 200 synthetic results (generate-demo), made once.
    QString demoDatabase();

    QTemporaryDir m_dir;
    QString m_db;
    QString m_demo;
};

TestCli::Run TestCli::mirador(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    // A relative --out lands in the test's folder, never in the build tree.
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(MIRADOR_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("mirador did not finish");
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QString::fromUtf8(out), QString::fromUtf8(process.readAllStandardError()), out};
}

QString TestCli::demoDatabase()
{
    if (m_demo.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = mirador({QStringLiteral("generate-demo"), QStringLiteral("--rows"), QStringLiteral("200"),
                                 QStringLiteral("--out"), path});
        if (run.exitCode != 0)
            qWarning("generate-demo failed: %s", qPrintable(run.err));
        else
            m_demo = path;
    }
    return m_demo;
}

QStringList TestCli::csvLines(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

CsvFile TestCli::sercotecProposals(const QString &path, const QString &input)
{
    const Run run = mirador({QStringLiteral("read-report"), input, QStringLiteral("--out"), path});
    if (run.exitCode != 0)
        qWarning("read-report failed: %s", qPrintable(run.err));
    QFile file(path);
    QString error;
    const std::optional<CsvFile> csv
        = file.open(QIODevice::ReadOnly) ? CsvReader::read(file.readAll(), &error) : std::nullopt;
    return csv.value_or(CsvFile());
}

QString TestCli::emptyDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run run = mirador({QStringLiteral("init"), path, QStringLiteral("--empty")});
    if (run.exitCode != 0)
        qWarning("init --empty failed: %s", qPrintable(run.err));
    return path;
}

namespace {

/// A report's tables in a database, one line per row, "table: column=value
/// | …", sorted: its objectives, actions and figures, each with its
/// objective's, action's and program's number or name instead of an id, and
/// without the columns named in skipped.
QStringList reportTables(const QString &path, const QStringList &skipped)
{
    static const char *const queries[] = {
        "SELECT 'objective' AS tbl, t.* FROM objective t",
        "SELECT 'action' AS tbl, o.number AS objective, t.* FROM action t JOIN objective o ON o.id = t.objective_id",
        "SELECT 'result' AS tbl, o.number AS objective, a.number AS action, p.name AS program, t.* FROM result t "
        "JOIN objective o ON o.id = t.objective_id LEFT JOIN action a ON a.id = t.action_id "
        "LEFT JOIN program p ON p.id = t.program_id",
        "SELECT 'indicator' AS tbl, o.number AS objective, a.number AS action, p.name AS program, t.* FROM indicator t "
        "JOIN objective o ON o.id = t.objective_id LEFT JOIN action a ON a.id = t.action_id "
        "LEFT JOIN program p ON p.id = t.program_id",
        "SELECT 'milestone' AS tbl, o.number AS objective, a.number AS action, t.* FROM milestone t "
        "JOIN objective o ON o.id = t.objective_id LEFT JOIN action a ON a.id = t.action_id"};
    QStringList lines;
    const QString connection = QStringLiteral("tables ") + path;
    {
        QSqlDatabase db = TestSupport::rawSqlite(path, connection);
        const bool open = db.open();
        QSqlQuery query(db);
        for (const char *sql : queries) {
            if (!open || !query.exec(QLatin1String(sql)))
                lines << QStringLiteral("ERROR ") + query.lastError().text();
            while (query.next()) {
                QStringList fields;
                for (int i = 1; i < query.record().count(); ++i) {
                    const QString name = query.record().fieldName(i);
                    if (name != u"id" && !name.endsWith(QStringLiteral("_id")) && !skipped.contains(name))
                        fields << name + u'=' + (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                }
                lines << query.value(0).toString() + QStringLiteral(": ") + fields.join(QStringLiteral(" | "));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    lines.sort();
    return lines;
}

void writeCsv(const QString &path, const CsvFile &csv)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const auto line = [&file](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << CsvText::field(field);
        file.write((quoted.join(u',') + u'\n').toUtf8());
    };
    line(csv.header);
    for (const CsvRecord &record : csv.records)
        line(record.fields);
}

const QStringList reviewColumns{QStringLiteral("review"), QStringLiteral("reviewed_by"), QStringLiteral("reviewed_at"),
                                QStringLiteral("proposed")};

} // namespace

void TestCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("bgi.sqlite"));
    const Run run = mirador({QStringLiteral("init"), m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::helpListsEveryCommand()
{
    const Run run = mirador({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"init", "export-csv", "export-xlsx", "--db", "--table", "--year", "--objective",
                             "--program", "--region", "--search", "--empty", "--version"})
        QVERIFY2(run.out.contains(QLatin1String(word)), word);
}

// A new user found the README naming ~/.local/share/mirador/mirador.sqlite while --help and
// the window used …/Mirador/mirador/, and --version and --quit-after-load missing from its list.
void TestCli::readmeAgreesWithHelp()
{
    QFile file(QStringLiteral(MIRADOR_SOURCE_DIR "/README.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype start = readme.indexOf(QStringLiteral("### Command line"));
    QVERIFY(start >= 0);
    const QString commandList = readme.mid(start, readme.indexOf(QStringLiteral("\n## "), start) - start);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIRADOR_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());

    // Every command and every option the help names is in the README's command list.
    static const QRegularExpression command(QStringLiteral("^  ([a-z][a-z-]+)[ ,]"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]+"));
    QStringList words;
    for (const QRegularExpression &pattern : {command, option}) {
        for (const QRegularExpressionMatch &match : pattern.globalMatch(help))
            words << match.captured(match.lastCapturedIndex());
    }
    QVERIFY(words.contains(QStringLiteral("export-chart")));
    QVERIFY(words.contains(QStringLiteral("--quit-after-load")));
    for (const QString &word : std::as_const(words))
        QVERIFY2(commandList.contains(word), qPrintable(word + QStringLiteral(" is not in the README's command list")));

    // The embedded database is where --help says, and the README says the same.
    const QString home = QStringLiteral("~/.local/share/Mirador/mirador/mirador.sqlite");
    QVERIFY2(help.contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("home")) + home.mid(1))),
             qPrintable(help));
    QVERIFY(readme.contains(home));
    QVERIFY(readme.contains(QStringLiteral("$XDG_DATA_HOME/Mirador/mirador/mirador.sqlite")));
    static const QRegularExpression anyPath(QStringLiteral("[~A-Z_$]+/[^ `]*mirador\\.sqlite"));
    for (const QRegularExpressionMatch &match : anyPath.globalMatch(readme)) {
        QVERIFY2(match.captured().endsWith(QStringLiteral("/Mirador/mirador/mirador.sqlite")),
                 qPrintable(match.captured()));
    }
}

void TestCli::initCreatesTheDatabase()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const Run run = mirador({QStringLiteral("init"), empty, QStringLiteral("--empty")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(empty));
    const QString out = m_dir.filePath(QStringLiteral("empty.csv"));
    QCOMPARE(
        mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), empty, QStringLiteral("--out"), out}).exitCode,
        0);
    QCOMPARE(csvLines(out).size(), 1); // the header only
}

void TestCli::initRefusesAnExistingFile()
{
    const QByteArray before = TestSupport::fileHash(m_db);
    const Run run = mirador({QStringLiteral("init"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ya existe")), qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(m_db), before);
}

void TestCli::exportAllResults()
{
    const QString out = m_dir.filePath(QStringLiteral("results.csv"));
    const Run run = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = csvLines(out);
    QCOMPARE(lines.size(), 9);
    // The report's own figures belong to no call, and were typed, not read
    // by Mirador's reader: call, review and page are empty.
    QCOMPARE(lines.first(),
             QStringLiteral("year,objective,objective_name,action,program,region_code,region,"
                            "budget_mclp,beneficiaries,beneficiary_unit,source_quote,budget_source,"
                            "beneficiaries_source,call,review,source_page"));
    QCOMPARE(lines.at(1),
             QStringLiteral("2025,1,Asociatividad,1,Fortalecimiento Gremial,00,Nacional,1487480,104,gremios,"
                            "\"Fortalecimiento Gremial: Con recursos por M$ 1.487.480 se apoyó a 104 "
                            "gremios regionales y nacionales, fortaleciendo su gestión interna y la oferta "
                            "de servicios para sus asociados.\",1487480,104,,,"));
}

void TestCli::exportFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("programs");
    QTest::newRow("program ferias libres") << QStringList{"--program", "ferias libres"} << QStringList{"Ferias Libres"};
    QTest::newRow("objective 4") << QStringList{"--objective", "4"}
                                 << QStringList{"Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("region los rios") << QStringList{"--region", "los rios"} << QStringList{};
    QTest::newRow("region XIV") << QStringList{"--region", "XIV"} << QStringList{};
    QTest::newRow("region 14") << QStringList{"--region=14"} << QStringList{};
    QTest::newRow("region nacional, year") << QStringList{"--region", "00", "--year", "2025", "--objective", "2"}
                                           << QStringList{"Pymes Globales"};
    QTest::newRow("search") << QStringList{"--search", "SOSTENIBLE"} << QStringList{"Crece Sostenible"};
}

void TestCli::exportFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, programs);
    const QString out = m_dir.filePath(QStringLiteral("filtered.csv"));
    const Run run = mirador(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--out"), out} + arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList found;
    for (const QString &line : csvLines(out).mid(1))
        found << line.section(u',', 4, 4);
    QCOMPARE(found, programs);
}

void TestCli::hostileFiltersAreData()
{
    // Quotes, wildcards, comment and statement marks and a 1.000-character
    // word, as a search or a program: matched as text (nothing matches, or a
    // program is not found), and the database is as it was.
    const QString out = m_dir.filePath(QStringLiteral("hostile.csv"));
    const QStringList words{QStringLiteral("x'); DROP TABLE result; --"), QStringLiteral("\" OR \"1\"=\"1"),
                            QStringLiteral("%%%"), QStringLiteral("_ _ _"), QStringLiteral("a;b -- c"),
                            QString(1000, u'z')};
    for (const QString &word : words) {
        const Run search = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                    out, QStringLiteral("--search"), word});
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QCOMPARE(csvLines(out).size(), 1); // the header alone
        const Run program = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--out"), out, QStringLiteral("--program"), word});
        QCOMPARE(program.exitCode, 1);
        QVERIFY2(program.err.contains(QStringLiteral("programa")), qPrintable(program.err));
    }
    // Longer than a search takes: said, not run.
    const Run tooLong = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                 out, QStringLiteral("--search"), QString(100000, u'z')});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(QStringLiteral("hasta 1000 caracteres")), qPrintable(tooLong.err));
    const Run all = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(csvLines(out).size(), 1 + 8);
}

void TestCli::exportIndicators()
{
    const QString out = m_dir.filePath(QStringLiteral("indicators.csv"));
    const Run run = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                             QStringLiteral("--table"), QStringLiteral("indicators"), QStringLiteral("--objective"),
                             QStringLiteral("1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = csvLines(out);
    QCOMPARE(lines.first(),
             QStringLiteral("year,objective,action,program,region_code,region,indicator,value,unit,source_quote,"
                            "review,source_page"));
    QCOMPARE(lines.size(), 14);
    bool womenShare = false;
    for (const QString &line : lines)
        womenShare |= line.startsWith(
            QStringLiteral("2025,1,3,,00,Nacional,Participación de las mujeres en el sector de ferias libres,51.8,%,"));
    QVERIFY(womenShare);
}

void TestCli::missingDatabaseIsNotCreated()
{
    const QString absent = m_dir.filePath(QStringLiteral("absent.sqlite"));
    const QString out = m_dir.filePath(QStringLiteral("never.csv"));
    const Run run
        = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), absent, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(absent) && run.err.contains(QStringLiteral("no existe")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(absent));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::badArgumentsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "comando desconocido";
    QTest::newRow("no out") << QStringList{"export-csv"} << 2 << "--out";
    QTest::newRow("unknown option") << QStringList{"export-csv", "--out", "x.csv", "--colour"} << 2 << "--colour";
    QTest::newRow("bad table") << QStringList{"export-csv", "--out", "x.csv", "--table", "budgets"} << 2 << "budgets";
    QTest::newRow("unknown region") << QStringList{"export-csv", "--out", "x.csv", "--region", "Atlantis"} << 1
                                    << "Atlantis";
    QTest::newRow("unknown program") << QStringList{"export-csv", "--out", "x.csv", "--program", "Nada"} << 1 << "Nada";
    QTest::newRow("bad objective") << QStringList{"export-csv", "--out", "x.csv", "--objective", "uno"} << 1 << "uno";
    QTest::newRow("init without path") << QStringList{"init"} << 2 << "mirador init";
}

void TestCli::badArgumentsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (arguments.size() > 1)
        arguments << QStringLiteral("--db") << m_db;
    const Run run = mirador(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::windowWithoutDisplaySaysHow()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = mirador({QStringLiteral("--db"), m_db}, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("xvfb-run")), qPrintable(run.err));
}

void TestCli::fileNamedAloneOpensInTheWindow()
{
    // "mirador resultados.sqlite", as a file manager's "Open with" runs it.
    QVERIFY(!Cli::isCommand({m_db}));
    QVERIFY(!Cli::isCommand({QStringLiteral("otra.sqlite")}));
    QVERIFY(!Cli::isCommand({QStringLiteral("postgresql://mirador@localhost/bgi")}));
    QVERIFY(Cli::isCommand({QStringLiteral("export-csv")}));
    QVERIFY(Cli::isCommand({QStringLiteral("exportar")}));
    Cli::WindowOptions options;
    QString error;
    QVERIFY2(Cli::parseWindowOptions({m_db, QStringLiteral("--read-only")}, &options, &error), qPrintable(error));
    QCOMPARE(options.database, m_db);
    QVERIFY(options.readOnly);
    QVERIFY(!Cli::parseWindowOptions({QStringLiteral("--db"), m_db, m_db}, &options, &error));
    QCOMPARE(error, QStringLiteral("argumento inesperado: %1").arg(m_db));
    QVERIFY(!Cli::parseWindowOptions({m_db, m_db}, &options, &error));

    // The window opens that file: it is the last one in the settings after.
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const Run run = mirador({m_db, QStringLiteral("--quit-after-load")}, env);
    QCOMPARE(run.exitCode, 0);
    QFile settings(config.filePath(QStringLiteral("Mirador/mirador.conf")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(settings.readAll()).contains(QFileInfo(m_db).fileName()),
             qPrintable(settings.fileName()));
}

namespace {

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

} // namespace

void TestCli::exportPdfWithoutDisplay()
{
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    const Run run = mirador({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                             QStringLiteral("--objective"), QStringLiteral("1")},
                            withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("3 páginas")), qPrintable(run.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestCli::exportChartWithoutDisplay_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("filters");
    QTest::newRow("budget-beneficiaries pdf") << "budget-beneficiaries" << "pdf" << QStringList();
    QTest::newRow("programs svg") << "programs" << "svg" << QStringList();
    QTest::newRow("cost-per-beneficiary png") << "cost-per-beneficiary" << "png" << QStringList();
    QTest::newRow("word-cloud png") << "word-cloud" << "png" << QStringList();
    QTest::newRow("trend png of a service") << "trend" << "png" << QStringList{"--service", "sercotec"};
}

void TestCli::exportChartWithoutDisplay()
{
    QFETCH(QString, chart);
    QFETCH(QString, suffix);
    QFETCH(QStringList, filters);
    const QString out = m_dir.filePath(chart + u'.' + suffix);
    const Run run = mirador(QStringList{QStringLiteral("export-chart"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--chart"), chart, QStringLiteral("--out"), out,
                                        QStringLiteral("--dpi"), QStringLiteral("72")}
                                + filters,
                            withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(out).size() > 1000);
    if (suffix == u"png")
        QCOMPARE(QImage(out).width(), qRound(240 / 25.4 * 72));
}

void TestCli::exportChartRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--out", "x.png"} << "word-cloud";
    QTest::newRow("bad suffix") << QStringList{"--chart", "programs", "--out", "x.gif"} << ".svg";
    QTest::newRow("bad dpi") << QStringList{"--chart", "programs", "--out", "x.png", "--dpi", "lots"} << "--dpi";
}

void TestCli::exportChartRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = mirador(QStringList{QStringLiteral("export-chart"), QStringLiteral("--db"), m_db} + arguments,
                            withoutDisplay());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::importExcelExportBack()
{
    const QString excel = m_dir.filePath(QStringLiteral("excel.csv"));
    Run run = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), excel,
                       QStringLiteral("--excel")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = mirador({QStringLiteral("import"), QStringLiteral("--db"), m_db, excel});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("0 filas nuevas, 8 actualizadas")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("separador «;»")));
}

void TestCli::importRefusesABadFileWritingNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("year,objective,program,region,budget_mclp,source_quote\n"
               "2026,1,Ferias Libres,00,100,ok\n"
               "2026,1,Ferias Libres,99,100,region mala\n"
               "2026,1,Barrios Comerciales,00,-1,negativo\n");
    file.close();
    const auto exported = [this](const QString &name) {
        const QString out = m_dir.filePath(name);
        mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
        return csvLines(out);
    };
    const QStringList before = exported(QStringLiteral("before.csv"));
    const Run run = mirador({QStringLiteral("import"), QStringLiteral("--db"), m_db, bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("línea 3, region: no hay una región «99»")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("línea 4, budget_mclp: no puede ser negativo")));
    QVERIFY(run.err.contains(QStringLiteral("2 problemas; no se escribió nada")));
    QCOMPARE(exported(QStringLiteral("after.csv")), before);
    QCOMPARE(before.size(), 9);
}

// A FIFO or /dev/urandom given as the file to import hung until killed.
void TestCli::importReadsOnlyRegularFiles()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {fifo, QStringLiteral("/dev/urandom"), m_dir.path()}) {
        QProcess process;
        process.start(QStringLiteral(MIRADOR_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), m_db, path});
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            QFAIL(qPrintable(path + QStringLiteral(": mirador import was still waiting after 10 s")));
        }
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("no se puede leer «%1»: ").arg(path)), qPrintable(err));
        QVERIFY2(err.contains(path == m_dir.path() ? QStringLiteral("es una carpeta")
                                                   : QStringLiteral("no es un archivo común")),
                 qPrintable(err));
    }
}

// `mirador init` given a path with byte 0xFF created the database under another name (U+FFFD).
void TestCli::pathThatIsNotUtf8IsRefused()
{
    QTemporaryDir dir;
    QProcess process; // QProcess takes text arguments: the shell passes the raw byte
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec \"$0\" init \"$1/a$(printf '\\377').sqlite\""),
                                             QStringLiteral(MIRADOR_BINARY), dir.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("no son texto en la codificación del sistema")), qPrintable(err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestCli::importChecksALargeFileBeforeWriting()
{
    // Only the window checked the pages of a file over checkAtOpenBytes: the
    // command line imported into a damaged one without a word.
    const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
    QString error;
    QVERIFY2(Database::create(path, Database::Content::EmbeddedDataset, &error), qPrintable(error));
    // Past the threshold with one large value (its pages written at once),
    // then the index of a table the import never touches damaged.
    const qint64 padding = Database::checkAtOpenBytes + 1024 * 1024;
    QVERIFY(TestSupport::alterSqlite(
        path, QStringLiteral("CREATE TABLE padding (x BLOB); INSERT INTO padding VALUES (zeroblob(%1)); "
                             "PRAGMA journal_mode = WAL")
                  .arg(padding)));
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase raw = TestSupport::rawSqlite(path, QStringLiteral("pages"));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'milestone_objective_idx'")));
        QVERIFY(q.next());
        root = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * pageSize));
    file.write(QByteArray(64, '\x5a'));
    file.close();
    QVERIFY(QFileInfo(path).size() > Database::checkAtOpenBytes);

    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    QFile rows(csv);
    QVERIFY(rows.open(QIODevice::WriteOnly));
    rows.write("year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
               "2031,1,Programa Grande,08,100,1,empresas,Fila de prueba\n");
    rows.close();
    const QByteArray before = TestSupport::fileHash(path);
    const Run run = mirador({QStringLiteral("import"), QStringLiteral("--db"), path, csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("dañada")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("no se escribió nada")), qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(path), before);
    QFile::remove(path);
}

namespace {

/// A file's kind, identity and bytes: what an export must leave as it was.
QByteArray fileState(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QByteArrayLiteral("absent");
    QByteArray state = QByteArray::number(info.st_mode, 8) + " inode " + QByteArray::number(qulonglong(info.st_ino))
        + " device " + QByteArray::number(qulonglong(info.st_rdev));
    if (S_ISREG(info.st_mode))
        state += " sha256 " + TestSupport::fileHash(path).toHex();
    else if (S_ISLNK(info.st_mode))
        state += " -> " + QFile::encodeName(QFile::symLinkTarget(path));
    return state;
}

/// Every entry of a folder with its fileState(), but for the -wal and -shm
/// files SQLite keeps beside a database it opens.
QStringList folderState(const QString &path)
{
    QStringList states;
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            states << name + u' ' + QString::fromUtf8(fileState(dir.filePath(name)));
    }
    return states;
}

/// Every command that writes a file, and the suffix its --out takes.
struct ExportCommand
{
    const char *name;
    QStringList arguments;
    QString suffix;
};

QList<ExportCommand> exportCommands()
{
    return {
        {"export-csv", {"export-csv"}, "csv"},
        {"export-csv --excel", {"export-csv", "--excel"}, "csv"},
        {"export-xlsx", {"export-xlsx"}, "xlsx"},
        {"export-pdf", {"export-pdf"}, "pdf"},
        {"export-chart pdf", {"export-chart", "--chart", "programs"}, "pdf"},
        {"export-chart png", {"export-chart", "--chart", "programs", "--dpi", "72"}, "png"},
        {"export-chart svg", {"export-chart", "--chart", "word-cloud"}, "svg"},
    };
}

/// A file descriptor closed when the test returns, however it returns.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

void TestCli::exportNeverReplacesADatabaseOrADevice_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    const QList<std::pair<QString, QString>> targets{
        {"the database", "es la base de datos abierta"},
        {"a symbolic link to the database", "es la base de datos abierta"},
        {"a hard link to the database", "es la base de datos abierta"},
        {"another SQLite database", "es una base de datos SQLite"},
        {"a folder", "es una carpeta"},
        {"a FIFO", "FIFO"},
        {"a character device", "es un dispositivo"},
    };
    for (const ExportCommand &command : exportCommands()) {
        for (const auto &[target, reason] : targets)
            QTest::addRow("%s onto %s", command.name, qPrintable(target))
                << command.arguments << command.suffix << target << reason;
        // Its write-ahead log holds what is not yet in the database file (export-chart takes no
        // name that ends in -wal).
        if (command.arguments.first() != u"export-chart")
            QTest::addRow("%s onto the database's -wal", command.name)
                << command.arguments << command.suffix << "the database's -wal"
                << "es el archivo «-wal» de la base de datos abierta";
    }
}

// A hostile tester's "export-csv --db self.sqlite --out self.sqlite" turned the database into a CSV
// file (export-pdf too, and --out a symbolic link to it), and as root --out /dev/null made the
// device a regular file: every export refuses, says why, and leaves the target as it was.
void TestCli::exportNeverReplacesADatabaseOrADevice()
{
    QFETCH(QStringList, command);
    QFETCH(QString, suffix);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The database is named with the export's suffix, so export-chart takes it as --out.
    const QString db = dir.filePath(QStringLiteral("base.") + suffix);
    QVERIFY(QFile::copy(m_db, db));
    QString out = dir.filePath(QStringLiteral("out.") + suffix);
    const QByteArray outName = QFile::encodeName(out);
    Descriptor fifoReader;
    if (target == u"the database") {
        out = db;
    } else if (target == u"the database's -wal") {
        out = db + QStringLiteral("-wal");
    } else if (target == u"a symbolic link to the database") {
        QVERIFY(QFile::link(db, out));
    } else if (target == u"a hard link to the database") {
        QCOMPARE(::link(QFile::encodeName(db).constData(), outName.constData()), 0);
    } else if (target == u"another SQLite database") {
        QVERIFY(QFile::copy(m_db, out));
    } else if (target == u"a folder") {
        QVERIFY(QDir().mkdir(out));
    } else if (target == u"a FIFO") {
        QCOMPARE(::mkfifo(outName.constData(), 0644), 0);
        // A reader, so that an export opening the FIFO would not wait forever for one.
        fifoReader.fd = ::open(outName.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(fifoReader.fd >= 0);
    } else if (target == u"a character device") {
        if (::geteuid() != 0)
            QSKIP("Making a character device takes root (CI runs the tests as root)");
        // The null device's numbers, in the test's own folder: /dev/null itself is never at risk.
        if (::mknod(outName.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            QSKIP(qPrintable(QStringLiteral("Cannot make a character device here: %1").arg(reason)));
        }
    }
    const QStringList before = folderState(dir.path());
    const Run run
        = mirador(command + QStringList{QStringLiteral("--db"), db, QStringLiteral("--out"), out}, withoutDisplay());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("«%1»").arg(out)) && run.err.contains(reason), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(folderState(dir.path()), before);
    if (fifoReader.fd >= 0) {
        char byte = 0;
        QVERIFY2(::read(fifoReader.fd, &byte, 1) <= 0, "the export wrote into the FIFO");
    }
}

void TestCli::exportToStandardOutput_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    for (const char *out : {"-", "/dev/stdout"}) {
        QTest::addRow("export-csv %s", out) << QStringList{"export-csv"} << "csv" << out;
        QTest::addRow("export-csv --excel %s", out) << QStringList{"export-csv", "--excel"} << "csv" << out;
        QTest::addRow("export-xlsx %s", out) << QStringList{"export-xlsx"} << "xlsx" << out;
        QTest::addRow("export-pdf %s", out) << QStringList{"export-pdf"} << "pdf" << out;
        QTest::addRow("export-chart pdf %s", out)
            << QStringList{"export-chart", "--chart", "programs", "--format", "pdf"} << "pdf" << out;
        QTest::addRow("export-chart png %s", out)
            << QStringList{"export-chart", "--chart", "programs", "--format", "png", "--dpi", "72"} << "png" << out;
        QTest::addRow("export-chart svg %s", out)
            << QStringList{"export-chart", "--chart", "word-cloud", "--format", "svg"} << "svg" << out;
    }
}

// --out - and --out /dev/stdout: the file's bytes, and nothing else, on stdout; the "N filas
// escritas" message on stderr. They made a file named "-", or said "El archivo existente
// /dev/stdout no es grabable".
void TestCli::exportToStandardOutput()
{
    QFETCH(QStringList, command);
    QFETCH(QString, format);
    QFETCH(QString, out);
    const Run run
        = mirador(command + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--out"), out}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("escrit")) && run.err.contains(QStringLiteral("la salida estándar")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("-"))));
    const QByteArray &bytes = run.outBytes;
    if (format == u"csv") {
        // The same bytes as the file.
        const QString file = m_dir.filePath(QStringLiteral("stdout-compare.csv"));
        const Run toFile = mirador(command + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--out"), file});
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(bytes, written.readAll());
        QVERIFY(bytes.contains("Fortalecimiento Gremial"));
    } else if (format == u"xlsx") {
        // A ZIP archive (tst_xlsx reads the workbook itself), with its end-of-directory record.
        QVERIFY2(bytes.startsWith("PK\x03\x04") && bytes.right(22).startsWith("PK\x05\x06"),
                 bytes.left(40).toHex().constData());
    } else if (format == u"pdf") {
        QVERIFY2(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"), bytes.left(200).constData());
    } else if (format == u"png") {
        QCOMPARE(QImage::fromData(bytes, "PNG").width(), qRound(240 / 25.4 * 72));
    } else {
        QXmlStreamReader xml(bytes);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
}

// "mirador export-csv --db x.sqlite --out - >> x.sqlite" would append CSV to the database it reads.
void TestCli::standardOutputOntoTheDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    const QByteArray before = TestSupport::fileHash(db);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(db, QIODevice::Append);
    process.start(
        QStringLiteral(MIRADOR_BINARY),
        {QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("salida estándar")) && err.contains(QStringLiteral("base de datos abierta")),
             qPrintable(err));
    QCOMPARE(TestSupport::fileHash(db), before);
}

void TestCli::fullDiskIsAnErrorAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("freeKb");
    // Each export is over 20 KB; where the disk runs out changes which write fails.
    for (const ExportCommand &command : exportCommands()) {
        for (const int freeKb : {0, 8, 16})
            QTest::addRow("%s, %d KB free", command.name, freeKb) << command.arguments << command.suffix << freeKb;
    }
}

// On a nearly full 2 MB tmpfs export-pdf said "Informe de 7 páginas escrito" of a truncated file,
// export-chart left a 49.152-byte SVG no XML parser accepts, and a new CSV said "Error desconocido".
// Every export now fails with exit code 1 and says the disk is full; no new file appears, no
// temporary file stays behind, and an older file of the same name is left byte for byte.
void TestCli::fullDiskIsAnErrorAndWritesNothing()
{
    QFETCH(QStringList, command);
    QFETCH(QString, suffix);
    QFETCH(int, freeKb);
    if (::geteuid() != 0)
        QSKIP("Filling a disk takes a small file system: mounting a 2 MB tmpfs takes root (CI runs the tests as root)");
    // Eight results would fit in the space left; 200 synthetic ones do not.
    const QString database
        = command.first() == u"export-csv" || command.first() == u"export-xlsx" ? demoDatabase() : m_db;
    QVERIFY(!database.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=2m") != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs here: %1").arg(reason)));
    }
    const auto unmount = qScopeGuard([&mountPoint] { ::umount2(mountPoint.constData(), MNT_DETACH); });

    const QString older = dir.filePath(QStringLiteral("older.") + suffix);
    const QByteArray olderBytes = QByteArray("an older export, to be kept whole\n").repeated(100);
    {
        QFile file(older);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(olderBytes), olderBytes.size());
    }
    // Full, then freeKb freed.
    const QString reserve = dir.filePath(QStringLiteral("reserve"));
    {
        QFile file(reserve);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(QByteArray(freeKb * 1024, 'r')), freeKb * 1024);
    }
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray chunk(4096, 'f');
        while (filler.write(chunk) == chunk.size()) { }
    }
    QVERIFY(QFile::remove(reserve));

    const QStringList before = folderState(dir.path());
    for (const QString &name : {QStringLiteral("new."), QStringLiteral("older.")}) {
        const QString out = dir.filePath(name + suffix);
        const Run run = mirador(command + QStringList{QStringLiteral("--db"), database, QStringLiteral("--out"), out},
                                withoutDisplay());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("«%1»").arg(out))
                     && run.err.contains(QStringLiteral("no queda espacio en el disco")),
                 qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(folderState(dir.path()), before);
    }
}

// Re-importing the export-csv of a generate-demo database gave 297.600 "repite la fila" problems:
// the results' call (schema 3) was not exported, so the calls of one program, year and region
// looked like one row repeated.
void TestCli::demoExportImportsBackWithoutRepeatedRows()
{
    const QString demo = demoDatabase();
    QVERIFY(!demo.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
    Run run = mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), demo, QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<CsvFile> parsed = CsvReader::read(file.readAll(), &error);
    QVERIFY2(parsed, qPrintable(error));
    // The columns before keep their places.
    QCOMPARE(parsed->header.mid(0, 11).join(u','),
             QStringLiteral("year,objective,objective_name,action,program,region_code,region,"
                            "budget_mclp,beneficiaries,beneficiary_unit,source_quote"));
    const qsizetype call = parsed->header.indexOf(QStringLiteral("call"));
    QVERIFY2(call >= 0, qPrintable(parsed->header.join(u',')));
    QCOMPARE(parsed->records.size(), 200);
    // Year, objective, program, region and call tell every row apart, as they do in the database.
    QSet<QString> identities;
    for (const CsvRecord &record : parsed->records) {
        QVERIFY2(record.fields.value(call).startsWith(QStringLiteral("Convocatoria ")),
                 qPrintable(record.fields.join(u',')));
        identities.insert(QStringList{record.fields.value(0), record.fields.value(1), record.fields.value(4),
                                      record.fields.value(5), record.fields.value(call)}
                              .join(u'|'));
    }
    QCOMPARE(identities.size(), 200);

    // Imported into a copy of the same database: nothing repeated, nothing new.
    const QString copy = m_dir.filePath(QStringLiteral("demo-copy.sqlite"));
    QVERIFY(QFile::copy(demo, copy));
    run = mirador({QStringLiteral("import"), QStringLiteral("--db"), copy, csv});
    QVERIFY2(run.exitCode == 0 && !run.err.contains(QStringLiteral("repite")), qPrintable(run.err.left(2000)));
    QVERIFY2(run.out.contains(QStringLiteral("0 filas nuevas")), qPrintable(run.out));
}

// An edited figure sat in the exports with nothing saying it differs from its sentence
// (issue 16, item 6): export-csv writes what the source gave beside it, and importing the
// file into another database keeps both, so the flag travels with the figure.
void TestCli::editedFigureExportsItsSource()
{
    const QString edited = m_dir.filePath(QStringLiteral("edited.sqlite"));
    QVERIFY(mirador({QStringLiteral("init"), edited}).exitCode == 0);
    {
        QString error;
        const auto db = Database::open(edited, Database::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        const qint64 id = TestSupport::resultId(db->connection(), QStringLiteral("Ferias Libres"), 2025);
        QVERIFY(id > 0);
        QVariant old;
        QVERIFY2(ChangeLog::update(db->connection(), QStringLiteral("result"), QStringLiteral("budget_mclp"), id,
                                   qlonglong(2600000), QStringLiteral("edit"), &old, &error),
                 qPrintable(error));
    }
    const auto feriasLibres = [this](const QString &database, const QString &name) {
        const QString out = m_dir.filePath(name);
        const Run run = mirador(
            {QStringLiteral("export-csv"), QStringLiteral("--db"), database, QStringLiteral("--out"), out});
        QFile file(out);
        QString error;
        const std::optional<CsvFile> csv = file.open(QIODevice::ReadOnly) ? CsvReader::read(file.readAll(), &error)
                                                                          : std::nullopt;
        QStringList found;
        if (run.exitCode == 0 && csv) {
            for (const CsvRecord &record : csv->records) {
                if (record.fields.value(csv->header.indexOf(QStringLiteral("program"))) == u"Ferias Libres") {
                    for (const char *column : {"budget_mclp", "budget_source", "beneficiaries", "beneficiaries_source"})
                        found << record.fields.value(csv->header.indexOf(QLatin1String(column)), QStringLiteral("?"));
                }
            }
        }
        return found;
    };
    // The figure as edited, then the sentence's own.
    QCOMPARE(feriasLibres(edited, QStringLiteral("edited.csv")),
             (QStringList{"2600000", "2509474", "153", "153"}));

    // Imported into the report's own figures: the edit comes along, and so does its flag.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(mirador({QStringLiteral("init"), other}).exitCode == 0);
    const Run imported
        = mirador({QStringLiteral("import"), QStringLiteral("--db"), other, m_dir.filePath(QStringLiteral("edited.csv"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Every column is read back but the review state and page: an imported figure is nobody's reading.
    QVERIFY2(imported.out.contains(QStringLiteral("Columnas ignoradas: review, source_page\n")),
             qPrintable(imported.out));
    QCOMPARE(feriasLibres(other, QStringLiteral("other.csv")), (QStringList{"2600000", "2509474", "153", "153"}));
}

void TestCli::readReportWritesProposals_data()
{
    QTest::addColumn<bool>("pdf");
    QTest::newRow("text as pdftotext writes it") << false;
    QTest::newRow("PDF (test fixture)") << true;
}

void TestCli::readReportWritesProposals()
{
    // Issue 18: the report read into proposals, a CSV file a person goes
    // through; the database is not touched.
    QFETCH(bool, pdf);
    QString input = QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt");
    if (pdf) {
        input = m_dir.filePath(QStringLiteral("bgi-fixture.pdf"));
        QString error;
        QVERIFY2(!BgiPdf::write(input, BgiPdf::sercotecLines(), &error).isEmpty(), qPrintable(error));
    }
    const QString out = m_dir.filePath(QStringLiteral("propuestas.csv"));
    const Run run = mirador({QStringLiteral("read-report"), input, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("61 propuestas de ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("(presupuestos: 8, beneficiarios: 8, indicadores: 34, hitos: 11); "
                                             "nada se escribió en la base de datos")),
             qPrintable(run.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<CsvFile> table = CsvReader::read(file.readAll(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header,
             QStringList({"service", "year", "objective", "objective_title", "action", "kind", "program", "value",
                          "unit", "page", "source_quote", "title", "counterpart", "ministry", "stage"}));
    // The 61 figures, and the structure the import needs: a row for each of
    // the 4 objectives and each of their 12 actions.
    QCOMPARE(table->records.size(), 61 + 4 + 12);
    const QStringList budget{"Servicio de Cooperación Técnica", "2025", "1"};
    QStringList gremial;
    QMap<QString, int> kinds;
    for (const CsvRecord &record : table->records) {
        const QStringList &row = record.fields;
        ++kinds[row.value(5)];
        if (row.value(5) == u"budget" && row.value(6) == u"Fortalecimiento Gremial")
            gremial = row;
        if (row.value(5) != u"objective" && row.value(5) != u"action")
            QCOMPARE(row.value(9).isEmpty(), !pdf); // the page: none in text
        QCOMPARE(row.mid(13), (QStringList{"Ministerio de Economía, Fomento y Turismo", "Etapa 1"}));
    }
    QCOMPARE(kinds,
             (QMap<QString, int>{{"objective", 4},
                                 {"action", 12},
                                 {"budget", 8},
                                 {"beneficiaries", 8},
                                 {"indicator", 34},
                                 {"milestone", 11}}));
    QCOMPARE(gremial.mid(0, 3), budget);
    QCOMPARE(gremial.value(7), QStringLiteral("1487480"));
    QCOMPARE(gremial.value(8), QStringLiteral("M$"));
    QVERIFY(gremial.value(10).contains(QStringLiteral("Con recursos por M$ 1.487.480 se apoyó a 104 gremios")));
    if (pdf)
        QCOMPARE(gremial.value(9), QStringLiteral("2"));
}

void TestCli::readReportRefusesAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty name: no file at all
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("no existe");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("está vacío");
    QTest::newRow("not a BGI") << QByteArray("Un texto cualquiera.\n")
                               << QStringLiteral("no parece un Balance de Gestión Integral");
    QTest::newRow("not UTF-8") << QByteArray("A\xf1o 2025\n") << QStringLiteral("no es un PDF ni texto UTF-8");
    QTest::newRow("damaged PDF") << QByteArray("%PDF-1.4\n1 0 obj\n") << QStringLiteral("no es un PDF o está dañado");
}

void TestCli::readReportRefusesAndWritesNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    const QString input = m_dir.filePath(QStringLiteral("informe-%1").arg(QTest::currentDataTag()));
    if (QTest::currentDataTag() != QByteArray("missing")) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const QString out = m_dir.filePath(QStringLiteral("nada.csv"));
    const Run run = mirador({QStringLiteral("read-report"), input, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("mirador read-report: ")) && run.err.contains(message),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("Error:"))); // Poppler's own messages stay out
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::readReportAcceptAllWritesOnce()
{
    // --accept-all: the report and its figures straight into the database,
    // none confirmed; a report that is there already is not written again,
    // and the refusal says what would change.
    const QString input = QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt");
    const QString empty = m_dir.filePath(QStringLiteral("vacia.sqlite"));
    QCOMPARE(mirador({QStringLiteral("init"), empty, QStringLiteral("--empty")}).exitCode, 0);
    const QStringList acceptAll{QStringLiteral("read-report"), input, QStringLiteral("--db"), empty,
                                QStringLiteral("--accept-all")};
    Run run = mirador(acceptAll);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("informe Servicio de Cooperación Técnica 2025 escrito con 61 cifras sin "
                                             "confirmar")),
             qPrintable(run.out));
    {
        QSqlDatabase db = TestSupport::rawSqlite(empty, QStringLiteral("accept-all"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(review = 'proposed'), SUM(reviewed_by IS NULL) "
                                          "FROM result")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 8);
        QCOMPARE(query.value(1).toInt(), 8);
        QCOMPARE(query.value(2).toInt(), 8);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("accept-all"));
    // export-csv writes the review state as its code, for machines; a text has no pages.
    const QString csv = m_dir.filePath(QStringLiteral("accept-all.csv"));
    QCOMPARE(
        mirador({QStringLiteral("export-csv"), QStringLiteral("--db"), empty, QStringLiteral("--out"), csv}).exitCode,
        0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<CsvFile> parsed = CsvReader::read(file.readAll(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->records.size(), 8);
    const qsizetype review = parsed->header.indexOf(QStringLiteral("review"));
    const qsizetype page = parsed->header.indexOf(QStringLiteral("source_page"));
    QVERIFY(review >= 0 && page >= 0);
    for (const CsvRecord &record : parsed->records) {
        QCOMPARE(record.fields.value(review), QStringLiteral("proposed"));
        QCOMPARE(record.fields.value(page), QString());
    }

    const QByteArray written = TestSupport::fileHash(empty);
    run = mirador(acceptAll);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ya tiene el informe Servicio de Cooperación Técnica, 2025, con las "
                                             "mismas 53 cifras; no se escribió nada")),
             qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(empty), written);

    const QString typed = m_dir.filePath(QStringLiteral("tipeada.sqlite"));
    QCOMPARE(mirador({QStringLiteral("init"), typed}).exitCode, 0);
    const QByteArray before = TestSupport::fileHash(typed);
    run = mirador({QStringLiteral("read-report"), input, QStringLiteral("--db"), typed, QStringLiteral("--accept-all")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no se duplica y no se escribió nada")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\n  + Objetivo 1 · 40 organizaciones (Creación y Fortalecimiento de "
                                             "Cooperativas)\n")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\n  - Objetivo 1 · 40 cooperativas (Creación y Fortalecimiento de "
                                             "Cooperativas)\n")),
             qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(typed), before);
}

void TestCli::importProposalsGivesTheReportRead_data()
{
    QTest::addColumn<bool>("pdf");
    QTest::newRow("text") << false;
    QTest::newRow("PDF (test fixture): pages too") << true;
}

void TestCli::importProposalsGivesTheReportRead()
{
    // Issue 18: the proposals file, once a person went through it, imported
    // into a database with no report gives what --accept-all gives, but
    // every figure confirmed by that person.
    QFETCH(bool, pdf);
    QString input = sercotecText;
    if (pdf) {
        input = m_dir.filePath(QStringLiteral("bgi-import.pdf"));
        QString error;
        QVERIFY2(!BgiPdf::write(input, BgiPdf::sercotecLines(), &error).isEmpty(), qPrintable(error));
    }
    const QString tag = QString::number(int(pdf));
    const CsvFile csv = sercotecProposals(m_dir.filePath(QStringLiteral("propuestas-revisadas.csv")), input);
    QVERIFY(!csv.records.isEmpty());
    const QString imported = emptyDatabase(QStringLiteral("importada-%1.sqlite").arg(tag));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("revisora"));
    const Run run = mirador({QStringLiteral("import"), QStringLiteral("--db"), imported,
                             m_dir.filePath(QStringLiteral("propuestas-revisadas.csv"))},
                            env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("informe Servicio de Cooperación Técnica, 2025 escrito con 61 cifras "
                                             "confirmadas por revisora (presupuestos: 8, beneficiarios: 8, "
                                             "indicadores: 34, hitos: 11)")),
             qPrintable(run.out));

    const QString read = emptyDatabase(QStringLiteral("leida-%1.sqlite").arg(tag));
    QCOMPARE(mirador({QStringLiteral("read-report"), input, QStringLiteral("--db"), read, QStringLiteral("--accept-all")})
                 .exitCode,
             0);
    const QStringList importedRows = reportTables(imported, reviewColumns);
    QCOMPARE(importedRows.size(), 4 + 12 + 8 + 34 + 11);
    // Every figure's page from the PDF; none from text.
    QCOMPARE(importedRows.filter(QStringLiteral("| source_page=NULL")).size(), pdf ? 0 : 8 + 34 + 11);
    QCOMPARE(importedRows, reportTables(read, reviewColumns));
    // The review state: confirmed, by whom, when; nothing corrected.
    QStringList review;
    for (const QString &line :
         reportTables(imported, {QStringLiteral("search_text"), QStringLiteral("source_quote")})) {
        if (line.startsWith(QStringLiteral("objective:")) || line.startsWith(QStringLiteral("action:")))
            continue;
        static const QRegularExpression state(QStringLiteral("review=(\\w+) \\| reviewed_by=(\\w+) \\| "
                                                             "reviewed_at=(\\d{4}-\\d\\d-\\d\\dT[\\d:]+Z) \\| "
                                                             "proposed=NULL"));
        const QRegularExpressionMatch match = state.match(line);
        review << (match.hasMatch() ? match.captured(1) + u' ' + match.captured(2) : line);
    }
    review.removeDuplicates();
    QCOMPARE(review, QStringList{QStringLiteral("confirmed revisora")});
}

void TestCli::importProposalsTakesTheEditsOnce()
{
    // A person corrects a value and drops a row in the spreadsheet: the
    // import takes the file as they left it; imported again over it, it is
    // refused and says what would change.
    CsvFile csv = sercotecProposals(m_dir.filePath(QStringLiteral("propuestas-original.csv")));
    const int kind = int(csv.header.indexOf(QStringLiteral("kind")));
    const int program = int(csv.header.indexOf(QStringLiteral("program")));
    const int value = int(csv.header.indexOf(QStringLiteral("value")));
    qsizetype dropped = -1;
    for (qsizetype i = 0; i < csv.records.size(); ++i) {
        QStringList &row = csv.records[i].fields;
        if (row.value(kind) == u"budget" && row.value(program) == u"Fortalecimiento Gremial")
            row[value] = QStringLiteral("1500000");
        if (dropped < 0 && row.value(kind) == u"indicator" && row.value(value) == u"40")
            dropped = i;
    }
    QVERIFY(dropped >= 0);
    csv.records.removeAt(dropped);
    const QString edited = m_dir.filePath(QStringLiteral("propuestas-editadas.csv"));
    writeCsv(edited, csv);

    const QString database = emptyDatabase(QStringLiteral("editada.sqlite"));
    Run run = mirador({QStringLiteral("import"), QStringLiteral("--db"), database, edited});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("escrito con 60 cifras confirmadas")), qPrintable(run.out));
    const QStringList rows = reportTables(database, reviewColumns);
    const QStringList gremial
        = rows.filter(QStringLiteral("result: ")).filter(QStringLiteral("program=Fortalecimiento Gremial |"));
    QCOMPARE(gremial.size(), 1);
    QVERIFY2(gremial.first().contains(QStringLiteral("| budget_mclp=1500000 |")), qPrintable(gremial.first()));
    QCOMPARE(rows.filter(QStringLiteral("indicator: ")).size(), 33);

    const QByteArray before = TestSupport::fileHash(database);
    run = mirador({QStringLiteral("import"), QStringLiteral("--db"), database,
                   m_dir.filePath(QStringLiteral("propuestas-original.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("mirador import: la base de datos ya tiene el informe Servicio de "
                                               "Cooperación Técnica, 2025; no se duplica y no se escribió nada")),
             qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("\n  + Objetivo 1 · Fortalecimiento Gremial: M$ 1.487.480; 104 gremios\n")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\n  + Objetivo 1 · 40 organizaciones (Creación y Fortalecimiento de "
                                             "Cooperativas)\n")),
             qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("\n  - Objetivo 1 · Fortalecimiento Gremial: M$ 1.500.000; 104 gremios\n")),
        qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(database), before);
}

void TestCli::importProposalsRefusesABrokenFile()
{
    // A value that is no number and a kind nobody knows: each named with its
    // line and column, and nothing written.
    CsvFile csv = sercotecProposals(m_dir.filePath(QStringLiteral("propuestas-a-romper.csv")));
    const int kind = int(csv.header.indexOf(QStringLiteral("kind")));
    const int value = int(csv.header.indexOf(QStringLiteral("value")));
    const auto firstOf = [&csv, kind](const QString &name) {
        for (qsizetype i = 0; i < csv.records.size(); ++i) {
            if (csv.records.at(i).fields.value(kind) == name)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype indicator = firstOf(QStringLiteral("indicator"));
    const qsizetype budget = firstOf(QStringLiteral("budget"));
    QVERIFY(indicator >= 0 && budget >= 0);
    csv.records[indicator].fields[value] = QStringLiteral("mil");
    csv.records[budget].fields[kind] = QStringLiteral("presupuesto");
    const QString broken = m_dir.filePath(QStringLiteral("propuestas-rotas.csv"));
    writeCsv(broken, csv);
    const QString database = emptyDatabase(QStringLiteral("rota.sqlite"));
    const QByteArray before = TestSupport::fileHash(database);
    const Run run = mirador({QStringLiteral("import"), QStringLiteral("--db"), database, broken});
    QCOMPARE(run.exitCode, 1);
    QStringList problems{
        QStringLiteral("%1: línea %2, value: no es un número: «mil»\n").arg(broken).arg(csv.records.at(indicator).line),
        QStringLiteral("%1: línea %2, kind: tipo desconocido: «presupuesto»; los tipos son "
                       "objective, action, budget, beneficiaries, indicator y milestone\n")
            .arg(broken)
            .arg(csv.records.at(budget).line)};
    if (budget < indicator) // in the file's order
        problems.swapItemsAt(0, 1);
    QCOMPARE(run.err, problems.join(QString()) + QStringLiteral("mirador import: 2 problemas; no se escribió nada\n"));
    QCOMPARE(TestSupport::fileHash(database), before);
}

QTEST_MAIN(TestCli) // a GUI application: the PDF fixture (QPdfWriter) needs fonts
#include "tst_cli.moc"
