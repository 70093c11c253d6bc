#include "catalog.h"
#include "chartdata.h"
#include "fixturereports.h"
#include "testsupport.h"
#include "trenddata.h"

#include <QTest>

/// The Evolución chart's figures, year by year, on the fixture of two
/// services x 2024-2025 (tests/support/fixturereports.h), on SQLite and
/// PostgreSQL: services and units never added together, M$ per beneficiary
/// only of one unit, the filter's year and report dropped, the rest kept.
class TestTrendData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void perYear_data();
    void perYear();
    void chartDataCarriesTheTrend();

private:
    /// The trend under filter, a line per service and year: "service year |
    /// M$ budget | beneficiaries per unit | M$ per beneficiary".
    QString shown(const Filter &filter);

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    Catalog m_catalog;
};

void TestTrendData::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    if (!m_fixture->db)
        return;
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

QString TestTrendData::shown(const Filter &filter)
{
    TrendData trend;
    QString error;
    if (!TrendData::read(m_fixture->db->connection(), filter, &trend, &error))
        return QStringLiteral("ERROR ") + error;
    QStringList lines;
    for (const TrendData::Series &series : std::as_const(trend.series)) {
        for (const TrendData::Year &year : series.years) {
            QStringList units;
            for (const auto &[unit, beneficiaries] : year.unitBeneficiaries)
                units << QStringLiteral("%1 %2").arg(beneficiaries).arg(unit);
            lines << QStringLiteral("%1 %2 | M$ %3 | %4 | %5")
                         .arg(series.service)
                         .arg(year.year)
                         .arg(year.budget ? QString::number(*year.budget) : QStringLiteral("NULL"),
                              units.join(QStringLiteral(", ")),
                              year.perBeneficiary ? QString::number(*year.perBeneficiary, 'f', 1)
                                                  : QStringLiteral("NULL"));
        }
    }
    return lines.join(u'\n');
}

void TestTrendData::perYear_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QString first = QStringLiteral("Prueba (fixture)");
    const QString second = QStringLiteral("Prueba 2 (fixture)");
    // Each service apart; the first's years count empresas and personas,
    // so they have no M$ per beneficiary; the second's 2025 divides only
    // the Valparaíso row that has both figures (2.500 / 25), not Ñuble's 7.
    const QStringList everything{
        first + " 2024 | M$ 1800 | 15 empresas, 3 personas | NULL",
        first + " 2025 | M$ 2600 | 12 empresas, 46 personas | NULL",
        second + " 2024 | M$ 2000 | 20 cooperativas | 100.0",
        second + " 2025 | M$ 2500 | 32 cooperativas | 100.0",
    };
    QTest::newRow("no filter") << QString() << everything;
    // The trend shows every year whatever year is chosen.
    QTest::newRow("year") << QStringLiteral("year=2025") << everything;
    // The shared program: 1.500 M$ and 15 empresas, then 12 empresas and 40
    // personas kept apart, with no M$ per beneficiary that adds them.
    const QStringList shared{first + " 2024 | M$ 1500 | 15 empresas | 100.0",
                             first + " 2025 | M$ 2000 | 12 empresas, 40 personas | NULL"};
    QTest::newRow("program") << QStringLiteral("program=shared") << shared;
    // The same from the results themselves (a text filter).
    QTest::newRow("text") << QStringLiteral("text=compartido") << shared;
    QTest::newRow("second service") << QStringLiteral("service=second") << everything.mid(2);
    // A report stands for its service: all its years.
    QTest::newRow("report") << QStringLiteral("report=first 2025") << everything.mid(0, 2);
    QTest::newRow("region") << QStringLiteral("region=05")
                            << QStringList{second + " 2024 | M$ 2000 | 20 cooperativas | 100.0",
                                           second + " 2025 | M$ 2500 | 25 cooperativas | 100.0"};
    // Ñuble's row has beneficiaries and no budget: no budget, no cost.
    QTest::newRow("no budget") << QStringLiteral("region=16")
                               << QStringList{second + " 2025 | M$ NULL | 7 cooperativas | NULL"};
    // Objective 2 is each report's objective 2: only the first service has one.
    QTest::newRow("objective") << QStringLiteral("objective=2")
                               << QStringList{first + " 2024 | M$ 300 | 3 personas | 100.0",
                                              first + " 2025 | M$ 600 | 6 personas | 100.0"};
}

void TestTrendData::perYear()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    Filter chosen;
    const QString value = filter.section(u'=', 1);
    QString error;
    if (filter.startsWith(u"year"))
        chosen.year = value.toInt();
    if (filter.startsWith(u"objective"))
        chosen.objective = value.toInt();
    if (filter.startsWith(u"text"))
        chosen.text = value;
    if (filter.startsWith(u"program")) {
        const QList<Catalog::Program> programs = m_catalog.findPrograms(FixtureReports::sharedProgram, &error);
        QCOMPARE(programs.size(), 1);
        chosen.programIds = {programs.first().id};
    }
    if (filter.startsWith(u"region")) {
        const auto region = m_catalog.findRegion(value, &error);
        QVERIFY2(region, qPrintable(error));
        chosen.regionId = region->id;
    }
    if (filter.startsWith(u"service")) {
        const auto service = m_catalog.findService(FixtureReports::secondService, &error);
        QVERIFY2(service, qPrintable(error));
        chosen.serviceId = service->id;
    }
    if (filter.startsWith(u"report")) {
        for (const Catalog::ReportInfo &report : m_catalog.reports()) {
            if (report.serviceName == FixtureReports::service && report.year == 2025)
                chosen.reportId = report.id;
        }
        QVERIFY(chosen.reportId);
    }
    QCOMPARE(shown(chosen), expected.join(u'\n'));
}

void TestTrendData::chartDataCarriesTheTrend()
{
    // What the chart draws comes with the rest of the chart data, and says
    // the filter it applied: no year, no report, the report's service.
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    Filter filter;
    filter.year = 2024;
    for (const Catalog::ReportInfo &report : m_catalog.reports()) {
        if (report.serviceName == FixtureReports::secondService && report.year == 2024) {
            filter.reportId = report.id;
            filter.reportLabel = report.label();
        }
    }
    QVERIFY(filter.reportId);
    ChartData data;
    QString error;
    QVERIFY2(data.load(m_fixture->db->connection(), filter, &error), qPrintable(error));
    QCOMPARE(data.trend.years(), (QList<int>{2024, 2025}));
    QCOMPARE(data.trend.series.size(), 1);
    QCOMPARE(data.trend.series.first().service, QStringLiteral("Prueba 2 (fixture)"));
    QCOMPARE(data.trend.filter.describe(), QStringLiteral("Servicio: Prueba 2 (fixture)"));
    QCOMPARE(data.trend.units(), QStringList{QStringLiteral("cooperativas")});
}

QTEST_GUILESS_MAIN(TestTrendData)
#include "tst_trenddata.moc"
