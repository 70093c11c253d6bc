// SpanishFigures::scan(): each rule of the grammar on its own sentence, the
// things that look like numbers and are not figures, and every sentence that
// the hand-typed dataset cites, with the recall and precision of the grammar.

#include "describedlines.h"
#include "spanishfigures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QTest>

namespace {

/// One figure as one line, so that QCOMPARE of two lists shows what differs:
/// "Count «104» @45 = 104 gremios", "… carried", "… part of 1".
QString describe(const FoundFigure &f)
{
    static const char *const kinds[] = {"Money", "Percent", "Count"};
    QString line = QStringLiteral("%1 «%2» @%3 = %4 %5")
                       .arg(QLatin1String(kinds[int(f.kind)]), f.written)
                       .arg(f.start)
                       .arg(f.value, f.unit);
    if (f.unitCarried)
        line += QStringLiteral(" carried");
    if (f.breakdownOf >= 0)
        line += QStringLiteral(" part of %1").arg(f.breakdownOf);
    return line;
}

QStringList describeAll(const QList<FoundFigure> &figures)
{
    return TestSupport::describedLines(figures, describe);
}

/// The expected line for a figure written at the first place after `after`
/// where the sentence has it, so the rows do not count characters by hand.
QString expect(const QString &sentence, FoundFigure::Kind kind, const QString &written, const QString &value,
               const QString &unit, bool carried = false, int partOf = -1, qsizetype after = 0)
{
    FoundFigure f;
    f.kind = kind;
    f.written = written;
    f.start = sentence.indexOf(written, after);
    f.value = value;
    f.unit = unit;
    f.unitCarried = carried;
    f.breakdownOf = partOf;
    return describe(f);
}

using K = FoundFigure::Kind;

QJsonObject dataset()
{
    QFile file(QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the dataset");
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A figure the dataset holds for a sentence.
struct Typed
{
    K kind;
    QString value;
    QString unit;
    QString what; ///< where the dataset has it, for the report
};

QString plain(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

K kindOfUnit(const QString &unit)
{
    return unit == u"M$" ? K::Money : unit == u"%" ? K::Percent : K::Count;
}

/// Every figure of the dataset, grouped by the sentence it quotes.
QMap<QString, QList<Typed>> typedFigures()
{
    QMap<QString, QList<Typed>> bySentence;
    const QJsonObject data = dataset();
    for (const QJsonValue &r : data.value(u"results").toArray()) {
        const QJsonObject o = r.toObject();
        const QString quote = o.value(u"source_quote").toString();
        const QString program = o.value(u"program").toString();
        bySentence[quote].append({K::Money, plain(o.value(u"budget_mclp").toDouble()), QStringLiteral("M$"),
                                  QStringLiteral("budget of ") + program});
        bySentence[quote].append({K::Count, plain(o.value(u"beneficiaries").toDouble()),
                                  o.value(u"beneficiary_unit").toString(), QStringLiteral("beneficiaries of ") + program});
    }
    for (const QJsonValue &i : data.value(u"indicators").toArray()) {
        const QJsonObject o = i.toObject();
        const QString unit = o.value(u"unit").toString();
        bySentence[o.value(u"source_quote").toString()].append(
            {kindOfUnit(unit), plain(o.value(u"value").toDouble()), unit,
             QStringLiteral("indicator ") + o.value(u"name").toString()});
    }
    return bySentence;
}

} // namespace

class TestSpanishFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grammar_data();
    void grammar();
    void notFigures_data();
    void notFigures();
    void datasetSentences();
};

void TestSpanishFigures::grammar_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &s, const QStringList &lines) {
        QTest::newRow(name) << s << lines;
    };
    QString s;

    s = QStringLiteral("Con recursos por M$ 1.487.480 se apoyó a 104 gremios regionales y nacionales.");
    row("budget and beneficiaries", s,
        {expect(s, K::Money, "M$ 1.487.480", "1487480", "M$"), expect(s, K::Count, "104", "104", "gremios")});
    s = QStringLiteral("Un fondo de M$1.487.480 y otro de MM$ 12,6 y uno de MM$12.640.");
    row("M$ and MM$ glued and spaced", s,
        {expect(s, K::Money, "M$1.487.480", "1487480", "M$"), expect(s, K::Money, "MM$ 12,6", "12600", "M$"),
         expect(s, K::Money, "MM$12.640", "12640000", "M$")});
    s = QStringLiteral("Se invirtieron $ 12.640 millones, además de 12.640 millones de pesos y $ 1.234.567.");
    row("pesos and millions", s,
        {expect(s, K::Money, "$ 12.640 millones", "12640000", "M$"),
         expect(s, K::Money, "12.640 millones de pesos", "12640000", "M$"),
         expect(s, K::Money, "$ 1.234.567", "1234.567", "M$")});
    s = QStringLiteral("Se destinaron $ 3 mil millones al fondo.");
    row("mil millones", s, {expect(s, K::Money, "$ 3 mil millones", "3000000", "M$")});
    s = QStringLiteral("Un crédito de US$ 500.000 y de M$ 20.");
    row("dollars are left out", s, {expect(s, K::Money, "M$ 20", "20", "M$")});
    s = QStringLiteral("Las mujeres son el 51,8% del sector, el 51,8 % de las socias y el 31% de las ferias.");
    row("percent", s,
        {expect(s, K::Percent, "51,8%", "51.8", "%"), expect(s, K::Percent, "51,8 %", "51.8", "%"),
         expect(s, K::Percent, "31%", "31", "%")});
    s = QStringLiteral("Creció un 12 por ciento y un 51.8% en regiones.");
    row("por ciento and a plain decimal", s,
        {expect(s, K::Percent, "12 por ciento", "12", "%"), expect(s, K::Percent, "51.8%", "51.8", "%")});
    s = QStringLiteral("Se identificaron 1.455 ferias libres y 1487480 visitas, generando 440.000 empleos.");
    row("grouped and plain counts", s,
        {expect(s, K::Count, "1.455", "1455", "ferias libres"), expect(s, K::Count, "1487480", "1487480", "visitas"),
         expect(s, K::Count, "440.000", "440000", "empleos")});
    s = QStringLiteral("El programa benefició a 71 organizaciones (31 grupos pre-cooperativos y 40 constituidas).");
    row("breakdown with its own noun and a participle", s,
        {expect(s, K::Count, "71", "71", "organizaciones"),
         expect(s, K::Count, "31", "31", "grupos pre-cooperativos", false, 0),
         expect(s, K::Count, "40", "40", "organizaciones", true, 0)});
    s = QStringLiteral("Se destinaron M$ 2.389.318 para potenciar 56 barrios (45 nuevos y 11 de continuidad).");
    row("breakdown without nouns", s,
        {expect(s, K::Money, "M$ 2.389.318", "2389318", "M$"), expect(s, K::Count, "56", "56", "barrios"),
         expect(s, K::Count, "45", "45", "barrios", true, 1), expect(s, K::Count, "11", "11", "barrios", true, 1)});
    s = QStringLiteral("Se apoyó a 12 talleres y 40 constituidos, y de los 153 proyectos beneficiados 54 incorporaron mejoras.");
    row("unit carried after y and before a verb", s,
        {expect(s, K::Count, "12", "12", "talleres"), expect(s, K::Count, "40", "40", "talleres", true),
         expect(s, K::Count, "153", "153", "proyectos"), expect(s, K::Count, "54", "54", "proyectos", true)});
    s = QStringLiteral("351 exportaron y 20 empresas seleccionadas sumaron 14.160 horas totales.");
    row("a verb first, participle and quantity adjectives", s,
        {expect(s, K::Count, "351", "351", ""), expect(s, K::Count, "20", "20", "empresas"),
         expect(s, K::Count, "14.160", "14160", "horas")});
    s = QStringLiteral("Se suscribieron tres convenios y dos publicaciones. Dos estudios, dos de ellos y un estudio.");
    row("number words", s,
        {expect(s, K::Count, "tres", "3", "convenios"), expect(s, K::Count, "dos", "2", "publicaciones"),
         expect(s, K::Count, "Dos", "2", "estudios")});
    s = QStringLiteral("Participaron 70 Academias de Mujeres y 1,2 millones de personas.");
    row("capitalised noun and millions of a count", s,
        {expect(s, K::Count, "70", "70", "academias"),
         expect(s, K::Count, "1,2 millones", "1200000", "personas")});
    s = QStringLiteral("Se capacitó a 40 mujeres (15 de marzo) y se firmaron 12 convenios, 3 abril.");
    row("a date is no part of a breakdown or a list", s,
        {expect(s, K::Count, "40", "40", "mujeres"), expect(s, K::Count, "12", "12", "convenios")});
    s = QStringLiteral("Hubo 1.487.480,00 visitas.");
    row("zero decimals", s, {expect(s, K::Count, "1.487.480,00", "1487480", "visitas")});
}

void TestSpanishFigures::grammar()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(SpanishFigures::scan(sentence)), expected);
}

void TestSpanishFigures::notFigures_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("year") << QStringLiteral("Durante el año 2025 empresas y en 2024 proyectos crecieron.");
    QTest::newRow("month and year") << QStringLiteral("Se adjudicó en diciembre de 2025 el centro.");
    QTest::newRow("date") << QStringLiteral("El 15 de marzo se firmó, y el 3 abril también.");
    QTest::newRow("date with slashes") << QStringLiteral("Firmado el 15/03/2025 convenios y 3/4 partes.");
    QTest::newRow("footnote markers") << QStringLiteral("Servicio de Cooperación Técnica1 y cada uno de ellos2 informes.");
    QTest::newRow("ordinals") << QStringLiteral("El 1° informe, la 2ª etapa, el 3º año, su 2do lugar, el 1er puesto, el primer y segundo centros.");
    QTest::newRow("action heading") << QStringLiteral("ACCIÓN 1 NUBE DE PALABRAS y en la acción 2 metas");
    QTest::newRow("law") << QStringLiteral("Según la Ley N° 20.416 y el Decreto 1.234 normas vigentes.");
    QTest::newRow("number sign") << QStringLiteral("El oficio Nº 45 indica plazos.");
    QTest::newRow("page number") << QStringLiteral("BALANCE DE GESTIÓN INTEGRAL 2025 - ETAPA 1 2");
    QTest::newRow("bare number") << QStringLiteral("El total fue de 104.");
    QTest::newRow("articles") << QStringLiteral("Se hizo un estudio y una publicación.");
    QTest::newRow("range of years") << QStringLiteral("En el periodo 2024-2025 crecieron.");
}

void TestSpanishFigures::notFigures()
{
    QFETCH(QString, sentence);
    QCOMPARE(describeAll(SpanishFigures::scan(sentence)), QStringList());
}

// Every figure the dataset holds is found in its own sentence with its exact
// value; the noun is checked where the sentence writes it after the number.
void TestSpanishFigures::datasetSentences()
{
    const QMap<QString, QList<Typed>> bySentence = typedFigures();
    QVERIFY(bySentence.size() > 20);
    int typed = 0;
    int found = 0;
    int scanned = 0;
    int extra = 0;
    int unitsWritten = 0;
    QStringList missed;
    QStringList wrongUnits;
    QStringList extras;
    for (auto it = bySentence.cbegin(); it != bySentence.cend(); ++it) {
        const QList<FoundFigure> figures = SpanishFigures::scan(it.key());
        QList<bool> used(figures.size(), false);
        for (const Typed &t : it.value()) {
            ++typed;
            qsizetype match = -1;
            for (qsizetype i = 0; i < figures.size() && match < 0; ++i) {
                if (figures.at(i).kind == t.kind && figures.at(i).value == t.value)
                    match = i;
            }
            if (match < 0) {
                missed << QStringLiteral("%1 = %2 %3 in «%4»").arg(t.what, t.value, t.unit, it.key());
                continue;
            }
            ++found;
            used[match] = true;
            const FoundFigure &f = figures.at(match);
            const bool written = it.key().contains(f.written + u' ' + t.unit, Qt::CaseInsensitive);
            unitsWritten += written ? 1 : 0;
            if (f.unit != t.unit)
                wrongUnits << QStringLiteral("%1: dataset «%2», found «%3»%4")
                                  .arg(t.what, t.unit, f.unit,
                                       written ? QString() : QStringLiteral(" (the sentence does not write it)"));
            if (written)
                QCOMPARE(f.unit, t.unit);
        }
        for (qsizetype i = 0; i < figures.size(); ++i) {
            ++scanned;
            if (!used.at(i)) {
                ++extra;
                extras << describe(figures.at(i)) + QStringLiteral(" in «") + it.key() + u'»';
            }
        }
    }
    qInfo("dataset figures found: %d of %d (recall %.1f%%); figures found: %d, of them not in the dataset: %d "
          "(precision %.1f%%); units written after the number: %d",
          found, typed, 100.0 * found / typed, scanned, extra, scanned ? 100.0 * (scanned - extra) / scanned : 0.0,
          unitsWritten);
    for (const QString &line : std::as_const(wrongUnits))
        qInfo("unit differs: %s", qUtf8Printable(line));
    for (const QString &line : std::as_const(extras))
        qInfo("not in the dataset: %s", qUtf8Printable(line));
    for (const QString &line : std::as_const(missed))
        qInfo("missed: %s", qUtf8Printable(line));
    QCOMPARE(missed, QStringList());
    QCOMPARE(extras, QStringList());
}

QTEST_GUILESS_MAIN(TestSpanishFigures)
#include "tst_spanishfigures.moc"
