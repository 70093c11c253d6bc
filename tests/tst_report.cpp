#include "catalog.h"
#include "changelog.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "testsupport.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using TestSupport::Fixture;

/// The PDF report a manager hands on, read back with poppler's tools.
class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullReport();
    void oneObjective();
    void syntheticDataIsSaid();
    void editedFigureIsMarkedWithItsSource();
    void printerGetsTheSamePages();

private:
    QString write(const Filter &filter, int *pages);
    QString tool(const QString &name, const QStringList &arguments);

    std::unique_ptr<Fixture> m_fixture;
    Catalog m_catalog;
    QTemporaryDir m_dir;
};

void TestReport::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<Fixture>();
    QString error;
    QVERIFY(m_catalog.load(m_fixture->db->connection(), &error));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext and pdfinfo (poppler-utils) are needed");
}

QString TestReport::tool(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(name), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestReport::write(const Filter &filter, int *pages)
{
    ReportData data;
    QString error;
    if (!data.load(m_fixture->db->connection(), m_catalog, filter, &error))
        qFatal("report data: %s", qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(qHash(filter.describe())));
    if (!ReportWriter(data).writePdf(file, {}, &error, pages))
        qFatal("report: %s", qPrintable(error));
    return file;
}

void TestReport::fullReport()
{
    int pages = 0;
    const QString file = write(Filter{}, &pages);
    // Cover, one page per objective, totals.
    QCOMPARE(pages, 6);
    QVERIFY(tool(QStringLiteral("pdfinfo"), {file}).contains(QRegularExpression(QStringLiteral("Pages:\\s+6\\n"))));
    QVERIFY(tool(QStringLiteral("pdfinfo"), {file}).contains(QStringLiteral("A4")));
    const QString text = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).simplified();
    QVERIFY(text.contains(QStringLiteral("7.732.882")));
    for (const Catalog::Objective &objective : m_catalog.objectives())
        QVERIFY2(text.contains(objective.title.simplified()), qPrintable(objective.title));
    for (const char *expected : {"Balance de Gestión Integral 2025 – Etapa 1", "Servicio de Cooperación Técnica",
                                 "M$ = miles de pesos", "Filtros: Sin filtros", "Página 1 de 6", "Página 6 de 6",
                                 "17.418.814", "51,8 %", "2.536 mujeres"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("SINTÉTICOS")));
    // No chart label or axis title cut short: Qt Charts ends those with
    // "...", and cut "Creación y Fortalecimiento de Cooperativas" and
    // "Presupuesto (M$)" on page 2 before labels were fitted.
    QVERIFY2(!text.contains(QStringLiteral("...")),
             qPrintable(text.mid(std::max<qsizetype>(0, text.indexOf(QStringLiteral("...")) - 80), 160)));

    // Each objective on its own page: page 2 holds objective 1 and its quotes.
    const QString page2 = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"),
                                                            QStringLiteral("-l"), QStringLiteral("2"), file,
                                                            QStringLiteral("-")})
                              .simplified();
    QVERIFY(page2.contains(QStringLiteral("Objetivo estratégico 1: Asociatividad")));
    QVERIFY(page2.contains(QStringLiteral("1.487.480")));
    QVERIFY(page2.contains(QStringLiteral("se apoyó a 104 gremios regionales y nacionales")));
    QVERIFY(!page2.contains(QStringLiteral("Objetivo estratégico 2")));
}

void TestReport::oneObjective()
{
    Filter filter;
    filter.objective = 3;
    int pages = 0;
    const QString file = write(filter, &pages);
    QCOMPARE(pages, 3);
    const QString text = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).simplified();
    QVERIFY(text.contains(QStringLiteral("Filtros: Objetivo 3")));
    QVERIFY(text.contains(QStringLiteral("3.846.665")));
    QVERIFY(!text.contains(QStringLiteral("7.732.882")));
}

void TestReport::syntheticDataIsSaid()
{
    Fixture synthetic;
    QSqlQuery q(synthetic.db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE report SET synthetic = 1")));
    Catalog catalog;
    QString error;
    QVERIFY(catalog.load(synthetic.db->connection(), &error));
    ReportData data;
    QVERIFY(data.load(synthetic.db->connection(), catalog, Filter{}, &error));
    const QString file = m_dir.filePath(QStringLiteral("synthetic.pdf"));
    QVERIFY(ReportWriter(data).writePdf(file, {}, &error));
    const QString text = tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("DATOS SINTÉTICOS")));
    // On every page.
    QCOMPARE(text.count(QStringLiteral("DATOS SINTÉTICOS")) >= 6, true);
}

// An edited budget (2.600.000) stood on the report's page beside the sentence saying
// "M$ 2.509.474" with no flag (issue 16, item 6): it is marked, and the source's figure given.
void TestReport::editedFigureIsMarkedWithItsSource()
{
    Fixture edited;
    QSqlQuery q(edited.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT r.id FROM result r JOIN program p ON p.id = r.program_id "
                                  "WHERE p.name = 'Ferias Libres' AND r.budget_mclp = 2509474")));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QString error;
    QVariant old;
    QVERIFY2(ChangeLog::update(edited.db->connection(), QStringLiteral("result"), QStringLiteral("budget_mclp"), id,
                               qlonglong(2600000), QStringLiteral("edit"), &old, &error),
             qPrintable(error));
    Catalog catalog;
    QVERIFY(catalog.load(edited.db->connection(), &error));
    ReportData data;
    QVERIFY(data.load(edited.db->connection(), catalog, Filter{}, &error));
    const QString file = m_dir.filePath(QStringLiteral("edited.pdf"));
    QVERIFY2(ReportWriter(data).writePdf(file, {}, &error), qPrintable(error));
    const QString page2 = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"),
                                                            QStringLiteral("-l"), QStringLiteral("2"), file,
                                                            QStringLiteral("-")})
                              .simplified();
    QVERIFY2(page2.contains(QStringLiteral("2.600.000 *")), qPrintable(page2));
    QVERIFY2(page2.contains(QStringLiteral(
                 "* Ferias Libres, presupuesto (M$): 2.600.000, editado en Mirador; el informe dice 2.509.474.")),
             qPrintable(page2));
    // The sentence itself is the report's, unchanged; an unedited report has no mark.
    QVERIFY(page2.contains(QStringLiteral("2.509.474")));
    const QString untouched = tool(QStringLiteral("pdftotext"), {write(Filter{}, nullptr), QStringLiteral("-")});
    QVERIFY(!untouched.contains(QStringLiteral("editado en Mirador")));
}

void TestReport::printerGetsTheSamePages()
{
    // Print preview and printing paint through a QPrinter: the same six pages.
    ReportData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), m_catalog, Filter{}, &error));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    QCOMPARE(ReportWriter(data).paint(&printer, &error), 6);
    QVERIFY(tool(QStringLiteral("pdfinfo"), {file}).contains(QRegularExpression(QStringLiteral("Pages:\\s+6\\n"))));
    QVERIFY(tool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).contains(QStringLiteral("7.732.882")));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
