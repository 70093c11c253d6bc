#include "textfold.h"
#include "wordcloud.h"
#include "wordfrequency.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

namespace {

// "word:count" strings, so a failing QCOMPARE prints both lists readably.
QStringList asStrings(const QList<WordCount> &words)
{
    QStringList out;
    for (const WordCount &word : words)
        out.append(word.word + u':' + QString::number(word.count));
    return out;
}

// Per objective of the embedded dataset: "1. Asociatividad" and the texts its
// cloud is drawn from (action texts, justifications, justification intro).
QList<WordCloudView::Cloud> datasetClouds(int limit)
{
    QFile file(QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<WordCloudView::Cloud> clouds;
    const QJsonArray objectives = QJsonDocument::fromJson(file.readAll()).object().value("objectives").toArray();
    for (const QJsonValue &value : objectives) {
        const QJsonObject objective = value.toObject();
        QStringList texts;
        if (objective.contains("justification_intro"))
            texts.append(objective.value("justification_intro").toString());
        for (const QJsonValue &action : objective.value("actions").toArray()) {
            texts.append(action.toObject().value("text").toString());
            texts.append(action.toObject().value("justification").toString());
        }
        clouds.append({QString::number(objective.value("number").toInt()) + ". "
                           + objective.value("short_name").toString(),
                       WordFrequency::frequencies(texts, limit)});
    }
    return clouds;
}

const QList<WordCount> &sampleWords()
{
    static const QList<WordCount> words = WordFrequency::frequencies(
        {"Mejorar la gestión de las organizaciones asociativas y la Gestión de ferias libres.",
         "Se apoyó a 104 gremios, fortaleciendo su gestión interna y la oferta de servicios para sus asociados.",
         "Las organizaciones de ferias libres modernizaron su gestión ambiental y comunitaria."},
        40);
    return words;
}

} // namespace

class TestWordCloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frequencies_data();
    void frequencies();
    void stopWords_data();
    void stopWords();
    void limitIsHonoured_data();
    void limitIsHonoured();
    void objectiveOneTopWords();
    void layout_data();
    void layout();
    void layoutIsDeterministic();
    void renderImageIsNotBlank();
    void renderSvgKeepsTextAsText();
    void viewBasics();
    void followsADarkWindow();
    void exportPng();
};

void TestWordCloud::frequencies_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("stop words gone")
        << QStringList{"Se implementaron los programas de la red y los programas de apoyo para las mipes."}
        << QStringList{"programas:2", "apoyo:1", "implementaron:1", "mipes:1", "red:1"};
    QTest::newRow("more stop words") << QStringList{"Este fue un año que ha sido, como es sabido, más productivo con "
                                                    "sus socios que con los del año anterior."}
                                     << QStringList{"año:2", "anterior:1", "productivo:1", "sabido:1", "socios:1"};
    QTest::newRow("case folded, accents kept")
        << QStringList{"Gestión interna. GESTIÓN ambiental;", "gestión y creación"}
        << QStringList{"gestión:3", "ambiental:1", "creación:1", "interna:1"};
    QTest::newRow("unaccented spelling counts with the accented one")
        << QStringList{"integracion", "integración de la integración"} << QStringList{"integración:3"};
    QTest::newRow("a tie shows the accented spelling")
        << QStringList{"asesoria y asesoría"} << QStringList{"asesoría:2"};
    QTest::newRow("ñ is not n") << QStringList{"año y ano; AÑO"} << QStringList{"año:2", "ano:1"};
    QTest::newRow("report boilerplate gone")
        << QStringList{"En la acción 1 se ha priorizado informar las acciones.", "Se priorizó informar la cobertura."}
        << QStringList{"cobertura:1"};
    QTest::newRow("numbers and short words gone")
        << QStringList{"M$ 1.487.480 para 104 gremios; 2023-2024 el 51,8% de la OIT"}
        << QStringList{"gremios:1", "oit:1"};
    QTest::newRow("hyphen splits a word")
        << QStringList{"grupos pre-cooperativos y pre-inversión"}
        << QStringList{"pre:2", "cooperativos:1", "grupos:1", "inversión:1"};
    QTest::newRow("decomposed accents") << QStringList{QString::fromUtf8("gestio\xcc\x81n gestión")}
                                        << QStringList{"gestión:2"};
    QTest::newRow("empty") << QStringList{} << QStringList{};
    QTest::newRow("only stop words") << QStringList{"y de la que por los"} << QStringList{};
}

void TestWordCloud::frequencies()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    QCOMPARE(asStrings(WordFrequency::frequencies(texts, 100)), expected);
}

void TestWordCloud::stopWords_data()
{
    QTest::addColumn<QString>("folded");
    QTest::addColumn<bool>("stop");
    for (const char *word : {"se", "fue", "han", "ha", "es", "son", "lo", "las", "los", "del", "al", "para", "por",
                             "con", "que", "una", "como", "mas", "sus", "su", "este", "esta", "estan", "hay",
                             "traves", "mediante", "ellos", "nuestro", "tiene", "pueden"})
        QTest::newRow(word) << QString::fromLatin1(word) << true;
    for (const char *word : {"gestion", "organizaciones", "mujeres", "ferias", "estado", "negocios", ""})
        QTest::newRow(*word ? word : "empty") << QString::fromLatin1(word) << false;
}

void TestWordCloud::stopWords()
{
    QFETCH(QString, folded);
    QFETCH(bool, stop);
    QCOMPARE(WordFrequency::isStopWord(folded), stop);
}

void TestWordCloud::limitIsHonoured_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("0") << 0 << QStringList{};
    QTest::newRow("negative") << -1 << QStringList{};
    QTest::newRow("1") << 1 << QStringList{"ferias:3"};
    QTest::newRow("3") << 3 << QStringList{"ferias:3", "libres:2", "chile:1"};
    QTest::newRow("more than there are") << 50 << QStringList{"ferias:3", "libres:2", "chile:1", "mercados:1"};
}

void TestWordCloud::limitIsHonoured()
{
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    const QStringList texts{"Ferias libres de Chile.", "Las ferias libres y los mercados.", "Ferias."};
    QCOMPARE(asStrings(WordFrequency::frequencies(texts, limit)), expected);
}

void TestWordCloud::objectiveOneTopWords()
{
    // Objective 1 (Asociatividad) of the report: "gestión" occurs 7 times in its
    // action texts and justifications; "Ferias Libres" and "organizaciones" 5 times.
    const QList<WordCloudView::Cloud> clouds = datasetClouds(30);
    QCOMPARE(clouds.size(), 4);
    QCOMPARE(clouds.first().title, QStringLiteral("1. Asociatividad"));
    const QList<WordCount> &words = clouds.first().words;
    QCOMPARE(words.size(), 30);
    QCOMPARE(asStrings(words.first(4)), (QStringList{"gestión:7", "ferias:5", "libres:5", "organizaciones:5"}));
    for (const WordCount &word : words) {
        QVERIFY2(!WordFrequency::isStopWord(TextFold::fold(word.word)), qPrintable(word.word));
        QCOMPARE(word.word, word.word.toLower());
        QVERIFY(word.word.size() >= 3);
    }
    for (const char *absent : {"acción", "acciones", "priorizado", "priorizó", "informar", "que", "para", "del"})
        QVERIFY2(std::none_of(words.cbegin(), words.cend(),
                              [absent](const WordCount &w) { return w.word == QString::fromUtf8(absent); }),
                 absent);
}

void TestWordCloud::layout_data()
{
    QTest::addColumn<QRectF>("rect");
    QTest::addColumn<int>("limit");
    QTest::newRow("800x600") << QRectF(0, 0, 800, 600) << 40;
    QTest::newRow("offset 560x380") << QRectF(20, 35, 560, 380) << 40;
    QTest::newRow("wide 900x200") << QRectF(0, 0, 900, 200) << 40;
    QTest::newRow("tall 200x500") << QRectF(0, 0, 200, 500) << 40;
    QTest::newRow("tiny 120x80") << QRectF(5, 5, 120, 80) << 40;
    QTest::newRow("pdf units 9000x6000") << QRectF(600, 600, 9000, 6000) << 40;
}

void TestWordCloud::layout()
{
    QFETCH(QRectF, rect);
    QFETCH(int, limit);
    const QList<WordCount> words = datasetClouds(limit).first().words;
    const QList<PlacedWord> placed = layoutWordCloud(words, rect, QFont());
    QVERIFY(!placed.isEmpty());
    QVERIFY(placed.size() <= words.size());
    QCOMPARE(placed.first().word, words.first().word);

    int largest = 0;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const PlacedWord &word = placed.at(i);
        QVERIFY2(rect.contains(word.rect), qPrintable(word.word));
        QVERIFY(word.rect.width() > 0 && word.rect.height() > 0);
        QVERIFY(word.color.isValid());
        largest = std::max(largest, word.font.pixelSize());
        for (qsizetype j = i + 1; j < placed.size(); ++j) {
            const PlacedWord &other = placed.at(j);
            QVERIFY2(!word.rect.intersects(other.rect), qPrintable(word.word + " overlaps " + other.word));
            if (word.count > other.count)
                QVERIFY2(word.font.pixelSize() >= other.font.pixelSize(), qPrintable(word.word + " < " + other.word));
        }
    }
    QCOMPARE(placed.first().font.pixelSize(), largest);
    QVERIFY(placed.size() > 1);
    QVERIFY(placed.first().count > placed.last().count);
    QVERIFY(placed.first().font.pixelSize() > placed.last().font.pixelSize());
}

void TestWordCloud::layoutIsDeterministic()
{
    const QList<WordCount> words = datasetClouds(40).at(1).words;
    const QRectF rect(0, 0, 600, 420);
    const QList<PlacedWord> first = layoutWordCloud(words, rect, QFont());
    const QList<PlacedWord> second = layoutWordCloud(words, rect, QFont());
    QCOMPARE(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).word, second.at(i).word);
        QCOMPARE(first.at(i).rect, second.at(i).rect);
        QCOMPARE(first.at(i).font, second.at(i).font);
        QCOMPARE(first.at(i).color, second.at(i).color);
    }
}

void TestWordCloud::renderImageIsNotBlank()
{
    WordCloudView view;
    view.setClouds({{"1. Asociatividad", sampleWords()}});
    QImage image(800, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        view.render(&painter, QRectF(0, 0, 800, 600));
    }
    qsizetype coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++coloured;
        }
    }
    QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
}

void TestWordCloud::renderSvgKeepsTextAsText()
{
    QCOMPARE(sampleWords().first().word, QStringLiteral("gestión"));
    WordCloudView view;
    view.setClouds({{"1. Asociatividad", sampleWords()}});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(800, 600));
    generator.setViewBox(QRect(0, 0, 800, 600));
    {
        QPainter painter(&generator);
        view.render(&painter, QRectF(0, 0, 800, 600));
    }
    const QString svg = QString::fromUtf8(buffer.data());
    QVERIFY(svg.contains("<text"));
    QVERIFY(svg.contains(">gestión<"));
    QVERIFY(svg.contains("Asociatividad"));
}

void TestWordCloud::viewBasics()
{
    WordCloudView view;
    QCOMPARE(view.accessibleName(), QStringLiteral("Nube de palabras por objetivo"));
    QVERIFY(view.sizeHint().width() >= view.minimumSizeHint().width());
    QVERIFY(view.sizeHint().height() >= view.minimumSizeHint().height());
    view.setClouds(datasetClouds(40));
    QCOMPARE(view.clouds().size(), 4);
    QVERIFY(view.accessibleDescription().startsWith("1. Asociatividad: gestión, ferias, libres, organizaciones, "));
    view.resize(view.sizeHint());
    const QImage grabbed = view.grab().toImage();
    QCOMPARE(grabbed.pixel(2, 2), qRgb(255, 255, 255));
}

void TestWordCloud::followsADarkWindow()
{
    // On a dark window the clouds are on its base colour with light words;
    // what render() gives the exports stays on white.
    WordCloudView view;
    view.setClouds(datasetClouds(40));
    view.resize(view.sizeHint());
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    const QImage grabbed = view.grab().toImage();
    QCOMPARE(grabbed.pixel(2, 2), qRgb(0x1e, 0x1f, 0x22));
    // Light words on it: plenty of light ink (on white, the palette's words
    // are all darker than this).
    qint64 light = 0;
    for (int y = 0; y < grabbed.height(); y += 2) {
        for (int x = 0; x < grabbed.width(); x += 2)
            light += qGray(grabbed.pixel(x, y)) > 150;
    }
    QVERIFY2(light > 1000, qPrintable(QString::number(light)));

    QImage exported(400, 300, QImage::Format_ARGB32);
    exported.fill(Qt::black);
    {
        QPainter painter(&exported);
        view.render(&painter, QRectF(exported.rect()));
    }
    QCOMPARE(exported.pixel(0, 0), qRgb(255, 255, 255));
}

void TestWordCloud::exportPng()
{
    // For looking at the picture: MIRADOR_WORDCLOUD_PNG=/tmp/wordcloud.png.
    const QString path = qEnvironmentVariable("MIRADOR_WORDCLOUD_PNG");
    if (path.isEmpty())
        QSKIP("set MIRADOR_WORDCLOUD_PNG to write the four clouds to a PNG");
    WordCloudView view;
    view.setClouds(datasetClouds(40));
    QImage image(1200, 900, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        view.render(&painter, QRectF(0, 0, 1200, 900));
    }
    QVERIFY(image.save(path));
}

QTEST_MAIN(TestWordCloud)
#include "tst_wordcloud.moc"
