// Archivo → Leer informe BGI…: the review of what the reader proposes, on the
// PDF test fixture (tests/support/bgipdf, marked "Mirador test fixture").

#include "bgipdf.h"
#include "format.h"
#include "pdfpageview.h"
#include "reviewdialog.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QSqlRecord>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestReviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySentenceIsFoundOnItsPage();
    void readingCancels();
    void highlightIsDrawnOnThePage();
    void textInputShowsTheSentenceInTheText();
    void acceptCorrectDropAndWrite();
    void reportInTheDatabaseIsNotWrittenAgain();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    ReadReport m_report;
};

namespace {

int orangePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 220 && c.green() > 120 && c.green() < 175 && c.blue() < 90)
                ++count;
        }
    }
    return count;
}

/// The row of the table whose program or title column says text.
int rowOf(QTableWidget *table, const QString &kind, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == kind && table->item(row, 7)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

void TestReviewDialog::initTestCase()
{
    Format::initDefaultLocale();
    QVERIFY(m_dir.isValid());
    m_pdf = m_dir.filePath(u"bgi-fixture.pdf"_s);
    QString error;
    QVERIFY2(!BgiPdf::write(m_pdf, BgiPdf::sercotecLines(), &error).isEmpty(), qPrintable(error));
    QVERIFY2(ReportReader::read(m_pdf, &m_report, &error), qPrintable(error));
    QCOMPARE(m_report.proposals.size(), 61);
}

void TestReviewDialog::everySentenceIsFoundOnItsPage()
{
    // Each proposal's sentence is highlighted on its page: the words found
    // there, and for a figure, the figure among them.
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    ReviewDialog dialog(m_pdf, m_report, fixture.db->connection());
    dialog.resize(1200, 800);
    QStringList short_;
    int whole = 0;
    for (const Proposal &p : std::as_const(m_report.proposals)) {
        const int words = int(p.sourceQuote.split(u' ', Qt::SkipEmptyParts).size());
        const int found = dialog.pageView()->showSentence(p.page, p.sourceQuote, p.start, p.length);
        whole += found == words ? 1 : 0;
        // A sentence that a page break cuts has only its part on this page.
        if (found * 2 < words)
            short_ << u"p. %1: %2 of %3 words: %4"_s.arg(p.page).arg(found).arg(words).arg(p.sourceQuote);
    }
    qInfo("%d of %d sentences found whole on their page", whole, int(m_report.proposals.size()));
    QVERIFY2(short_.isEmpty(), qPrintable(short_.join(u'\n')));
}

void TestReviewDialog::readingCancels()
{
    // Cancel in the progress dialog stops the reading between two pages:
    // no report, and no error to show.
    const QString longPdf = m_dir.filePath(u"bgi-fixture-60.pdf"_s);
    QString error;
    QVERIFY2(!BgiPdf::write(longPdf, BgiPdf::sercotecLines(), &error, 60).isEmpty(), qPrintable(error));
    QWidget window;
    int pagesWhenCancelled = -1;
    QTimer::singleShot(0, &window, [&] {
        auto *progress = window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        pagesWhenCancelled = progress->value();
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // as a person does
    });
    ReadReport report;
    error = u"not set"_s;
    int pages = -1;
    QVERIFY(!ReviewDialog::read(&window, longPdf, &report, &error, &pages));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(report.proposals.isEmpty());
    QVERIFY(pagesWhenCancelled < 60);
    // The reading stopped at the page after the cancel, not at the end.
    QVERIFY2(pages >= 1 && pages < 60, qPrintable(QString::number(pages)));
    // Read to the end, the same file gives its report.
    QVERIFY2(ReviewDialog::read(&window, longPdf, &report, &error, &pages), qPrintable(error));
    QVERIFY(report.proposals.size() > 61);
    QVERIFY(pages >= 60);
}

void TestReviewDialog::highlightIsDrawnOnThePage()
{
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    ReviewDialog dialog(m_pdf, m_report, fixture.db->connection());
    dialog.resize(1280, 860);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 61);
    const int row = rowOf(table, u"Presupuesto"_s, u"Fortalecimiento Gremial"_s);
    QVERIFY(row >= 0);
    table->setCurrentCell(row, 0);
    QCOMPARE(table->item(row, 2)->text(), u"M$ 1.487.480"_s);
    QCOMPARE(table->item(row, 6)->text(), u"2"_s);
    const QImage page = dialog.pageView()->image();
    QVERIFY(!page.isNull());
    QVERIFY2(orangePixels(page) > 100, qPrintable(QString::number(orangePixels(page))));
    if (const QString shots = qEnvironmentVariable("MIRADOR_SHOTS"); !shots.isEmpty()) {
        dialog.grab().save(shots + u"/review-dialog.png"_s);
        page.save(shots + u"/review-page.png"_s);
        QFile::remove(shots + u"/bgi-fixture.pdf"_s);
        QFile::copy(m_pdf, shots + u"/bgi-fixture.pdf"_s);
    }
}

void TestReviewDialog::textInputShowsTheSentenceInTheText()
{
    // Text has no pages: the sentence is marked in the whole text, its
    // figure more strongly, across the text's line breaks.
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    const QString text = QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt");
    ReadReport report;
    QString error;
    QVERIFY2(ReportReader::read(text, &report, &error), qPrintable(error));
    ReviewDialog dialog(text, report, fixture.db->connection());
    QVERIFY(!dialog.pageView());
    auto *shown = dialog.findChild<QTextBrowser *>(u"reportText"_s);
    QVERIFY(shown);
    QTableWidget *table = dialog.table();
    const int row = rowOf(table, u"Presupuesto"_s, u"Fortalecimiento Gremial"_s);
    QVERIFY(row >= 0);
    table->setCurrentCell(row == 0 ? 1 : 0, 0);
    table->setCurrentCell(row, 0);
    const QList<QTextEdit::ExtraSelection> marks = shown->extraSelections();
    QCOMPARE(marks.size(), 2);
    const QString sentence = marks.at(0).cursor.selectedText().replace(QChar::ParagraphSeparator, u' ').simplified();
    QVERIFY2(sentence.startsWith(u"Se implementaron los siguientes programas"_s)
                 && sentence.endsWith(u"la oferta de servicios para sus asociados."_s),
             qPrintable(sentence));
    // The text breaks this figure over a blank line; the mark spans it.
    QCOMPARE(marks.at(1).cursor.selectedText().replace(QChar::ParagraphSeparator, u' ').simplified(),
             u"M$ 1.487.480"_s);
}

void TestReviewDialog::acceptCorrectDropAndWrite()
{
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    ReviewDialog dialog(m_pdf, m_report, fixture.db->connection());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableWidget *table = dialog.table();
    auto *value = dialog.findChild<QLineEdit *>(u"value"_s);
    QVERIFY(value);

    // Correct one count: typed as people write it, stored plain.
    const int count = rowOf(table, u"Beneficiarios"_s, u"Fortalecimiento Gremial"_s);
    QVERIFY(count >= 0);
    table->setCurrentCell(count, 0);
    QCOMPARE(value->text(), u"104"_s);
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, u"1.040"_s);
    QTest::keyClick(value, Qt::Key_Return); // Enter in the form accepts the proposal
    QCOMPARE(table->item(count, 0)->text(), u"corregida"_s);
    QCOMPARE(table->item(count, 2)->text(), u"1.040"_s);
    // Drop another, then accept all that is left.
    const int dropped = rowOf(table, u"Presupuesto"_s, u"Barrios Comerciales"_s);
    QVERIFY(dropped >= 0);
    table->setCurrentCell(dropped, 0);
    table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->item(dropped, 0)->text(), u"descartada"_s);
    dialog.findChild<QLineEdit *>(u"reviewer"_s)->setText(u"revisora de prueba"_s);
    QPushButton *all = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"Aceptar &todas"_s)
            all = button;
    }
    QVERIFY(all);
    all->click();
    QCOMPARE(table->item(0, 0)->text(), u"aceptada"_s);
    // Nothing is written before the write button.
    QSqlDatabase db = fixture.db->connection();
    QCOMPARE(TestSupport::shownRows(db, u"SELECT COUNT(*) FROM report"_s), u"0"_s);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"&Escribir en la base de datos"_s)
            button->click();
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.written(), 60);
    QCOMPARE(TestSupport::shownRows(db, u"SELECT p.name, r.budget_mclp, r.beneficiaries, r.review, r.reviewed_by, r.proposed, "
                      u"r.source_page FROM result r JOIN program p ON p.id = r.program_id "
                      u"WHERE p.name IN ('Fortalecimiento Gremial', 'Barrios Comerciales') ORDER BY p.name"_s),
             u"Barrios Comerciales | NULL | 56 | confirmed | revisora de prueba | NULL | 2\n"
             u"Fortalecimiento Gremial | 1487480 | 1040 | corrected | revisora de prueba | "
             u"beneficiarios 104 gremios · Fortalecimiento Gremial | 2"_s);
    QCOMPARE(TestSupport::shownRows(db, u"SELECT COUNT(*) FROM result WHERE review = 'confirmed' AND reviewed_by = 'revisora de prueba'"_s),
             u"7"_s);
}

void TestReviewDialog::reportInTheDatabaseIsNotWrittenAgain()
{
    TestSupport::Fixture typed;
    MIRADOR_REQUIRE_BACKEND(typed);
    ReviewDialog dialog(m_pdf, m_report, typed.db->connection());
    QPushButton *write = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"&Escribir en la base de datos"_s)
            write = button;
    }
    QVERIFY(write);
    QVERIFY(!write->isEnabled());
    const QString changes = dialog.findChild<QPlainTextEdit *>(u"changes"_s)->toPlainText();
    QVERIFY2(changes.contains(u"\n+ Objetivo 1 · 40 organizaciones (Creación y Fortalecimiento de Cooperativas)"_s),
             qPrintable(changes));
    QVERIFY2(changes.contains(u"\n- Objetivo 1 · 40 cooperativas (Creación y Fortalecimiento de Cooperativas)"_s),
             qPrintable(changes));
}

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
