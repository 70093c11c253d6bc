#include "modelsupport.h"
#include "objectivetotals.h"

#include <QTest>

/// The totals per objective, from the totals the triggers keep and from the
/// results themselves.
class TestObjectiveTotals : public TestSupport::CatalogTest
{
    Q_OBJECT
private Q_SLOTS:
    void overviewSameFromKeptTotals();
};

void TestObjectiveTotals::overviewSameFromKeptTotals()
{
    // "nacional" is in every embedded result's text, so the overview read
    // from result (a text filter) and from result_total (none) must agree.
    std::vector<ObjectiveTotals> kept;
    std::vector<ObjectiveTotals> counted;
    QString error;
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), Filter{}, &kept, &error), qPrintable(error));
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), m_fixture->filter(QStringLiteral("text=nacional")), &counted,
                                     &error),
             qPrintable(error));
    QCOMPARE(kept.size(), size_t(5));
    QCOMPARE(kept.back().results, 8);
    QCOMPARE(counted.size(), kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        QCOMPARE(counted[i].objective, kept[i].objective);
        QCOMPARE(counted[i].programs, kept[i].programs);
        QCOMPARE(counted[i].results, kept[i].results);
        QCOMPARE(counted[i].budget, kept[i].budget);
        QCOMPARE(counted[i].beneficiaries, kept[i].beneficiaries);
        QCOMPARE(counted[i].perBeneficiary, kept[i].perBeneficiary);
        QCOMPARE(counted[i].units, kept[i].units);
        QCOMPARE(counted[i].unitBeneficiaries, kept[i].unitBeneficiaries);
    }
}

QTEST_GUILESS_MAIN(TestObjectiveTotals)
#include "tst_objectivetotals.moc"
