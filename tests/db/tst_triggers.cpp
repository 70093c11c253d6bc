#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using TestSupport::Fixture;

/// The triggers that keep result_total, the totals the overview reads.
class TestTriggers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keptTotalsFollowEveryChange();
};

void TestTriggers::keptTotalsFollowEveryChange()
{
    // Every kind of write to result, by anyone: the triggers keep
    // result_total equal to a GROUP BY over result after each.
    Fixture fixture;
    MIRADOR_REQUIRE_BACKEND(fixture);
    const QSqlDatabase db = fixture.db->connection();
    QCOMPARE(TestSupport::resultTotals(db, true), TestSupport::resultTotals(db, false));
    const QStringList changes{
        // A second call of an existing result; rows without a budget, without
        // beneficiaries, without a unit.
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, search_text, call) SELECT objective_id, program_id, region_id, "
                       "year, 1000, 7, beneficiary_unit, 'x', 'x', 'C-1' FROM result WHERE id = 1"),
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, search_text, call) SELECT objective_id, program_id, region_id, "
                       "year, NULL, 5, beneficiary_unit, 'x', 'x', 'C-2' FROM result WHERE id = 1"),
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, search_text, call) SELECT objective_id, program_id, region_id, "
                       "year + 1, 300, NULL, NULL, 'x', 'x', 'C-3' FROM result WHERE id = 2"),
        // Figures to none and back, a unit, a move to another objective and year.
        QStringLiteral("UPDATE result SET budget_mclp = NULL WHERE id = 3"),
        QStringLiteral("UPDATE result SET beneficiaries = beneficiaries + 10, budget_mclp = 5 WHERE id = 3"),
        QStringLiteral("UPDATE result SET beneficiary_unit = 'personas' WHERE id = 4"),
        QStringLiteral("UPDATE result SET objective_id = (SELECT MAX(id) FROM objective), year = 2030 WHERE id = 5"),
        QStringLiteral("UPDATE result SET note = 'nada cambia' WHERE id = 6"),
        // The last row of a group, then every row of another.
        QStringLiteral("DELETE FROM result WHERE id = 7"),
        QStringLiteral("DELETE FROM result WHERE call IS NOT NULL"),
    };
    for (const QString &change : changes) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(change), qPrintable(change + u' ' + query.lastError().text()));
        QCOMPARE(TestSupport::resultTotals(db, true), TestSupport::resultTotals(db, false));
    }
    // The deleted group left no line behind.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM result_total WHERE result_rows = 0")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM result_total")) && query.next());
    QCOMPARE(query.value(0).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestTriggers)
#include "tst_triggers.moc"
