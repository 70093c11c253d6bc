#include "detailpanel.h"
#include "highlight.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

using Highlight::Range;

/// What a reviewer looking for words or a figure sees marked: the search's
/// words however the text writes them, the figure however Chile writes it.
class TestHighlight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWordsAsTheSearchDoes_data();
    void findsWordsAsTheSearchDoes();
    void findsTheFigureAsTheSentenceWritesIt_data();
    void findsTheFigureAsTheSentenceWritesIt();
    void htmlMarksTheRangesAndEscapesTheRest();
    void detailPanelMarksWordsAndFigure();
};

namespace {

/// The texts of ranges, for readable failures.
QStringList pieces(const QString &text, const QList<Range> &ranges)
{
    QStringList out;
    for (const Range &range : ranges)
        out << text.mid(range.start, range.length);
    return out;
}

/// The runs of a document's text drawn on background.
QStringList runsOn(const QTextDocument &document, const QColor &background, bool *bold = nullptr)
{
    QStringList runs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().background().color() != background
                || fragment.charFormat().background().style() == Qt::NoBrush)
                continue;
            runs << fragment.text();
            if (bold)
                *bold = fragment.charFormat().fontWeight() >= QFont::Bold;
        }
    }
    return runs;
}

} // namespace

void TestHighlight::findsWordsAsTheSearchDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("accent and ñ") << QStringLiteral("Región de Ñuble") << QStringLiteral("region nuble")
                                  << QStringList{QStringLiteral("Región"), QStringLiteral("Ñuble")};
    QTest::newRow("case") << QStringLiteral("FERIAS libres y ferias") << QStringLiteral("Ferias")
                          << QStringList{QStringLiteral("FERIAS"), QStringLiteral("ferias")};
    QTest::newRow("accent typed, none written") << QStringLiteral("gestion y Gestión") << QStringLiteral("GESTIÓN")
                                                << QStringList{QStringLiteral("gestion"), QStringLiteral("Gestión")};
    QTest::newRow("decomposed accent") << QStringLiteral("Regio\u0301n") << QStringLiteral("region")
                                       << QStringList{QStringLiteral("Regio\u0301n")};
    QTest::newRow("ligature") << QStringLiteral("\uFB01nanciamiento") << QStringLiteral("fin")
                              << QStringList{QStringLiteral("\uFB01n")};
    QTest::newRow("inside a word") << QStringLiteral("asociatividad") << QStringLiteral("ciativ")
                                   << QStringList{QStringLiteral("ciativ")};
    QTest::newRow("overlapping words join") << QStringLiteral("comercialización") << QStringLiteral("comer ercial")
                                            << QStringList{QStringLiteral("comercial")};
    QTest::newRow("number with dots") << QStringLiteral("M$ 1.487.480 y 1487480") << QStringLiteral("1.487")
                                      << QStringList{QStringLiteral("1.487")};
    QTest::newRow("absent") << QStringLiteral("Ferias Libres") << QStringLiteral("barrios") << QStringList{};
    QTest::newRow("no search") << QStringLiteral("Ferias Libres") << QStringLiteral("  ") << QStringList{};
}

void TestHighlight::findsWordsAsTheSearchDoes()
{
    QFETCH(QString, text);
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    QCOMPARE(pieces(text, Highlight::findWords(text, Highlight::searchWords(search))), found);
}

void TestHighlight::findsTheFigureAsTheSentenceWritesIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("figure");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("dots") << QStringLiteral("Con recursos por M$ 2.509.474 se apoyó") << 2509474.0
                          << QStringList{QStringLiteral("2.509.474")};
    QTest::newRow("plain digits") << QStringLiteral("un total de 2509474 miles de pesos") << 2509474.0
                                  << QStringList{QStringLiteral("2509474")};
    QTest::newRow("end of sentence") << QStringLiteral("se invirtieron M$ 2.509.474.") << 2509474.0
                                     << QStringList{QStringLiteral("2.509.474")};
    QTest::newRow("not part of a longer number")
        << QStringLiteral("M$ 12.509.474, 2.509.4745 y 2.509.474,5") << 2509474.0 << QStringList{};
    QTest::newRow("small figure, not in a bigger one") << QStringLiteral("104 gremios con 1.104 socios (104)") << 104.0
                                                       << QStringList{QStringLiteral("104"), QStringLiteral("104")};
    QTest::newRow("decimal comma") << QStringLiteral("Las mujeres representan el 51,8% del sector") << 51.8
                                   << QStringList{QStringLiteral("51,8")};
    QTest::newRow("whole part only is another figure") << QStringLiteral("el 51,8%") << 51.0 << QStringList{};
    QTest::newRow("a different figure") << QStringLiteral("M$ 2.509.474") << 2600000.0 << QStringList{};
}

void TestHighlight::findsTheFigureAsTheSentenceWritesIt()
{
    QFETCH(QString, text);
    QFETCH(double, figure);
    QFETCH(QStringList, found);
    QCOMPARE(pieces(text, Highlight::findFigure(text, figure)), found);
}

void TestHighlight::htmlMarksTheRangesAndEscapesTheRest()
{
    const QString text = QStringLiteral("<b>Ferias</b> & M$ 2.509.474");
    const QString html = Highlight::toHtml(text, Highlight::findWords(text, {QStringLiteral("ferias")}),
                                           Highlight::findFigure(text, 2509474));
    QVERIFY2(html.startsWith(QStringLiteral("&lt;b&gt;<span ")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral(">Ferias</span>&lt;/b&gt; &amp; M$ <span ")), qPrintable(html));
    QVERIFY2(html.endsWith(QStringLiteral(">2.509.474</span>")), qPrintable(html));
    QTextDocument document;
    document.setHtml(html);
    QCOMPARE(document.toPlainText(), text);
    QCOMPARE(runsOn(document, Highlight::wordBackground()), QStringList{QStringLiteral("Ferias")});
    QCOMPARE(runsOn(document, Highlight::figureBackground()), QStringList{QStringLiteral("2.509.474")});
}

void TestHighlight::detailPanelMarksWordsAndFigure()
{
    DetailPanel panel;
    panel.setHighlights(QStringLiteral("ferias LIBRES"), {104, 2509474});
    panel.showFigure(QStringLiteral("Ferias Libres: M$ 2.509.474"),
                     QStringLiteral("Con M$ 2.509.474 se apoyó a 104 Ferias Libres de 1.104 feriantes"), std::nullopt);
    // The sentence's words and figures; the headline keeps its own look.
    QCOMPARE(runsOn(*panel.document(), Highlight::wordBackground()),
             (QStringList{QStringLiteral("Ferias"), QStringLiteral("Libres")}));
    bool bold = false;
    QCOMPARE(runsOn(*panel.document(), Highlight::figureBackground(), &bold),
             (QStringList{QStringLiteral("2.509.474"), QStringLiteral("104")}));
    QVERIFY(bold);

    // Nothing searched, a figure edited away from its sentence: nothing marked.
    panel.setHighlights(QString(), {2600000});
    panel.showFigure(QStringLiteral("Ferias Libres: M$ 2.600.000"), QStringLiteral("Con M$ 2.509.474 se apoyó"),
                     std::nullopt);
    QCOMPARE(runsOn(*panel.document(), Highlight::wordBackground()), QStringList{});
    QCOMPARE(runsOn(*panel.document(), Highlight::figureBackground()), QStringList{});
}

QTEST_MAIN(TestHighlight)
#include "tst_highlight.moc"
