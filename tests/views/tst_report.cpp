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
#include <QTranslator>

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
    void englishReportWritesItsDateInEnglish();
    void continuedSectionRepeatsItsHeading();
    void tablesCiteTheirSources();
    void unconfirmedFiguresAreMarked();

private:
    QString pageText(const QString &file, int page);
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
    // The totals' Total row adds no beneficiaries of different units: it
    // showed 1.992 and 8.744,4 M$ per beneficiary, gremios and mujeres added.
    const QString totals = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("6"),
                                                             QStringLiteral("-l"), QStringLiteral("6"), file,
                                                             QStringLiteral("-")})
                               .simplified();
    QVERIFY2(totals.contains(QStringLiteral("Total 8 17.418.814 — ")), qPrintable(totals));
    QVERIFY(!totals.contains(QStringLiteral("1.992")) && !totals.contains(QStringLiteral("8.744,4")));
    QVERIFY(totals.contains(QStringLiteral("El total no suma beneficiarios de unidades distintas (—).")));
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
    // The cover says it in a sentence.
    QVERIFY2(text.simplified().contains(QStringLiteral(
                 "DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe.")),
             qPrintable(text.left(600)));
    // On every page.
    QCOMPARE(text.count(QStringLiteral("DATOS SINTÉTICOS")) >= 6, true);
}

// An edited budget (2.600.000) stood on the report's page beside the sentence saying
// "M$ 2.509.474" with no flag (issue 16, item 6): it is marked, and the source's figure given.
void TestReport::editedFigureIsMarkedWithItsSource()
{
    Fixture edited;
    const qint64 id = TestSupport::resultId(edited.db->connection(), QStringLiteral("Ferias Libres"), 2025);
    QVERIFY(id > 0);
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

QString TestReport::pageText(const QString &file, int page)
{
    const QString number = QString::number(page);
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), number, QStringLiteral("-l"), number, file,
                                              QStringLiteral("-")})
        .simplified();
}

void TestReport::englishReportWritesItsDateInEnglish()
{
    // The English report said "Generated on 29 de noviembre de 2026".
    ReportData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), m_catalog, Filter{}, &error));
    data.created = QDateTime(QDate(2026, 11, 29), QTime(14, 5));
    const QString spanish = m_dir.filePath(QStringLiteral("fecha-es.pdf"));
    QVERIFY2(ReportWriter(data).writePdf(spanish, {}, &error), qPrintable(error));
    QVERIFY(pageText(spanish, 1).contains(QStringLiteral("Generado el 29 de noviembre de 2026, 14:05")));

    QTranslator english;
    QVERIFY(english.load(QStringLiteral("mirador_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&english);
    const QString file = m_dir.filePath(QStringLiteral("date-en.pdf"));
    const bool written = ReportWriter(data).writePdf(file, {}, &error);
    QCoreApplication::removeTranslator(&english);
    QVERIFY2(written, qPrintable(error));
    const QString cover = pageText(file, 1);
    QVERIFY2(cover.contains(QStringLiteral("Generated on 29 November 2026, 14:05")), qPrintable(cover));
    QVERIFY(!cover.contains(QStringLiteral("noviembre")));
}

void TestReport::continuedSectionRepeatsItsHeading()
{
    // After one import, page 3 held one overflowing source sentence and no
    // heading: a page a section runs onto starts with its heading again.
    Filter filter;
    filter.objective = 2;
    ReportData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), m_catalog, filter, &error));
    QCOMPARE(data.sections.size(), 1);
    for (int i = 0; i < 40; ++i)
        data.sections[0].quotes << QStringLiteral("Durante el año se ejecutaron %1 proyectos de internacionalización "
                                                  "con empresas de menor tamaño en regiones del país.")
                                       .arg(i + 1);
    const QString file = m_dir.filePath(QStringLiteral("continued.pdf"));
    int pages = 0;
    QVERIFY2(ReportWriter(data).writePdf(file, {}, &error, &pages), qPrintable(error));
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    // Every page after the cover says which section it holds.
    for (int page = 2; page <= pages; ++page) {
        const QString text = pageText(file, page);
        QVERIFY2(text.contains(QStringLiteral("Objetivo estratégico 2: Internacionalización"))
                     || text.contains(QStringLiteral("Totales por objetivo estratégico")),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(300))));
    }
    const QString page3 = pageText(file, 3);
    QVERIFY2(page3.contains(QStringLiteral("Objetivo estratégico 2: Internacionalización (continuación)")),
             qPrintable(page3.left(300)));
    QVERIFY(page3.contains(QStringLiteral("Fuentes (texto del informe) (continuación)")));
    // The heading on page 2 is not its last line.
    const QString page2 = pageText(file, 2);
    QVERIFY(!page2.trimmed().endsWith(QStringLiteral("Fuentes (texto del informe)")));
}

void TestReport::tablesCiteTheirSources()
{
    // The [n] of the source sentences were never referred to from the
    // tables: each row with a sentence now carries its number.
    int pages = 0;
    const QString file = write(Filter{}, &pages);
    const QString page2 = pageText(file, 2);
    const auto quote = [&page2](const QString &number) {
        static const QRegularExpression any(QStringLiteral("\\[(\\d+)\\] «([^»]*)»"));
        for (const QRegularExpressionMatch &match : any.globalMatch(page2)) {
            if (match.captured(1) == number)
                return match.captured(2);
        }
        return QString();
    };
    const QRegularExpressionMatch program
        = QRegularExpression(QStringLiteral("Fortalecimiento Gremial \\[(\\d+)\\]")).match(page2);
    QVERIFY2(program.hasMatch(), qPrintable(page2));
    QVERIFY2(quote(program.captured(1)).contains(QStringLiteral("104 gremios")), qPrintable(quote(program.captured(1))));
    // Every program and indicator row of objective 1 cites a sentence.
    ReportData data;
    QString error;
    QVERIFY(data.load(m_fixture->db->connection(), m_catalog, Filter{}, &error));
    for (const ChartData::Program &row : data.charts.programs) {
        if (row.objective != 1)
            continue;
        const QRegularExpressionMatch cited
            = QRegularExpression(QRegularExpression::escape(row.name) + QStringLiteral(" \\[([\\d, ]+)\\]")).match(page2);
        QVERIFY2(cited.hasMatch(), qPrintable(row.name));
        for (const QString &number : cited.captured(1).split(QStringLiteral(", ")))
            QVERIFY2(!quote(number).isEmpty(), qPrintable(row.name + QStringLiteral(" cites [") + number + u']'));
    }
    for (const ReportData::Indicator &indicator : data.sections.first().indicators) {
        const QRegularExpressionMatch cited
            = QRegularExpression(QRegularExpression::escape(indicator.name.simplified()) + QStringLiteral(" \\[(\\d+)\\]"))
                  .match(page2);
        QVERIFY2(cited.hasMatch(), qPrintable(indicator.name));
        QVERIFY(!quote(cited.captured(1)).isEmpty());
    }
}

// Issue 18: a report written by read-report --accept-all printed the
// reader's figures as if someone had checked them. Each figure nobody
// confirmed is marked "†", the mark is explained under its table, and the
// cover counts them; a confirmed figure loses its mark, and a report of
// typed figures (the embedded dataset) has none.
void TestReport::unconfirmedFiguresAreMarked()
{
    Fixture read(Database::Content::Empty);
    QSqlDatabase db = read.db->connection();
    QString error;
    QVERIFY2(TestSupport::writeUnconfirmedReport(db, &error), qPrintable(error));
    const auto report = [&](const QString &name) {
        Catalog catalog;
        ReportData data;
        QString failure;
        const QString file = m_dir.filePath(name);
        if (!catalog.load(db, &failure) || !data.load(db, catalog, Filter{}, &failure)
            || !ReportWriter(data).writePdf(file, {}, &failure))
            qFatal("report: %s", qPrintable(failure));
        return file;
    };
    QString file = report(QStringLiteral("unconfirmed.pdf"));
    // 8 budgets, 8 beneficiaries and 34 indicators.
    QVERIFY2(pageText(file, 1).contains(
                 QStringLiteral("† 50 cifras sin confirmar (leídas por Mirador; nadie las ha revisado)")),
             qPrintable(pageText(file, 1)));
    // The service the reader wrote has its name as its short name: once on the cover.
    QVERIFY2(!pageText(file, 1).contains(QStringLiteral("Técnica (Servicio")), qPrintable(pageText(file, 1)));
    QString page2 = pageText(file, 2);
    for (const char *expected : {"1.487.480 †", "104 †", "2.509.474 †", "51,8 % †", "M$ 7.732.882 †",
                                 "† Cifra leída por Mirador del informe; nadie la ha confirmado."})
        QVERIFY2(page2.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + u'\n' + page2));

    // A person confirms Fortalecimiento Gremial's budget and beneficiaries.
    const qint64 id = TestSupport::resultId(db, QStringLiteral("Fortalecimiento Gremial"), 2025);
    QVERIFY(id > 0);
    QVERIFY(TestSupport::setReview(db, QStringLiteral("result"), id, QStringLiteral("confirmed"), QStringLiteral("ana"),
                                   QStringLiteral("2026-11-29T12:00:00Z"), QVariant(), 3));
    file = report(QStringLiteral("confirmed.pdf"));
    QVERIFY2(pageText(file, 1).contains(QStringLiteral("† 48 cifras sin confirmar")), qPrintable(pageText(file, 1)));
    page2 = pageText(file, 2);
    QVERIFY2(page2.contains(QStringLiteral("1.487.480 ")) && !page2.contains(QStringLiteral("1.487.480 †")),
             qPrintable(page2));
    QVERIFY(!page2.contains(QStringLiteral("104 †")));
    QVERIFY(page2.contains(QStringLiteral("2.509.474 †")));

    // The embedded dataset's figures were typed: no mark, no note, no count.
    const QString typed = tool(QStringLiteral("pdftotext"), {write(Filter{}, nullptr), QStringLiteral("-")});
    QVERIFY(!typed.contains(QStringLiteral("†")));
    QVERIFY(!typed.contains(QStringLiteral("sin confirmar")));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
