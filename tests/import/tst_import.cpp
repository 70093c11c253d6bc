#include "catalog.h"
#include "csvexport.h"
#include "importer.h"
#include "importfields.h"
#include "importjob.h"
#include "querytablemodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using TestSupport::Fixture;

/// CSV import and export against the database, on SQLite and PostgreSQL:
/// what goes in, what is refused (all of it, by line), and that a refused or
/// cancelled import writes nothing.
class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void exportImportsBackUnchanged_data();
    void exportImportsBackUnchanged();
    void windows1252SemicolonChileanNumbers();
    void reimportUpdatesNeverDuplicates();
    void regionsObjectivesAndNewPrograms();
    void twoImportsNeverMakeTheSameProgramTwice();
    void badUtf8IsReportedNotGuessed();
    void longSentencesAreRefused();
    void figuresPastTheBoundAreRefused();
    void severalBadRowsAllReportedNothingWritten();
    void repeatedRowWithoutProgramIsReported();
    void missingColumnsAreReported();
    void quotedFieldsAndLineBreaks();
    void hostileValuesAreStoredAsData();
    void indicatorsImport();
    void fileWithoutActionsKeepsEachRowsAction();
    void cancelMidImportWritesNothing();
    void workerThreadReportsProgress();
    void excelExport();
    void syntheticDataIsMarkedInCsv();

private:
    ImportPlan prepare(const QByteArray &bytes) const;
    QString snapshot() const;
    int count(const char *table) const;

    std::unique_ptr<Fixture> m_fixture;
};

void TestImport::initTestCase()
{
    Format::initDefaultLocale();
    qInfo("backend: %s", TestSupport::testingPostgres() ? "PostgreSQL" : "SQLite");
}

void TestImport::hostileValuesAreStoredAsData()
{
    // Quotes, LIKE wildcards, comment and statement marks and a text as long
    // as a sentence or note may be (5.000 characters): each goes in as the text it is, in the program's name, the unit,
    // the note and the source sentence (names and units, which are indexed,
    // cut to 100 characters), and nothing else changes.
    const QStringList hostile{
        QStringLiteral("O'Higgins \"citada\""),
        QStringLiteral("50% _de_ todo"),
        QStringLiteral("x'); DROP TABLE result; --"),
        QStringLiteral("a;b;c -- fin"),
        QString(5000, u'ñ'),
    };
    const auto csvField = [](const QString &text) {
        QString quoted = text;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    };
    QString csv = QStringLiteral(
        "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,note,source_quote\n");
    for (int i = 0; i < hostile.size(); ++i) {
        csv += QStringLiteral("2026,1,%1,00,%2,1,%3,%4,%5\n")
                   .arg(csvField(hostile[i].left(100) + QString::number(i)))
                   .arg(i)
                   .arg(csvField(hostile[i].left(100)), csvField(hostile[i]), csvField(hostile[i]));
    }
    const QSqlDatabase db = m_fixture->db->connection();
    const auto count = [&db](const char *table) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next()
            ? q.value(0).toInt()
            : -1;
    };
    const int results = count("result");
    const int indicators = count("indicator");
    const ImportPlan plan = prepare(csv.toUtf8());
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    const ImportOutcome outcome = Importer::apply(db, plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, hostile.size());
    QCOMPARE(count("result"), results + int(hostile.size()));
    QCOMPARE(count("indicator"), indicators);

    QSqlQuery q(db);
    QVERIFY(
        q.prepare(QStringLiteral("SELECT p.name, r.beneficiary_unit, r.note, r.source_quote FROM result r "
                                 "JOIN program p ON p.id = r.program_id WHERE r.year = 2026 AND r.budget_mclp = ?")));
    for (int i = 0; i < hostile.size(); ++i) {
        q.addBindValue(i);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), hostile[i].left(100) + QString::number(i));
        QCOMPARE(q.value(1).toString(), hostile[i].left(100));
        QCOMPARE(q.value(2).toString(), hostile[i]);
        QCOMPARE(q.value(3).toString(), hostile[i]);
        q.finish();
    }

    // A program's name of 100.000 characters is refused: names are indexed.
    const QByteArray longName = QByteArrayLiteral("year,objective,program,region,budget_mclp,beneficiaries,"
                                                  "beneficiary_unit,source_quote\n2027,1,")
        + QByteArray(100000, 'x') + QByteArrayLiteral(",00,1,1,gremios,cita\n");
    const ImportPlan tooLong = prepare(longName);
    QCOMPARE(tooLong.problems.size(), 1);
    QVERIFY2(tooLong.problems.first().describe().contains(QStringLiteral("100000 caracteres")),
             qPrintable(tooLong.problems.first().describe()));

    // A NUL is not text: the line is refused, named, and nothing is written.
    const QByteArray nul
        = QByteArrayLiteral("year,objective,program,region,budget_mclp,beneficiaries,"
                            "beneficiary_unit,source_quote\n2027,1,Ferias Libres,00,1,1,gremios,\"antes")
        + QByteArray(1, '\0') + QByteArrayLiteral("después\"\n");
    const ImportPlan refused = prepare(nul);
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().line, 2);
    QVERIFY2(refused.problems.first().describe().contains(QStringLiteral("carácter nulo")),
             qPrintable(refused.problems.first().describe()));
    QVERIFY(!Importer::apply(db, refused).ok);
    QCOMPARE(count("result"), results + int(hostile.size()));
}

void TestImport::init()
{
    m_fixture = std::make_unique<Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
}

ImportPlan TestImport::prepare(const QByteArray &bytes) const
{
    return Importer::prepare(m_fixture->db->connection(), bytes, QStringLiteral("test.csv"));
}

/// Every result and indicator as text, to compare before and after.
QString TestImport::snapshot() const
{
    QString text;
    QSqlQuery q(m_fixture->db->connection());
    q.exec(
        QStringLiteral("SELECT id, objective_id, action_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, note FROM result ORDER BY id"));
    while (q.next()) {
        for (int i = 0; i < 11; ++i)
            text += q.value(i).toString() + u'|';
        text += u'\n';
    }
    q.exec(QStringLiteral("SELECT id, name, value, unit, program_id FROM indicator ORDER BY id"));
    while (q.next())
        text += QStringLiteral("%1|%2|%3|%4|%5\n")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString());
    q.exec(QStringLiteral("SELECT id, name FROM program ORDER BY id"));
    while (q.next())
        text += q.value(0).toString() + u'|' + q.value(1).toString() + u'\n';
    return text;
}

int TestImport::count(const char *table) const
{
    QSqlQuery q(m_fixture->db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestImport::exportImportsBackUnchanged_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("excel");
    QTest::newRow("results") << "results" << false;
    QTest::newRow("indicators") << "indicators" << false;
    QTest::newRow("results, Excel") << "results" << true;
    QTest::newRow("indicators, Excel") << "indicators" << true;
}

void TestImport::exportImportsBackUnchanged()
{
    QFETCH(QString, table);
    QFETCH(bool, excel);
    const QString file = m_fixture->dir.filePath(QStringLiteral("export.csv"));
    // Text a spreadsheet would run as a formula: the Excel export puts an apostrophe before it,
    // and an import of that file kept the apostrophe for good ("=1+1" became "'=1+1").
    QSqlQuery formulas(m_fixture->db->connection());
    QVERIFY(formulas.exec(QStringLiteral("UPDATE result SET beneficiary_unit = '=1+1', note = '+nota', "
                                         "source_quote = '@fuente' WHERE id = (SELECT MIN(id) FROM result)")));
    QVERIFY(formulas.exec(QStringLiteral("UPDATE indicator SET unit = '-x', source_quote = '=fuente' "
                                         "WHERE id = (SELECT MIN(id) FROM indicator)")));
    QString error;
    QVERIFY(CsvExport::write(m_fixture->db->connection(), *TableSpec::byName(table), Filter{}, file, &error,
                             excel ? CsvExport::Style::Excel : CsvExport::Style::Plain) > 0);
    const QString before = snapshot();
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const ImportPlan plan = prepare(csv.readAll());
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    QCOMPARE(plan.numbers, excel ? NumberStyle::Chilean : NumberStyle::Plain);
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 0);
    QCOMPARE(outcome.updated, table == u"results" ? 8 : 33);
    QCOMPARE(snapshot(), before);
}

void TestImport::windows1252SemicolonChileanNumbers()
{
    // As Excel in Spanish saves it: Windows-1252, ';', CRLF, 1.234.567 and 51,8.
    const QByteArray bytes = "A\xf1o;N\xb0 Objetivo;Programa;Regi\xf3n;Presupuesto (M$);Beneficiarios;"
                             "Unidad de beneficiario;Fuente\r\n"
                             "2026;1;Ferias Libres;\xd1uble;1.234.567;89;proyectos;Oraci\xf3n de prueba\r\n"
                             "2026;4;Capital Pioneras;Los R\xedos;2.000;10;mujeres;Otra oraci\xf3n\r\n";
    const ImportPlan plan = prepare(bytes);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    QCOMPARE(plan.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(plan.separator, QChar(u';'));
    QCOMPARE(plan.numbers, NumberStyle::Chilean);
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 2);
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT r.budget_mclp, r.beneficiaries, g.short_name, r.source_quote FROM result r "
                              "JOIN region g ON g.id = r.region_id WHERE r.year = 2026 ORDER BY r.budget_mclp DESC")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1234567LL);
    QCOMPARE(q.value(1).toLongLong(), 89LL);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Ñuble"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("Oración de prueba"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 2000LL);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Los Ríos"));
    // And the search finds the new row without the accent.
    QueryTableModel model(TableSpec::results(), m_fixture->db->connection());
    Filter filter;
    filter.text = QStringLiteral("nuble");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
}

void TestImport::reimportUpdatesNeverDuplicates()
{
    const QByteArray first = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                             "2025,1,Ferias Libres,00,2509474,153,proyectos asociativos,primera\n"
                             "2026,1,Ferias Libres,08,100,1,proyectos,nueva\n";
    ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), prepare(first));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.inserted, 1);
    QCOMPARE(count("result"), 9);
    const QByteArray second = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                              "2026,1,ferias libres,VIII,250,2,proyectos,corregida\n";
    outcome = Importer::apply(m_fixture->db->connection(), prepare(second));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.inserted, 0);
    QCOMPARE(count("result"), 9);
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT budget_mclp, source_quote FROM result WHERE year = 2026")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 250LL);
    QCOMPARE(q.value(1).toString(), QStringLiteral("corregida"));
    // Each import is logged.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE origin = 'import'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestImport::regionsObjectivesAndNewPrograms()
{
    const QByteArray bytes = "Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                             "2026,Asociatividad,Programa Uno,8,1,1,a\n"
                             "2026,asociatividad,Programa Uno,XIII,1,1,b\n"
                             "2026,GÉNERO,Programa Dos,rm,1,1,c\n"
                             "2026,3,Programa Dos,region de los rios,1,1,d\n"
                             "2026,2,Programa Dos,BIOBIO,1,1,e\n";
    const ImportPlan plan = prepare(bytes);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    QCOMPARE(plan.newPrograms, (QStringList{"Programa Uno", "Programa Dos"}));
    QStringList regions;
    for (const ImportPlan::Row &row : plan.rows)
        regions << row.regionShort;
    QCOMPARE(regions, (QStringList{"Biobío", "Metropolitana", "Metropolitana", "Los Ríos", "Biobío"}));
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 5);
    QCOMPARE(count("program"), 17);
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT o.number FROM result r JOIN objective o ON o.id = r.objective_id "
                                  "WHERE r.year = 2026 ORDER BY r.id")));
    QList<int> objectives;
    while (q.next())
        objectives << q.value(0).toInt();
    QCOMPARE(objectives, (QList<int>{1, 1, 4, 3, 2}));
}

// Import B checked its rows while import A had created "Carrera Común" but not yet committed;
// B then created "carrera común" as a second program, and later imports duplicated results.
void TestImport::twoImportsNeverMakeTheSameProgramTwice()
{
    const ImportPlan first = prepare("Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                                     "2026,1,Carrera Común,8,100,10,a\n");
    const ImportPlan second = prepare("Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                                      "2026,1,carrera comun,8,200,20,b\n"
                                      "2026,1,CARRERA COMÚN,9,300,30,c\n"
                                      "2026,2,carrera común,8,400,40,d\n");
    QVERIFY2(first.problems.isEmpty() && second.problems.isEmpty(), qPrintable(second.problems.value(0).describe()));
    // One file, three spellings: one new program, spelled as it first appears.
    QCOMPARE(second.newPrograms, QStringList{"carrera comun"});
    const int programsBefore = count("program");

    // Both were checked before either wrote: the second finds the program the first made.
    ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), first);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = Importer::apply(m_fixture->db->connection(), second);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 2);
    QCOMPARE(outcome.updated, 1); // objective 1, region 8: the first import's result, updated
    QCOMPARE(count("program"), programsBefore + 1);

    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.name, r.budget_mclp FROM result r JOIN program p ON p.id = r.program_id "
                                  "WHERE r.year = 2026 ORDER BY r.budget_mclp")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + u' ' + q.value(1).toString();
    QCOMPARE(rows, (QStringList{"Carrera Común 200", "Carrera Común 300", "Carrera Común 400"}));

    // The database itself refuses a twin, whoever writes it.
    QSqlQuery twin(m_fixture->db->connection());
    QVERIFY(twin.prepare(QStringLiteral("INSERT INTO program (name, search_text) VALUES (?, ?)")));
    twin.addBindValue(QStringLiteral("CARRERA COMUN"));
    twin.addBindValue(QStringLiteral("carrera comun"));
    QVERIFY(!twin.exec());
}

// A UTF-8 file with one stray byte imported with exit 0 as Windows-1252 ("AcciÃ³n Ã‘andÃº"),
// and a CSV syntax error read "línea 0: Línea 3: …".
void TestImport::badUtf8IsReportedNotGuessed()
{
    const QString before = snapshot();
    ImportPlan plan = prepare("Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                              "2026,1,Acción Ñandú,8,100,10,a\n"
                              "2026,1,Acción Ñandú,9,100,10,\xE9l dijo\n");
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().describe(),
             QStringLiteral("El archivo está en UTF-8, pero en la línea 3, columna 30 hay un byte (0xe9) que no es "
                            "UTF-8 válido. Corríjalo o guarde el archivo de nuevo como UTF-8."));
    QVERIFY(!Importer::apply(m_fixture->db->connection(), plan).ok);
    QCOMPARE(snapshot(), before);

    plan = prepare("Año,Objetivo,Programa\n2026,1,x\n\"abierta,1,y\n");
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().describe(),
             QStringLiteral("Línea 3: unas comillas abren un campo y no se cierran."));
}

// A source sentence of 20 MB imported, and then the PDF report took 33 s and the window 14 s.
void TestImport::longSentencesAreRefused()
{
    const QByteArray header = "Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente,Nota\n";
    ImportPlan plan = prepare(header + "2026,1,Uno,8,1,1," + QByteArray(5000, 'a') + "," + QByteArray(5000, 'n') + "\n");
    QVERIFY2(plan.isValid(), qPrintable(plan.problems.value(0).describe()));
    plan = prepare(header + "2026,1,Uno,8,1,1," + QByteArray(20 << 20, 'a') + "," + QByteArray(5001, 'n') + "\n");
    QCOMPARE(plan.problems.size(), 2);
    QVERIFY2(plan.problems.at(0).describe().endsWith(QStringLiteral("tiene 20.971.520 caracteres; el máximo es 5.000")),
             qPrintable(plan.problems.at(0).describe()));
    QVERIFY2(plan.problems.at(1).describe().endsWith(QStringLiteral("tiene 5.001 caracteres; el máximo es 5.000")),
             qPrintable(plan.problems.at(1).describe()));
}

// A budget of 9223372036854775807 imported with exit 0, and then every report failed with
// "integer overflow"; a REAL of 1,5e300 written by hand came out as a negative budget.
void TestImport::figuresPastTheBoundAreRefused()
{
    const QString before = snapshot();
    ImportPlan plan = prepare("Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                              "2026,1,Uno,8,9223372036854775807,1,a\n"
                              "2026,1,Uno,9,1,1.000.000.000.000,b\n");
    QCOMPARE(plan.problems.size(), 2);
    QVERIFY2(plan.problems.at(0).describe().contains(
                 QStringLiteral("número demasiado grande: «9223372036854775807»; Mirador guarda cifras de hasta "
                                "999.999.999.999")),
             qPrintable(plan.problems.at(0).describe()));
    plan = prepare("Año,Objetivo,Programa,Indicador,Valor,Unidad,Región,Fuente\n2026,1,Uno,x,1e13,u,8,a\n");
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(snapshot(), before);
    plan = prepare("Año,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                   "2026,1,Uno,8,999.999.999.999,999.999.999.999,a\n");
    QVERIFY2(plan.isValid(), qPrintable(plan.problems.value(0).describe()));
    QVERIFY(Importer::apply(m_fixture->db->connection(), plan).ok);

    // Whoever writes, sqlite3 or psql included, the database itself refuses them.
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM result")) && q.next());
    const qint64 id = q.value(0).toLongLong();
    const bool postgres = TestSupport::testingPostgres();
    const QStringList refused{
        QStringLiteral("UPDATE result SET budget_mclp = 1000000000000 WHERE id = %1"),
        QStringLiteral("UPDATE result SET beneficiaries = 9223372036854775807 WHERE id = %1"),
        QStringLiteral("UPDATE result SET budget_mclp = -1 WHERE id = %1"),
        postgres ? QStringLiteral("UPDATE result SET budget_mclp = 1e300 WHERE id = %1") // out of BIGINT
                 : QStringLiteral("UPDATE result SET budget_mclp = 1.5e300 WHERE id = %1"),
        QStringLiteral("UPDATE indicator SET value = 1e13 WHERE id = (SELECT MIN(id) FROM indicator) AND %1 > 0"),
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, source_quote, "
                       "search_text) SELECT objective_id, program_id, region_id, 2030, 1000000000000, 'x', 'x' "
                       "FROM result WHERE id = %1"),
    };
    for (const QString &statement : refused)
        QVERIFY2(!q.exec(statement.arg(id)), qPrintable(statement));
    if (!postgres) // SQLite keeps 5,5 in a BIGINT column unless told not to
        QVERIFY(!q.exec(QStringLiteral("UPDATE result SET budget_mclp = 5.5 WHERE id = %1").arg(id)));
    QVERIFY(q.exec(QStringLiteral("UPDATE result SET budget_mclp = 999999999999, beneficiaries = NULL WHERE id = %1")
                       .arg(id)));
}

void TestImport::severalBadRowsAllReportedNothingWritten()
{
    const QString before = snapshot();
    const QByteArray bytes = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                             "2026,1,Ferias Libres,08,100,1,proyectos,buena\n"
                             "2026,1,Ferias Libres,Atlantis,100,1,proyectos,region mala\n"
                             "2026,1,,08,100,1,proyectos,sin programa\n"
                             "2026,1,Barrios Comerciales,08,abc,1,barrios,no es numero\n"
                             "2026,1,Barrios Comerciales,09,-5,1,barrios,negativo\n"
                             "2026,7,Barrios Comerciales,10,5,1,barrios,objetivo malo\n"
                             "2026,1,Ferias Libres,8,100,1,proyectos,repetida\n";
    const ImportPlan plan = prepare(bytes);
    QStringList problems;
    for (const ImportProblem &problem : plan.problems)
        problems << problem.describe();
    QCOMPARE(problems,
             (QStringList{
                 "línea 3, region: no hay una región «Atlantis» (se acepta código, número romano o nombre: 14, XIV, "
                 "Los Ríos)",
                 "línea 4, program: falta el programa",
                 "línea 5, budget_mclp: no es un número: «abc»",
                 "línea 6, budget_mclp: no puede ser negativo: -5",
                 "línea 7, objective: no hay un objetivo número 7",
                 "línea 8: repite la fila de la línea 2 (mismo año, objetivo, programa y región)",
             }));
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY(!outcome.ok);
    QCOMPARE(snapshot(), before);
}

void TestImport::repeatedRowWithoutProgramIsReported()
{
    // A line without its program said only "falta el programa": once the
    // program was filled in, the file was refused again for the repetition.
    const QByteArray bytes = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                             "2026,1,,08,100,1,proyectos,sin programa\n"
                             "2026,1,Ferias Libres,08,100,1,proyectos,otra\n"
                             "2026,1,,08,200,1,proyectos,sin programa otra vez\n";
    QStringList problems;
    for (const ImportProblem &problem : prepare(bytes).problems)
        problems << problem.describe();
    QCOMPARE(problems, (QStringList{
                           "línea 2, program: falta el programa",
                           "línea 4, program: falta el programa",
                           "línea 4: repite la fila de la línea 2 (mismo año, objetivo, programa y región)",
                       }));
    // Indicators have no program to miss: the repetition is the problem.
    const QByteArray indicators = "Año;Objetivo;Programa;Región;Indicador;Valor;Unidad;Fuente\n"
                                  "2026;1;;Nacional;Participación de las mujeres;52,4;%;una\n"
                                  "2026;1;;Nacional;Participación de las mujeres;53;%;otra\n";
    problems.clear();
    for (const ImportProblem &problem : prepare(indicators).problems)
        problems << problem.describe();
    QCOMPARE(problems,
             QStringList{"línea 3: repite la fila de la línea 2 (mismo año, objetivo, programa y región)"});
}

void TestImport::missingColumnsAreReported()
{
    const ImportPlan plan = prepare("Programa;Presupuesto\nFerias Libres;5\n");
    QStringList problems;
    for (const ImportProblem &problem : plan.problems)
        problems << problem.describe();
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("falta la columna Año")), qPrintable(problems.join(u'\n')));
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("falta la columna Región")));
    QVERIFY(problems.join(u'\n').contains(QStringLiteral("falta la columna Fuente")));
}

void TestImport::quotedFieldsAndLineBreaks()
{
    const QByteArray bytes
        = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\r\n"
          "2026,1,\"Programa, con coma\",00,1,2,\"gremios\",\"Primera línea\r\nsegunda \"\"citada\"\"\"\r\n"
          "2026,1,Otro,00,x,2,gremios,mala\r\n";
    const ImportPlan plan = prepare(bytes);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().line, 4); // the record after a two-line field
    const ImportPlan good = prepare(bytes.left(bytes.indexOf("2026,1,Otro")));
    QVERIFY(good.problems.isEmpty());
    QCOMPARE(good.rows.first().programName, QStringLiteral("Programa, con coma"));
    QCOMPARE(good.rows.first().quote, QStringLiteral("Primera línea\r\nsegunda \"citada\""));
}

void TestImport::indicatorsImport()
{
    const QByteArray bytes = "Año;Objetivo;Acción;Programa;Región;Indicador;Valor;Unidad;Fuente\n"
                             "2026;1;3;;Nacional;Participación de las mujeres;52,4;%;nueva cifra\n";
    const ImportPlan plan = prepare(bytes);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    QCOMPARE(plan.kind, ImportPlan::Kind::Indicators);
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(count("indicator"), 34);
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM indicator WHERE year = 2026")) && q.next());
    QCOMPARE(q.value(0).toDouble(), 52.4);
}

// A spreadsheet without an Acción column updated each row's figures and
// emptied its action: the objective's action a figure belonged to was lost.
void TestImport::fileWithoutActionsKeepsEachRowsAction()
{
    const auto actions = [this](const char *table) {
        QStringList found;
        QSqlQuery q(m_fixture->db->connection());
        q.exec(QStringLiteral("SELECT id, action_id FROM ") + QString::fromLatin1(table)
               + QStringLiteral(" ORDER BY id"));
        while (q.next())
            found << q.value(0).toString() + u'=' + q.value(1).toString();
        return found;
    };
    const QStringList results = actions("result");
    const QStringList indicators = actions("indicator");
    QVERIFY(!results.filter(QRegularExpression(QStringLiteral("=\\d"))).isEmpty());
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, value, unit, source_quote FROM indicator WHERE action_id IS NOT NULL "
                                  "AND program_id IS NULL AND region_id = (SELECT id FROM region WHERE code = '00') "
                                  "ORDER BY id")) && q.next());
    const QString csvIndicator = QStringLiteral("2025,1,00,\"%1\",%2,\"%3\",\"%4\"\n")
                                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString().replace(u'"', QStringLiteral("\"\"")));
    q.finish();
    ImportOutcome outcome = Importer::apply(
        m_fixture->db->connection(),
        prepare("year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                "2025,1,Ferias Libres,00,2600000,160,proyectos asociativos,corregida\n"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(actions("result"), results);
    outcome = Importer::apply(m_fixture->db->connection(),
                              prepare("year,objective,region,indicator,value,unit,source_quote\n" + csvIndicator.toUtf8()));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(actions("indicator"), indicators);
}

void TestImport::cancelMidImportWritesNothing()
{
    QByteArray bytes = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n";
    for (int i = 0; i < 3000; ++i)
        bytes += QStringLiteral("%1,1,Programa %2,00,%3,1,gremios,fila %2\n").arg(2000 + i % 50).arg(i).arg(i).toUtf8();
    const ImportPlan plan = prepare(bytes);
    QVERIFY(plan.problems.isEmpty());
    const QString before = snapshot();
    qint64 seen = 0;
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan, [&](qint64 done, qint64) {
        seen = done;
        return done < 1500; // cancel half-way
    });
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok);
    QVERIFY(seen >= 1500);
    QCOMPARE(snapshot(), before);
    QCOMPARE(count("program"), 15);
}

void TestImport::workerThreadReportsProgress()
{
    QByteArray bytes = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n";
    for (int i = 0; i < 2000; ++i)
        bytes += QStringLiteral("2030,2,Programa %1,00,%1,1,empresas,fila\n").arg(i).toUtf8();
    const QString file = m_fixture->dir.filePath(QStringLiteral("big.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    ImportJob job(*m_fixture->db);
    QSignalSpy prepared(&job, &ImportJob::prepared);
    job.prepare(file);
    QTRY_COMPARE_WITH_TIMEOUT(prepared.count(), 1, 30000);
    const ImportPlan plan = prepared.first().first().value<ImportPlan>();
    QCOMPARE(plan.rows.size(), 2000);

    QSignalSpy progress(&job, &ImportJob::progress);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.apply(plan);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const ImportOutcome outcome = finished.first().first().value<ImportOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 2000);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toLongLong(), 2000LL);
    QCOMPARE(count("result"), 2008);
}

void TestImport::excelExport()
{
    const QString file = m_fixture->dir.filePath(QStringLiteral("excel.csv"));
    QString error;
    QSqlQuery q(m_fixture->db->connection());
    // A note is not exported; a unit that looks like a formula is neutralised.
    QVERIFY(q.exec(QStringLiteral("UPDATE result SET beneficiary_unit = '=1+1' WHERE budget_mclp = 131287")));
    QCOMPARE(CsvExport::write(m_fixture->db->connection(), TableSpec::results(), Filter{}, file, &error,
                              CsvExport::Style::Excel),
             8);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "year;objective;objective_name;"));
    QVERIFY(bytes.contains("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(
        QStringLiteral("2025;1;Asociatividad;1;Fortalecimiento Gremial;00;Nacional;1.487.480;104;gremios;")));
    QVERIFY(text.contains(QStringLiteral(";131.287;25;'=1+1;")));

    // Every lead a spreadsheet runs as a formula (OWASP: = + - @, tab, CR)
    // is neutralised in text; a negative number stays a number.
    QVERIFY(q.exec(QStringLiteral("UPDATE indicator SET value = -3.5, unit = '@SUM(A1)' WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE indicator SET unit = '-2+3' WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE indicator SET unit = '+cmd' WHERE id = 3")));
    const QString indicators = m_fixture->dir.filePath(QStringLiteral("excel-indicators.csv"));
    QVERIFY(CsvExport::write(m_fixture->db->connection(), TableSpec::indicators(), Filter{}, indicators, &error,
                             CsvExport::Style::Excel)
            > 0);
    QFile indicatorCsv(indicators);
    QVERIFY(indicatorCsv.open(QIODevice::ReadOnly));
    const QString indicatorText = QString::fromUtf8(indicatorCsv.readAll());
    QVERIFY2(indicatorText.contains(QStringLiteral(";-3,5;'@SUM(A1);")), qPrintable(indicatorText.left(600)));
    QVERIFY(indicatorText.contains(QStringLiteral(";'-2+3;")));
    QVERIFY(indicatorText.contains(QStringLiteral(";'+cmd;")));
}

void TestImport::syntheticDataIsMarkedInCsv()
{
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE report SET synthetic = 1")));
    const QString file = m_fixture->dir.filePath(QStringLiteral("synthetic.csv"));
    QString error;
    QCOMPARE(CsvExport::write(m_fixture->db->connection(), TableSpec::results(), Filter{}, file, &error), 8);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().endsWith(QStringLiteral(",synthetic")));
    for (const QString &line : lines.mid(1))
        QVERIFY(line.endsWith(QStringLiteral(",1")));
    // And it imports back: the mark is a column the importer leaves out (and so are the
    // results' call and the review state and page, as long as the importer reads none).
    csv.seek(0);
    const ImportPlan plan = prepare(csv.readAll());
    QVERIFY(plan.problems.isEmpty());
    QStringList ignored;
    for (const char *column : {"call", "review", "source_page"}) {
        if (ImportFields::recognise(QString::fromLatin1(column)) == ImportField::Unknown)
            ignored << QString::fromLatin1(column);
    }
    ignored << QStringLiteral("synthetic");
    QCOMPARE(plan.ignoredColumns, ignored);
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
