#include "figurechange.h"
#include "format.h"

#include <QTest>

/// How a change between two reports reads: signed, in the user's locale,
/// and absent where one side has no figure (never taken as zero).
class TestFigureChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Chile)); }
    void changes_data();
    void changes();
    void tenths();
};

void TestFigureChange::changes_data()
{
    QTest::addColumn<QVariant>("before");
    QTest::addColumn<QVariant>("after");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("changePlain");
    QTest::addColumn<QString>("percentPlain");
    QTest::newRow("rise") << QVariant(qint64(1000)) << QVariant(qint64(1200)) << "+200" << "+20 %" << "200" << "20";
    QTest::newRow("fall") << QVariant(qint64(800)) << QVariant(qint64(700)) << QStringLiteral("\u2212100")
                          << QStringLiteral("\u221212,5 %") << "-100" << "-12.5";
    QTest::newRow("grouped") << QVariant(qint64(1487480)) << QVariant(qint64(2509474)) << "+1.021.994"
                             << "+68,7 %" << "1021994" << "68.7";
    QTest::newRow("same") << QVariant(qint64(5)) << QVariant(qint64(5)) << "0" << "0 %" << "0" << "0";
    QTest::newRow("from zero") << QVariant(qint64(0)) << QVariant(qint64(7)) << "+7" << "" << "7" << "";
    QTest::newRow("only before") << QVariant(qint64(300)) << QVariant() << "" << "" << "" << "";
    QTest::newRow("only after") << QVariant() << QVariant(qint64(600)) << "" << "" << "" << "";
}

void TestFigureChange::changes()
{
    QFETCH(QVariant, before);
    QFETCH(QVariant, after);
    FigureChange figure;
    if (before.isValid())
        figure.before = before.toLongLong();
    if (after.isValid())
        figure.after = after.toLongLong();
    QFETCH(QString, change);
    QFETCH(QString, percent);
    QFETCH(QString, changePlain);
    QFETCH(QString, percentPlain);
    QCOMPARE(figure.changeText(), change);
    QCOMPARE(figure.percentText(), percent);
    QCOMPARE(figure.changePlain(), changePlain);
    QCOMPARE(figure.percentPlain(), percentPlain);
}

void TestFigureChange::tenths()
{
    // M$ per beneficiary, held in tenths as shown (51,8 -> 53,1): the change
    // is the difference of the two figures shown, to the same decimal.
    const FigureChange rise{518, 531, 1};
    QCOMPARE(rise.changeText(), QStringLiteral("+1,3"));
    QCOMPARE(rise.percentText(), QStringLiteral("+2,5 %"));
    QCOMPARE(rise.changePlain(), QStringLiteral("1.3"));
    QCOMPARE(rise.percentPlain(), QStringLiteral("2.5"));
    const FigureChange fall{143082, 12345, 1};
    QCOMPARE(fall.changeText(), QStringLiteral("\u221213.073,7"));
    QCOMPARE(fall.changePlain(), QStringLiteral("-13073.7"));
    QCOMPARE((FigureChange{1000, 1000, 1}.changeText()), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestFigureChange)
#include "tst_figurechange.moc"
