#include "changelog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QFileInfo>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The Excel workbook of export-xlsx (and of the window's "Exportar tabla para
/// Excel…", which writes through the same XlsxExport), read back as Excel's
/// users would see it: by openpyxl, a reader that shares no code with the
/// writer. A spreadsheet user found the old Excel CSV with machine headers
/// (budget_mclp), no Nota column, and the region code "00" turned into 0.
class TestXlsx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyTableHasItsSheet();
    void headersAreTheWindowsInTheUsersLanguage_data();
    void headersAreTheWindowsInTheUsersLanguage();
    void figuresAreNumbersAndCodesAreText();
    void editedFigureIsAmberBesideItsSource();
    void reviewIsWrittenAsTheWindowSaysIt();
    void headerRowStaysInPlace();
    void secondSheetSaysFilterSourceAndDate();
    void oneTableWithAFilter();
    void syntheticDataSaysSoOnEverySheet();
    void neverReplacesTheDatabase();
    void badTableIsAUsageError();
    void windowWritesTheWorkbookOfItsFilter();
    void serviceColumnWithSeveralReports();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run mirador(const QStringList &arguments, const QString &language = QStringLiteral("es_CL.UTF-8")) const;
    /// The workbook as openpyxl reads it (see readerScript), or an empty
    /// object after a failed QVERIFY.
    QJsonObject read(const QString &path) const;
    /// Exports with export-xlsx and reads the workbook back.
    QJsonObject exported(const QStringList &arguments, const QString &language = QStringLiteral("es_CL.UTF-8"));

    QTemporaryDir m_dir;
    QString m_db;
};

namespace {

/// Prints the workbook as JSON: per sheet its name, frozen pane, autofilter,
/// column widths, and every cell with its value, Python type and number format.
const char readerScript[] = R"(
import datetime, json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if isinstance(value, datetime.datetime):
                value = value.isoformat()
            fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
            cells.append({"v": value, "t": type(cell.value).__name__, "f": cell.number_format, "b": fill})
        rows.append(cells)
    widths = {}
    for key, dimension in sheet.column_dimensions.items():
        for column in range(dimension.min, dimension.max + 1):
            widths[openpyxl.utils.get_column_letter(column)] = dimension.width
    sheets.append({"name": sheet.title, "freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref,
                   "widths": widths, "rows": rows})
print(json.dumps({"active": book.active.title, "sheets": sheets}))
)";

QJsonObject sheetNamed(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &sheet : book.value(QStringLiteral("sheets")).toArray()) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    return {};
}

QStringList sheetNames(const QJsonObject &book)
{
    QStringList names;
    for (const QJsonValue &sheet : book.value(QStringLiteral("sheets")).toArray())
        names << sheet.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QJsonArray row(const QJsonObject &sheet, int index)
{
    return sheet.value(QStringLiteral("rows")).toArray().at(index).toArray();
}

/// A row's values as text, for messages and comparisons.
QStringList texts(const QJsonArray &cells)
{
    QStringList values;
    for (const QJsonValue &cell : cells)
        values << cell.toObject().value(QStringLiteral("v")).toVariant().toString();
    return values;
}

/// The first cell below the header in column, on the row whose cell in
/// keyColumn is key.
QJsonObject cell(const QJsonObject &sheet, int headerRow, const QString &column, const QString &keyColumn,
                 const QString &key)
{
    const QStringList header = texts(row(sheet, headerRow));
    const qsizetype c = header.indexOf(column);
    const qsizetype k = header.indexOf(keyColumn);
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    for (qsizetype r = headerRow + 1; c >= 0 && k >= 0 && r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        if (cells.at(k).toObject().value(QStringLiteral("v")).toString() == key)
            return cells.at(c).toObject();
    }
    return {};
}

/// The second sheet's lines: label -> value.
QHash<QString, QJsonObject> aboutLines(const QJsonObject &sheet)
{
    QHash<QString, QJsonObject> lines;
    for (const QJsonValue &cells : sheet.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray line = cells.toArray();
        if (line.size() >= 2)
            lines.insert(line.at(0).toObject().value(QStringLiteral("v")).toString(), line.at(1).toObject());
    }
    return lines;
}

} // namespace

TestXlsx::Run TestXlsx::mirador(const QStringList &arguments, const QString &language) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANG"), language);
    env.insert(QStringLiteral("LANGUAGE"), language.left(2));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(MIRADOR_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("mirador did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestXlsx::read(const QString &path) const
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(readerScript), path});
    if (!python.waitForFinished(60000))
        qFatal("python3 did not finish");
    const QString err = QString::fromUtf8(python.readAllStandardError());
    [&] { QVERIFY2(python.exitCode() == 0, qPrintable(err)); }();
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &parse);
    [&] { QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString())); }();
    return document.object();
}

QJsonObject TestXlsx::exported(const QStringList &arguments, const QString &language)
{
    const QString out
        = m_dir.filePath(QStringLiteral("%1-%2.xlsx")
                             .arg(QLatin1String(QTest::currentTestFunction()), QLatin1String(QTest::currentDataTag())));
    QFile::remove(out);
    const Run run
        = mirador(QStringList{QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out}
                      + arguments,
                  language);
    [&] {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QFileInfo(out).fileName()), qPrintable(run.out));
    }();
    if (run.exitCode != 0)
        return {};
    return read(out);
}

void TestXlsx::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_xlsx"));
    // openpyxl reads the workbook back; CI must have it (scripts/mirador.sh's test_packages).
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    const bool haveOpenpyxl
        = probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    if (!haveOpenpyxl) {
        if (qgetenv("CI") == "true")
            QFAIL("/usr/bin/python3 cannot import openpyxl: install python3-openpyxl (scripts/mirador.sh test)");
        QSKIP("/usr/bin/python3 cannot import openpyxl: install python3-openpyxl");
    }
    m_db = m_dir.filePath(QStringLiteral("bgi.sqlite"));
    const Run run = mirador({QStringLiteral("init"), m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // A note, so the Nota column has something to show.
    {
        QString error;
        const auto db = Database::open(m_db, Database::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery note(db->connection());
        QVERIFY(note.prepare(QStringLiteral("UPDATE result SET note = ? WHERE program_id = "
                                            "(SELECT id FROM program WHERE name = 'Ferias Libres')")));
        note.addBindValue(QStringLiteral("=revisar con el equipo"));
        QVERIFY(note.exec());
        QCOMPARE(note.numRowsAffected(), 1);
    }
}

void TestXlsx::everyTableHasItsSheet()
{
    const QJsonObject book = exported({});
    QCOMPARE(sheetNames(book), (QStringList{"Resultados", "Indicadores", "Hitos", "Filtro y fuente"}));
    QCOMPARE(book.value(QStringLiteral("active")).toString(), QStringLiteral("Resultados"));
    // Every row of each table, under the header.
    QCOMPARE(sheetNamed(book, QStringLiteral("Resultados")).value(QStringLiteral("rows")).toArray().size(), 1 + 8);
    QCOMPARE(sheetNamed(book, QStringLiteral("Indicadores")).value(QStringLiteral("rows")).toArray().size(), 1 + 33);
    QCOMPARE(sheetNamed(book, QStringLiteral("Hitos")).value(QStringLiteral("rows")).toArray().size(), 1 + 11);
}

void TestXlsx::headersAreTheWindowsInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("Spanish results") << "es_CL.UTF-8"
                                     << "Resultados"
                                     << QStringList{"Año",           "Obj.",        "Objetivo", "Acción",
                                                    "Programa",      "Cód. región", "Región",   "Presupuesto (M$)",
                                                    "Beneficiarios", "Unidad",      "Revisión", "Página",
                                                    "Nota",          "Fuente",      "Presupuesto en la fuente (M$)",
                                                    "Beneficiarios en la fuente"};
    QTest::newRow("Spanish milestones") << "es_CL.UTF-8"
                                        << "Hitos" << QStringList{"Año",         "Obj.",     "Acción", "Tipo",
                                                                  "Título",      "Contraparte", "Revisión",
                                                                  "Página",      "Fuente"};
    QTest::newRow("English results") << "en_US.UTF-8"
                                     << "Results"
                                     << QStringList{"Year",          "Obj.",        "Objective", "Action",
                                                    "Program",       "Region code", "Region",    "Budget (M$)",
                                                    "Beneficiaries", "Unit",        "Review",    "Page",
                                                    "Note",          "Source",      "Budget in the source (M$)",
                                                    "Beneficiaries in the source"};
}

// The headers the window shows, translated, and every column the table has: the CSV for Excel had
// budget_mclp and no Nota.
void TestXlsx::headersAreTheWindowsInTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, sheet);
    QFETCH(QStringList, header);
    const QJsonObject book = exported({}, language);
    const QJsonObject found = sheetNamed(book, sheet);
    QVERIFY2(!found.isEmpty(), qPrintable(sheetNames(book).join(u',')));
    QCOMPARE(texts(row(found, 0)), header);
}

// Numbers are numbers with a thousands format, codes are text: Excel turned the CSV's "00" into 0.
// Issue 16: an edited figure is flagged in the exports too. The workbook
// paints it amber, as the window does, beside what its source says.
void TestXlsx::editedFigureIsAmberBesideItsSource()
{
    QString error;
    auto db = Database::open(m_db, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const qint64 ferias = TestSupport::resultId(db->connection(), QStringLiteral("Ferias Libres"), 2025);
    QVERIFY(ferias > 0);
    QVariant old;
    // The window's edit: the figure changes, its source stays.
    QVERIFY2(ChangeLog::update(db->connection(), QStringLiteral("result"), QStringLiteral("budget_mclp"), ferias,
                               2600000, QStringLiteral("edit"), &old, &error),
             qPrintable(error));
    db.reset();
    const QJsonObject book = exported({});
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("Resultados"));
    const auto at = [&](const QString &column, const QString &program) {
        return cell(sheet, 0, column, QStringLiteral("Programa"), program);
    };
    const QJsonObject edited = at(QStringLiteral("Presupuesto (M$)"), QStringLiteral("Ferias Libres"));
    QCOMPARE(edited.value(QStringLiteral("v")).toInteger(), 2600000);
    QCOMPARE(edited.value(QStringLiteral("b")).toString(), QStringLiteral("FFFFE0A0"));
    QCOMPARE(at(QStringLiteral("Presupuesto en la fuente (M$)"), QStringLiteral("Ferias Libres"))
                 .value(QStringLiteral("v"))
                 .toInteger(),
             2509474);
    // Its beneficiaries, and the other programs' budgets, are as their sources say: not marked.
    QVERIFY(at(QStringLiteral("Beneficiarios"), QStringLiteral("Ferias Libres")).value(QStringLiteral("b")).isNull());
    QVERIFY(at(QStringLiteral("Presupuesto (M$)"), QStringLiteral("Fortalecimiento Gremial"))
                .value(QStringLiteral("b"))
                .isNull());
    QVERIFY(aboutLines(sheetNamed(book, QStringLiteral("Filtro y fuente"))).contains(QStringLiteral("Cifras editadas")));
    db = Database::open(m_db, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(ChangeLog::update(db->connection(), QStringLiteral("result"), QStringLiteral("budget_mclp"), ferias, old,
                               QStringLiteral("undo"), &old, &error),
             qPrintable(error));
}

// Issue 18: the workbook is read by people, so its Revisión column says what
// the window says ("sin confirmar", "confirmada por …"), not the code the CSV
// writes; its Página is a number; typed figures leave both empty.
void TestXlsx::reviewIsWrittenAsTheWindowSaysIt()
{
    QString error;
    auto db = Database::open(m_db, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const qint64 ferias = TestSupport::resultId(db->connection(), QStringLiteral("Ferias Libres"), 2025);
    const qint64 gremial = TestSupport::resultId(db->connection(), QStringLiteral("Fortalecimiento Gremial"), 2025);
    QVERIFY(ferias > 0 && gremial > 0);
    QVERIFY(TestSupport::setReview(db->connection(), QStringLiteral("result"), ferias, QStringLiteral("confirmed"),
                                   QStringLiteral("ana"), QStringLiteral("2026-11-29T12:00:00Z"), QVariant(), 7));
    QSqlQuery proposed(db->connection());
    QVERIFY(proposed.prepare(QStringLiteral("UPDATE result SET review = ? WHERE id = ?")));
    proposed.addBindValue(QStringLiteral("proposed"));
    proposed.addBindValue(gremial);
    QVERIFY(proposed.exec());
    db.reset();
    const QJsonObject book = exported({});
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("Resultados"));
    const auto at = [&](const QString &column, const QString &program) {
        return cell(sheet, 0, column, QStringLiteral("Programa"), program).value(QStringLiteral("v"));
    };
    const QString day = QLocale().toString(QDate(2026, 11, 29), QLocale::ShortFormat);
    QCOMPARE(at(QStringLiteral("Revisión"), QStringLiteral("Ferias Libres")).toString(),
             QStringLiteral("confirmada por ana el ") + day);
    QCOMPARE(at(QStringLiteral("Página"), QStringLiteral("Ferias Libres")).toInteger(), 7);
    QCOMPARE(at(QStringLiteral("Revisión"), QStringLiteral("Fortalecimiento Gremial")).toString(),
             QStringLiteral("sin confirmar"));
    QVERIFY(at(QStringLiteral("Revisión"), QStringLiteral("Pymes Globales")).isNull());

    db = Database::open(m_db, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery typed(db->connection());
    QVERIFY(typed.exec(QStringLiteral("UPDATE result SET review = NULL, reviewed_by = NULL, reviewed_at = NULL, "
                                      "proposed = NULL, source_page = NULL")));
}

void TestXlsx::figuresAreNumbersAndCodesAreText()
{
    const QJsonObject book = exported({});
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("Resultados"));
    const auto at = [&](const QString &column) {
        return cell(sheet, 0, column, QStringLiteral("Programa"), QStringLiteral("Fortalecimiento Gremial"));
    };
    const QJsonObject budget = at(QStringLiteral("Presupuesto (M$)"));
    QCOMPARE(budget.value(QStringLiteral("t")).toString(), QStringLiteral("int"));
    QCOMPARE(budget.value(QStringLiteral("v")).toInteger(), 1487480);
    QCOMPARE(budget.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0"));
    const QJsonObject beneficiaries = at(QStringLiteral("Beneficiarios"));
    QCOMPARE(beneficiaries.value(QStringLiteral("v")).toInteger(), 104);
    QCOMPARE(beneficiaries.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0"));
    const QJsonObject region = at(QStringLiteral("Cód. región"));
    QCOMPARE(region.value(QStringLiteral("t")).toString(), QStringLiteral("str"));
    QCOMPARE(region.value(QStringLiteral("v")).toString(), QStringLiteral("00"));
    // A year is a number, shown without grouping (2025, not 2.025).
    const QJsonObject year = at(QStringLiteral("Año"));
    QCOMPARE(year.value(QStringLiteral("v")).toInteger(), 2025);
    QCOMPARE(year.value(QStringLiteral("f")).toString(), QStringLiteral("0"));
    // The note is there, as text: a leading "=" is not a formula.
    const QJsonObject note
        = cell(sheet, 0, QStringLiteral("Nota"), QStringLiteral("Programa"), QStringLiteral("Ferias Libres"));
    QCOMPARE(note.value(QStringLiteral("t")).toString(), QStringLiteral("str"));
    QCOMPARE(note.value(QStringLiteral("v")).toString(), QStringLiteral("=revisar con el equipo"));
    // A decimal keeps every place it has, no more and no fewer.
    const QJsonObject share
        = cell(sheetNamed(book, QStringLiteral("Indicadores")), 0, QStringLiteral("Valor"), QStringLiteral("Indicador"),
               QStringLiteral("Participación de las mujeres en el sector de ferias libres"));
    QCOMPARE(share.value(QStringLiteral("t")).toString(), QStringLiteral("float"));
    QCOMPARE(share.value(QStringLiteral("v")).toDouble(), 51.8);
    QCOMPARE(share.value(QStringLiteral("f")).toString(), QStringLiteral("#,##0.0"));
}

// The header row stays in place while the rows scroll, and no column is left at Excel's default.
void TestXlsx::headerRowStaysInPlace()
{
    const QJsonObject book = exported({});
    for (const QString &name : {QStringLiteral("Resultados"), QStringLiteral("Indicadores"), QStringLiteral("Hitos")}) {
        const QJsonObject sheet = sheetNamed(book, name);
        QCOMPARE(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY2(sheet.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A1:")), qPrintable(name));
        const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
        QCOMPARE(widths.size(), row(sheet, 0).size());
        // "Presupuesto (M$)" is wider than Excel's 8.43 characters.
        if (name == u"Resultados")
            QVERIFY2(widths.value(QStringLiteral("H")).toDouble() >= 16,
                     qPrintable(QString::number(widths.value(QStringLiteral("H")).toDouble())));
    }
}

void TestXlsx::secondSheetSaysFilterSourceAndDate()
{
    const QJsonObject book = exported(
        {QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--region"), QStringLiteral("00")});
    const QHash<QString, QJsonObject> lines = aboutLines(sheetNamed(book, QStringLiteral("Filtro y fuente")));
    QCOMPARE(lines.value(QStringLiteral("Filtros")).value(QStringLiteral("v")).toString(),
             QStringLiteral("Año 2025 · Región: Nacional"));
    QCOMPARE(lines.value(QStringLiteral("Informe")).value(QStringLiteral("v")).toString(),
             QStringLiteral("Balance de Gestión Integral 2025 – Etapa 1"));
    QVERIFY2(lines.value(QStringLiteral("Servicio"))
                 .value(QStringLiteral("v"))
                 .toString()
                 .contains(QStringLiteral("Sercotec")),
             qPrintable(lines.keys().join(u',')));
    QCOMPARE(lines.value(QStringLiteral("Base de datos")).value(QStringLiteral("v")).toString(), m_db);
    const QJsonObject created = lines.value(QStringLiteral("Generado el"));
    QCOMPARE(created.value(QStringLiteral("t")).toString(), QStringLiteral("datetime"));
    const QDateTime when = QDateTime::fromString(created.value(QStringLiteral("v")).toString(), Qt::ISODate);
    QVERIFY2(qAbs(when.secsTo(QDateTime::currentDateTime())) < 120, qPrintable(when.toString()));
    QCOMPARE(lines.value(QStringLiteral("Filas en «Resultados»")).value(QStringLiteral("v")).toInteger(), 8);
    QCOMPARE(lines.value(QStringLiteral("Montos")).value(QStringLiteral("v")).toString(),
             QStringLiteral("M$ = miles de pesos"));
}

void TestXlsx::oneTableWithAFilter()
{
    const QJsonObject book = exported({QStringLiteral("--table"), QStringLiteral("indicators"),
                                       QStringLiteral("--program"), QStringLiteral("ferias libres")});
    QCOMPARE(sheetNames(book), (QStringList{"Indicadores", "Filtro y fuente"}));
    const QJsonArray rows = sheetNamed(book, QStringLiteral("Indicadores")).value(QStringLiteral("rows")).toArray();
    QVERIFY(rows.size() > 1);
    for (qsizetype r = 1; r < rows.size(); ++r)
        QCOMPARE(texts(rows.at(r).toArray()).at(3), QStringLiteral("Ferias Libres"));
}

// Figures made up for tests must never pass for a report's: every sheet says so.
void TestXlsx::syntheticDataSaysSoOnEverySheet()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Run run = mirador({QStringLiteral("generate-demo"), QStringLiteral("--rows"), QStringLiteral("30"),
                       QStringLiteral("--out"), demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString out = m_dir.filePath(QStringLiteral("demo.xlsx"));
    run = mirador({QStringLiteral("export-xlsx"), QStringLiteral("--db"), demo, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject book = read(out);
    QCOMPARE(sheetNames(book).size(), 4);
    for (const QJsonValue &value : book.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject sheet = value.toObject();
        // Atop the table, or under the title of the sheet of filters.
        const QStringList top = texts(row(sheet, 0)) + texts(row(sheet, 1));
        QVERIFY2(top.contains(QStringLiteral(
                     "DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe.")),
                 qPrintable(sheet.value("name").toString()));
    }
    // The header is under the warning, and stays in place.
    const QJsonObject results = sheetNamed(book, QStringLiteral("Resultados"));
    QCOMPARE(texts(row(results, 1)).first(), QStringLiteral("Año"));
    QCOMPARE(results.value(QStringLiteral("freeze")).toString(), QStringLiteral("A3"));
    QCOMPARE(results.value(QStringLiteral("rows")).toArray().size(), 2 + 30);
}

// export-xlsx refuses what every export refuses: the open database is never replaced.
void TestXlsx::neverReplacesTheDatabase()
{
    const QByteArray before = TestSupport::fileHash(m_db);
    const Run run
        = mirador({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), m_db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("es la base de datos abierta")), qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(m_db), before);
    // And no workbook, whole or in part, was left beside it.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("bgi.sqlite.*")}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
}

void TestXlsx::badTableIsAUsageError()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.xlsx"));
    const Run run = mirador({QStringLiteral("export-xlsx"), QStringLiteral("--db"), m_db, QStringLiteral("--table"),
                             QStringLiteral("budgets"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--table acepta results, indicators o milestones")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
}

// The window's "Exportar tabla para Excel…" wrote the semicolon CSV; it writes the workbook of the
// window's filter, opening on the table in view.
void TestXlsx::windowWritesTheWorkbookOfItsFilter()
{
    const TestSupport::FixtureWindow opened;
    QVERIFY2(opened.window, qPrintable(opened.error));
    MainWindow &window = *opened.window;
    QTest::keyClicks(windowPart<FilterBar>(window)->searchEdit(), QStringLiteral("ferias"));
    QTRY_COMPARE(windowPart<QueryTableModel>(window, "resultsModel")->filter().text, QStringLiteral("ferias"));
    window.findChild<QTabWidget *>()->setCurrentIndex(1);

    QAction *excel = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"Exportar tabla para E&xcel…")
            excel = action;
    }
    QVERIFY(excel);
    const QString out = m_dir.filePath(QStringLiteral("window.xlsx"));
    // The save dialog gets the name typed in; anything else that opens is a failure.
    QString unexpected;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (name) {
            name->setText(out);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        } else {
            unexpected = modal->windowTitle();
            QMetaObject::invokeMethod(modal, "close", Qt::QueuedConnection);
        }
    });
    answer.start();
    excel->trigger();
    answer.stop();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));

    const QJsonObject book = read(out);
    QCOMPARE(sheetNames(book), (QStringList{"Resultados", "Indicadores", "Hitos", "Filtro y fuente"}));
    QCOMPARE(book.value(QStringLiteral("active")).toString(), QStringLiteral("Indicadores"));
    const QJsonObject results = sheetNamed(book, QStringLiteral("Resultados"));
    QCOMPARE(results.value(QStringLiteral("rows")).toArray().size(), 1 + int(windowPart<QueryTableModel>(window, "resultsModel")->rowCount()));
    QCOMPARE(texts(row(results, 1)).at(4), QStringLiteral("Ferias Libres"));
    const QHash<QString, QJsonObject> lines = aboutLines(sheetNamed(book, QStringLiteral("Filtro y fuente")));
    QCOMPARE(lines.value(QStringLiteral("Filtros")).value(QStringLiteral("v")).toString(),
             QStringLiteral("Texto: «ferias»"));
    QCOMPARE(lines.value(QStringLiteral("Base de datos")).value(QStringLiteral("v")).toString(), opened.fixture.path());
}

// Issue 19: with several reports, each row names its service (a last
// column); one report's workbook is as the headers test above says.
void TestXlsx::serviceColumnWithSeveralReports()
{
    const QString original = m_db;
    m_db = m_dir.filePath(QStringLiteral("several.sqlite"));
    QFile::remove(m_db);
    QVERIFY(QFile::copy(original, m_db));
    {
        QString error;
        const auto db = Database::open(m_db, Database::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        TestSupport::addSecondServiceReport(db->connection());
    }
    const QJsonObject book = exported({});
    m_db = original;
    const QJsonObject results = sheetNamed(book, QStringLiteral("Resultados"));
    const QStringList header = texts(row(results, 0));
    QCOMPARE(header.last(), QStringLiteral("Servicio"));
    QStringList services;
    const int rows = int(results.value(QStringLiteral("rows")).toArray().size());
    for (int r = 1; r < rows; ++r)
        services << texts(row(results, r)).value(header.size() - 1);
    services.removeDuplicates();
    services.sort();
    QCOMPARE(services, (QStringList{QStringLiteral("Sercotec"),
                                    QStringLiteral("Servicio de Prueba (fixture de Mirador)")}));
}

QTEST_MAIN(TestXlsx)
#include "tst_xlsx.moc"
