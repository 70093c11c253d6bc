#include "catalog.h"
#include "comparison.h"
#include "comparisoncsv.h"
#include "fixturereports.h"

#include <QTest>

/// The comparison table of two reports on the multi-report fixture, on
/// SQLite and PostgreSQL: a program matched across years by its id, its
/// changes as FigureChange computes them, units never added together, and a
/// program of one report only marked as such. Each case runs from the
/// totals the triggers keep (no text) and from the rows (a text filter
/// every fixture row matches): both must give the same lines.
class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneServiceTwoYears_data();
    void oneServiceTwoYears();
    void rowWithoutBudgetLowersNoCost_data();
    void rowWithoutBudgetLowersNoCost();
    void filterAppliesWithinEachReport();
    void objectiveFilterDoesNotApply();
    void sameReportTwiceIsRefused();
    void defaultsAreTheServicesTwoLatestYears();
    void csvHasPlainNumbers();

private:
    Catalog::ReportInfo report(const QString &serviceName, int year) const;
    /// The comparison's lines as a person reads them: program, figure, the
    /// two figures, change, change in %, note, joined by " | ".
    QStringList lines(const Comparison &comparison) const;
    Comparison compare(const QString &serviceName, const Filter &filter);

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    Catalog m_catalog;
};

namespace {

/// Text every fixture row's search text holds: the same figures must come
/// from result rather than from result_total.
const QString everyRow = QStringLiteral("inventada");
const QString minus = QStringLiteral("\u2212");

void addSources()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("kept totals") << QString();
    QTest::newRow("rows (text filter)") << everyRow;
}

} // namespace

void TestComparison::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

Catalog::ReportInfo TestComparison::report(const QString &serviceName, int year) const
{
    for (const Catalog::ReportInfo &info : m_catalog.reports()) {
        if (info.serviceName == serviceName && info.year == year)
            return info;
    }
    return {};
}

QStringList TestComparison::lines(const Comparison &comparison) const
{
    QStringList shown;
    for (const Comparison::Line &line : comparison.lines)
        shown << QStringList{line.program,
                             line.figureText(),
                             Comparison::valueText(line, false),
                             Comparison::valueText(line, true),
                             line.change.changeText(),
                             line.change.percentText(),
                             comparison.note(line)}
                     .join(QStringLiteral(" | "));
    return shown;
}

Comparison TestComparison::compare(const QString &serviceName, const Filter &filter)
{
    Comparison comparison;
    QString error;
    const bool read = Comparison::read(m_fixture->db->connection(), report(serviceName, FixtureReports::firstYear),
                                       report(serviceName, FixtureReports::lastYear), filter, &comparison, &error);
    if (!read)
        qWarning("Comparison::read: %s", qPrintable(error));
    return comparison;
}

void TestComparison::oneServiceTwoYears_data()
{
    addSources();
}

void TestComparison::oneServiceTwoYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QFETCH(QString, text);
    Filter filter;
    filter.text = text;
    const Comparison comparison = compare(FixtureReports::service, filter);
    const QString shared = FixtureReports::sharedProgram;
    const QString first = FixtureReports::firstYearProgram;
    const QString last = FixtureReports::lastYearProgram;
    QCOMPARE(comparison.earlierName(), QStringLiteral("2024"));
    QCOMPARE(comparison.laterName(), QStringLiteral("2025"));
    // 1.000 + 500 M$ in 2024, 1.200 + 800 in 2025: one program, matched by
    // its id. Its 15 empresas become 12; its 40 personas of 2025 are a unit
    // of their own, never added to the empresas.
    QCOMPARE(lines(comparison),
             (QStringList{
                 shared + " | Presupuesto (M$) | 1.500 | 2.000 | +500 | +33,3 % | ",
                 shared + " | Beneficiarios (empresas) | 15 | 12 | " + minus + "3 | " + minus + "20 % | ",
                 shared + " | M$ por empresa | 100,0 | 100,0 | 0 | 0 % | ",
                 shared + " | Beneficiarios (personas) |  | 40 |  |  | unidad solo en 2025",
                 shared + " | M$ por persona |  | 20,0 |  |  | unidad solo en 2025",
                 first + " | Presupuesto (M$) | 300 |  |  |  | solo en 2024",
                 first + " | Beneficiarios (personas) | 3 |  |  |  | solo en 2024",
                 first + " | M$ por persona | 100,0 |  |  |  | solo en 2024",
                 last + " | Presupuesto (M$) |  | 600 |  |  | solo en 2025",
                 last + " | Beneficiarios (personas) |  | 6 |  |  | solo en 2025",
                 last + " | M$ por persona |  | 100,0 |  |  | solo en 2025",
             }));
}

void TestComparison::rowWithoutBudgetLowersNoCost_data()
{
    addSources();
}

void TestComparison::rowWithoutBudgetLowersNoCost()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QFETCH(QString, text);
    Filter filter;
    filter.text = text;
    // 2025: Valparaíso 2.500 M$ for 25 cooperativas, Ñuble 7 without a
    // budget. The 7 count among the beneficiaries, not in M$ per
    // beneficiary, which only rows with both figures give.
    const QString program = FixtureReports::secondServiceProgram;
    QCOMPARE(lines(compare(FixtureReports::secondService, filter)),
             (QStringList{
                 program + " | Presupuesto (M$) | 2.000 | 2.500 | +500 | +25 % | ",
                 program + " | Beneficiarios (cooperativas) | 20 | 32 | +12 | +60 % | ",
                 program + " | M$ por cooperativa | 100,0 | 100,0 | 0 | 0 % | ",
             }));
}

void TestComparison::filterAppliesWithinEachReport()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    // Biobío: 500 M$ for 5 empresas in 2024, 800 M$ for 40 personas in 2025.
    Filter filter;
    QString error;
    const std::optional<Catalog::Region> biobio = m_catalog.findRegion(QStringLiteral("08"), &error);
    QVERIFY2(biobio, qPrintable(error));
    filter.regionId = biobio->id;
    const QString shared = FixtureReports::sharedProgram;
    QCOMPARE(lines(compare(FixtureReports::service, filter)),
             (QStringList{
                 shared + " | Presupuesto (M$) | 500 | 800 | +300 | +60 % | ",
                 shared + " | Beneficiarios (empresas) | 5 |  |  |  | unidad solo en 2024",
                 shared + " | M$ por empresa | 100,0 |  |  |  | unidad solo en 2024",
                 shared + " | Beneficiarios (personas) |  | 40 |  |  | unidad solo en 2025",
                 shared + " | M$ por persona |  | 20,0 |  |  | unidad solo en 2025",
             }));
    // A program chosen: that program alone.
    Filter program;
    for (const Catalog::Program &found : m_catalog.findPrograms(FixtureReports::firstYearProgram, &error))
        program.programIds << found.id;
    QCOMPARE(lines(compare(FixtureReports::service, program)),
             (QStringList{
                 FixtureReports::firstYearProgram + " | Presupuesto (M$) | 300 |  |  |  | solo en 2024",
                 FixtureReports::firstYearProgram + " | Beneficiarios (personas) | 3 |  |  |  | solo en 2024",
                 FixtureReports::firstYearProgram + " | M$ por persona | 100,0 |  |  |  | solo en 2024",
             }));
}

void TestComparison::objectiveFilterDoesNotApply()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    // Objective 2 of the window's filter is not objective 2 of both reports:
    // the comparison leaves it out, as it does the service, report and year
    // (the two reports take their place).
    Filter filter;
    filter.objective = 2;
    filter.year = FixtureReports::lastYear;
    filter.reportId = report(FixtureReports::secondService, FixtureReports::lastYear).id;
    QCOMPARE(lines(compare(FixtureReports::service, filter)), lines(compare(FixtureReports::service, Filter{})));
    QCOMPARE(lines(compare(FixtureReports::service, Filter{})).size(), 11);
}

void TestComparison::sameReportTwiceIsRefused()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    Comparison comparison;
    QString error;
    const Catalog::ReportInfo one = report(FixtureReports::service, FixtureReports::lastYear);
    QVERIFY(!Comparison::read(m_fixture->db->connection(), one, one, Filter{}, &comparison, &error));
    QCOMPARE(error, QStringLiteral("Es el mismo informe dos veces: elija dos informes distintos."));
    QVERIFY(comparison.lines.isEmpty());
}

void TestComparison::defaultsAreTheServicesTwoLatestYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    for (const QString &service : {FixtureReports::service, FixtureReports::secondService}) {
        Filter byService;
        byService.serviceId = report(service, FixtureReports::lastYear).serviceId;
        auto chosen = Comparison::defaultReports(m_catalog, byService);
        QVERIFY(chosen);
        QCOMPARE(chosen->first.id, report(service, FixtureReports::firstYear).id);
        QCOMPARE(chosen->second.id, report(service, FixtureReports::lastYear).id);
        // A report chosen stands for its service.
        Filter byReport;
        byReport.reportId = report(service, FixtureReports::firstYear).id;
        chosen = Comparison::defaultReports(m_catalog, byReport);
        QVERIFY(chosen);
        QCOMPARE(chosen->first.id, report(service, FixtureReports::firstYear).id);
        QCOMPARE(chosen->second.id, report(service, FixtureReports::lastYear).id);
    }
    // No service chosen: two reports of one service, the later second.
    const auto chosen = Comparison::defaultReports(m_catalog, Filter{});
    QVERIFY(chosen);
    QCOMPARE(chosen->first.serviceId, chosen->second.serviceId);
    QCOMPARE(chosen->first.year, FixtureReports::firstYear);
    QCOMPARE(chosen->second.year, FixtureReports::lastYear);
}

void TestComparison::csvHasPlainNumbers()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const Comparison comparison = compare(FixtureReports::service, Filter{});
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("comparacion.csv"));
    QString error;
    QCOMPARE(ComparisonCsv::write(comparison, true, fileName, m_fixture->path(), &error), qint64(11));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList written = QString::fromUtf8(file.readAll()).split(u'\n');
    const QString shared = FixtureReports::sharedProgram;
    QCOMPARE(written.mid(0, 6),
             (QStringList{
                 QStringLiteral("program,figure,unit,2024,2025,change,change_percent,only_in,synthetic"),
                 shared + ",budget_mclp,,1500,2000,500,33.3,,1",
                 shared + ",beneficiaries,empresas,15,12,-3,-20,,1",
                 shared + ",mclp_per_beneficiary,empresas,100,100,0,0,,1",
                 shared + ",beneficiaries,personas,,40,,,2025,1",
                 shared + ",mclp_per_beneficiary,personas,,20,,,2025,1",
             }));
    QCOMPARE(written.at(6), FixtureReports::firstYearProgram + ",budget_mclp,,300,,,,2024,1");
    QCOMPARE(written.size(), 13); // the header, 11 lines, and the last line's end
    // Never over the database read.
    if (TestSupport::testingPostgres())
        return;
    QCOMPARE(ComparisonCsv::write(comparison, true, m_fixture->path(), m_fixture->path(), &error), qint64(-1));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
