#include "catalog.h"
#include "savedview.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// A saved view's file: what it writes, what it reads back, what it refuses,
/// and how its programs and regions are found again by name in a database.
class TestSavedView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void passwordIsNeverWritten();
    void refusals_data();
    void refusals();
    void unknownKeysAreIgnored();
    void fileRoundTripAndMissingFile();
    void filterByNames();
    void missingProgramAndRegionAreNamed();
    void serviceAndReportByName();
};

namespace {

SavedView fullView()
{
    SavedView view;
    view.database = QStringLiteral("/datos/bgi.sqlite");
    view.year = 2025;
    view.objective = 2;
    view.programs = {QStringLiteral("Ferias Libres"), QStringLiteral("Crece Sostenible")};
    view.region = QStringLiteral("14");
    view.text = QStringLiteral("gestión «comillas» \"dobles\"");
    view.tab = QStringLiteral("indicators");
    view.chart = QStringLiteral("programs");
    view.tables = {{QStringLiteral("results"), {QStringLiteral("budget_mclp"), QStringLiteral("program")},
                    {QStringLiteral("program")}, QStringLiteral("budget_mclp"), true},
                   {QStringLiteral("milestones"), {QStringLiteral("title")}, {}, {}, false}};
    return view;
}

} // namespace

void TestSavedView::roundTrip()
{
    const SavedView view = fullView();
    const QByteArray json = view.toJson();
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    // Keys a person can read in the file, as the README documents them.
    QCOMPARE(object.value(QStringLiteral("mirador-view")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("programs")).toVariant().toStringList(), view.programs);
    QCOMPARE(object.value(QStringLiteral("region")).toString(), QStringLiteral("14"));
    QCOMPARE(object.value(QStringLiteral("tables")).toArray().at(0).toObject().value(QStringLiteral("sortOrder")),
             QJsonValue(QStringLiteral("descending")));
    QString error;
    const std::optional<SavedView> back = SavedView::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), json);
    QVERIFY(*back == view);
    // An empty view is a version and nothing else, and reads back empty.
    QCOMPARE(QJsonDocument::fromJson(SavedView().toJson()).object().keys(), QStringList{"mirador-view"});
    QVERIFY(SavedView::fromJson(SavedView().toJson(), &error) == SavedView());
}

void TestSavedView::passwordIsNeverWritten()
{
    SavedView view;
    view.database = QStringLiteral("postgresql://ana:secreto@servidor:5432/bgi");
    const QByteArray json = view.toJson();
    QVERIFY2(!json.contains("secreto"), json.constData());
    QString error;
    QCOMPARE(SavedView::fromJson(json, &error)->database, QStringLiteral("postgresql://ana@servidor:5432/bgi"));
}

void TestSavedView::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"mirador-view\": 1,") << "no es JSON válido";
    QTest::newRow("empty file") << QByteArray() << "no es JSON válido";
    QTest::newRow("an array") << QByteArray("[1]") << "no es una vista de Mirador";
    QTest::newRow("no version") << QByteArray("{\"year\": 2025}") << "no es una vista de Mirador";
    QTest::newRow("version 2") << QByteArray("{\"mirador-view\": 2}") << "es una vista de la versión 2";
    QTest::newRow("version as text") << QByteArray("{\"mirador-view\": \"1\"}") << "no es una vista de Mirador";
    QTest::newRow("year as text") << QByteArray("{\"mirador-view\": 1, \"year\": \"2025\"}") << "tipo equivocado";
    QTest::newRow("programs as text") << QByteArray("{\"mirador-view\": 1, \"programs\": \"Ferias\"}")
                                      << "tipo equivocado";
    QTest::newRow("table without name") << QByteArray("{\"mirador-view\": 1, \"tables\": [{\"order\": []}]}")
                                        << "tipo equivocado";
    QTest::newRow("order of numbers")
        << QByteArray("{\"mirador-view\": 1, \"tables\": [{\"name\": \"results\", \"order\": [1]}]}")
        << "tipo equivocado";
}

void TestSavedView::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString said;
    QVERIFY(!SavedView::fromJson(json, &said));
    QVERIFY2(said.contains(error), qPrintable(said));
}

void TestSavedView::unknownKeysAreIgnored()
{
    // A newer Mirador's key (a unit, say) is left for it; the rest opens.
    QString error;
    const auto view = SavedView::fromJson(
        "{\"mirador-view\": 1, \"unit\": \"gremios\", \"year\": 2025, \"tables\": [{\"name\": \"results\", "
        "\"widths\": [1]}]}",
        &error);
    QVERIFY2(view, qPrintable(error));
    QCOMPARE(view->year, std::optional<int>(2025));
    QCOMPARE(view->tables.size(), 1);
    QVERIFY(!view->toJson().contains("unit"));
}

void TestSavedView::fileRoundTripAndMissingFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mensual.mirador-view"));
    QString error;
    QVERIFY2(fullView().write(file, &error), qPrintable(error));
    const auto back = SavedView::read(file, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == fullView());
    QVERIFY(!SavedView::read(dir.filePath(QStringLiteral("no.mirador-view")), &error));
    QVERIFY2(error.contains(QStringLiteral("no.mirador-view")), qPrintable(error));
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"mirador-view\": 7}");
    broken.close();
    QVERIFY(!SavedView::read(file, &error));
    QVERIFY2(error.startsWith(QStringLiteral("La vista ")) && error.contains(QStringLiteral("versión 7")),
             qPrintable(error));
}

void TestSavedView::filterByNames()
{
    TestSupport::Fixture fixture;
    MIRADOR_REQUIRE_BACKEND(fixture);
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.load(fixture.db->connection(), &error), qPrintable(error));
    const auto program = catalog.findPrograms(QStringLiteral("ferias libres"), &error);
    const auto region = catalog.findRegion(QStringLiteral("los rios"), &error);
    QVERIFY(program.size() == 1 && region);
    Filter filter;
    filter.year = 2025;
    filter.objective = 1;
    filter.programIds = {program.first().id};
    filter.regionId = region->id;
    filter.text = QStringLiteral("ferias");

    SavedView view;
    view.setFilter(filter, catalog);
    // Names and codes in the file, not the database's ids.
    QCOMPARE(view.programs, QStringList{QStringLiteral("Ferias Libres")});
    QCOMPARE(view.region, QStringLiteral("14"));
    QStringList missing;
    const Filter back = view.filter(catalog, &missing);
    QCOMPARE(missing, QStringList());
    QCOMPARE(back.programIds, filter.programIds);
    QCOMPARE(back.regionId, filter.regionId);
    QCOMPARE(back.describe(), QStringLiteral("Año 2025 · Objetivo 1 · Programa: Ferias Libres · Región: Los Ríos · "
                                             "Texto: «ferias»"));
    // A name typed in other case and accents (a file edited by hand) is the same program.
    view.programs = {QStringLiteral("FERIAS libres")};
    QCOMPARE(view.filter(catalog, &missing).programIds, filter.programIds);
}

void TestSavedView::missingProgramAndRegionAreNamed()
{
    TestSupport::Fixture fixture;
    MIRADOR_REQUIRE_BACKEND(fixture);
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.load(fixture.db->connection(), &error), qPrintable(error));
    SavedView view;
    view.year = 1999;
    view.objective = 9;
    view.programs = {QStringLiteral("Programa Que Ya No Está"), QStringLiteral("Ferias Libres")};
    view.region = QStringLiteral("77");
    view.text = QStringLiteral("gestion");
    QStringList missing;
    const Filter filter = view.filter(catalog, &missing);
    QCOMPARE(missing, (QStringList{QStringLiteral("el año 1999"), QStringLiteral("el objetivo 9"),
                                   QStringLiteral("el programa «Programa Que Ya No Está»"),
                                   QStringLiteral("la región de código 77")}));
    // What the database has opens: the program it knows, and the text.
    QCOMPARE(filter.describe(), QStringLiteral("Programa: Ferias Libres · Texto: «gestion»"));
}

void TestSavedView::serviceAndReportByName()
{
    // With two services' reports, the view keeps the service by its short
    // name and the report by service and year, and finds them again.
    TestSupport::Fixture fixture;
    MIRADOR_REQUIRE_BACKEND(fixture);
    TestSupport::addSecondServiceReport(fixture.db->connection());
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.load(fixture.db->connection(), &error), qPrintable(error));
    Filter filter;
    filter.serviceId = catalog.findService(QStringLiteral("sercotec"), &error)->id;
    filter.reportId = catalog.reports().at(1).id;
    SavedView view;
    view.setFilter(filter, catalog);
    QCOMPARE(view.service, QStringLiteral("Sercotec"));
    QCOMPARE(view.report, QStringLiteral("Sercotec 2025"));
    const std::optional<SavedView> read = SavedView::fromJson(view.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QStringList missing;
    const Filter back = read->filter(catalog, &missing);
    QCOMPARE(missing, QStringList());
    QCOMPARE(back.describe(), QStringLiteral("Servicio: Sercotec · Informe: Sercotec 2025"));
    QCOMPARE(back.serviceId, filter.serviceId);
    QCOMPARE(back.reportId, filter.reportId);
    view.report = QStringLiteral("Sercotec 2019");
    view.filter(catalog, &missing);
    QCOMPARE(missing, QStringList{QStringLiteral("el informe «Sercotec 2019»")});
}

QTEST_GUILESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
