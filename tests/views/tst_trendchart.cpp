#include "catalog.h"
#include "chartdata.h"
#include "chartexport.h"
#include "chartpanel.h"
#include "charts.h"
#include "filterbar.h"
#include "fixturereports.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "readswhole.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

/// The Evolución chart on the fixture of two services x 2024-2025
/// (tests/support/fixturereports.h): its years, budgets, beneficiaries per
/// unit and M$ per beneficiary, each service and unit apart, every figure
/// whole in the plot, and a click on a year's bar filtering by that year.
class TestTrendChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sharedProgramYearByYear();
    void servicesAndUnitsApart();
    void objectiveIsEachReports();
    void figuresStandWholeAndApart_data();
    void figuresStandWholeAndApart();
    void clickingAYearFiltersByIt();
    void nothingCutInTheWindow_data();
    void nothingCutInTheWindow();
    void severalReportsBarPerReport();

private:
    ChartData load(const Filter &filter);
    template<typename T>
    static QList<T *> series(QChart *chart);

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    Catalog m_catalog;
};

template<typename T>
QList<T *> TestTrendChart::series(QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            found << t;
    }
    return found;
}

void TestTrendChart::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    QVERIFY2(m_fixture->db, qPrintable(m_fixture->skipReason));
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

ChartData TestTrendChart::load(const Filter &filter)
{
    ChartData data;
    QString error;
    if (!data.load(m_fixture->db->connection(), filter, &error))
        qWarning("%s", qPrintable(error));
    return data;
}

void TestTrendChart::sharedProgramYearByYear()
{
    // 2024: 1.500 M$ for 15 empresas, M$ 100,0 each; 2025: 2.000 M$ for 12
    // empresas and 40 personas, two lines and no M$ per beneficiary.
    QString error;
    Filter filter;
    filter.programIds = {m_catalog.findPrograms(FixtureReports::sharedProgram, &error).value(0).id};
    const ChartData data = load(filter);
    QChart chart;
    Charts::fill(&chart, Charts::Kind::Trend, data);
    const auto bars = series<QBarSeries>(&chart);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->barSets().size(), 1);
    QBarSet *budget = bars.first()->barSets().first();
    QCOMPARE(budget->label(), QStringLiteral("Presupuesto (M$)"));
    QCOMPARE((QList<qreal>{budget->at(0), budget->at(1)}), (QList<qreal>{1500, 2000}));
    const auto lines = series<QLineSeries>(&chart);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0)->name(), QStringLiteral("empresas"));
    QCOMPARE(lines.at(0)->points(), (QList<QPointF>{{0, 15}, {1, 12}}));
    QCOMPARE(lines.at(1)->name(), QStringLiteral("personas"));
    QCOMPARE(lines.at(1)->points(), (QList<QPointF>{{1, 40}}));
    // Budget on the left axis, beneficiaries on the right.
    QCOMPARE(chart.axes(Qt::Vertical, bars.first()).first()->alignment(),
             Qt::AlignLeft);
    QCOMPARE(chart.axes(Qt::Vertical, lines.first()).first()->alignment(), Qt::AlignRight);
    auto *years = qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Horizontal).first());
    QCOMPARE(years->categories(),
             (QStringList{QStringLiteral("2024<br>M$ 100,0 por empresa"),
                          QStringLiteral("2025<br>M$ por beneficiario: — (unidades distintas)")}));
    QVERIFY(chart.title().contains(QStringLiteral("<b>Evolución</b>")));
    QVERIFY2(chart.title().contains(QStringLiteral("Programa: ")), qPrintable(chart.title()));
    QVERIFY(chart.title().contains(QStringLiteral("Todos los años")));
    QVERIFY(chart.title().contains(QStringLiteral("M$ = miles de pesos")));
    QVERIFY(chart.title().contains(QStringLiteral("DATOS SINTÉTICOS")));
}

void TestTrendChart::servicesAndUnitsApart()
{
    // With the year 2025 chosen the trend still shows 2024 (its label in
    // bold); each service has its bars and its lines, never one sum.
    Filter filter;
    filter.year = 2025;
    const ChartData data = load(filter);
    // In a scene, as the window and the exports draw it: its legend shows.
    QGraphicsScene scene;
    auto *drawn = new QChart;
    scene.addItem(drawn);
    QChart &chart = *drawn;
    Charts::fill(&chart, Charts::Kind::Trend, data);
    const QList<QBarSet *> sets = series<QBarSeries>(&chart).first()->barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("Prueba (fixture)"));
    QCOMPARE((QList<qreal>{sets.at(0)->at(0), sets.at(0)->at(1)}), (QList<qreal>{1800, 2600}));
    QCOMPARE(sets.at(1)->label(), QStringLiteral("Prueba 2 (fixture)"));
    QCOMPARE((QList<qreal>{sets.at(1)->at(0), sets.at(1)->at(1)}), (QList<qreal>{2000, 2500}));
    QStringList lines;
    for (QLineSeries *line : series<QLineSeries>(&chart)) {
        QStringList points;
        for (const QPointF &point : line->points())
            points << QStringLiteral("%1=%2").arg(point.x()).arg(point.y());
        lines << line->name() + QStringLiteral(" ") + points.join(u' ');
    }
    // Each service's points over its own bar, the first's left of the year's middle.
    QCOMPARE(lines, (QStringList{QStringLiteral("Prueba (fixture): empresas -0.175=15 0.825=12"),
                                 QStringLiteral("Prueba (fixture): personas -0.175=3 0.825=46"),
                                 QStringLiteral("Prueba 2 (fixture): cooperativas 0.175=20 1.175=32")}));
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Horizontal).first())->categories(),
             (QStringList{QStringLiteral("2024<br>Prueba (fixture): M$ por beneficiario: — (unidades distintas)<br>"
                                         "Prueba 2 (fixture): M$ 100,0 por cooperativa"),
                          QStringLiteral("<b>2025</b><br>Prueba (fixture): M$ por beneficiario: — (unidades distintas)<br>"
                                         "Prueba 2 (fixture): M$ 100,0 por cooperativa")}));
    QVERIFY2(!chart.title().contains(QStringLiteral("Año 2025")), qPrintable(chart.title()));
    // The legend: each service's bars, then each unit once (its colour).
    chart.setGeometry(QRectF(0, 0, 907, 567));
    QCoreApplication::sendPostedEvents();
    QStringList legend;
    for (const QLegendMarker *marker : chart.legend()->markers()) {
        if (marker->isVisible())
            legend << marker->label();
    }
    QCOMPARE(legend, (QStringList{QStringLiteral("Prueba (fixture)"), QStringLiteral("Prueba 2 (fixture)"),
                                  QStringLiteral("empresas"), QStringLiteral("personas"),
                                  QStringLiteral("cooperativas")}));
}

void TestTrendChart::objectiveIsEachReports()
{
    Filter filter;
    filter.objective = 2;
    const ChartData data = load(filter);
    QChart chart;
    Charts::fill(&chart, Charts::Kind::Trend, data);
    QVERIFY2(chart.title().contains(QStringLiteral("Objetivo 2 de cada informe · Todos los años")),
             qPrintable(chart.title()));
    QCOMPARE(series<QBarSeries>(&chart).first()->barSets().size(), 1);
}

void TestTrendChart::figuresStandWholeAndApart_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("export 240 x 150 mm") << QSizeF(907, 567);
    QTest::newRow("window") << QSizeF(700, 460);
}

void TestTrendChart::figuresStandWholeAndApart()
{
    // Each bar's budget over it (over its own bar, beside the other
    // service's), each point's beneficiaries beside it: all whole in the
    // plot and none over another.
    QFETCH(QSizeF, size);
    const ChartData data = load(Filter{});
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    Charts::fill(chart, Charts::Kind::Trend, data);
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents();
        Charts::fitLabels(chart);
    }
    QCoreApplication::sendPostedEvents();
    QMap<QString, QRectF> figures;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            figures.insert(text->text(), text->mapRectToItem(chart, text->boundingRect()));
    }
    QStringList expected{"1.800", "2.600", "2.000", "2.500", "15 empresas", "12 empresas", "3 personas",
                         "46 personas", "20 cooperativas", "32 cooperativas"};
    expected.sort();
    QCOMPARE(figures.keys(), expected);
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        QVERIFY2(chart->plotArea().contains(it.value()), qPrintable(it.key()));
        for (auto other = std::next(it); other != figures.cend(); ++other)
            QVERIFY2(!it.value().intersects(other.value()), qPrintable(it.key() + QStringLiteral(" / ") + other.key()));
    }
    // Each budget over its own service's bar: the first service's bars take
    // the left half of the year's 0,7, the second's the right half.
    QBarSeries *bars = series<QBarSeries>(chart).first();
    const QList<std::tuple<QString, int, int>> budgets{
        {"1.800", 0, 0}, {"2.600", 1, 0}, {"2.000", 0, 1}, {"2.500", 1, 1}};
    for (const auto &[figure, year, service] : budgets) {
        const qreal x = chart->mapToValue(figures.value(figure).center(), bars).x();
        const qreal left = year - 0.35 + service * 0.35;
        QVERIFY2(x > left && x < left + 0.35, qPrintable(QStringLiteral("%1 at %2").arg(figure).arg(x)));
    }
    // Each year's label whole under the plot.
    int labels = 0;
    for (QGraphicsItem *item : scene.items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !text->toPlainText().startsWith(QStringLiteral("202")))
            continue;
        ++labels;
        const QString shown = text->toPlainText().replace(QChar::LineSeparator, u' ').replace(u'\n', u' ');
        const QRectF box = text->mapRectToItem(chart, text->boundingRect());
        QVERIFY2(chart->rect().contains(box) && box.top() >= chart->plotArea().bottom(), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("M$ 100,0 por cooperativa")), qPrintable(shown));
    }
    QCOMPARE(labels, 2);
}

void TestTrendChart::clickingAYearFiltersByIt()
{
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    MainWindow window(std::move(db));
    window.show();
    ChartPanel *panel = windowPart<ChartPanel>(window);
    panel->setKind(Charts::Kind::Trend);
    QSignalSpy asked(panel, &ChartPanel::yearRequested);
    QBarSeries *bars = series<QBarSeries>(panel->chart()).first();
    Q_EMIT bars->clicked(0, bars->barSets().last());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().value<std::optional<int>>(), std::optional<int>(2024));
    QCOMPARE(windowPart<FilterBar>(window)->filter().year, std::optional<int>(2024));
    // The tables show 2024's results: 3 of the first service, 1 of the second.
    QTRY_COMPARE(windowPart<QueryTableModel>(window, "resultsModel")->rowCount(), 4);
    // The trend still shows both years; a second click on 2024 drops the year.
    bars = series<QBarSeries>(panel->chart()).first();
    QCOMPARE(bars->barSets().first()->count(), 2);
    Q_EMIT bars->clicked(0, bars->barSets().first());
    QCOMPARE(asked.last().first().value<std::optional<int>>(), std::optional<int>());
    QVERIFY(!windowPart<FilterBar>(window)->filter().year);
    QTRY_COMPARE(windowPart<QueryTableModel>(window, "resultsModel")->rowCount(), 9);
}

// Issue 19: with several reports in scope the budget-beneficiaries chart
// has a bar per report (their objectives are not one another's), with
// beneficiaries only where a report counts one unit; a click on a report's
// bar chooses that report, whose objectives then have their own bars.
void TestTrendChart::severalReportsBarPerReport()
{
    const ChartData all = load(Filter{});
    QCOMPARE(Charts::budgetBeneficiariesTitle(all), QStringLiteral("Presupuesto y beneficiarios por informe"));
    QStringList bars;
    for (const Charts::Bar &bar : Charts::objectiveBars(all))
        bars << QStringLiteral("%1: %2 M$, %3")
                    .arg(bar.label, Format::integer(bar.budget),
                         bar.beneficiaries ? Format::integer(*bar.beneficiaries) : QStringLiteral("sin beneficiarios"));
    QCOMPARE(bars, (QStringList{QStringLiteral("Prueba (fixture) 2024: 1.800 M$, sin beneficiarios"),
                                QStringLiteral("Prueba (fixture) 2025: 2.600 M$, sin beneficiarios"),
                                QStringLiteral("Prueba 2 (fixture) 2024: 2.000 M$, 20"),
                                QStringLiteral("Prueba 2 (fixture) 2025: 2.500 M$, 32")}));

    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    MainWindow window(std::move(db));
    window.show();
    ChartPanel *panel = windowPart<ChartPanel>(window);
    panel->setKind(Charts::Kind::BudgetBeneficiaries);
    QTRY_VERIFY(panel->chart()->title().contains(QStringLiteral("<b>Presupuesto y beneficiarios por informe</b>")));
    QBarSeries *series = TestTrendChart::series<QBarSeries>(panel->chart()).first();
    Q_EMIT series->clicked(3, series->barSets().first());
    const Filter chosen = windowPart<FilterBar>(window)->filter();
    QCOMPARE(chosen.reportLabel, QStringLiteral("Prueba 2 (fixture) 2025"));
    QTRY_VERIFY(panel->chart()->title().contains(
        QStringLiteral("<b>Presupuesto y beneficiarios por objetivo estratégico</b>")));
    QTRY_COMPARE(windowPart<QueryTableModel>(window, "resultsModel")->rowCount(), 2);
}

void TestTrendChart::nothingCutInTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("demo");
    QTest::newRow("1024x700") << QSize(1024, 700) << false;
    QTest::newRow("1280x800") << QSize(1280, 800) << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
    // Three services, nine units: the legend down the side left the budget
    // axis too little room, and Qt Charts cut its top figure to "300.000....".
    QTest::newRow("demo 1280x800") << QSize(1280, 800) << true;
}

void TestTrendChart::nothingCutInTheWindow()
{
    // Two services, three units: Qt Charts cut the legend's entries to
    // "Prueba 2 (fixture): Presupuesto (..." beside the window's chart.
    QFETCH(QSize, size);
    QFETCH(bool, demo);
    QString error;
    QTemporaryDir dir;
    const QString demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
    if (demo)
        QVERIFY2(TestSupport::generatedDemo(demoPath, 20000, &error), qPrintable(error));
    const auto window = TestSupport::openWindow(demo ? demoPath : m_fixture->path(), &error, [size](MainWindow &opened) {
        opened.resize(size);
    });
    QVERIFY2(window, qPrintable(error));
    windowPart<ChartPanel>(*window)->setKind(Charts::Kind::Trend);
    QCOMPARE(series<QLineSeries>(windowPart<ChartPanel>(*window)->chart()).size(), demo ? 11 : 3);
    // The chart's text; the tables' columns are not this test's.
    const auto chartCut = [&window] { return TestSupport::cutText(window.get()).filter(QStringLiteral("chart «")); };
    QTRY_VERIFY2(chartCut().isEmpty(), qPrintable(chartCut().join(u'\n')));
    // Every other chart on several reports, whole too.
    for (const Charts::Kind kind : Charts::all()) {
        windowPart<ChartPanel>(*window)->setKind(kind);
        QTRY_VERIFY2(chartCut().isEmpty(),
                     qPrintable(Charts::name(kind) + QStringLiteral(": ") + chartCut().join(u'\n')));
    }
}

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
