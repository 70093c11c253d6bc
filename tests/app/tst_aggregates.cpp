#include "chartpanel.h"
#include "cli.h"
#include "filterbar.h"
#include "format.h"
#include "mainwindow.h"
#include "objectivetotals.h"
#include "overviewmodel.h"
#include "querytablemodel.h"
#include "testsupport.h"
#include "windowparts.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

/// Issue 17, item 8: what the window aggregates over the result rows (the
/// overview's and the charts' figures under a text search) and the PDF report
/// never hold its event loop for the whole work: the figures are read in a
/// worker, the report's pages painted one per turn of the loop.
class TestAggregates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }
    void textSearchFiguresArriveAfterTheEventLoopRuns();
    void reportExportLetsTheEventLoopRunBetweenPages();

private:
    std::unique_ptr<TestSupport::Fixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

/// Every cell of the overview as it shows it.
QStringList shown(const OverviewModel *overview)
{
    QStringList cells;
    for (int row = 0; row < overview->rowCount(); ++row) {
        for (int column = 0; column < OverviewModel::ColumnCount; ++column)
            cells << overview->index(row, column).data().toString();
    }
    return cells;
}

/// The same cells for rows read with ObjectiveTotals::read.
QStringList shown(const std::vector<ObjectiveTotals> &rows)
{
    QStringList cells;
    for (const ObjectiveTotals &row : rows) {
        for (int column = 0; column < OverviewModel::ColumnCount; ++column)
            cells << OverviewModel::text(row, OverviewModel::Column(column));
    }
    return cells;
}

/// A PDF's text, without the date it was made ("Generado el ...").
QString pdfText(const QString &file)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {file, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("Generado el")); });
    return lines.join(u'\n');
}

} // namespace

void TestAggregates::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_aggregates"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
}

void TestAggregates::init()
{
    m_fixture = std::make_unique<TestSupport::Fixture>();
    if (!m_fixture->skipReason.isEmpty())
        QSKIP(qPrintable(m_fixture->skipReason));
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// A word's totals are summed over every result that holds it (seconds on a million rows): the
// window applies the filter and goes back to its event loop with the figures it had, and shows
// the word's figures, the same ObjectiveTotals::read gives, once the worker has read them.
void TestAggregates::textSearchFiguresArriveAfterTheEventLoopRuns()
{
    const QStringList before = shown(windowPart<OverviewModel>(*m_window, "overviewModel"));
    std::optional<QStringList> whenApplied;
    // Connected after the window's own slot: runs once applyFilter has returned.
    connect(windowPart<FilterBar>(*m_window), &FilterBar::filterChanged, this,
            [&](const Filter &) { whenApplied = shown(windowPart<OverviewModel>(*m_window, "overviewModel")); });
    windowPart<FilterBar>(*m_window)->searchEdit()->setText(QStringLiteral("ferias"));
    QTRY_VERIFY(whenApplied.has_value());
    const Filter filter = windowPart<QueryTableModel>(*m_window, "resultsModel")->filter();
    QCOMPARE(filter.text, QStringLiteral("ferias"));

    std::vector<ObjectiveTotals> rows;
    QString error;
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), filter, &rows, &error), qPrintable(error));
    const QStringList expected = shown(rows);
    QVERIFY2(expected != before, "the word changes no figure: it proves nothing");

    QCOMPARE(*whenApplied, before);
    QTRY_COMPARE(shown(windowPart<OverviewModel>(*m_window, "overviewModel")), expected);
    QCOMPARE(windowPart<ChartPanel>(*m_window)->data().filter.text, QStringLiteral("ferias"));
    QCOMPARE(shown(windowPart<ChartPanel>(*m_window)->data().objectives), expected);
}

// The report's charts are painted on the GUI thread: a page per turn of the event loop, so a
// 0 ms timer ticks between the save dialog's answer and the file, and the PDF says what
// export-pdf's does.
void TestAggregates::reportExportLetsTheEventLoopRunBetweenPages()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("ventana.pdf"));
    bool answered = false;
    int turnsWhileWriting = 0;
    QTimer turns;
    turns.setInterval(0);
    connect(&turns, &QTimer::timeout, this, [&] {
        if (answered && !QFile::exists(fileName))
            ++turnsWhileWriting;
    });
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(fileName);
        connect(dialog, &QDialog::accepted, this, [&] { answered = true; });
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    turns.start();
    answer.start();
    QAction *action = nullptr;
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (candidate->text() == QStringLiteral("Exportar in&forme PDF…"))
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fileName), 30000);
    QVERIFY(answered);
    const QRegularExpressionMatch saved = QRegularExpression(QStringLiteral("^Informe de (\\d+) páginas guardado"))
                                              .match(m_window->statusBar()->currentMessage());
    QVERIFY2(saved.hasMatch(), qPrintable(m_window->statusBar()->currentMessage()));
    const int pages = saved.captured(1).toInt();
    QVERIFY(pages > 2);
    QVERIFY2(turnsWhileWriting >= pages - 1,
             qPrintable(QStringLiteral("%1 turns of the event loop for %2 pages").arg(turnsWhileWriting).arg(pages)));

    const QString cliFile = dir.filePath(QStringLiteral("cli.pdf"));
    QString output;
    QTextStream out(&output);
    const int status = Cli::run(
        {QStringLiteral("export-pdf"), QStringLiteral("--db"), m_fixture->path(), QStringLiteral("--out"), cliFile},
        out, out);
    out.flush();
    QVERIFY2(status == 0, qPrintable(output));
    const QString text = pdfText(fileName);
    QVERIFY(text.contains(QStringLiteral("Totales por objetivo estratégico")));
    QCOMPARE(text, pdfText(cliFile));
}

QTEST_MAIN(TestAggregates)
#include "tst_aggregates.moc"
