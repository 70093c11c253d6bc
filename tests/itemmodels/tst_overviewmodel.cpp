#include "modelsupport.h"
#include "overviewmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

/// The overview: one line per objective and a total, under the filter.
class TestOverviewModel : public TestSupport::CatalogTest
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester_data();
    void modelTester();
    void overviewPerObjective();
    void overviewFollowsFilter();
    void overviewTotalAddsNoUnlikeUnits();
};

void TestOverviewModel::modelTester_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addRow("overview all") << "";
    QTest::addRow("overview objective 2") << "objective=2";
    QTest::addRow("overview none") << "text=zzzz";
}

void TestOverviewModel::modelTester()
{
    QFETCH(QString, filter);
    OverviewModel model(m_fixture->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter(m_fixture->filter(filter)));
    QVERIFY(model.setFilter(Filter{}));
}

void TestOverviewModel::overviewPerObjective()
{
    OverviewModel model(m_fixture->db->connection());
    QVERIFY2(model.setFilter(Filter{}), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    const auto &rows = model.rows();
    QCOMPARE(*rows[0].objective, 1);
    QCOMPARE(*rows[0].budget, 7732882LL);
    QCOMPARE(*rows[0].beneficiaries, 384LL);
    QCOMPARE(rows[0].units, (QStringList{"barrios", "gremios", "organizaciones", "proyectos asociativos"}));
    QCOMPARE(*rows[1].budget, 131287LL);
    QCOMPARE(*rows[2].budget, 3846665LL);
    QCOMPARE(*rows[3].budget, 1512929LL + 4195051LL);
    QCOMPARE(*rows[3].beneficiaries, 309LL + 896LL);
    QVERIFY(!rows[4].objective);
    QCOMPARE(*rows[4].budget, 17418814LL);
    // What a user reads in the table.
    QCOMPARE(model.index(0, OverviewModel::BudgetColumn).data().toString(), QStringLiteral("7.732.882"));
    QCOMPARE(model.index(0, OverviewModel::PerBeneficiaryColumn).data().toString(), QStringLiteral("20.137,7"));
    QCOMPARE(model.index(4, OverviewModel::ObjectiveColumn).data().toString(), QStringLiteral("Total"));
    QCOMPARE(model.index(4, OverviewModel::BudgetColumn).data().toString(), QStringLiteral("17.418.814"));
}

void TestOverviewModel::overviewFollowsFilter()
{
    OverviewModel model(m_fixture->db->connection());
    QVERIFY(model.setFilter(m_fixture->filter(QStringLiteral("program=ferias libres"))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(*model.rows()[0].budget, 2509474LL);
    QCOMPARE(*model.rows()[1].budget, 2509474LL);
    QVERIFY(model.setFilter(m_fixture->filter(QStringLiteral("region=XIV"))));
    QCOMPARE(model.rowCount(), 0);
}

void TestOverviewModel::overviewTotalAddsNoUnlikeUnits()
{
    // The Total row showed 1.992 beneficiaries and 8.744,4 M$ per
    // beneficiary: gremios, barrios, empresas and mujeres added together.
    OverviewModel model(m_fixture->db->connection());
    QVERIFY2(model.setFilter(Filter{}), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QVERIFY(!model.rows()[4].beneficiaries);
    QVERIFY(!model.rows()[4].perBeneficiary);
    QCOMPARE(cell(4, OverviewModel::BeneficiariesColumn), QStringLiteral("—"));
    QCOMPARE(cell(4, OverviewModel::PerBeneficiaryColumn), QStringLiteral("—"));
    // What each unit holds is said instead.
    QCOMPARE(cell(4, OverviewModel::BeneficiariesColumn, Qt::ToolTipRole),
             QStringLiteral("No se suman beneficiarios de unidades distintas: 56 barrios, 104 gremios, "
                            "71 organizaciones, 153 proyectos asociativos, 403 empresas, 309 mujeres, "
                            "896 mujeres emprendedoras"));
    QVERIFY(cell(4, OverviewModel::PerBeneficiaryColumn, Qt::ToolTipRole).contains(QStringLiteral("unidades distintas")));
    QCOMPARE(cell(4, OverviewModel::BudgetColumn), QStringLiteral("17.418.814"));
    // An objective whose units differ keeps its figures, and its tooltip
    // names what they add.
    QCOMPARE(cell(0, OverviewModel::BeneficiariesColumn), QStringLiteral("384"));
    QVERIFY(cell(0, OverviewModel::BeneficiariesColumn, Qt::ToolTipRole).startsWith(QStringLiteral("Suma de unidades")));

    // One unit under the filter: the total is a true sum and a true cost.
    for (const QString &spec : {QStringLiteral("objective=3"), QStringLiteral("objective=3;text=nacional")}) {
        QVERIFY(model.setFilter(m_fixture->filter(spec)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(1, OverviewModel::BeneficiariesColumn), QStringLiteral("378"));
        QCOMPARE(cell(1, OverviewModel::PerBeneficiaryColumn), QStringLiteral("10.176,4"));
        QVERIFY(cell(1, OverviewModel::BeneficiariesColumn, Qt::ToolTipRole).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
