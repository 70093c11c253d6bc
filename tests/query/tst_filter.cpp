#include "modelsupport.h"
#include "querytablemodel.h"

#include <QTest>

using TestSupport::columnTexts;

/// The filter: the rows each choice, search and combination keeps, as the
/// results and indicators tables show them; searched text is data, never SQL.
class TestFilter : public TestSupport::CatalogTest
{
    Q_OBJECT
private Q_SLOTS:
    void resultsFilter_data();
    void resultsFilter();
    void indicatorsFilter_data();
    void indicatorsFilter();
    void hostileSearchIsData();
    void nulSeparatesSearchWords();
    void serviceAndReport_data();
    void serviceAndReport();
};

void TestFilter::resultsFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("programs");
    QTest::newRow("none") << "" << QStringList{"Fortalecimiento Gremial", "Creación y Fortalecimiento de Cooperativas",
                                             "Barrios Comerciales", "Ferias Libres", "Pymes Globales",
                                             "Crece Sostenible", "Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("objective 1") << "objective=1"
                                 << QStringList{"Fortalecimiento Gremial", "Creación y Fortalecimiento de Cooperativas",
                                                "Barrios Comerciales", "Ferias Libres"};
    QTest::newRow("objective 4") << "objective=4" << QStringList{"Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("program ferias libres") << "program=ferias libres" << QStringList{"Ferias Libres"};
    QTest::newRow("program by part, no accents")
        << "program=creacion" << QStringList{"Creación y Fortalecimiento de Cooperativas"};
    QTest::newRow("program crece is exact") << "program=CRECE SOSTENIBLE" << QStringList{"Crece Sostenible"};
    QTest::newRow("region nacional") << "region=Nacional"
                                     << QStringList{
                                            "Fortalecimiento Gremial", "Creación y Fortalecimiento de Cooperativas",
                                            "Barrios Comerciales",     "Ferias Libres",
                                            "Pymes Globales",          "Crece Sostenible",
                                            "Capital Pioneras",        "Capital Abeja Emprende"};
    QTest::newRow("region los rios: none") << "region=los rios" << QStringList{};
    QTest::newRow("text mujeres") << "text=MUJERES" << QStringList{"Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("text without accents")
        << "text=creacion cooperativas" << QStringList{"Creación y Fortalecimiento de Cooperativas"};
    QTest::newRow("text gestion finds gestión") << "text=gestion" << QStringList{"Fortalecimiento Gremial"};
    QTest::newRow("year 2025") << "year=2025;objective=3" << QStringList{"Crece Sostenible"};
    QTest::newRow("year 2024") << "year=2024" << QStringList{};
    QTest::newRow("combined") << "objective=1;program=barrios;region=00;text=continuidad;year=2025"
                              << QStringList{"Barrios Comerciales"};
    QTest::newRow("combined, contradicting") << "objective=2;program=barrios" << QStringList{};
}

void TestFilter::resultsFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, programs);
    QueryTableModel model(TableSpec::results(), m_fixture->db->connection());
    QVERIFY2(model.setFilter(m_fixture->filter(filter)), qPrintable(model.lastError()));
    QCOMPARE(columnTexts(model, "program"), programs);
}

void TestFilter::indicatorsFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("first");
    QTest::newRow("all") << "" << 33 << "Grupos pre-cooperativos apoyados";
    QTest::newRow("objective 3") << "objective=3" << 6 << "Proyectos de Ferias Libres beneficiados";
    QTest::newRow("centros de desarrollo")
        << "program=centros de desarrollo" << 15
        << "Organizaciones asesoradas por la red de Centros de Desarrollo de Negocios";
    QTest::newRow("egresadas") << "text=egresadas" << 3 << "Academias de Mujeres Empresarias ejecutadas y terminadas";
    QTest::newRow("metropolitana in a quote")
        << "text=region metropolitana" << 3 << "Formas de pago declaradas que son medios digitales";
    QTest::newRow("objective 4 program cdn") << "objective=4;program=centros de desarrollo de negocios" << 3
                                             << "Academias de Mujeres Empresarias ejecutadas y terminadas";
}

void TestFilter::indicatorsFilter()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    QFETCH(QString, first);
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    QVERIFY(model.setFilter(m_fixture->filter(filter)));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(columnTexts(model, "indicator").value(0), first);
}

void TestFilter::hostileSearchIsData()
{
    // Wildcards and SQL in the search box are matched literally.
    QueryTableModel model(TableSpec::results(), m_fixture->db->connection());
    for (const char *text : {"%", "_", "' OR 1=1 --", "\"; DROP TABLE result; --", "\\"}) {
        Filter f;
        f.text = QString::fromUtf8(text);
        QVERIFY2(model.setFilter(f), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 0);
    }
    model.setFilter(Filter{});
    QCOMPARE(model.rowCount(), 8);
}

void TestFilter::nulSeparatesSearchWords()
{
    // Found by fuzz_filter: a NUL between words splits them as a space does
    // (SQLite reads a LIKE pattern only up to a NUL; PostgreSQL keeps none).
    Filter f;
    f.text = QStringLiteral("gremios") + QChar(0) + QStringLiteral(" ferias") + QChar(0);
    const SqlCondition condition = buildCondition(f, TableSpec::results().filterColumns);
    QCOMPARE(condition.values, (QVariantList{QStringLiteral("%gremios%"), QStringLiteral("%ferias%")}));
}

void TestFilter::serviceAndReport_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("programs");
    QTest::addColumn<QStringList>("indicators");
    QTest::newRow("service of the fixture") << "service=prueba" << QStringList{"Programa de Prueba"}
                                            << QStringList{"Ferias"};
    QTest::newRow("service by short name, no case")
        << "service=SERCOTEC;objective=4" << QStringList{"Capital Pioneras", "Capital Abeja Emprende"}
        << QStringList{"Academias de Mujeres Empresarias ejecutadas y terminadas",
                       "Módulos de capacitación desarrollados",
                       "Mujeres egresadas de las Academias de Mujeres Empresarias"};
    QTest::newRow("report") << "report=Sercotec 2025;program=ferias libres" << QStringList{"Ferias Libres"}
                            << QStringList{"Proyectos de Ferias Libres beneficiados",
                                           "Proyectos de Ferias Libres que incorporaron prácticas sustentables"};
    // Objective 1 of each report: the report chooses which.
    QTest::newRow("objective 1 within the fixture's report")
        << "report=Servicio de Prueba (fixture de Mirador) 2031;objective=1" << QStringList{"Programa de Prueba"}
        << QStringList{"Ferias"};
    QTest::newRow("service and another's report: nothing")
        << "service=prueba;report=Sercotec 2025" << QStringList{} << QStringList{};
}

void TestFilter::serviceAndReport()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, programs);
    QFETCH(QStringList, indicators);
    static bool added = false;
    if (!added) {
        TestSupport::addSecondServiceReport(m_fixture->db->connection());
        QString error;
        QVERIFY2(m_fixture->catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
        QCOMPARE(m_fixture->catalog.services().size(), 2);
        QCOMPARE(m_fixture->catalog.reports().size(), 2);
        added = true;
    }
    QueryTableModel results(TableSpec::results(), m_fixture->db->connection());
    const Filter chosen = m_fixture->filter(filter);
    QVERIFY2(results.setFilter(chosen), qPrintable(results.lastError()));
    QCOMPARE(columnTexts(results, "program"), programs);
    QueryTableModel shown(TableSpec::indicators(), m_fixture->db->connection());
    QVERIFY2(shown.setFilter(chosen), qPrintable(shown.lastError()));
    QCOMPARE(columnTexts(shown, "indicator"), indicators);
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
