#include "csvexport.h"
#include "database.h"
#include "exportjob.h"
#include "exportprogress.h"
#include "filterbar.h"
#include "format.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "tablespec.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/// The window's CSV export (issue 20): written by an ExportJob off the GUI
/// thread, with progress and cancel, byte for byte what export-csv writes.
/// A table of a million rows used to hold the window for seconds.
class TestExportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesWhatExportCsvWrites_data();
    void writesWhatExportCsvWrites();
    void progressReachesTheTotal();
    void cancelLeavesNoFileAndKeepsTheOldOne_data();
    void cancelLeavesNoFileAndKeepsTheOldOne();
    void windowExportsInTheBackgroundWhatExportCsvWrites();
    void progressDialogSaysRowsOfTheTotal();

private:
    /// export-csv's bytes for these arguments (after --db and --out).
    QByteArray exportCsv(const QStringList &arguments) const;
    /// Runs the job to its end; the finished signal's arguments.
    QList<QVariant> run(ExportJob *job, const QString &fileName, CsvExport::Style style, const Filter &filter = {});

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    // More rows than three progress steps, so a cancel comes mid-export.
    static constexpr qint64 rows = 3 * CsvExport::progressStep + 1000;
};

void TestExportJob::initTestCase()
{
    Format::initDefaultLocale(); // the window's: Chilean Spanish under LC_ALL=C
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    m_database = TestSupport::generatedDemo(m_path, rows, &error);
    QVERIFY2(m_database, qPrintable(error));
}

QByteArray TestExportJob::exportCsv(const QStringList &arguments) const
{
    const QString out = m_dir.filePath(QStringLiteral("cli.csv"));
    QProcess process;
    process.start(QStringLiteral(MIRADOR_BINARY),
                  QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), m_path, QStringLiteral("--out"), out}
                      + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("export-csv failed: %s", process.readAllStandardError().constData());
    QFile file(out);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QFile::remove(out);
    return bytes;
}

QList<QVariant> TestExportJob::run(ExportJob *job, const QString &fileName, CsvExport::Style style,
                                   const Filter &filter)
{
    QSignalSpy finished(job, &ExportJob::finished);
    job->start(TableSpec::results(), filter, fileName, style);
    if (!finished.wait(60000) || finished.size() != 1)
        return {};
    return finished.first();
}

void TestExportJob::writesWhatExportCsvWrites_data()
{
    QTest::addColumn<bool>("excel");
    QTest::newRow("plain") << false;
    QTest::newRow("Excel") << true;
}

// The job runs the writer export-csv runs: the same bytes, in both styles.
void TestExportJob::writesWhatExportCsvWrites()
{
    QFETCH(bool, excel);
    ExportJob job(*m_database);
    const QString out = m_dir.filePath(QStringLiteral("job.csv"));
    Filter filter;
    filter.objective = 2;
    const QList<QVariant> finished
        = run(&job, out, excel ? CsvExport::Style::Excel : CsvExport::Style::Plain, filter);
    QCOMPARE(finished.size(), 3);
    QVERIFY2(finished.at(1).toString().isEmpty(), qPrintable(finished.at(1).toString()));
    QVERIFY(finished.at(0).toLongLong() > 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QStringList arguments{QStringLiteral("--objective"), QStringLiteral("2")};
    if (excel)
        arguments << QStringLiteral("--excel");
    QCOMPARE(written, exportCsv(arguments));
    QCOMPARE(written.count(excel ? "\r\n" : "\n"), finished.at(0).toLongLong() + 1);
}

// The progress the dialog shows ends at the rows written, which are all the table's.
void TestExportJob::progressReachesTheTotal()
{
    ExportJob job(*m_database);
    QSignalSpy progress(&job, &ExportJob::progress);
    const QList<QVariant> finished = run(&job, m_dir.filePath(QStringLiteral("all.csv")), CsvExport::Style::Plain);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(finished.at(0).toLongLong(), rows);
    QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
    qint64 last = 0;
    for (const QList<QVariant> &signal : progress) {
        QVERIFY(signal.at(0).toLongLong() > last);
        last = signal.at(0).toLongLong();
    }
    QCOMPARE(last, rows);
}

void TestExportJob::cancelLeavesNoFileAndKeepsTheOldOne_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::newRow("no file") << QByteArray();
    QTest::newRow("a file") << QByteArray("a file the user had\n");
}

// Cancelled at its first progress step, a third of the way: no file, or the
// one that was there as it was, and no temporary file left beside it.
void TestExportJob::cancelLeavesNoFileAndKeepsTheOldOne()
{
    QFETCH(QByteArray, before);
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("tabla.csv"));
    if (!before.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    ExportJob job(*m_database);
    // In the worker, as soon as it says how far it got: cancel() from the dialog.
    connect(&job, &ExportJob::progress, &job, [&job] { job.cancel(); }, Qt::DirectConnection);
    const QList<QVariant> finished = run(&job, out, CsvExport::Style::Plain);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(finished.at(0).toLongLong(), -1);
    QCOMPARE(finished.at(2).toBool(), true);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), before.isEmpty() ? QStringList() : QStringList{"tabla.csv"});
    if (!before.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
}

namespace {

/// Answers the save dialog with fileName as a user types it.
void answerSaveDialog(QTimer *timer, const QString &fileName)
{
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [fileName] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr) {
            name->setText(fileName);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        }
    });
    timer->start();
}

} // namespace

// Archivo › Exportar tabla a CSV… (Ctrl+E) under a filter: the action
// returns while the rows are still being written, with the progress dialog
// up, and the file is then export-csv's for the same filter.
void TestExportJob::windowExportsInTheBackgroundWhatExportCsvWrites()
{
    QString error;
    const std::unique_ptr<MainWindow> window = TestSupport::openWindow(m_path, &error);
    QVERIFY2(window, qPrintable(error));
    QTest::keyClicks(windowPart<FilterBar>(*window)->searchEdit(), QStringLiteral("2025-IX"));
    QTRY_COMPARE(windowPart<QueryTableModel>(*window, "resultsModel")->filter().text, QStringLiteral("2025-IX"));
    QAction *csvAction = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == u"&Exportar tabla a CSV…")
            csvAction = action;
    }
    QVERIFY(csvAction);
    QCOMPARE(csvAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    const QString out = m_dir.filePath(QStringLiteral("window.csv"));
    QTimer answer;
    answerSaveDialog(&answer, out);
    csvAction->trigger();
    answer.stop();
    // Back in the event loop before the rows are written: the dialog is up.
    QCOMPARE(window->findChildren<ExportProgress *>().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"filas escritas"), 60000);
    QTRY_COMPARE(window->findChildren<ExportProgress *>().size(), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, exportCsv({QStringLiteral("--search"), QStringLiteral("2025-IX")}));
    // Some rows, not all: the filter was the window's.
    QVERIFY(written.count('\n') > 1 && written.count('\n') < rows);
}

// What the dialog says, in the window's Chilean Spanish, and a picture of it.
void TestExportJob::progressDialogSaysRowsOfTheTotal()
{
    ExportProgress known(QStringLiteral("/tmp/resultados.csv"), 1000000, nullptr);
    known.setRows(245760);
    QCOMPARE(known.labelText(), QStringLiteral("Escribiendo «resultados.csv»…\n245.760 de 1.000.000 filas"));
    QCOMPARE(known.maximum(), 1000000);
    QCOMPARE(known.value(), 245760);
    const auto cancel = known.findChildren<QPushButton *>();
    QCOMPARE(cancel.size(), 1);
    QCOMPARE(cancel.first()->text(), QStringLiteral("Cancelar"));
    known.show();
    QVERIFY(QTest::qWaitForWindowExposed(&known));
    ExportProgress counting(QStringLiteral("/tmp/resultados.csv"), -1, nullptr);
    counting.setRows(16384);
    QCOMPARE(counting.labelText(), QStringLiteral("Escribiendo «resultados.csv»…\n16.384 filas escritas"));
    QCOMPARE(counting.maximum(), 0); // busy
    const QString pictures = qEnvironmentVariable("MIRADOR_TEST_PICTURES");
    if (!pictures.isEmpty()) {
        counting.show();
        QVERIFY(QTest::qWaitForWindowExposed(&counting));
        known.grab().save(pictures + QStringLiteral("/progress-known.png"));
        counting.grab().save(pictures + QStringLiteral("/progress-busy.png"));
    }
}

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
