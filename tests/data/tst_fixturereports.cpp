#include "fixturereports.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

/// The test fixture of several reports (tests/support/fixturereports.h) has
/// what it says, on SQLite and PostgreSQL: 2 services x 2 years, a program
/// matched across years, a program of one year only, two units of one
/// program kept apart, indicators and milestones; all marked as a fixture
/// and synthetic, and Sercotec's real report left as it is beside it.
class TestFixtureReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoServicesTwoYears();
    void sharedProgramIsOneRowInBothYears();
    void differingUnitsAreKeptApart();
    void indicatorsAndMilestones();
    void markedAsFixtureAndSynthetic();
    void besideTheEmbeddedReport();

private:
    /// Every row of sql, its fields joined by ' ', the rows by '\n'.
    QString rows(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
};

void TestFixtureReports::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
}

QString TestFixtureReports::rows(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_fixture->db->connection());
    if (!q.prepare(sql))
        return QStringLiteral("error: ") + q.lastError().text();
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return QStringLiteral("error: ") + q.lastError().text();
    QStringList lines;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        lines << fields.join(u' ');
    }
    return lines.join(u'\n');
}

void TestFixtureReports::twoServicesTwoYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QCOMPARE(
        rows(QStringLiteral("SELECT s.name, r.year, COUNT(o.id) FROM report r JOIN service s ON s.id = r.service_id "
                            "JOIN objective o ON o.report_id = r.id GROUP BY s.id, s.name, r.year "
                            "ORDER BY s.id, r.year")),
        QStringList({FixtureReports::service + " 2024 2", FixtureReports::service + " 2025 2",
                     FixtureReports::secondService + " 2024 1", FixtureReports::secondService + " 2025 1"})
            .join(u'\n'));
    // The same objective titles both years; an action each.
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(DISTINCT title), COUNT(*) FROM objective")), QStringLiteral("3 6"));
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM action")), QStringLiteral("6"));
    // A result is of its report's year.
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM result r JOIN objective o ON o.id = r.objective_id "
                                 "JOIN report p ON p.id = o.report_id WHERE p.year <> r.year")),
             QStringLiteral("0"));
}

void TestFixtureReports::sharedProgramIsOneRowInBothYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QCOMPARE(
        rows(QStringLiteral("SELECT p.name, MIN(r.year), MAX(r.year), COUNT(DISTINCT s.id) FROM program p "
                            "JOIN result r ON r.program_id = p.id JOIN objective o ON o.id = r.objective_id "
                            "JOIN report rp ON rp.id = o.report_id JOIN service s ON s.id = rp.service_id "
                            "GROUP BY p.id, p.name ORDER BY p.id")),
        QStringList({FixtureReports::sharedProgram + " 2024 2025 1", FixtureReports::firstYearProgram + " 2024 2024 1",
                     FixtureReports::lastYearProgram + " 2025 2025 1",
                     FixtureReports::secondServiceProgram + " 2024 2025 1"})
            .join(u'\n'));
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM program")), QStringLiteral("4"));
}

void TestFixtureReports::differingUnitsAreKeptApart()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    // 2025: 1.200 M$ for 12 empresas and 800 M$ for 40 personas, never 52 of anything.
    const QString totals = QStringLiteral(
        "SELECT t.year, t.beneficiary_unit, SUM(t.budget_mclp), SUM(t.beneficiaries) FROM result_total t "
        "JOIN program p ON p.id = t.program_id WHERE p.name = ? GROUP BY t.year, t.beneficiary_unit "
        "ORDER BY t.year, t.beneficiary_unit");
    QCOMPARE(rows(totals, {FixtureReports::sharedProgram}),
             QStringLiteral("2024 empresas 1500 15\n2025 empresas 1200 12\n2025 personas 800 40"));
    QCOMPARE(TestSupport::resultTotals(m_fixture->db->connection(), true),
             TestSupport::resultTotals(m_fixture->db->connection(), false));
    // A result without a budget keeps it missing, not 0.
    QCOMPARE(rows(QStringLiteral("SELECT g.code, r.budget_mclp, r.beneficiaries FROM result r "
                                 "JOIN region g ON g.id = r.region_id WHERE r.budget_mclp IS NULL")),
             QStringLiteral("16 NULL 7"));
}

void TestFixtureReports::indicatorsAndMilestones()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QCOMPARE(
        rows(QStringLiteral("SELECT i.year, i.name, i.value, i.unit, COALESCE(p.name, '-'), g.code "
                            "FROM indicator i LEFT JOIN program p ON p.id = i.program_id "
                            "JOIN region g ON g.id = i.region_id ORDER BY i.id")),
        QStringList({QStringLiteral("2024 Asesorías de prueba 40 asesorías %1 13").arg(FixtureReports::sharedProgram),
                     QStringLiteral("2025 Asesorías de prueba 55 asesorías %1 13").arg(FixtureReports::sharedProgram),
                     QStringLiteral("2025 Satisfacción de prueba 87.5 % - 00")})
            .join(u'\n'));
    QCOMPARE(rows(QStringLiteral("SELECT s.short_name, rp.year, m.kind, m.title FROM milestone m "
                                 "JOIN objective o ON o.id = m.objective_id JOIN report rp ON rp.id = o.report_id "
                                 "JOIN service s ON s.id = rp.service_id ORDER BY m.id")),
             QStringLiteral("Prueba (fixture) 2024 convenio Convenio de prueba (fixture de Mirador)\n"
                            "Prueba 2 (fixture) 2025 publicación Publicación de prueba (fixture de Mirador)"));
}

void TestFixtureReports::markedAsFixtureAndSynthetic()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM report WHERE synthetic = 1 AND source_name LIKE 'fixture%'")),
             QStringLiteral("4"));
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM service WHERE name NOT LIKE '%(fixture de Mirador)'")),
             QStringLiteral("0"));
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM program WHERE name NOT LIKE '%(fixture de Mirador)'")),
             QStringLiteral("0"));
    for (const char *table : {"result", "indicator", "milestone"}) {
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE source_quote NOT LIKE "
                                     "'Fixture de prueba de Mirador, cifra inventada: %'")
                          .arg(QLatin1String(table))),
                 QStringLiteral("0"));
    }
}

void TestFixtureReports::besideTheEmbeddedReport()
{
    // Sercotec's real 2025 report stays one report, its figures as transcribed and not synthetic;
    // the fixture adds no year to it.
    TestSupport::MultiReportFixture both(Database::Content::EmbeddedDataset);
    MIRADOR_REQUIRE_BACKEND(both);
    QSqlQuery q(both.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.short_name, r.year, r.synthetic, COUNT(res.id) FROM report r "
                                  "JOIN service s ON s.id = r.service_id JOIN objective o ON o.report_id = r.id "
                                  "LEFT JOIN result res ON res.objective_id = o.id "
                                  "GROUP BY s.id, s.short_name, r.year, r.synthetic ORDER BY s.id, r.year")));
    QStringList reports;
    while (q.next())
        reports << QStringLiteral("%1 %2 %3 %4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    QCOMPARE(reports,
             (QStringList{"Sercotec 2025 0 8", "Prueba (fixture) 2024 1 3", "Prueba (fixture) 2025 1 3",
                          "Prueba 2 (fixture) 2024 1 1", "Prueba 2 (fixture) 2025 1 2"}));
}

QTEST_GUILESS_MAIN(TestFixtureReports)
#include "tst_fixturereports.moc"
