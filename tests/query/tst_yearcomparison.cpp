#include "catalog.h"
#include "fixturereports.h"
#include "reportdata.h"
#include "testsupport.h"
#include "yearcomparison.h"

#include <QTest>

/// The two-year report's figures (export-pdf --compare): one service's
/// objectives matched by number, programs by name, beneficiaries kept per
/// unit, every change a FigureChange; and the errors when the two reports
/// cannot be chosen. On the test fixture of two services x two years
/// (tests/support/fixturereports.h), on SQLite and PostgreSQL.
class TestYearComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void objectiveInBothYears();
    void programOfOneYearIsMarked();
    void filterYearIsTheOtherSide();
    void serviceWithAFigureMissing();
    void refusesWhatCannotBeCompared_data();
    void refusesWhatCannotBeCompared();
    void reportsInScope();

private:
    /// The comparison of service's year (or its latest) with compareYear.
    YearComparison compare(const QString &service, int compareYear, std::optional<int> year = std::nullopt);
    /// A line as the report prints it: "name | before | after | change | percent".
    static QString shown(const YearComparison::Line &line);
    static QStringList shown(const QList<YearComparison::Line> &lines);

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    Catalog m_catalog;
};

void TestYearComparison::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    if (!m_fixture->db)
        return;
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

YearComparison TestYearComparison::compare(const QString &service, int compareYear, std::optional<int> year)
{
    Filter filter;
    QString error;
    const auto found = m_catalog.findService(service, &error);
    if (!found)
        qFatal("service: %s", qPrintable(error));
    filter.serviceId = found->id;
    filter.serviceLabel = found->shortName;
    filter.year = year;
    YearComparison comparison;
    if (!comparison.load(m_fixture->db->connection(), m_catalog, filter, compareYear, &error))
        qFatal("comparison: %s", qPrintable(error));
    return comparison;
}

QString TestYearComparison::shown(const YearComparison::Line &line)
{
    const auto figure
        = [](const std::optional<qint64> &value) { return value ? Format::integer(*value) : QStringLiteral("none"); };
    const auto ratio
        = [](const std::optional<double> &value) { return value ? Format::decimal(*value) : QStringLiteral("none"); };
    switch (line.kind) {
    case YearComparison::Line::Kind::Budget:
        return QStringLiteral("budget | %1 | %2 | %3 | %4")
            .arg(figure(line.figures.before), figure(line.figures.after), line.figures.changeText(),
                 line.figures.percentText());
    case YearComparison::Line::Kind::Beneficiaries:
        return QStringLiteral("%1 | %2 | %3 | %4 | %5")
            .arg(line.unit, figure(line.figures.before), figure(line.figures.after), line.figures.changeText(),
                 line.figures.percentText());
    case YearComparison::Line::Kind::PerBeneficiary:
        return QStringLiteral("M$ per %1 | %2 | %3 | %4 | %5")
            .arg(line.unit, ratio(line.perBefore), ratio(line.perAfter), line.figures.changeText(),
                 line.figures.percentText());
    }
    return {};
}

QStringList TestYearComparison::shown(const QList<YearComparison::Line> &lines)
{
    QStringList texts;
    for (const YearComparison::Line &line : lines)
        texts << shown(line);
    return texts;
}

void TestYearComparison::objectiveInBothYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const YearComparison years = compare(FixtureReports::service, FixtureReports::firstYear);
    // No --year: the service's latest, 2025, beside 2024; the earlier first.
    QCOMPARE(years.before.year, 2024);
    QCOMPARE(years.after.year, 2025);
    QCOMPARE(years.before.serviceName, FixtureReports::service);
    QVERIFY(years.synthetic);
    QCOMPARE(years.objectives.size(), 2);
    const YearComparison::Objective &first = years.objectives.at(0);
    QCOMPARE(first.number, 1);
    QCOMPARE(first.titleBefore.shortName, QStringLiteral("Prueba uno"));
    QCOMPARE(first.titleAfter.shortName, QStringLiteral("Prueba uno"));
    // 1.000 + 500 M$ and 10 + 5 empresas in 2024; 1.200 M$ for 12 empresas
    // and 800 M$ for 40 personas in 2025: the personas are never added to
    // the empresas (no 52), and each unit has its own M$ per beneficiary.
    QCOMPARE(shown(first.lines()),
             QStringList({
                 QStringLiteral("budget | 1.500 | 2.000 | +500 | +33,3 %"),
                 QStringLiteral("empresas | 15 | 12 | \u22123 | \u221220 %"),
                 QStringLiteral("personas | none | 40 |  | "),
                 QStringLiteral("M$ per empresas | 100 | 100 | 0 | 0 %"),
                 QStringLiteral("M$ per personas | none | 20 |  | "),
             }));
    QCOMPARE(first.programs.size(), 1);
    QCOMPARE(first.programs.at(0).name, FixtureReports::sharedProgram);
    QCOMPARE(shown(first.programs.at(0).lines()), shown(first.lines()));
}

void TestYearComparison::programOfOneYearIsMarked()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const YearComparison years = compare(FixtureReports::service, FixtureReports::firstYear);
    const YearComparison::Objective &second = years.objectives.at(1);
    QCOMPARE(second.number, 2);
    QCOMPARE(shown(second.lines()),
             QStringList({
                 QStringLiteral("budget | 300 | 600 | +300 | +100 %"),
                 QStringLiteral("personas | 3 | 6 | +3 | +100 %"),
                 QStringLiteral("M$ per personas | 100 | 100 | 0 | 0 %"),
             }));
    QCOMPARE(second.programs.size(), 2);
    const YearComparison::Program &only2024 = second.programs.at(0);
    const YearComparison::Program &only2025 = second.programs.at(1);
    QCOMPARE(only2024.name, FixtureReports::firstYearProgram);
    QVERIFY(only2024.before && !only2024.after);
    QCOMPARE(only2025.name, FixtureReports::lastYearProgram);
    QVERIFY(!only2025.before && only2025.after);
    // A program of one year has no change: nothing is taken as zero.
    QCOMPARE(shown(only2024.lines()).first(), QStringLiteral("budget | 300 | none |  | "));
    QCOMPARE(shown(only2025.lines()).first(), QStringLiteral("budget | none | 600 |  | "));
}

void TestYearComparison::filterYearIsTheOtherSide()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    // --year 2024 --compare 2025 is the same comparison, the earlier first.
    const YearComparison years = compare(FixtureReports::service, FixtureReports::lastYear, FixtureReports::firstYear);
    QCOMPARE(years.before.year, 2024);
    QCOMPARE(years.after.year, 2025);
    QCOMPARE(shown(years.objectives.at(0).lines()).first(), QStringLiteral("budget | 1.500 | 2.000 | +500 | +33,3 %"));
    QVERIFY(!years.filter.year);
}

void TestYearComparison::serviceWithAFigureMissing()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const YearComparison years = compare(FixtureReports::secondService, FixtureReports::firstYear);
    QCOMPARE(years.objectives.size(), 1);
    // Ñuble's 7 cooperativas of 2025 have no budget: counted as
    // beneficiaries, left out of M$ per beneficiary (2.500 / 25).
    QCOMPARE(shown(years.objectives.at(0).lines()),
             QStringList({
                 QStringLiteral("budget | 2.000 | 2.500 | +500 | +25 %"),
                 QStringLiteral("cooperativas | 20 | 32 | +12 | +60 %"),
                 QStringLiteral("M$ per cooperativas | 100 | 100 | 0 | 0 %"),
             }));
}

void TestYearComparison::refusesWhatCannotBeCompared_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("compareYear");
    QTest::addColumn<QStringList>("said");
    QTest::newRow("several services, none chosen")
        << QString() << 0 << 2024
        << QStringList{QStringLiteral("2 servicios"), QStringLiteral("«Prueba (fixture)»"),
                       QStringLiteral("«Prueba 2 (fixture)»")};
    QTest::newRow("no report that year") << FixtureReports::service << 0 << 2023
                                         << QStringList{QStringLiteral("Prueba (fixture) no tiene informe de 2023"),
                                                        QStringLiteral("tiene de: 2024, 2025")};
    QTest::newRow("filter's year without a report")
        << FixtureReports::service << 2031 << 2024
        << QStringList{QStringLiteral("Prueba (fixture) no tiene informe de 2031")};
    QTest::newRow("the same year") << FixtureReports::service << 2024 << 2024
                                   << QStringList{QStringLiteral("no se puede comparar Prueba (fixture) 2024 consigo "
                                                                 "mismo")};
    QTest::newRow("the latest year with itself")
        << FixtureReports::service << 0 << 2025
        << QStringList{QStringLiteral("no se puede comparar Prueba (fixture) 2025 consigo mismo")};
}

void TestYearComparison::refusesWhatCannotBeCompared()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QFETCH(QString, service);
    QFETCH(int, year);
    QFETCH(int, compareYear);
    QFETCH(QStringList, said);
    Filter filter;
    QString error;
    if (!service.isEmpty())
        filter.serviceId = m_catalog.findService(service, &error)->id;
    if (year)
        filter.year = year;
    YearComparison comparison;
    QVERIFY(!comparison.load(m_fixture->db->connection(), m_catalog, filter, compareYear, &error));
    for (const QString &words : said)
        QVERIFY2(error.contains(words), qPrintable(error));
}

void TestYearComparison::reportsInScope()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const auto labels = [this](const Filter &filter) {
        QStringList names;
        for (const Catalog::ReportInfo &report : ReportData::inScope(m_catalog, filter))
            names << report.label();
        return names;
    };
    QCOMPARE(labels(Filter{}).size(), 4);
    Filter service;
    QString error;
    service.serviceId = m_catalog.findService(FixtureReports::secondService, &error)->id;
    QCOMPARE(labels(service),
             QStringList({QStringLiteral("Prueba 2 (fixture) 2025"), QStringLiteral("Prueba 2 (fixture) 2024")}));
    service.year = 2024;
    QCOMPARE(labels(service), QStringList({QStringLiteral("Prueba 2 (fixture) 2024")}));
    // One report in scope is the one the cover names.
    ReportData data;
    QVERIFY2(data.load(m_fixture->db->connection(), m_catalog, service, &error), qPrintable(error));
    QCOMPARE(data.report.label(), QStringLiteral("Prueba 2 (fixture) 2024"));
}

QTEST_GUILESS_MAIN(TestYearComparison)
#include "tst_yearcomparison.moc"
