#include "dataset.h"
#include "format.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using TestSupport::Fixture;

/// Checks the embedded dataset against the report's own text: every quote is
/// a passage of the report, and every figure stands in its quote as the
/// report prints it. A transcription slip fails here.
class TestDataset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void quotesAreInTheReport_data();
    void quotesAreInTheReport();
    void figuresStandInTheirQuote_data();
    void figuresStandInTheirQuote();
    void actionsAndJustificationsAreInTheReport();
    void womenEntrepreneursAcademies();

private:
    QString m_report;
    std::unique_ptr<Fixture> m_fixture;
};

namespace {

/// The report as one line: the page-1 footnotes that interrupt objective 1's
/// first action removed, words hyphenated across lines joined, white space
/// collapsed.
QString normalisedReport(QString text)
{
    const qsizetype footnote = text.indexOf(QStringLiteral("\n1 Las autoridades"));
    const qsizetype footnoteEnd = text.indexOf(QStringLiteral("Dirección de Presupuestos"), footnote);
    if (footnote > 0 && footnoteEnd > footnote)
        text.remove(footnote, footnoteEnd + 25 - footnote);
    text.replace(QRegularExpression(QStringLiteral("-[ \\t]*\\n\\s*")), QStringLiteral("-"));
    return text.simplified();
}

/// A number as the report writes it, standing alone (not inside 1.455).
bool standsIn(const QString &quote, const QString &number)
{
    const QRegularExpression re(QStringLiteral("(?<![\\d.,])") + QRegularExpression::escape(number)
                                + QStringLiteral("(?![\\d]|[.,]\\d)"));
    return re.match(quote).hasMatch();
}

} // namespace

void TestDataset::initTestCase()
{
    Format::initDefaultLocale();
    m_report = normalisedReport(Dataset::embeddedSourceText());
    QVERIFY(m_report.size() > 10000);
    // The copy in resources/ is the shared source, unchanged.
    QFile shared(QStringLiteral(MIRADOR_SOURCE_DIR "/../shared/source/bgi-2025-sercotec-etapa1.txt"));
    if (shared.open(QIODevice::ReadOnly))
        QCOMPARE(normalisedReport(QString::fromUtf8(shared.readAll())), m_report);
    m_fixture = std::make_unique<Fixture>();
}

void TestDataset::quotesAreInTheReport_data()
{
    QTest::addColumn<QString>("quote");
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT 'result ' || id, source_quote FROM result UNION ALL "
                                  "SELECT 'indicator ' || id, source_quote FROM indicator UNION ALL "
                                  "SELECT 'milestone ' || id, source_quote FROM milestone")));
    while (q.next())
        QTest::newRow(qPrintable(q.value(0).toString())) << q.value(1).toString();
}

void TestDataset::quotesAreInTheReport()
{
    QFETCH(QString, quote);
    QVERIFY(!quote.isEmpty());
    // A result may join two sentences of the report that are not adjacent.
    const QStringList sentences = quote.split(QRegularExpression(QStringLiteral("(?<=\\.) (?=[A-Z])")));
    for (const QString &sentence : sentences)
        QVERIFY2(m_report.contains(sentence), qPrintable(sentence));
}

void TestDataset::figuresStandInTheirQuote_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("quote");
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.name, r.budget_mclp, r.beneficiaries, r.source_quote FROM result r "
                                  "JOIN program p ON p.id = r.program_id")));
    while (q.next()) {
        const QString quote = q.value(3).toString();
        QTest::addRow("%s budget", qPrintable(q.value(0).toString()))
            << QStringLiteral("M$ ") + Format::integer(q.value(1).toLongLong()) << quote;
        QTest::addRow("%s beneficiaries", qPrintable(q.value(0).toString()))
            << Format::integer(q.value(2).toLongLong()) << quote;
    }
    QVERIFY(q.exec(QStringLiteral("SELECT name, value, unit, source_quote FROM indicator")));
    while (q.next()) {
        const double value = q.value(1).toDouble();
        const QString unit = q.value(2).toString();
        QString figure = Format::decimal(value);
        if (unit == u"%")
            figure += u'%';
        else if (unit == u"M$")
            figure = QStringLiteral("M$ ") + figure;
        else if (value == 2)
            figure = QStringLiteral("dos"); // "la generación de dos publicaciones"
        QTest::addRow("%s", qPrintable(q.value(0).toString())) << figure << q.value(3).toString();
    }
}

void TestDataset::figuresStandInTheirQuote()
{
    QFETCH(QString, figure);
    QFETCH(QString, quote);
    QVERIFY2(standsIn(quote, figure), qPrintable(figure + QStringLiteral(" | ") + quote));
}

void TestDataset::actionsAndJustificationsAreInTheReport()
{
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT o.number, a.number, a.text, a.justification, o.title, "
                                  "o.justification_intro FROM action a JOIN objective o ON o.id = a.objective_id")));
    int actions = 0;
    while (q.next()) {
        ++actions;
        for (int field : {2, 3, 4, 5}) {
            const QString text = q.value(field).toString();
            if (field == 5 && text.isEmpty())
                continue;
            QVERIFY2(!text.isEmpty() && m_report.contains(text),
                     qPrintable(QStringLiteral("objective %1 action %2 field %3")
                                    .arg(q.value(0).toInt())
                                    .arg(q.value(1).toInt())
                                    .arg(field)));
        }
    }
    QCOMPARE(actions, 12);
}

void TestDataset::womenEntrepreneursAcademies()
{
    // "beneficiando a 2.536 mujeres egresadas" - the last figure of the report.
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT i.value, i.unit, o.number, a.number FROM indicator i "
                                  "JOIN objective o ON o.id = i.objective_id JOIN action a ON a.id = i.action_id "
                                  "WHERE i.name LIKE 'Mujeres egresadas%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 2536.0);
    QCOMPARE(q.value(1).toString(), QStringLiteral("mujeres"));
    QCOMPARE(q.value(2).toInt(), 4);
    QCOMPARE(q.value(3).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
