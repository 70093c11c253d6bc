#include "catalog.h"
#include "chartdata.h"
#include "csvexport.h"
#include "facetcounts.h"
#include "fixturereports.h"
#include "format.h"
#include "overviewmodel.h"
#include "querytablemodel.h"
#include "reportdata.h"
#include "tablespec.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/// Objectives belong to their report: with two services x two years in one
/// database (the test fixture of tests/support/fixturereports.h), each
/// report's objective 1 is its own row in the overview, the charts and the
/// report, named with its service and year, and the exports name each
/// row's service; a database of one report shows and writes what it always
/// did. On SQLite and PostgreSQL.
class TestSeveralReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overviewRowPerReportObjective();
    void objectiveNumberWithinEachReport();
    void programsKeepTheirReport();
    void objectiveCountsAreWhatTheTablesShow();
    void reportSectionPerReportObjective();
    void csvNamesTheServiceWithSeveralReports();

private:
    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    Catalog m_catalog;
};

void TestSeveralReports::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

namespace {

/// The overview as a person reads it: one line per row, the cells joined
/// by " | ".
QStringList overviewLines(const std::vector<ObjectiveTotals> &rows)
{
    QStringList lines;
    for (const ObjectiveTotals &row : rows) {
        QStringList cells;
        for (int column = 0; column < OverviewModel::ColumnCount; ++column)
            cells << OverviewModel::text(row, OverviewModel::Column(column));
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace

void TestSeveralReports::overviewRowPerReportObjective()
{
    // Report by report (service, then year), each objective of its own; the
    // same from the kept totals and from the results (a text filter that
    // every fixture row matches).
    const QStringList expected{
        QStringLiteral("Prueba (fixture) 2024 · 1. Prueba uno | 1 | 1.500 | 15 | 100,0 | empresas"),
        QStringLiteral("Prueba (fixture) 2024 · 2. Prueba dos | 1 | 300 | 3 | 100,0 | personas"),
        QStringLiteral("Prueba (fixture) 2025 · 1. Prueba uno | 1 | 2.000 | 52 | 38,5 | empresas, personas"),
        QStringLiteral("Prueba (fixture) 2025 · 2. Prueba dos | 1 | 600 | 6 | 100,0 | personas"),
        QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno | 1 | 2.000 | 20 | 100,0 | cooperativas"),
        QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno | 1 | 2.500 | 32 | 100,0 | cooperativas"),
        QStringLiteral("Total | 6 | 8.900 | — | — | empresas, personas, cooperativas"),
    };
    for (const QString &text : {QString(), QStringLiteral("fixture")}) {
        Filter filter;
        filter.text = text;
        std::vector<ObjectiveTotals> rows;
        QString error;
        QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), filter, &rows, &error), qPrintable(error));
        QCOMPARE(overviewLines(rows), expected);
    }
}

void TestSeveralReports::objectiveNumberWithinEachReport()
{
    // "Objetivo 1" of one service: its objective 1 in each of its years.
    Filter filter;
    filter.serviceId = m_catalog.findService(QStringLiteral("Prueba 2"), nullptr)->id;
    filter.objective = 1;
    std::vector<ObjectiveTotals> rows;
    QString error;
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), filter, &rows, &error), qPrintable(error));
    QCOMPARE(overviewLines(rows),
             (QStringList{
                 QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno | 1 | 2.000 | 20 | 100,0 | cooperativas"),
                 QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno | 1 | 2.500 | 32 | 100,0 | cooperativas"),
                 QStringLiteral("Total | 2 | 4.500 | 52 | 100,0 | cooperativas"),
             }));
    // One report chosen: its objectives alone, still named with the report
    // (the database holds several).
    filter = Filter{};
    filter.reportId = m_catalog.objectives().first().reportId;
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), filter, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows.front().reportId, *filter.reportId);
    QCOMPARE(rows.front().reportLabel, QString());
}

void TestSeveralReports::programsKeepTheirReport()
{
    // The shared program is one program, but its points are per report:
    // 2024's and 2025's figures are never added into one.
    ChartData data;
    QString error;
    QVERIFY2(data.load(m_fixture->db->connection(), Filter{}, &error), qPrintable(error));
    QStringList programs;
    for (const ChartData::Program &program : data.programs)
        programs << QStringLiteral("%1 | %2 | %3 %4")
                        .arg(program.label(), Format::integer(program.budget), Format::integer(program.beneficiaries),
                             program.unit);
    programs.sort();
    QCOMPARE(programs,
             (QStringList{
                 QStringLiteral("Programa compartido (fixture de Mirador) · Prueba (fixture) 2024 | 1.500 | 15 empresas"),
                 QStringLiteral("Programa compartido (fixture de Mirador) · Prueba (fixture) 2025 | 1.200 | 12 empresas"),
                 QStringLiteral("Programa compartido (fixture de Mirador) · Prueba (fixture) 2025 | 800 | 40 personas"),
                 QStringLiteral("Programa del segundo servicio (fixture de Mirador) · Prueba 2 (fixture) 2024 | 2.000 | 20 cooperativas"),
                 QStringLiteral("Programa del segundo servicio (fixture de Mirador) · Prueba 2 (fixture) 2025 | 2.500 | 25 cooperativas"),
                 QStringLiteral("Programa solo de 2024 (fixture de Mirador) · Prueba (fixture) 2024 | 300 | 3 personas"),
                 QStringLiteral("Programa solo de 2025 (fixture de Mirador) · Prueba (fixture) 2025 | 600 | 6 personas"),
             }));
    // Each word cloud is one report's objective.
    QStringList clouds;
    for (const ChartData::ObjectiveTexts &texts : data.texts)
        clouds << Catalog::name(texts.number, texts.shortName, texts.reportLabel);
    QCOMPARE(clouds, (QStringList{QStringLiteral("Prueba (fixture) 2024 · 1. Prueba uno"),
                                  QStringLiteral("Prueba (fixture) 2024 · 2. Prueba dos"),
                                  QStringLiteral("Prueba (fixture) 2025 · 1. Prueba uno"),
                                  QStringLiteral("Prueba (fixture) 2025 · 2. Prueba dos"),
                                  QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno"),
                                  QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno")}));
}

void TestSeveralReports::objectiveCountsAreWhatTheTablesShow()
{
    // The objective list counts each report's objective apart: the count of
    // an entry is what the tables show once it is chosen.
    FacetCounts counts;
    QString error;
    QVERIFY2(FacetCounts::read(m_fixture->db->connection(), Filter{}, &counts, &error), qPrintable(error));
    QueryTableModel results(TableSpec::results(), m_fixture->db->connection());
    QueryTableModel indicators(TableSpec::indicators(), m_fixture->db->connection());
    QCOMPARE(m_catalog.objectives().size(), 6);
    QStringList seen;
    for (const Catalog::Objective &objective : m_catalog.objectives()) {
        Filter chosen;
        chosen.objective = objective.number;
        chosen.reportId = objective.reportId;
        QVERIFY(results.setFilter(chosen));
        QVERIFY(indicators.setFilter(chosen));
        QTRY_VERIFY(results.totalRows() >= 0 && indicators.totalRows() >= 0);
        const FacetCounts::Count count = counts.count(FacetCounts::Objective, objective.id);
        QCOMPARE(count.results, results.totalRows());
        QCOMPARE(count.indicators, indicators.totalRows());
        seen << QStringLiteral("%1: %2 + %3").arg(objective.label()).arg(count.results).arg(count.indicators);
    }
    // Newest year first, as the Informe list.
    QCOMPARE(seen, (QStringList{QStringLiteral("Prueba (fixture) 2025 · 1. Prueba uno: 2 + 1"),
                                QStringLiteral("Prueba (fixture) 2025 · 2. Prueba dos: 1 + 0"),
                                QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno: 2 + 1"),
                                QStringLiteral("Prueba (fixture) 2024 · 1. Prueba uno: 2 + 1"),
                                QStringLiteral("Prueba (fixture) 2024 · 2. Prueba dos: 1 + 0"),
                                QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno: 1 + 0")}));
}

void TestSeveralReports::reportSectionPerReportObjective()
{
    ReportData data;
    QString error;
    QVERIFY2(data.load(m_fixture->db->connection(), m_catalog, Filter{}, &error), qPrintable(error));
    QStringList sections;
    for (const ReportData::Section &section : data.sections)
        sections << QStringLiteral("%1: %2").arg(section.objective.label()).arg(section.resultCount);
    QCOMPARE(sections, (QStringList{QStringLiteral("Prueba (fixture) 2025 · 1. Prueba uno: 2"),
                                    QStringLiteral("Prueba (fixture) 2025 · 2. Prueba dos: 1"),
                                    QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno: 2"),
                                    QStringLiteral("Prueba (fixture) 2024 · 1. Prueba uno: 2"),
                                    QStringLiteral("Prueba (fixture) 2024 · 2. Prueba dos: 1"),
                                    QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno: 1")}));
}

void TestSeveralReports::csvNamesTheServiceWithSeveralReports()
{
    QTemporaryDir dir;
    const QString several = dir.filePath(QStringLiteral("several.csv"));
    QString error;
    Filter filter;
    filter.programIds = {m_catalog.findPrograms(FixtureReports::secondServiceProgram, &error).first().id};
    QCOMPARE(CsvExport::write(m_fixture->db->connection(), TableSpec::results(), filter, several, &error), qint64(3));
    QFile file(several);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.first().endsWith(QStringLiteral(",review,source_page,service,synthetic")), qPrintable(lines.first()));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",Prueba 2 (fixture),1")), qPrintable(lines.at(1)));

    // One report: the file as it always was.
    TestSupport::Fixture single;
    MIRADOR_REQUIRE_BACKEND(single);
    const QString one = dir.filePath(QStringLiteral("one.csv"));
    QCOMPARE(CsvExport::write(single.db->connection(), TableSpec::results(), Filter{}, one, &error), qint64(8));
    QFile oneFile(one);
    QVERIFY(oneFile.open(QIODevice::ReadOnly));
    QVERIFY2(oneFile.readLine().trimmed().endsWith("budget_source,beneficiaries_source,call,review,source_page"),
             "the header of one report's file changed");
}

QTEST_MAIN(TestSeveralReports)
#include "tst_severalreports.moc"
