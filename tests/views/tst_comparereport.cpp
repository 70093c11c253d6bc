#include "catalog.h"
#include "cli.h"
#include "filterbar.h"
#include "fixturereports.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
#include <QStandardPaths>
#include <QTest>

/// The PDF report of several reports (issue 19), read back with poppler's
/// pdftotext: the two-year report of export-pdf --compare, a page per
/// objective with both years and the change, and the cover and running
/// header that name every report in scope. On the test fixture of two
/// services x two years, on SQLite and PostgreSQL; the command line runs
/// the mirador binary on the same database.
class TestCompareReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagePerObjectiveWithBothYears();
    void programOfOneYearIsMarked();
    void differingTitlesAreBothShown();
    void commandLineComparesTwoYears();
    void commandLineRefuses_data();
    void commandLineRefuses();
    void coverNamesEveryReportInScope_data();
    void coverNamesEveryReportInScope();
    void unconfirmedFiguresAreMarked();
    void windowComparesTheChosenYear();

private:
    /// pdftotext -layout of pages first..last (0: to the end), on one line.
    static QString text(const QString &file, int first = 1, int last = 0);
    /// Runs mirador with arguments; its exit code, stderr in *err.
    static int mirador(const QStringList &arguments, QString *err);
    QString writeComparison(const QString &service, int compareYear);

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    Catalog m_catalog;
    QTemporaryDir m_dir;
};

void TestCompareReport::initTestCase()
{
    TestSupport::useTestSettings(QStringLiteral("tst_comparereport"));
    Format::initDefaultLocale();
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    if (!m_fixture->db)
        return;
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

QString TestCompareReport::text(const QString &file, int first, int last)
{
    // -layout: a table's row stays on one line, its cells in order.
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(first)};
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  arguments << file << QStringLiteral("-"));
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int TestCompareReport::mirador(const QStringList &arguments, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIRADOR_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString TestCompareReport::writeComparison(const QString &service, int compareYear)
{
    Filter filter;
    QString error;
    const auto found = m_catalog.findService(service, &error);
    filter.serviceId = found->id;
    filter.serviceLabel = found->shortName;
    ReportData data;
    if (!data.loadComparison(m_fixture->db->connection(), m_catalog, filter, compareYear, &error))
        qFatal("comparison: %s", qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("compare-%1.pdf").arg(qHash(service)));
    if (!ReportWriter(data).writePdf(file, {}, &error))
        qFatal("report: %s", qPrintable(error));
    return file;
}

void TestCompareReport::pagePerObjectiveWithBothYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const QString file = writeComparison(FixtureReports::service, FixtureReports::firstYear);
    // The cover, then objective 1 and objective 2, a page each.
    const QString cover = text(file, 1, 1);
    for (const QString &said :
         {QStringLiteral("Comparación de dos años"), QStringLiteral("Prueba (fixture), 2024 y 2025"),
          QStringLiteral("M$ = miles de pesos"), QStringLiteral("DATOS SINTÉTICOS")})
        QVERIFY2(cover.contains(said), qPrintable(cover));
    const QString page2 = text(file, 2, 2);
    for (const QString &said :
         {QStringLiteral("Prueba (fixture), 2024 y 2025 · Comparación de dos años"),
          QStringLiteral("Objetivo estratégico 1: Prueba uno"),
          QStringLiteral("Presupuesto (M$) 1.500 2.000 +500 +33,3 %"),
          QStringLiteral("Beneficiarios: empresas 15 12 \u22123 \u221220 %"),
          QStringLiteral("Beneficiarios: personas — 40"), QStringLiteral("M$ por beneficiario: empresas 100,0 100,0"),
          QStringLiteral("M$ por beneficiario: personas — 20,0"), QStringLiteral("DATOS SINTÉTICOS"),
          QStringLiteral("Página 2 de 3")})
        QVERIFY2(page2.contains(said), qPrintable(said + QStringLiteral(" not in: ") + page2));
    // Units are never added together: 12 empresas and 40 personas are not 52.
    QVERIFY2(!page2.contains(QStringLiteral("52")), qPrintable(page2));
    QVERIFY(!page2.contains(QStringLiteral("Objetivo estratégico 2")));
    QVERIFY(text(file, 3, 3).contains(QStringLiteral("Objetivo estratégico 2: Prueba dos")));
    QVERIFY(text(file, 4).isEmpty());
}

void TestCompareReport::programOfOneYearIsMarked()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const QString file = writeComparison(FixtureReports::service, FixtureReports::firstYear);
    const QString page3 = text(file, 3, 3);
    // Each program of one year says so under its name, and has no change.
    const qsizetype only2024 = page3.indexOf(QStringLiteral("solo en 2024"));
    const qsizetype only2025 = page3.indexOf(QStringLiteral("solo en 2025"));
    QVERIFY2(only2024 > page3.indexOf(QStringLiteral("Programa solo de 2024")) && only2025 > only2024,
             qPrintable(page3));
    for (const QString &said :
         {QStringLiteral("Presupuesto (M$) 300 — "), QStringLiteral("Beneficiarios: personas 3 — "),
          QStringLiteral("Presupuesto (M$) — 600 "), QStringLiteral("Beneficiarios: personas — 6 "),
          QStringLiteral("Presupuesto (M$) 300 600 +300 +100 %")})
        QVERIFY2(page3.contains(said), qPrintable(said + QStringLiteral(" not in: ") + page3));
}

void TestCompareReport::differingTitlesAreBothShown()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    // The 2025 report calls its objective 2 otherwise: both titles are shown.
    QSqlQuery query(m_fixture->db->connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE objective SET short_name = ?, title = ? WHERE number = 2 AND "
                                         "report_id = (SELECT r.id FROM report r JOIN service s ON s.id = "
                                         "r.service_id WHERE s.name = ? AND r.year = 2025)")));
    query.addBindValue(QStringLiteral("Prueba dos renombrada"));
    query.addBindValue(QStringLiteral("Objetivo renombrado en 2025 (fixture de Mirador)"));
    query.addBindValue(FixtureReports::service);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QString file = writeComparison(FixtureReports::service, FixtureReports::firstYear);
    QVERIFY2(query.prepare(QStringLiteral("UPDATE objective SET short_name = ?, title = ? WHERE number = 2")),
             qPrintable(query.lastError().text()));
    query.addBindValue(QStringLiteral("Prueba dos"));
    query.addBindValue(QStringLiteral("Objetivo de prueba: Prueba dos (fixture de Mirador)"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QString page3 = text(file, 3, 3);
    for (const QString &said : {QStringLiteral("Objetivo estratégico 2 "),
                                QStringLiteral("2024: Prueba dos. Objetivo de prueba: Prueba dos (fixture de Mirador)"),
                                QStringLiteral("2025: Prueba dos renombrada. Objetivo renombrado en 2025"),
                                QStringLiteral("Presupuesto (M$) 300 600 +300 +100 %")})
        QVERIFY2(page3.contains(said), qPrintable(said + QStringLiteral(" not in: ") + page3));
}

void TestCompareReport::commandLineComparesTwoYears()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const QString file = m_dir.filePath(QStringLiteral("cli-compare.pdf"));
    QString err;
    QCOMPARE(mirador({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_fixture->location,
                      QStringLiteral("--out"), file, QStringLiteral("--compare"), QStringLiteral("2024"),
                      QStringLiteral("--service"), FixtureReports::service},
                     &err),
             0);
    const QString all = text(file);
    for (const QString &said :
         {QStringLiteral("Prueba (fixture), 2024 y 2025"), QStringLiteral("Presupuesto (M$) 1.500 2.000 +500 +33,3 %"),
          QStringLiteral("Beneficiarios: empresas 15 12 \u22123 \u221220 %"),
          QStringLiteral("Beneficiarios: personas — 40"), QStringLiteral("solo en 2024"),
          QStringLiteral("solo en 2025"), QStringLiteral("Página 3 de 3")})
        QVERIFY2(all.contains(said), qPrintable(said + QStringLiteral(" not in: ") + all));
}

void TestCompareReport::commandLineRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("said");
    QTest::newRow("several services, none chosen")
        << QStringList{QStringLiteral("--compare"), QStringLiteral("2024")} << 1
        << QStringList{QStringLiteral("mirador export-pdf: la base de datos tiene informes de 2 servicios"),
                       QStringLiteral("«Prueba (fixture)»"), QStringLiteral("«Prueba 2 (fixture)»")};
    QTest::newRow("no report that year") << QStringList{QStringLiteral("--compare"), QStringLiteral("2023"),
                                                        QStringLiteral("--service"), FixtureReports::service}
                                         << 1
                                         << QStringList{QStringLiteral(
                                                "Prueba (fixture) no tiene informe de 2023; tiene de: 2024, 2025")};
    QTest::newRow("not a year") << QStringList{QStringLiteral("--compare"), QStringLiteral("último")} << 2
                                << QStringList{QStringLiteral("--compare espera un año")};
}

void TestCompareReport::commandLineRefuses()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, said);
    const QString file = m_dir.filePath(QStringLiteral("refused.pdf"));
    QString err;
    QCOMPARE(mirador(QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), m_fixture->location,
                                 QStringLiteral("--out"), file}
                         + arguments,
                     &err),
             exitCode);
    for (const QString &words : said)
        QVERIFY2(err.contains(words), qPrintable(err));
    QVERIFY(!QFile::exists(file));
}

void TestCompareReport::coverNamesEveryReportInScope_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("listed"); ///< on the cover, under a scope said by counting
    QTest::newRow("every report") << QStringList{} << QStringLiteral("2 servicios, 2024–2025")
                                  << QStringLiteral("Informes: Prueba (fixture) 2025 · Prueba 2 (fixture) 2025 · "
                                                    "Prueba (fixture) 2024 · Prueba 2 (fixture) 2024");
    QTest::newRow("one service, both years") << QStringList{QStringLiteral("--service"), FixtureReports::service}
                                             << QStringLiteral("Prueba (fixture), 2024–2025") << QString();
    QTest::newRow("one year, both services")
        << QStringList{QStringLiteral("--year"), QStringLiteral("2024")}
        << QStringLiteral("Prueba (fixture) 2024 · Prueba 2 (fixture) 2024") << QString();
}

void TestCompareReport::coverNamesEveryReportInScope()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QFETCH(QStringList, filters);
    QFETCH(QString, scope);
    QFETCH(QString, listed);
    const QString file = m_dir.filePath(QStringLiteral("scope.pdf"));
    QString err;
    QCOMPARE(mirador(QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), m_fixture->location,
                                 QStringLiteral("--out"), file}
                         + filters,
                     &err),
             0);
    // Before, the cover and every header named one report of them:
    // "Informe 2025 de prueba: Servicio de prueba (fixture de Mirador)".
    const QString cover = text(file, 1, 1);
    QVERIFY2(cover.contains(QStringLiteral("Balances de Gestión Integral ") + scope), qPrintable(cover));
    QVERIFY2(!cover.contains(QStringLiteral("Informe 2025 de prueba")), qPrintable(cover));
    QCOMPARE(cover.contains(QStringLiteral("Informes: ")), !listed.isEmpty());
    QVERIFY2(cover.contains(listed), qPrintable(cover));
    const QString page2 = text(file, 2, 2);
    QVERIFY2(page2.startsWith(scope + QStringLiteral(" · Balances de Gestión Integral")), qPrintable(page2));
}

void TestCompareReport::unconfirmedFiguresAreMarked()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    // The 2025 Biobío figures (800 M$, 40 personas) as the reader proposes
    // them, confirmed by nobody.
    const QString biobio = QStringLiteral("SELECT r.id FROM result r JOIN region g ON g.id = r.region_id "
                                          "WHERE r.year = 2025 AND r.beneficiary_unit = 'personas' AND g.code = '08'");
    QSqlQuery query(m_fixture->db->connection());
    QVERIFY2(query.exec(biobio) && query.next(), qPrintable(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    QVERIFY(query.prepare(QStringLiteral("SELECT review FROM result WHERE id = ?")));
    query.addBindValue(id);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const QVariant review = query.value(0);
    QVERIFY(query.prepare(QStringLiteral("UPDATE result SET review = ? WHERE id = ?")));
    query.addBindValue(QStringLiteral("proposed"));
    query.addBindValue(id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const QString file = writeComparison(FixtureReports::service, FixtureReports::firstYear);
    query.addBindValue(review);
    query.addBindValue(id);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY2(text(file, 1, 1).contains(QStringLiteral("\u2020 2 cifras sin confirmar")), qPrintable(text(file, 1, 1)));
    const QString page2 = text(file, 2, 2);
    for (const QString &said : {QStringLiteral("Presupuesto (M$) 1.500 2.000 \u2020 +500 +33,3 %"),
                                QStringLiteral("Beneficiarios: empresas 15 12 \u22123"),
                                QStringLiteral("Beneficiarios: personas — 40 \u2020"),
                                QStringLiteral("\u2020 Cifra leída por Mirador del informe; nadie la ha confirmado.")})
        QVERIFY2(page2.contains(said), qPrintable(said + QStringLiteral(" not in: ") + page2));
    // The empresas of 2025 are confirmed: neither they nor their M$ per beneficiary are marked.
    QVERIFY2(!page2.contains(QStringLiteral("12 \u2020")), qPrintable(page2));
    QVERIFY2(page2.contains(QStringLiteral("M$ por beneficiario: empresas 100,0 100,0 0 0% M$")), qPrintable(page2));
}

// Archivo → Exportar comparación de dos años…: the year asked in a list of
// the service's other years, then the file; the PDF says what export-pdf
// --compare's does.
void TestCompareReport::windowComparesTheChosenYear()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    const std::unique_ptr<MainWindow> window = TestSupport::openWindow(m_fixture->location, &error);
    QVERIFY2(window, qPrintable(error));
    auto *bar = windowPart<FilterBar>(*window);
    Filter filter;
    const auto service = m_catalog.findService(FixtureReports::service, &error);
    filter.serviceId = service->id;
    filter.serviceLabel = service->shortName;
    bar->setFilter(filter);
    QTRY_COMPARE(windowPart<QueryTableModel>(*window, "resultsModel")->filter().serviceId, filter.serviceId);

    const QString fileName = m_dir.filePath(QStringLiteral("ventana-dos-años.pdf"));
    QStringList offered;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->property("answered").toBool())
            return;
        modal->setProperty("answered", true);
        if (auto *years = qobject_cast<QInputDialog *>(modal)) {
            offered = years->comboBoxItems();
            years->setTextValue(QStringLiteral("2024"));
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(fileName);
        }
        QMetaObject::invokeMethod(modal, "accept", Qt::QueuedConnection);
    });
    answer.start();
    QAction *action = nullptr;
    for (QAction *candidate : window->findChildren<QAction *>()) {
        if (candidate->text() == QStringLiteral("Exportar comparación de &dos años…"))
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fileName), 30000);
    // 2025, the service's latest, is the one compared: 2024 alone is offered.
    QCOMPARE(offered, QStringList{QStringLiteral("2024")});

    const QString cliFile = m_dir.filePath(QStringLiteral("cli-dos-años.pdf"));
    // In this process, as the window: the same version in the footer.
    QString output;
    QTextStream out(&output);
    const int status = Cli::run({QStringLiteral("export-pdf"), QStringLiteral("--db"), m_fixture->location,
                                 QStringLiteral("--out"), cliFile, QStringLiteral("--compare"), QStringLiteral("2024"),
                                 QStringLiteral("--service"), FixtureReports::service},
                                out, out);
    out.flush();
    QVERIFY2(status == 0, qPrintable(output));
    const QString text = TestCompareReport::text(fileName);
    QVERIFY2(text.contains(QStringLiteral("Presupuesto (M$) 1.500 2.000 +500 +33,3 %")), qPrintable(text));
    // The same pages but for the minute they were made in.
    const QRegularExpression generated(QStringLiteral("Generado el [^,]*, \\d\\d:\\d\\d"));
    QCOMPARE(QString(text).remove(generated), TestCompareReport::text(cliFile).remove(generated));
}

QTEST_MAIN(TestCompareReport)
#include "tst_comparereport.moc"
