// The filter lists' counts (issue 16, item 4): each region gave
// "Resultados (0)" with no hint why, and seven programs had no result at all.
// Each entry now shows its figures under the other filters, and the empty
// ones stand apart.
#include "facetcounts.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "fixturereports.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestFacets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsAreWhatTheTablesShow_data();
    void countsAreWhatTheTablesShow();
    void textSearchCountsTheSame();
    void listsShowCountsAndSetEmptyApart();
    void countsFollowTheOtherFilters();
    void openListTakesCountsWhenItCloses();
    void openListShowsEveryEntryWhole();
    void windowCountsAfterItsFirstRows();
    void serviceAndReportOnlyWithSeveral();
    void objectiveBelongsToItsReport();

private:
    /// A FilterBar on the dataset's catalog, shown; null when it was never exposed.
    std::unique_ptr<FilterBar> shownBar() const;
    QComboBox *combo(QWidget *bar, const QString &accessibleName) const;
    /// What the list shows, entry by entry ("—" for its separator).
    QStringList shown(QComboBox *combo) const;

    std::unique_ptr<TestSupport::Fixture> m_fixture;
    Catalog m_catalog;
};

void TestFacets::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_facets"));
    m_fixture = std::make_unique<TestSupport::Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

std::unique_ptr<FilterBar> TestFacets::shownBar() const
{
    auto bar = std::make_unique<FilterBar>();
    bar->setCatalog(m_catalog);
    bar->show();
    if (!QTest::qWaitForWindowExposed(bar.get()))
        return nullptr;
    return bar;
}

QComboBox *TestFacets::combo(QWidget *bar, const QString &accessibleName) const
{
    for (QComboBox *c : bar->findChildren<QComboBox *>()) {
        if (c->accessibleName() == accessibleName)
            return c;
    }
    return nullptr;
}

QStringList TestFacets::shown(QComboBox *combo) const
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) {
        const QModelIndex index = combo->model()->index(i, 0);
        const bool separator = index.data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("separator");
        texts << (separator ? QStringLiteral("—") : FilterBar::shownText(index));
    }
    return texts;
}

void TestFacets::countsAreWhatTheTablesShow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("objective");
    QTest::newRow("no filter") << QString() << 0;
    QTest::newRow("objective 4") << QString() << 4;
    QTest::newRow("text") << QStringLiteral("nacional") << 0;
}

void TestFacets::countsAreWhatTheTablesShow()
{
    // Each entry's count is the row count the Resultados and Indicadores
    // tabs show once it is chosen, on top of the other filters.
    QFETCH(QString, text);
    QFETCH(int, objective);
    Filter base;
    base.text = text;
    if (objective)
        base.objective = objective;
    FacetCounts counts;
    QString error;
    QVERIFY2(FacetCounts::read(m_fixture->db->connection(), base, &counts, &error), qPrintable(error));
    QueryTableModel results(TableSpec::results(), m_fixture->db->connection());
    QueryTableModel indicators(TableSpec::indicators(), m_fixture->db->connection());
    const auto check = [&](FacetCounts::Facet facet, qint64 value, const Filter &chosen) {
        QVERIFY(results.setFilter(chosen));
        QVERIFY(indicators.setFilter(chosen));
        QTRY_VERIFY(results.totalRows() >= 0 && indicators.totalRows() >= 0);
        const FacetCounts::Count count = counts.count(facet, value);
        QCOMPARE(count.results, results.totalRows());
        QCOMPARE(count.indicators, indicators.totalRows());
    };
    for (const Catalog::Program &program : m_catalog.programs()) {
        Filter chosen = base;
        chosen.programIds = {program.id};
        check(FacetCounts::Program, program.id, chosen);
    }
    for (const Catalog::Region &region : m_catalog.regions()) {
        Filter chosen = base;
        chosen.regionId = region.id;
        check(FacetCounts::Region, region.id, chosen);
    }
    for (const Catalog::Objective &o : m_catalog.objectives()) {
        Filter chosen = base;
        chosen.objective = o.number;
        check(FacetCounts::Objective, o.id, chosen);
    }
    // The figures of the report: 8 results and 33 indicators, all national.
    if (text.isEmpty() && !objective) {
        QCOMPARE(counts.count(FacetCounts::Region, m_catalog.findRegion(QStringLiteral("nacional"), &error)->id)
                     .figures(),
                 41);
        QCOMPARE(counts.count(FacetCounts::Year, 2025).figures(), 41);
    }
}

void TestFacets::textSearchCountsTheSame()
{
    // Without words the results are counted from result_total, with them
    // from result: "nacional" is in every result's text, so both agree.
    FacetCounts kept;
    FacetCounts searched;
    QString error;
    Filter filter;
    QVERIFY2(FacetCounts::read(m_fixture->db->connection(), filter, &kept, &error), qPrintable(error));
    filter.text = QStringLiteral("nacional");
    QVERIFY2(FacetCounts::read(m_fixture->db->connection(), filter, &searched, &error), qPrintable(error));
    for (int f = 0; f < FacetCounts::FacetCount; ++f) {
        QVERIFY(!kept.counts[f].isEmpty());
        for (auto it = kept.counts[f].cbegin(); it != kept.counts[f].cend(); ++it)
            QCOMPARE(searched.count(FacetCounts::Facet(f), it.key()).results, it.value().results);
    }
}

void TestFacets::listsShowCountsAndSetEmptyApart()
{
    FilterBar bar;
    bar.setCatalog(m_catalog);
    QComboBox *program = combo(&bar, QStringLiteral("Programa"));
    QComboBox *region = combo(&bar, QStringLiteral("Región"));
    QVERIFY(program && region);
    // Before the counts arrive the lists show names only.
    QCOMPARE(shown(program).value(1), QStringLiteral("Barrios Comerciales"));

    FacetCounter counter(m_fixture->db->connectionName());
    QSignalSpy spy(&counter, &FacetCounter::counted);
    connect(&counter, &FacetCounter::counted, &bar, &FilterBar::setCounts);
    counter.count(bar.filter());
    QTRY_COMPARE(spy.count(), 1);

    // The regions: Nacional holds every figure, then a line, then the 16
    // regions with none, greyed, with a tooltip that says why.
    const QStringList regions = shown(region);
    QCOMPARE(regions.size(), 1 + 1 + 1 + 16);
    QCOMPARE(regions.at(0), QStringLiteral("Todas"));
    QCOMPARE(regions.at(1), QStringLiteral("Nacional (41)"));
    QCOMPARE(regions.at(2), QStringLiteral("—"));
    QVERIFY2(regions.contains(QStringLiteral("Metropolitana (XIII) (0)")), qPrintable(regions.join(u'|')));
    const QColor grey = bar.palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 3; i < region->count(); ++i) {
        QVERIFY2(regions.at(i).endsWith(QStringLiteral(" (0)")), qPrintable(regions.at(i)));
        QCOMPARE(region->itemData(i, Qt::ForegroundRole).value<QColor>(), grey);
        QVERIFY(region->itemData(i, Qt::ToolTipRole).toString().contains(QStringLiteral("Ninguna cifra")));
        QVERIFY(region->model()->flags(region->model()->index(i, 0)) & Qt::ItemIsEnabled);
    }
    QVERIFY(!region->itemData(1, Qt::ForegroundRole).isValid());
    QVERIFY2(region->itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("8 resultados y 33 indicadores")),
             qPrintable(region->itemData(1, Qt::ToolTipRole).toString()));

    // The programs: the 10 with figures in the catalog's order, then the 5
    // with none (Centros de Desarrollo de Negocios has indicators only).
    const QStringList programs = shown(program);
    QCOMPARE(programs.size(), 1 + 10 + 1 + 5);
    QVERIFY2(programs.mid(1, 10).contains(QStringLiteral("Ferias Libres (3)")), qPrintable(programs.join(u'|')));
    QVERIFY(programs.mid(1, 10).contains(QStringLiteral("Centros de Desarrollo de Negocios (15)")));
    QCOMPARE(programs.at(11), QStringLiteral("—"));
    QVERIFY(programs.mid(12).contains(QStringLiteral("Ruta Digital (0)")));
    // The accessible text says what the list shows.
    QString error;
    QCOMPARE(program->itemData(program->findData(m_catalog.findPrograms(QStringLiteral("Ferias Libres"), &error)
                                                     .value(0)
                                                     .id),
                               Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("Ferias Libres (3)"));
    // An empty entry can still be chosen; the box shows its name alone.
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    region->setCurrentIndex(region->findText(QStringLiteral("Metropolitana (XIII)")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.filter().regionLabel, QStringLiteral("Metropolitana (XIII)"));
}

void TestFacets::countsFollowTheOtherFilters()
{
    const std::unique_ptr<FilterBar> bar = shownBar();
    QVERIFY(bar);
    QComboBox *objective = combo(bar.get(), QStringLiteral("Objetivo estratégico"));
    QComboBox *program = combo(bar.get(), QStringLiteral("Programa"));
    FacetCounter counter(m_fixture->db->connectionName());
    QSignalSpy spy(&counter, &FacetCounter::counted);
    connect(&counter, &FacetCounter::counted, bar.get(), &FilterBar::setCounts);
    connect(bar.get(), &FilterBar::filterChanged, &counter, &FacetCounter::count);

    // Ferias Libres chosen, the objective list in focus.
    program->setCurrentIndex(program->findText(QStringLiteral("Ferias Libres")));
    QTRY_COMPARE(spy.count(), 1);
    objective->setFocus();
    QTRY_VERIFY(objective->hasFocus());
    // Ferias Libres has its result in objective 1 and two indicators in 3.
    QCOMPARE(shown(objective), (QStringList{"Todos", "1. Asociatividad (1)", "3. Sustentabilidad (2)", "—",
                                            "2. Internacionalización (0)", "4. Género (0)"}));
    // Program counts do not depend on the program chosen.
    QVERIFY(shown(program).contains(QStringLiteral("Capital Pioneras (1)")));

    // Objective 4 chosen: the program list counts again, Ferias Libres is
    // now empty and set apart, and stays the program chosen.
    QSignalSpy changed(bar.get(), &FilterBar::filterChanged);
    objective->setCurrentIndex(objective->findData(4));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(changed.count(), 1); // the counts arriving change no filter
    const QStringList programs = shown(program);
    const int separator = int(programs.indexOf(QStringLiteral("—")));
    QVERIFY2(separator > 0 && programs.indexOf(QStringLiteral("Ferias Libres (0)")) > separator,
             qPrintable(programs.join(u'|')));
    QVERIFY(programs.indexOf(QStringLiteral("Capital Pioneras (1)")) < separator);
    QCOMPARE(program->currentText(), QStringLiteral("Ferias Libres"));
    QCOMPARE(bar->filter().programLabel, QStringLiteral("Ferias Libres"));
    QCOMPARE(objective->currentData().toInt(), 4);
    QVERIFY(objective->hasFocus());
}

void TestFacets::openListTakesCountsWhenItCloses()
{
    // Entries do not move under the pointer: counts that come while a list
    // is open wait until it closes.
    const std::unique_ptr<FilterBar> bar = shownBar();
    QVERIFY(bar);
    QComboBox *program = combo(bar.get(), QStringLiteral("Programa"));
    FacetCounter counter(m_fixture->db->connectionName());
    QSignalSpy spy(&counter, &FacetCounter::counted);
    connect(&counter, &FacetCounter::counted, bar.get(), &FilterBar::setCounts);
    program->showPopup();
    QTRY_VERIFY(program->view()->isVisible());
    counter.count(bar->filter());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(shown(program).value(1), QStringLiteral("Barrios Comerciales"));
    program->hidePopup();
    QTRY_COMPARE(shown(program).value(1), QStringLiteral("Barrios Comerciales (3)"));
}

void TestFacets::openListShowsEveryEntryWhole()
{
    // A million generated results gave "Arica y Pari…XV) (69.300)": the
    // box is as wide as the names, the open list must fit their counts too.
    const std::unique_ptr<FilterBar> bar = shownBar();
    QVERIFY(bar);
    FacetCounts counts;
    for (const Catalog::Region &region : m_catalog.regions())
        counts.counts[FacetCounts::Region][region.id] = {62630, 6236};
    bar->setCounts(counts);
    QComboBox *region = combo(bar.get(), QStringLiteral("Región"));
    region->showPopup();
    QTRY_VERIFY(region->view()->isVisible());
    QAbstractItemView *view = region->view();
    for (int i = 0; i < region->count(); ++i) {
        const QModelIndex index = region->model()->index(i, 0);
        QVERIFY2(view->sizeHintForIndex(index).width() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1: %2 > %3")
                                .arg(FilterBar::shownText(index))
                                .arg(view->sizeHintForIndex(index).width())
                                .arg(view->viewport()->width())));
    }
    QVERIFY(shown(region).contains(QStringLiteral("Arica y Parinacota (XV) (68.866)")));
    region->hidePopup();
}

void TestFacets::windowCountsAfterItsFirstRows()
{
    // The window starts the counts once its first rows are painted, and
    // counts again for every filter.
    const TestSupport::FixtureWindow opened;
    QVERIFY2(opened.window, qPrintable(opened.error));
    MainWindow &window = *opened.window;
    QComboBox *program = combo(windowPart<FilterBar>(window), QStringLiteral("Programa"));
    QComboBox *region = combo(windowPart<FilterBar>(window), QStringLiteral("Región"));
    QTRY_VERIFY2(shown(region).contains(QStringLiteral("Nacional (41)")), qPrintable(shown(region).join(u'|')));
    region->setCurrentIndex(region->findText(QStringLiteral("Metropolitana (XIII)")));
    QTRY_VERIFY2(shown(program).contains(QStringLiteral("Ferias Libres (0)")), qPrintable(shown(program).join(u'|')));
    QCOMPARE(region->currentText(), QStringLiteral("Metropolitana (XIII)"));
}

void TestFacets::serviceAndReportOnlyWithSeveral()
{
    // One report: no Servicio or Informe list, the bar as it was.
    const std::unique_ptr<FilterBar> single = shownBar();
    QVERIFY(single);
    QVERIFY(!combo(single.get(), QStringLiteral("Servicio"))->isVisible());
    QVERIFY(!combo(single.get(), QStringLiteral("Informe"))->isVisible());

    // Two services' reports: both lists, each report named by its service and year.
    TestSupport::Fixture two;
    MIRADOR_REQUIRE_BACKEND(two);
    TestSupport::addSecondServiceReport(two.db->connection());
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.load(two.db->connection(), &error), qPrintable(error));
    FilterBar bar;
    bar.setCatalog(catalog);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QComboBox *service = combo(&bar, QStringLiteral("Servicio"));
    QComboBox *report = combo(&bar, QStringLiteral("Informe"));
    QVERIFY(service->isVisible() && report->isVisible());
    QCOMPARE(service->count(), 3);
    QCOMPARE(report->count(), 3);
    QCOMPARE(report->itemText(1), QStringLiteral("Servicio de Prueba (fixture de Mirador) 2031"));
    QCOMPARE(report->itemText(2), QStringLiteral("Sercotec 2025"));
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    service->setCurrentIndex(service->findText(QStringLiteral("Sercotec")));
    QCOMPARE(changed.size(), 1);
    const Filter chosen = changed.last().first().value<Filter>();
    QVERIFY(chosen.serviceId);
    QCOMPARE(chosen.describe(), QStringLiteral("Servicio: Sercotec"));
    // And back from a filter, as a saved view or the command line gives one.
    Filter wanted;
    wanted.reportId = catalog.reports().at(1).id;
    bar.setFilter(wanted);
    QCOMPARE(report->currentText(), QStringLiteral("Sercotec 2025"));
    QCOMPARE(service->currentIndex(), 0);
}

void TestFacets::objectiveBelongsToItsReport()
{
    // Two fixture services x two years: each report's objectives are its
    // own entries, named with the report.
    TestSupport::MultiReportFixture several;
    MIRADOR_REQUIRE_BACKEND(several);
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.load(several.db->connection(), &error), qPrintable(error));
    FilterBar bar;
    bar.setCatalog(catalog);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QComboBox *objective = combo(&bar, QStringLiteral("Objetivo estratégico"));
    QComboBox *report = combo(&bar, QStringLiteral("Informe"));
    QCOMPARE(shown(objective),
             (QStringList{QStringLiteral("Todos"), QStringLiteral("Prueba (fixture) 2025 · 1. Prueba uno"),
                          QStringLiteral("Prueba (fixture) 2025 · 2. Prueba dos"),
                          QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno"),
                          QStringLiteral("Prueba (fixture) 2024 · 1. Prueba uno"),
                          QStringLiteral("Prueba (fixture) 2024 · 2. Prueba dos"),
                          QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno")}));

    // Choosing one report's objective chooses its report: one change.
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    objective->setCurrentIndex(objective->findText(QStringLiteral("Prueba 2 (fixture) 2024 · 1. Segundo servicio, uno")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(report->currentText(), QStringLiteral("Prueba 2 (fixture) 2024"));
    Filter chosen = changed.last().first().value<Filter>();
    QCOMPARE(chosen.objective, 1);
    QCOMPARE(chosen.reportId, catalog.objectives().at(5).reportId);
    QCOMPARE(chosen.describe(), QStringLiteral("Informe: Prueba 2 (fixture) 2024 · Objetivo 1"));

    // Another year of the service: its own objective 1.
    report->setCurrentIndex(report->findText(QStringLiteral("Prueba 2 (fixture) 2025")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(objective->currentText(), QStringLiteral("Prueba 2 (fixture) 2025 · 1. Segundo servicio, uno"));
    chosen = changed.last().first().value<Filter>();
    QCOMPARE(chosen.reportId, catalog.objectives().at(2).reportId);
    QCOMPARE(chosen.objective, 1);

    // All reports: no one report's objective is chosen.
    report->setCurrentIndex(0);
    QCOMPARE(objective->currentIndex(), 0);
    chosen = changed.last().first().value<Filter>();
    QVERIFY(!chosen.objective && !chosen.reportId);

    // A chart's bar names its objective's report; a filter sets the same.
    bar.setObjective(2, catalog.objectives().at(4).reportId);
    QCOMPARE(objective->currentText(), QStringLiteral("Prueba (fixture) 2024 · 2. Prueba dos"));
    QCOMPARE(report->currentText(), QStringLiteral("Prueba (fixture) 2024"));
    Filter wanted;
    wanted.reportId = catalog.objectives().at(0).reportId;
    wanted.objective = 2;
    bar.setFilter(wanted);
    QCOMPARE(objective->currentText(), QStringLiteral("Prueba (fixture) 2025 · 2. Prueba dos"));
    QCOMPARE(bar.filter().reportId, wanted.reportId);
}

QTEST_MAIN(TestFacets)
#include "tst_facets.moc"
