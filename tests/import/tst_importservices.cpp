#include "csvexport.h"
#include "fixturereports.h"
#include "importer.h"
#include "tablespec.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

/// Import into a database of several reports (two services x 2024-2025, the
/// fixture TestSupport::MultiReportFixture), on SQLite and PostgreSQL:
/// export-csv's service column takes each row back to its own service's
/// report; a file without one, or naming a service that is not there, is
/// refused line by line and nothing is written. Objective 1 of 2025 is in
/// both services' reports: the row's service is what tells them apart.
class TestImportServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void editedExportUpdatesEachRowInItsReport_data();
    void editedExportUpdatesEachRowInItsReport();
    void exportRefillsEachServicesReport_data();
    void exportRefillsEachServicesReport();
    void withoutServiceColumnEachLineIsAProblem();
    void emptyServiceIsAProblem();
    void unknownServiceIsAProblemOfItsLine();
    void serviceMatchedByNameIgnoringCaseAndAccents();
    void sameRowOfTwoServicesIsNoRepeat();
    void oneReportTakesAServiceColumnToo();

private:
    ImportPlan prepare(const QByteArray &bytes) const;
    /// The table's rows (results or indicators) as the user places them:
    /// service, report year, objective, action, program, region and what
    /// the row holds, one line per row, in a fixed order.
    QString placed(const QString &table) const;
    /// export-csv of the table into the fixture's folder; its bytes.
    QByteArray exported(const QString &table, CsvExport::Style style) const;
    int count(const char *table) const;

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
};

namespace {

const QByteArray resultsHeader
    = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote";

} // namespace

void TestImportServices::initTestCase()
{
    Format::initDefaultLocale();
    qInfo("backend: %s", TestSupport::testingPostgres() ? "PostgreSQL" : "SQLite");
}

void TestImportServices::init()
{
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
}

ImportPlan TestImportServices::prepare(const QByteArray &bytes) const
{
    return Importer::prepare(m_fixture->db->connection(), bytes, QStringLiteral("test.csv"));
}

QString TestImportServices::placed(const QString &table) const
{
    const QString joins
        = QStringLiteral("JOIN objective o ON o.id = t.objective_id JOIN report rp ON rp.id = o.report_id "
                         "JOIN service s ON s.id = rp.service_id LEFT JOIN action a ON a.id = t.action_id "
                         "LEFT JOIN program p ON p.id = t.program_id JOIN region g ON g.id = t.region_id ");
    const QString figures = table == u"results"
        ? QStringLiteral("t.budget_mclp, t.beneficiaries, t.beneficiary_unit, t.source_quote FROM result t ")
        : QStringLiteral("t.name, t.value, t.unit, t.source_quote FROM indicator t ");
    return TestSupport::shownRows(
        m_fixture->db->connection(),
        QStringLiteral("SELECT s.short_name, rp.year, o.number, a.number, p.name, g.code, t.year, ") + figures + joins
            + QStringLiteral("ORDER BY s.short_name, t.year, o.number, p.name, g.code"));
}

QByteArray TestImportServices::exported(const QString &table, CsvExport::Style style) const
{
    const QString file = m_fixture->dir.filePath(QStringLiteral("export.csv"));
    QString error;
    if (CsvExport::write(m_fixture->db->connection(), *TableSpec::byName(table), Filter{}, file, &error, style) <= 0)
        qWarning("export-csv: %s", qPrintable(error));
    QFile csv(file);
    return csv.open(QIODevice::ReadOnly) ? csv.readAll() : QByteArray();
}

int TestImportServices::count(const char *table) const
{
    QSqlQuery q(m_fixture->db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestImportServices::editedExportUpdatesEachRowInItsReport_data()
{
    QTest::addColumn<CsvExport::Style>("style");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    // The second service's 2025 Valparaíso budget, 2.500 M$, becomes 2.600.
    QTest::newRow("plain") << CsvExport::Style::Plain << QByteArray(",2500,25,") << QByteArray(",2600,25,");
    QTest::newRow("Excel") << CsvExport::Style::Excel << QByteArray(";2.500;25;") << QByteArray(";2.600;25;");
}

void TestImportServices::editedExportUpdatesEachRowInItsReport()
{
    QFETCH(CsvExport::Style, style);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QByteArray csv = exported(QStringLiteral("results"), style);
    QVERIFY2(csv.contains("service"), csv.constData());
    // The figure, then as its source gave it (budget_source): the figure changes.
    QCOMPARE(csv.count(before), 2);
    csv.replace(csv.indexOf(before), before.size(), after);
    QString expected = placed(QStringLiteral("results"));
    const QString valparaiso = QStringLiteral("Prueba 2 (fixture) | 2025 | 1 | 1 | %1 | 05 | 2025 | ")
                                   .arg(FixtureReports::secondServiceProgram);
    QCOMPARE(expected.count(valparaiso + QStringLiteral("2500 |")), 1);
    expected.replace(valparaiso + QStringLiteral("2500 |"), valparaiso + QStringLiteral("2600 |"));

    const ImportPlan plan = prepare(csv);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 0);
    QCOMPARE(outcome.updated, 9);
    QCOMPARE(placed(QStringLiteral("results")), expected);
}

void TestImportServices::exportRefillsEachServicesReport_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("results") << "results" << 9;
    QTest::newRow("indicators") << "indicators" << 3;
}

void TestImportServices::exportRefillsEachServicesReport()
{
    // Into a copy of the database with the table's rows deleted: the file
    // puts each back in its own service's report, action and all.
    QFETCH(QString, table);
    QFETCH(int, rows);
    const QByteArray csv = exported(table, CsvExport::Style::Plain);
    const QString before = placed(table);
    QCOMPARE(before.count(u'\n') + 1, rows);
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY2(
        q.exec(table == u"results" ? QStringLiteral("DELETE FROM result") : QStringLiteral("DELETE FROM indicator")),
        qPrintable(q.lastError().text()));
    QCOMPARE(placed(table), QString());

    const ImportPlan plan = prepare(csv);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, rows);
    QCOMPARE(placed(table), before);
}

void TestImportServices::withoutServiceColumnEachLineIsAProblem()
{
    // Both services have a report of 2024 and of 2025; 2026 has none, and
    // would fall to the latest, 2025's, of either.
    const int results = count("result");
    const ImportPlan plan = prepare(resultsHeader
                                    + "\n2025,1,Programa nuevo,13,1,1,personas,a\n"
                                      "2024,1,Programa nuevo,13,1,1,personas,b\n"
                                      "2026,1,Programa nuevo,13,1,1,personas,c\n");
    QStringList problems;
    for (const ImportProblem &problem : plan.problems)
        problems << problem.describe();
    const QString services = QStringLiteral("informes de 2 servicios (Prueba (fixture), Prueba 2 (fixture)): "
                                            "agregue una columna service");
    QCOMPARE(problems,
             (QStringList{QStringLiteral("línea 2: el año 2025 tiene ") + services,
                          QStringLiteral("línea 3: el año 2024 tiene ") + services,
                          QStringLiteral("línea 4: el año 2025 tiene ") + services}));
    QVERIFY(!Importer::apply(m_fixture->db->connection(), plan).ok);
    QCOMPARE(count("result"), results);
}

void TestImportServices::emptyServiceIsAProblem()
{
    // A service column with a cell left empty: the line says which are there.
    const ImportPlan plan = prepare(resultsHeader
                                    + ",Servicio\n2025,1,Programa nuevo,13,1,1,personas,a,Prueba (fixture)\n"
                                      "2025,1,Programa nuevo,13,1,1,personas,b,\n");
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().describe(),
             QStringLiteral("línea 3, Servicio: falta el servicio: el año 2025 tiene informes de 2 servicios "
                            "(Prueba (fixture), Prueba 2 (fixture))"));
}

void TestImportServices::unknownServiceIsAProblemOfItsLine()
{
    const int results = count("result");
    const ImportPlan plan = prepare(resultsHeader
                                    + ",service\n2025,1,Programa nuevo,13,1,1,personas,a,Prueba (fixture)\n"
                                      "2025,1,Programa nuevo,13,1,1,personas,b,Servicio inexistente\n"
                                      "2025,1,Programa nuevo,08,1,1,personas,c,prueba\n");
    QStringList problems;
    for (const ImportProblem &problem : plan.problems)
        problems << problem.describe();
    QCOMPARE(problems,
             (QStringList{QStringLiteral("línea 3, service: no hay un servicio «Servicio inexistente»"),
                          QStringLiteral("línea 4, service: «prueba» nombra a varios servicios: Prueba (fixture), "
                                         "Prueba 2 (fixture)")}));
    QVERIFY(!Importer::apply(m_fixture->db->connection(), plan).ok);
    QCOMPARE(count("result"), results);
}

void TestImportServices::serviceMatchedByNameIgnoringCaseAndAccents()
{
    // By short name or whole name, in any case, with accents or not, under
    // the Spanish title; a year without a report goes to the service's latest.
    const ImportPlan plan = prepare("Año,Servicio,Objetivo,Programa,Región,Presupuesto,Beneficiarios,Fuente\n"
                                    "2024,PRÚEBA 2 (FIXTURE),1,Programa nuevo,13,11,1,a\n"
                                    "2025,segundo servicio de prueba (fixture de mirador),1,Programa nuevo,13,12,1,b\n"
                                    "2026,Servicio de Prueba (Fixture de Mirador),2,Programa nuevo,13,13,1,c\n");
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    const ImportOutcome outcome = Importer::apply(m_fixture->db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 3);
    QCOMPARE(TestSupport::shownRows(m_fixture->db->connection(),
                                    QStringLiteral("SELECT s.short_name, rp.year, o.number, r.year, r.budget_mclp "
                                                   "FROM result r JOIN objective o ON o.id = r.objective_id "
                                                   "JOIN report rp ON rp.id = o.report_id "
                                                   "JOIN service s ON s.id = rp.service_id "
                                                   "JOIN program p ON p.id = r.program_id "
                                                   "WHERE p.name = 'Programa nuevo' ORDER BY r.year")),
             QStringLiteral("Prueba 2 (fixture) | 2024 | 1 | 2024 | 11\n"
                            "Prueba 2 (fixture) | 2025 | 1 | 2025 | 12\n"
                            "Prueba (fixture) | 2025 | 2 | 2026 | 13"));
}

void TestImportServices::sameRowOfTwoServicesIsNoRepeat()
{
    // Same year, objective, program and region in two services: two rows.
    // The same in one service, spelled otherwise, is a repeat.
    const QByteArray header = resultsHeader + ",service\n";
    const ImportPlan twoServices = prepare(header
                                           + "2025,1,Programa nuevo,13,1,1,personas,a,Prueba (fixture)\n"
                                             "2025,1,Programa nuevo,13,2,1,personas,b,Prueba 2 (fixture)\n");
    QVERIFY2(twoServices.problems.isEmpty(), qPrintable(twoServices.problems.value(0).describe()));
    QCOMPARE(twoServices.rows.size(), 2);
    QVERIFY(twoServices.rows[0].objectiveId != twoServices.rows[1].objectiveId);

    const ImportPlan repeated = prepare(header
                                        + "2025,1,Programa nuevo,13,1,1,personas,a,Prueba (fixture)\n"
                                          "2025,1,Programa nuevo,13,2,1,personas,b,Prueba 2 (fixture)\n"
                                          "2025,1,programa nuevo,13,3,1,personas,c,prueba (FIXTURE)\n");
    QCOMPARE(repeated.problems.size(), 1);
    QCOMPARE(repeated.problems.first().describe(),
             QStringLiteral("línea 4: repite la fila de la línea 2 (mismo año, objetivo, programa y región)"));
}

void TestImportServices::oneReportTakesAServiceColumnToo()
{
    // A database of one report (Sercotec's, embedded) needs no service
    // column, but checks one it is given: its service goes in, another not.
    TestSupport::Fixture one;
    MIRADOR_REQUIRE_BACKEND(one);
    const QByteArray header = resultsHeader + ",service\n";
    const ImportPlan sercotec = Importer::prepare(
        one.db->connection(), header + "2025,1,Programa nuevo,13,1,1,personas,a,SERCOTEC\n", QStringLiteral("a.csv"));
    QVERIFY2(sercotec.problems.isEmpty(), qPrintable(sercotec.problems.value(0).describe()));
    QCOMPARE(sercotec.rows.size(), 1);
    const ImportPlan other
        = Importer::prepare(one.db->connection(), header + "2025,1,Programa nuevo,13,1,1,personas,a,Otro servicio\n",
                            QStringLiteral("b.csv"));
    QCOMPARE(other.problems.size(), 1);
    QCOMPARE(other.problems.first().describe(), QStringLiteral("línea 2, service: no hay un servicio «Otro servicio»"));
}

QTEST_GUILESS_MAIN(TestImportServices)
#include "tst_importservices.moc"
