// The whole reading of a BGI's PDF, as far as the structure: the report's
// text made into a PDF in the report's layout (a test fixture, BgiPdf), read
// back with Poppler (PdfText), its paragraphs rebuilt (ReportLayout) and its
// structure read (ReportStructure). It must give what the same text gives
// as pdftotext wrote it, and each sentence the page it is on.

#include "bgipdf.h"
#include "catalog.h"
#include "pdftext.h"
#include "reportlayout.h"
#include "reportstructure.h"

#include <QTemporaryDir>
#include <QTest>

class TestReadPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameStructureAsTheText();
    void sentencesKeepTheirPage();
    void readsBesidesMiradorsOwnClasses();

private:
    QTemporaryDir m_dir;
    SourcePages m_drawn; ///< the lines BgiPdf drew, page by page
    ReportOutline m_fromPdf;
    ReportOutline m_fromText;
};

void TestReadPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString fileName = m_dir.filePath(QStringLiteral("bgi-fixture.pdf"));
    QString error;
    m_drawn = BgiPdf::write(fileName, BgiPdf::sercotecLines(), &error);
    QVERIFY2(!m_drawn.isEmpty(), qPrintable(error));
    SourcePages pages;
    QVERIFY2(PdfText::read(fileName, &pages, &error), qPrintable(error));
    m_fromPdf = ReportStructure::read(ReportLayout::paragraphs(pages));
    m_fromText = ReportStructure::read(
        ReportLayout::paragraphs(ReportText::fromPlainText(BgiPdf::sercotecLines().join(u'\n'))));
}

void TestReadPdf::sameStructureAsTheText()
{
    QCOMPARE(m_fromPdf.service, m_fromText.service);
    QCOMPARE(m_fromPdf.ministry, m_fromText.ministry);
    QCOMPARE(m_fromPdf.year, m_fromText.year);
    QCOMPARE(m_fromPdf.stage, m_fromText.stage);
    QCOMPARE(m_fromPdf.objectives.size(), m_fromText.objectives.size());
    QVERIFY(!m_fromText.objectives.isEmpty());
    for (qsizetype o = 0; o < m_fromText.objectives.size(); ++o) {
        const ObjectiveOutline &pdf = m_fromPdf.objectives.at(o);
        const ObjectiveOutline &text = m_fromText.objectives.at(o);
        QCOMPARE(pdf.title, text.title);
        QCOMPARE(pdf.justificationIntroText(), text.justificationIntroText());
        QCOMPARE(pdf.actions.size(), text.actions.size());
        for (qsizetype a = 0; a < text.actions.size(); ++a) {
            QCOMPARE(pdf.actions.at(a).number, text.actions.at(a).number);
            QCOMPARE(pdf.actions.at(a).text(), text.actions.at(a).text());
            QCOMPARE(pdf.actions.at(a).justificationText(), text.actions.at(a).justificationText());
        }
    }
}

void TestReadPdf::sentencesKeepTheirPage()
{
    // Each sentence's page is the page the fixture drew its first words on
    // (from the PDF; text as pdftotext writes it says no page).
    int checked = 0;
    for (const ObjectiveOutline &objective : std::as_const(m_fromPdf.objectives)) {
        for (const ActionOutline &action : objective.actions) {
            for (const Sentence &sentence : action.sentences + action.justification) {
                const QString start = sentence.text.section(u' ', 0, 3);
                QStringList drawnOn;
                for (const ReportPage &page : std::as_const(m_drawn)) {
                    if (page.lines.join(u' ').simplified().contains(start))
                        drawnOn << QString::number(page.number);
                }
                QVERIFY2(drawnOn.contains(QString::number(sentence.page)),
                         qPrintable(QStringLiteral("«%1» read as on page %2, drawn on %3")
                                        .arg(start)
                                        .arg(sentence.page)
                                        .arg(drawnOn.join(u','))));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 30);
    for (const ObjectiveOutline &objective : std::as_const(m_fromText.objectives)) {
        for (const ActionOutline &action : objective.actions) {
            for (const Sentence &sentence : action.sentences)
                QCOMPARE(sentence.page, 0);
        }
    }
}

void TestReadPdf::readsBesidesMiradorsOwnClasses()
{
    // libpoppler has classes of its own named as Mirador's (Catalog, for
    // one). An executable exported its Catalog's destructor, and closing a
    // PDF ran it on Poppler's catalog: a crash in every process that held
    // both, such as the window (PdfText::read, then SIGSEGV in
    // Catalog::~Catalog from PDFDoc::~PDFDoc).
    const Catalog catalog;
    QVERIFY(catalog.reports().isEmpty());
    SourcePages pages;
    QString error;
    QVERIFY2(PdfText::read(m_dir.filePath(QStringLiteral("bgi-fixture.pdf")), &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), m_drawn.size());
}

QTEST_MAIN(TestReadPdf)
#include "tst_readpdf.moc"
