#include "chartdata.h"
#include "chartexport.h"
#include "chartpanel.h"
#include "charts.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "pngsizedialog.h"
#include "querytablemodel.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QProcess>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QLegend>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <cmath>

using TestSupport::Fixture;

/// The charts' data against the report's figures, click-to-filter, and the
/// chart files a manager exports.
class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dataPerObjective();
    void budgetBeneficiariesChart();
    void roundTicks();
    void programsChart();
    void costPerBeneficiaryIsRankedWithUnits();
    void wordCloudsPerObjective();
    void chartsFollowTheFilter();
    void nothingToShowSaysSo();
    void longFilterWrapsUnderTheTitle();
    void clickingABarFiltersTheTables();
    void chartFollowsDarkAndBackToLight();
    void labelsStandWholeInTheWindow_data();
    void labelsStandWholeInTheWindow();
    void pngIsNotBlank_data();
    void pngIsNotBlank();
    void pdfAndSvgKeepText_data();
    void pdfAndSvgKeepText();
    void exportedProgramsChartNamesEveryProgram();
    void programNamesStandClearInTheWindow();
    void figuresAreClearOfThePoints_data();
    void figuresAreClearOfThePoints();
    void exportedWordCloudHasTitleAndFilter();
    void pngInPixels();
    void pngSizeDialogProposesTheChartsShape();
    void commandLinePngInPixels();
    void contextMenuCopiesAndExports();

private:
    template<typename T>
    QList<T *> series(QChart *chart) const;
    /// The text of every <text> element of an exported SVG, each made one line.
    static QStringList svgTexts(const QString &file);

    std::unique_ptr<Fixture> m_fixture;
    ChartData m_data;
};

template<typename T>
QList<T *> TestCharts::series(QChart *chart) const
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            found << t;
    }
    return found;
}

QStringList TestCharts::svgTexts(const QString &file)
{
    QFile svg(file);
    if (!svg.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return texts;
}

void TestCharts::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<Fixture>();
    QString error;
    QVERIFY2(m_data.load(m_fixture->db->connection(), Filter{}, &error), qPrintable(error));
}

void TestCharts::dataPerObjective()
{
    const auto rows = m_data.objectiveRows();
    QCOMPARE(rows.size(), size_t(4));
    const QList<qint64> budgets{7732882, 131287, 3846665, 1512929 + 4195051};
    const QList<qint64> beneficiaries{384, 25, 378, 309 + 896};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(*rows[i].objective, i + 1);
        QCOMPARE(*rows[i].budget, budgets[i]);
        QCOMPARE(*rows[i].beneficiaries, beneficiaries[i]);
    }
    QCOMPARE(m_data.programs.size(), 8);
    QCOMPARE(m_data.texts.size(), 4);
    QVERIFY(!m_data.synthetic);
}

void TestCharts::budgetBeneficiariesChart()
{
    QChart chart;
    Charts::fill(&chart, Charts::Kind::BudgetBeneficiaries, m_data);
    const auto bars = series<QBarSeries>(&chart);
    QCOMPARE(bars.size(), 1);
    QBarSet *budget = bars.first()->barSets().first();
    QCOMPARE(budget->count(), 4);
    QCOMPARE(budget->at(0), 7732882.0);
    QCOMPARE(budget->at(3), 5707980.0);
    const auto lines = series<QLineSeries>(&chart);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first()->points(),
             (QList<QPointF>{{0, 384}, {1, 25}, {2, 378}, {3, 1205}}));
    // Budget on the left axis in M$, beneficiaries on a second, right axis.
    const auto left = chart.axes(Qt::Vertical, bars.first());
    const auto right = chart.axes(Qt::Vertical, lines.first());
    QCOMPARE(left.size(), 1);
    QCOMPARE(right.size(), 1);
    QVERIFY(left.first() != right.first());
    QCOMPARE(left.first()->alignment(), Qt::AlignLeft);
    QCOMPARE(right.first()->alignment(), Qt::AlignRight);
    QVERIFY(left.first()->titleText().contains(QStringLiteral("M$")));
    QVERIFY(right.first()->titleText().contains(QStringLiteral("Beneficiarios")));
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Horizontal).first());
    QCOMPARE(categories->categories(),
             (QStringList{"1. Asociatividad<br>384 beneficiarios", "2. Internacionalización<br>25 beneficiarios",
                          "3. Sustentabilidad<br>378 beneficiarios", "4. Género<br>1.205 beneficiarios"}));
    QVERIFY(chart.localizeNumbers());
    QCOMPARE(chart.locale().groupSeparator(), QStringLiteral("."));
    QVERIFY(chart.title().contains(QStringLiteral("M$ = miles de pesos")));
}

void TestCharts::roundTicks()
{
    QChart chart;
    Charts::fill(&chart, Charts::Kind::BudgetBeneficiaries, m_data);
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical)) {
        auto *values = qobject_cast<QValueAxis *>(axis);
        QVERIFY(values);
        QCOMPARE(values->min(), 0.0);
        const double step = values->max() / (values->tickCount() - 1);
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double mantissa = step / magnitude;
        QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 2.5 || mantissa == 5,
                 qPrintable(QString::number(step)));
    }
    // The budget axis reaches past the largest budget, 7.732.882.
    QVERIFY(qobject_cast<QValueAxis *>(chart.axes(Qt::Vertical).first())->max() >= 7732882);
}

void TestCharts::programsChart()
{
    QChart chart;
    Charts::fill(&chart, Charts::Kind::Programs, m_data);
    const auto points = series<QScatterSeries>(&chart);
    QCOMPARE(points.size(), 4);
    QList<int> counts;
    for (QScatterSeries *s : points)
        counts << int(s->count());
    QCOMPARE(counts, (QList<int>{4, 1, 1, 2}));
    QVERIFY(points[0]->points().contains(QPointF(1487480, 104)));
    QCOMPARE(points[3]->name(), QStringLiteral("4. Género"));
    QVERIFY(points[0]->color() != points[1]->color());
}

void TestCharts::costPerBeneficiaryIsRankedWithUnits()
{
    QChart chart;
    Charts::fill(&chart, Charts::Kind::CostPerBeneficiary, m_data);
    const auto bars = series<QHorizontalBarSeries>(&chart);
    QCOMPARE(bars.size(), 1);
    QBarSet *set = bars.first()->barSets().first();
    QCOMPARE(set->count(), 8);
    for (int i = 1; i < set->count(); ++i)
        QVERIFY(set->at(i - 1) <= set->at(i));
    const QStringList labels = qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Vertical).first())->categories();
    // The dearest, on top: Barrios Comerciales, 2.389.318 / 56 barrios.
    QCOMPARE(labels.last(), QStringLiteral("Barrios Comerciales<br>M$ 42.666,4 por barrio"));
    QCOMPARE(labels.first(), QStringLiteral("Capital Abeja Emprende<br>M$ 4.682,0 por mujer emprendedora"));
    QVERIFY(labels.contains(QStringLiteral("Fortalecimiento Gremial<br>M$ 14.302,7 por gremio")));
    QVERIFY(
        labels.contains(QStringLiteral("Creación y Fortalecimiento de Cooperativas<br>M$ 18.966,3 por organización")));
}

void TestCharts::wordCloudsPerObjective()
{
    const auto clouds = Charts::clouds(m_data);
    QCOMPARE(clouds.size(), 4);
    QCOMPARE(clouds[3].title, QStringLiteral("4. Género"));
    QStringList top;
    for (const WordCount &w : clouds[3].words.mid(0, 5))
        top << w.word;
    QVERIFY2(top.contains(QStringLiteral("mujeres")), qPrintable(top.join(u',')));
}

void TestCharts::chartsFollowTheFilter()
{
    Filter filter;
    filter.objective = 4;
    ChartData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), filter, &error));
    QChart chart;
    Charts::fill(&chart, Charts::Kind::BudgetBeneficiaries, data);
    QBarSet *budget = series<QBarSeries>(&chart).first()->barSets().first();
    QCOMPARE(budget->count(), 1);
    QCOMPARE(budget->at(0), 5707980.0);
    QCOMPARE(Charts::clouds(data).size(), 1);
    QVERIFY(chart.title().contains(QStringLiteral("Objetivo 4")));
}

namespace {

/// A chart of kind, laid out at size in a scene of its own, labels fitted.
struct LaidOutChart
{
    LaidOutChart(Charts::Kind kind, const ChartData &data, QSizeF size)
    {
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        Charts::fill(chart, kind, data);
        for (int pass = 0; pass < 4; ++pass) {
            QCoreApplication::sendPostedEvents();
            Charts::fitLabels(chart);
        }
        QCoreApplication::sendPostedEvents();
    }

    /// The visible text items whose text begins with start.
    QList<QGraphicsTextItem *> texts(const QString &start) const
    {
        QList<QGraphicsTextItem *> found;
        for (QGraphicsItem *item : scene.items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText().startsWith(start))
                found << text;
        }
        return found;
    }

    QGraphicsScene scene;
    QChart *chart = new QChart;
};

} // namespace

void TestCharts::nothingToShowSaysSo()
{
    // A reviewer's filter that no result meets (the report's figures are
    // national, a region's are none): each chart says so, with no empty axes.
    Filter filter;
    filter.text = QStringLiteral("palabraquenoestaenelinforme");
    ChartData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), filter, &error));
    QVERIFY(data.programs.isEmpty());
    for (const Charts::Kind kind :
         {Charts::Kind::BudgetBeneficiaries, Charts::Kind::Programs, Charts::Kind::CostPerBeneficiary}) {
        LaidOutChart laidOut(kind, data, QSizeF(700, 450));
        QChart *chart = laidOut.chart;
        QVERIFY(chart->series().isEmpty());
        QVERIFY(chart->axes().isEmpty());
        QVERIFY(!chart->legend()->isVisible());
        const auto says = laidOut.texts(QStringLiteral("Ninguna cifra que mostrar con estos filtros"));
        QCOMPARE(says.size(), 1);
        const QRectF box = says.first()->mapRectToItem(chart, says.first()->boundingRect());
        QVERIFY(chart->plotArea().contains(box));
        QVERIFY(chart->title().contains(QStringLiteral("palabraquenoestaenelinforme")));
    }
    // Back to figures: the message goes.
    LaidOutChart laidOut(Charts::Kind::BudgetBeneficiaries, m_data, QSizeF(700, 450));
    QVERIFY(laidOut.texts(QStringLiteral("Ninguna cifra")).isEmpty());
    QCOMPARE(laidOut.chart->series().size(), 2);
}

void TestCharts::longFilterWrapsUnderTheTitle()
{
    // Every filter at once is longer than the chart is wide: Qt Charts cut
    // it to "Texto: «gre...". It goes on as many lines as it needs, broken
    // between the filter's parts.
    Filter filter;
    filter.year = 2025;
    filter.objective = 1;
    filter.programIds = {1};
    filter.programLabel = QStringLiteral("Fortalecimiento Gremial");
    filter.regionId = 1;
    filter.regionLabel = QStringLiteral("Nacional");
    filter.text = QStringLiteral("gremios");
    ChartData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), filter, &error));
    LaidOutChart laidOut(Charts::Kind::BudgetBeneficiaries, data, QSizeF(560, 450));
    const auto titles = laidOut.texts(Charts::title(Charts::Kind::BudgetBeneficiaries));
    QCOMPARE(titles.size(), 1);
    const QString shown = titles.first()->toPlainText();
    QVERIFY2(!shown.contains(QStringLiteral("...")), qPrintable(shown));
    const QStringList lines = QString(shown).replace(QChar::LineSeparator, u'\n').split(u'\n');
    QVERIFY2(lines.size() >= 3, qPrintable(shown)); // the title and two or more lines
    // Each part of the filter whole on one line.
    for (const QString &part : data.filter.describe().split(QStringLiteral(" · "))) {
        const auto holds = [&part](const QString &line) { return line.contains(part); };
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), holds), qPrintable(part));
    }
    const QRectF box = titles.first()->mapRectToItem(laidOut.chart, titles.first()->boundingRect());
    QVERIFY(laidOut.chart->rect().contains(box));
    // One bar: Fortalecimiento Gremial's budget.
    QCOMPARE(series<QBarSeries>(laidOut.chart).size(), 1);
    QCOMPARE(series<QBarSeries>(laidOut.chart).first()->barSets().first()->at(0), 1487480.0);
}

void TestCharts::clickingABarFiltersTheTables()
{
    QString error;
    Fixture fixture;
    auto db = Database::open(fixture.path(), Database::Access::ReadWrite, &error);
    fixture.db.reset();
    MainWindow window(std::move(db));
    window.show();
    ChartPanel *panel = windowPart<ChartPanel>(window);
    panel->setKind(Charts::Kind::BudgetBeneficiaries);
    QBarSeries *bars = series<QBarSeries>(panel->chart()).first();
    Q_EMIT bars->clicked(1, bars->barSets().first());
    QCOMPARE(windowPart<QueryTableModel>(window, "resultsModel")->rowCount(), 1);
    QCOMPARE(windowPart<QueryTableModel>(window, "resultsModel")->index(0, 4).data().toString(), QStringLiteral("Pymes Globales"));
    QVERIFY(windowPart<FilterBar>(window)->filter().objective == 2);
    // The chart now shows objective 2 alone; a second click on it clears.
    bars = series<QBarSeries>(panel->chart()).first();
    QCOMPARE(bars->barSets().first()->count(), 1);
    Q_EMIT bars->clicked(0, bars->barSets().first());
    QCOMPARE(windowPart<QueryTableModel>(window, "resultsModel")->rowCount(), 8);
    QVERIFY(!windowPart<FilterBar>(window)->filter().objective);
}

void TestCharts::chartFollowsDarkAndBackToLight()
{
    // Ver > Apariencia at run time: dark colours on a dark palette, and the
    // exports' own colours again on a light one (a refill alone kept the
    // dark background and title).
    QString error;
    Fixture fixture;
    auto db = Database::open(fixture.path(), Database::Access::ReadWrite, &error);
    fixture.db.reset();
    MainWindow window(std::move(db));
    ChartPanel *panel = windowPart<ChartPanel>(window);
    panel->setKind(Charts::Kind::BudgetBeneficiaries);
    const QChart fresh;
    const QPalette light = panel->palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    panel->setPalette(dark);
    QCOMPARE(panel->chart()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
    QCOMPARE(panel->chart()->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
    const QList<QAbstractAxis *> values = panel->chart()->axes(Qt::Vertical);
    QCOMPARE(values.size(), 2);
    for (const QAbstractAxis *axis : values)
        QCOMPARE(axis->labelsBrush().color(), QColor(0xe6, 0xe6, 0xe6));
    panel->setPalette(light);
    QCOMPARE(panel->chart()->backgroundBrush(), fresh.backgroundBrush());
    QCOMPARE(panel->chart()->titleBrush(), fresh.titleBrush());
    QCOMPARE(panel->chart()->legend()->labelColor(), fresh.legend()->labelColor());
    QCOMPARE(series<QBarSeries>(panel->chart()).size(), 1);
}

void TestCharts::labelsStandWholeInTheWindow_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("budget-beneficiaries")
        << int(Charts::Kind::BudgetBeneficiaries)
        << QStringList{QStringLiteral("1. Asociatividad 384 beneficiarios"),
                       QStringLiteral("2. Internacionalización 25 beneficiarios"),
                       QStringLiteral("3. Sustentabilidad 378 beneficiarios"),
                       QStringLiteral("4. Género 1.205 beneficiarios")};
    QTest::newRow("cost-per-beneficiary")
        << int(Charts::Kind::CostPerBeneficiary)
        << QStringList{QStringLiteral("Capital Abeja Emprende M$ 4.682,0 por mujer emprendedora"),
                       QStringLiteral("Capital Pioneras M$ 4.896,2 por mujer"),
                       QStringLiteral("Pymes Globales M$ 5.251,5 por empresa"),
                       QStringLiteral("Crece Sostenible M$ 10.176,4 por empresa"),
                       QStringLiteral("Fortalecimiento Gremial M$ 14.302,7 por gremio"),
                       QStringLiteral("Ferias Libres M$ 16.401,8 por proyecto asociativo"),
                       QStringLiteral("Creación y Fortalecimiento de Cooperativas M$ 18.966,3 por organización"),
                       QStringLiteral("Barrios Comerciales M$ 42.666,4 por barrio")};
}

void TestCharts::labelsStandWholeInTheWindow()
{
    // In a 1280x800 window Qt Charts cut "2. Internacionali..." and
    // "1.205 benefici...": each category's name now stands whole, on lines
    // that fit its bar's width, or beside its bar's height.
    QFETCH(int, kind);
    QFETCH(QStringList, labels);
    const TestSupport::FixtureWindow opened([](MainWindow &window) { window.resize(1280, 800); });
    QVERIFY2(opened.window, qPrintable(opened.error));
    MainWindow &window = *opened.window;
    ChartPanel *panel = windowPart<ChartPanel>(window);
    panel->setKind(Charts::Kind(kind));
    QChart *chart = panel->chart();
    const auto plain = [](const QGraphicsTextItem *item) {
        return item->toPlainText().replace(QChar::LineSeparator, u' ').replace(u'\n', u' ');
    };
    // Any text in the scene that reads as one of the whole labels.
    const auto shownLabels = [chart, &labels, &plain] {
        QList<QGraphicsTextItem *> items;
        for (QGraphicsItem *item : chart->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && labels.contains(plain(text)))
                items << text;
        }
        return items;
    };
    const bool underBars = kind == int(Charts::Kind::BudgetBeneficiaries);
    // What is wrong with the labels as they stand, if anything. The window
    // lays the chart out more than once; the labels follow each layout (a
    // queued refit), so this is asked until it holds.
    const auto misplaced = [&] {
        QStringList problems;
        const QRectF plot = chart->plotArea();
        const qreal slot = (underBars ? plot.width() : plot.height()) / labels.size();
        QStringList shown;
        for (QGraphicsTextItem *item : shownLabels()) {
            shown << plain(item);
            const QRectF box = item->mapRectToItem(chart, item->boundingRect());
            // At least 7 points, inside the chart and inside its bar's slot.
            const bool fits = item->font().pointSizeF() >= 7.0 && chart->rect().contains(box)
                && (underBars ? box.width() <= slot && box.top() >= plot.bottom() && box.top() <= plot.bottom() + 8
                              : box.height() <= slot && box.right() <= plot.left() && box.right() >= plot.left() - 8);
            if (!fits)
                problems << plain(item);
        }
        shown.sort();
        QStringList expected = labels;
        expected.sort();
        if (shown != expected)
            problems << QStringLiteral("shown: ") + shown.join(QStringLiteral(" | "));
        return problems;
    };
    QTRY_COMPARE_WITH_TIMEOUT(misplaced(), QStringList(), 10000);
    const QRectF plot = chart->plotArea();

    if (!underBars)
        return;
    // Each bar's figure is over it and on top: the beneficiaries' point for
    // objective 2 (25) sits where its bar's figure (131.287) is written.
    for (const QString &figure : {QStringLiteral("7.732.882"), QStringLiteral("131.287"), QStringLiteral("3.846.665"),
                                 QStringLiteral("5.707.980")}) {
        QGraphicsSimpleTextItem *found = nullptr;
        for (QGraphicsItem *item : chart->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            if (text && text->isVisible() && text->text() == figure)
                found = text;
        }
        QVERIFY2(found, qPrintable(figure));
        const QPointF centre = found->mapToScene(found->boundingRect().center());
        QCOMPARE(chart->scene()->items(centre).first(), found);
        const QRectF box = found->mapRectToItem(chart, found->boundingRect());
        QVERIFY2(box.bottom() <= plot.bottom(), qPrintable(QStringLiteral("%1: %2 > %3").arg(figure).arg(box.bottom()).arg(plot.bottom())));
    }
}

void TestCharts::pngIsNotBlank_data()
{
    QTest::addColumn<QString>("chart");
    for (const Charts::Kind kind : Charts::all())
        QTest::newRow(qPrintable(Charts::name(kind))) << Charts::name(kind);
}

void TestCharts::pngIsNotBlank()
{
    QFETCH(QString, chart);
    QTemporaryDir dir;
    const QString file = dir.filePath(chart + QStringLiteral(".png"));
    QString error;
    QVERIFY2(ChartExport::write(*Charts::fromName(chart), m_data, file, {}, 100, &error), qPrintable(error));
    QImage image(file);
    QCOMPARE(image.size(),
             QSize(qRound(ChartExport::widthMm / 25.4 * 100), qRound(ChartExport::heightMm / 25.4 * 100)));
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200)
                ++inked;
        }
    }
    const qint64 sampled = qint64(image.width() / 2) * (image.height() / 2);
    QVERIFY2(inked > sampled / 100, qPrintable(QStringLiteral("%1 of %2 dark").arg(inked).arg(sampled)));
}

void TestCharts::pdfAndSvgKeepText_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << "pdf";
    QTest::newRow("svg") << "svg";
}

void TestCharts::pdfAndSvgKeepText()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.") + suffix);
    QString error;
    QVERIFY2(ChartExport::write(Charts::Kind::BudgetBeneficiaries, m_data, file, {}, 150, &error), qPrintable(error));
    QString text;
    if (suffix == u"pdf") {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess process;
        process.start(pdftotext, {file, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        text = QString::fromUtf8(process.readAllStandardOutput());
    } else {
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(svg.readAll());
        QVERIFY(text.contains(QStringLiteral("<text")));
    }
    QVERIFY2(text.contains(QStringLiteral("Asociatividad")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("miles de pesos")));
}

void TestCharts::exportedProgramsChartNamesEveryProgram()
{
    // A slide shows no tooltips: the exported programs chart was eight
    // coloured dots, each program's name only on hover (issue 16).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("programs.svg"));
    QString error;
    QVERIFY2(ChartExport::write(Charts::Kind::Programs, m_data, file, {}, 150, &error), qPrintable(error));
    const QStringList texts = svgTexts(file);
    QVERIFY2(!texts.isEmpty(), "no text in the SVG");
    QCOMPARE(m_data.programs.size(), 8);
    for (const ChartData::Program &program : m_data.programs)
        QVERIFY2(texts.contains(program.name), qPrintable(program.name + QStringLiteral(" not in: ") + texts.join(u'|')));
}

void TestCharts::programNamesStandClearInTheWindow()
{
    // Each name beside its point, whole inside the plot, over no other
    // name and no other point.
    ChartPanel panel;
    panel.resize(760, 560);
    panel.setKind(Charts::Kind::Programs);
    panel.setData(m_data);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QChart *chart = panel.chart();
    const auto names = [&] {
        QMap<QString, QRectF> boxes;
        for (QGraphicsItem *item : chart->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            if (text && text->isVisible())
                boxes.insert(text->text(), text->mapRectToItem(chart, text->boundingRect()));
        }
        return boxes;
    };
    QStringList expected;
    for (const ChartData::Program &program : m_data.programs)
        expected << program.name;
    expected.sort();
    QTRY_COMPARE(names().keys(), expected);
    QList<QRectF> markers;
    for (QScatterSeries *points : series<QScatterSeries>(chart)) {
        for (const QPointF &point : points->points()) {
            const QPointF centre = chart->mapToPosition(point, points);
            const qreal half = points->markerSize() / 2;
            markers << QRectF(centre - QPointF(half, half), QSizeF(2 * half, 2 * half));
        }
    }
    QCOMPARE(markers.size(), 8);
    const QMap<QString, QRectF> boxes = names();
    const QRectF plot = chart->plotArea();
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        QVERIFY2(plot.contains(it.value()), qPrintable(it.key()));
        for (const QRectF &marker : std::as_const(markers))
            QVERIFY2(!it.value().intersects(marker), qPrintable(it.key() + QStringLiteral(" covers a point")));
        for (auto other = std::next(it); other != boxes.cend(); ++other)
            QVERIFY2(!it.value().intersects(other.value()), qPrintable(it.key() + QStringLiteral(" / ") + other.key()));
    }
}

void TestCharts::figuresAreClearOfThePoints_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("export 240 x 150 mm") << QSizeF(907, 567);
    QTest::newRow("window") << QSizeF(700, 460);
    QTest::newRow("report totals") << QSizeF(1000, 490);
}

void TestCharts::figuresAreClearOfThePoints()
{
    // Objective 2's beneficiaries (25) sit where its bar's figure (131.287)
    // is written: the dot hid the figure (issue 16). No point covers a
    // figure, and no figure a point.
    QFETCH(QSizeF, size);
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    Charts::fill(chart, Charts::Kind::BudgetBeneficiaries, m_data);
    QCoreApplication::sendPostedEvents();
    for (int pass = 0; pass < 4; ++pass) {
        Charts::fitLabels(chart);
        QCoreApplication::sendPostedEvents();
    }
    Charts::fitLabels(chart);
    QLineSeries *line = series<QLineSeries>(chart).first();
    int figures = 0;
    for (QGraphicsItem *item : scene.items()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        ++figures;
        const QRectF box = text->mapRectToItem(chart, text->boundingRect());
        QVERIFY2(chart->plotArea().contains(box), qPrintable(text->text()));
        for (const QPointF &point : line->points()) {
            const QPointF centre = chart->mapToPosition(point, line);
            const qreal half = line->markerSize() / 2;
            const QRectF marker(centre - QPointF(half, half), QSizeF(2 * half, 2 * half));
            QVERIFY2(!box.intersects(marker),
                     qPrintable(QStringLiteral("%1 under the point of %2").arg(text->text()).arg(point.y())));
        }
    }
    QCOMPARE(figures, 4);
}

void TestCharts::exportedWordCloudHasTitleAndFilter()
{
    // The other charts' exports say what they show and under which filter;
    // the word cloud's said neither (issue 16).
    Filter filter;
    filter.objective = 4;
    ChartData data;
    QString error;
    QVERIFY2(data.load(m_fixture->db->connection(), filter, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("word-cloud.svg"));
    QVERIFY2(ChartExport::write(Charts::Kind::WordCloud, data, file, {}, 150, &error), qPrintable(error));
    const QString all = svgTexts(file).join(u' ');
    QVERIFY2(all.contains(Charts::title(Charts::Kind::WordCloud)), qPrintable(all.left(500)));
    QVERIFY2(all.contains(filter.describe()), qPrintable(filter.describe() + QStringLiteral(" not in ") + all.left(500)));
    QVERIFY(all.contains(QStringLiteral("4. Género")));
}

void TestCharts::pngInPixels()
{
    // A slide wants 1920 × 1080, not a resolution in dots per inch.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("programs.png"));
    QString error;
    QVERIFY2(ChartExport::write(Charts::Kind::Programs, m_data, file, {},
                                ChartExport::PngSize{150, QSize(1920, 1080)}, &error),
             qPrintable(error));
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1920, 1080));
    // The chart fills it: ink in its left, right, top and bottom tenths.
    const auto inked = [&image](const QRect &area) {
        for (int y = area.top(); y <= area.bottom(); y += 2) {
            for (int x = area.left(); x <= area.right(); x += 2) {
                if (qGray(image.pixel(x, y)) < 160)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(inked(QRect(0, 0, 192, 1080)));
    QVERIFY(inked(QRect(1728, 0, 192, 1080)));
    QVERIFY(inked(QRect(0, 0, 1920, 108)));
    QVERIFY(inked(QRect(0, 972, 1920, 108)));
    // A side too small or too big is refused, and nothing is written.
    const QString refused = dir.filePath(QStringLiteral("tiny.png"));
    QVERIFY(!ChartExport::write(Charts::Kind::Programs, m_data, refused, {}, ChartExport::PngSize{150, QSize(20, 10)},
                                &error));
    QVERIFY2(error.contains(QStringLiteral("20 × 10")), qPrintable(error));
    QVERIFY(!QFile::exists(refused));
}

void TestCharts::pngSizeDialogProposesTheChartsShape()
{
    PngSizeDialog dialog;
    auto *pixels = dialog.findChildren<QRadioButton *>().at(1);
    QVERIFY(pixels->text().contains(QStringLiteral("píxeles")));
    QCOMPARE(dialog.size().pixels, QSize());
    QCOMPARE(dialog.size().dpi, 150);
    pixels->setChecked(true);
    const QList<QSpinBox *> boxes = dialog.findChildren<QSpinBox *>();
    QCOMPARE(boxes.size(), 3);
    QSpinBox *width = boxes.at(1);
    QSpinBox *height = boxes.at(2);
    QVERIFY(width->isEnabled() && height->isEnabled() && !boxes.at(0)->isEnabled());
    width->setValue(1920);
    QCOMPARE(height->value(), 1200); // 240 × 150 mm
    height->setValue(1080);
    QCOMPARE(width->value(), 1920);
    QCOMPARE(dialog.size().pixels, QSize(1920, 1080));
}

void TestCharts::commandLinePngInPixels()
{
    // mirador export-chart --width 800: 800 pixels wide, as tall as the chart's shape.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    QProcess process;
    process.start(QStringLiteral(MIRADOR_BINARY),
                  {QStringLiteral("export-chart"), QStringLiteral("--chart"), QStringLiteral("programs"),
                   QStringLiteral("--db"), m_fixture->path(), QStringLiteral("--out"), file, QStringLiteral("--width"),
                   QStringLiteral("800")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(QImage(file).size(), QSize(800, 500));
    process.start(QStringLiteral(MIRADOR_BINARY),
                  {QStringLiteral("export-chart"), QStringLiteral("--chart"), QStringLiteral("programs"),
                   QStringLiteral("--db"), m_fixture->path(), QStringLiteral("--out"), file, QStringLiteral("--width"),
                   QStringLiteral("1280"), QStringLiteral("--height"), QStringLiteral("720")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(QImage(file).size(), QSize(1280, 720));
}

void TestCharts::contextMenuCopiesAndExports()
{
    // Right-click, the Menu key or Shift+F10 on a chart: copy it, export it.
    ChartPanel panel;
    panel.resize(700, 500);
    panel.setData(m_data);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy exportAsked(&panel, &ChartPanel::exportRequested);
    auto *view = qobject_cast<QChartView *>(panel.currentView());
    QVERIFY(view);
    const auto openMenu = [] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); };
    const auto actionTexts = [](QMenu *menu) {
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        return texts;
    };

    // Right-click (QTest's click reaches the widget, not the window that
    // turns it into a context menu event: the event the window sends): copy.
    const QPoint middle = view->viewport()->rect().center();
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, middle, view->viewport()->mapToGlobal(middle));
    QApplication::sendEvent(view->viewport(), &rightClick);
    QTRY_VERIFY(openMenu());
    QCOMPARE(actionTexts(openMenu()), (QStringList{QStringLiteral("&Copiar gráfico"),
                                                   QStringLiteral("&Exportar gráfico…")}));
    QGuiApplication::clipboard()->clear();
    openMenu()->actions().at(0)->trigger();
    openMenu()->close();
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    QCOMPARE(copied.size(), view->size() * view->devicePixelRatio());
    QTRY_VERIFY(!openMenu());

    // Shift+F10 on the focused chart: export.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(openMenu());
    openMenu()->actions().at(1)->trigger();
    openMenu()->close();
    QCOMPARE(exportAsked.size(), 1);
    QTRY_VERIFY(!openMenu());

    // The Menu key comes as a keyboard context menu event; on the word cloud too.
    panel.setKind(Charts::Kind::WordCloud);
    QWidget *cloud = panel.currentView();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, cloud->rect().center(),
                              cloud->mapToGlobal(cloud->rect().center()));
    QApplication::sendEvent(cloud, &menuKey);
    QTRY_VERIFY(openMenu());
    openMenu()->actions().at(0)->trigger();
    openMenu()->close();
    QCOMPARE(QGuiApplication::clipboard()->image().size(), cloud->size() * cloud->devicePixelRatio());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
