#include "modelsupport.h"

#include <QTest>

/// The catalog: the regions and programs a person names by their words.
class TestCatalog : public TestSupport::CatalogTest
{
    Q_OBJECT
private Q_SLOTS:
    void regionWords_data();
    void regionWords();
    void programWords();
};

void TestCatalog::regionWords_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "14" << "14";
    QTest::newRow("code one digit") << "8" << "08";
    QTest::newRow("code two digits") << "08" << "08";
    QTest::newRow("roman") << "XIV" << "14";
    QTest::newRow("roman lower") << "viii" << "08";
    QTest::newRow("RM") << "RM" << "13";
    QTest::newRow("xiii") << "XIII" << "13";
    QTest::newRow("short name no accents") << "los rios" << "14";
    QTest::newRow("official name") << "Región de Los Ríos" << "14";
    QTest::newRow("nuble finds Ñuble") << "nuble" << "16";
    QTest::newRow("biobio") << "BIOBIO" << "08";
    QTest::newRow("partial") << "magallanes" << "12";
    QTest::newRow("nacional") << "nacional" << "00";
}

void TestCatalog::regionWords()
{
    QFETCH(QString, words);
    QFETCH(QString, code);
    QString error;
    const auto region = m_fixture->catalog.findRegion(words, &error);
    QVERIFY2(region, qPrintable(error));
    QCOMPARE(region->code, code);
}

void TestCatalog::programWords()
{
    QString error;
    QVERIFY(m_fixture->catalog.findPrograms(QStringLiteral("programa que no existe"), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("programa que no existe")));
    QVERIFY(!m_fixture->catalog.findRegion(QStringLiteral("Atlántida"), &error));
    QVERIFY(error.contains(QStringLiteral("Atlántida")));
    // "crece" is a whole program name: only that one, not Crece Sostenible.
    const auto crece = m_fixture->catalog.findPrograms(QStringLiteral("Crece"), &error);
    QCOMPARE(crece.size(), 1);
    QCOMPARE(crece.first().name, QStringLiteral("Crece"));
    // "capital" is part of three.
    QCOMPARE(m_fixture->catalog.findPrograms(QStringLiteral("capital"), &error).size(), 3);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
