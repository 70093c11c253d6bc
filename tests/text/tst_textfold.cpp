#include "format.h"
#include "textfold.h"

#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Format::initDefaultLocale(); }
    void fold_data();
    void fold();
    void escapeLikeWildcards();
    void chileanNumbers_data();
    void chileanNumbers();
    void plainNumbers();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("enye") << QStringLiteral("Región de Ñuble") << QStringLiteral("region de nuble");
    QTest::newRow("accents") << QStringLiteral("Los Ríos") << QStringLiteral("los rios");
    QTest::newRow("case") << QStringLiteral("CREACIÓN") << QStringLiteral("creacion");
    QTest::newRow("spaces") << QStringLiteral("  Ferias \n  Libres ") << QStringLiteral("ferias libres");
    QTest::newRow("apostrophe") << QStringLiteral("O'Higgins") << QStringLiteral("o'higgins");
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextFold::fold(input), expected);
}

void TestTextFold::escapeLikeWildcards()
{
    QCOMPARE(TextFold::escapeLike(QStringLiteral("50%_a\\b")), QStringLiteral("50\\%\\_a\\\\b"));
}

void TestTextFold::chileanNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("budget") << 1487480.0 << QStringLiteral("M$") << QStringLiteral("M$ 1.487.480");
    QTest::newRow("percent") << 51.8 << QStringLiteral("%") << QStringLiteral("51,8 %");
    QTest::newRow("count") << 2536.0 << QStringLiteral("mujeres") << QStringLiteral("2.536 mujeres");
    QTest::newRow("small") << 5.0 << QStringLiteral("clientes") << QStringLiteral("5 clientes");
}

void TestTextFold::chileanNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    // The tests run with LC_ALL=C: the C locale means Chilean Spanish.
    QCOMPARE(Format::withUnit(value, unit), expected);
    QCOMPARE(Format::integer(7732882), QStringLiteral("7.732.882"));
}

void TestTextFold::plainNumbers()
{
    QCOMPARE(Format::plain(1487480), QStringLiteral("1487480"));
    QCOMPARE(Format::plain(51.8), QStringLiteral("51.8"));
    QCOMPARE(Format::plain(440000), QStringLiteral("440000"));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
