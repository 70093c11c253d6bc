#include "chartpanel.h"
#include "columnlayout.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "pngsizedialog.h"
#include "querytablemodel.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

/// Saved views (issue 19): Archivo → Guardar vista… in one window, Abrir
/// vista… in another, mirador --view and export-chart --view, and what a
/// view says when its database or a program of it is gone.
class TestSavedViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowViewComesBack();
    void commandLineExportsTheWindowsChartByteForByte();
    void missingDatabaseAndProgramAreSaid();
    void commandLineWindowOpensAView();
};

namespace {

/// Runs mirador with arguments, off screen, with its data and settings in dir.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
Run mirador(const QStringList &arguments, const QTemporaryDir &dir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MIRADOR_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("mirador did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The window's menu action of this text (with its "&").
QAction *action(const QWidget &window, const QString &text)
{
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    qFatal("The window has no action %s", qPrintable(text));
    return nullptr;
}

/// Triggers text's action as a user does: names fileName in the file dialog,
/// takes the PNG size offered, and closes every message, whose texts it
/// returns once the window has nothing modal left.
QStringList use(const QWidget &window, const QString &text, const QString &fileName)
{
    QStringList messages;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(fileName);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        } else if (auto *size = qobject_cast<PngSizeDialog *>(modal)) {
            QMetaObject::invokeMethod(size, "accept", Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && !messages.contains(box->text())) {
            messages << box->text();
            QMetaObject::invokeMethod(box, "done", Qt::QueuedConnection, Q_ARG(int, QMessageBox::Ok));
        }
    });
    timer.start();
    action(window, text)->trigger();
    QTest::qWait(200);
    if (!QTest::qWaitFor([] { return !QApplication::activeModalWidget(); }, 10000))
        messages << QStringLiteral("(a dialog is still open)");
    return messages;
}

QComboBox *filterCombo(const MainWindow &window, const QString &accessibleName)
{
    for (QComboBox *combo : windowPart<FilterBar>(window)->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == accessibleName)
            return combo;
    }
    qFatal("No list %s", qPrintable(accessibleName));
    return nullptr;
}

/// What a table shows: its columns left to right, those hidden, its sort,
/// and its rows' first shown cells.
QStringList shown(const MainWindow &window, const char *viewName)
{
    const auto *view = windowPart<QTableView>(window, viewName);
    const QHeaderView *header = view->horizontalHeader();
    QStringList lines{ColumnLayout::order(header).join(u','), ColumnLayout::hidden(header).join(u','),
                      ColumnLayout::sortColumn(header) + u' ' + QString::number(int(header->sortIndicatorOrder()))};
    for (int row = 0; row < view->model()->rowCount(); ++row)
        lines << view->model()->index(row, header->logicalIndex(0)).data().toString();
    return lines;
}

/// The tabs of the tables.
QTabWidget *tabs(const MainWindow &window)
{
    auto *results = windowPart<QTableView>(window, "resultsView");
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        if (tabs->indexOf(results) >= 0)
            return tabs;
    }
    qFatal("The window has no tables' tabs");
    return nullptr;
}

QString summary(const MainWindow &window)
{
    return windowPart<QLabel>(window, "filterSummary")->text();
}

} // namespace

void TestSavedViews::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_savedviews"));
}

void TestSavedViews::windowViewComesBack()
{
    TestSupport::FixtureWindow first;
    QVERIFY2(first.window, qPrintable(first.error));
    MainWindow &window = *first.window;
    QComboBox *objective = filterCombo(window, QStringLiteral("Objetivo estratégico"));
    objective->setCurrentIndex(objective->findData(1));
    QComboBox *region = filterCombo(window, QStringLiteral("Región"));
    region->setCurrentIndex(region->findText(QStringLiteral("Nacional"), Qt::MatchStartsWith));
    QVERIFY(region->currentIndex() > 0);
    windowPart<ChartPanel>(window)->setKind(Charts::Kind::Programs);
    QHeaderView *header = windowPart<QTableView>(window, "resultsView")->horizontalHeader();
    const auto *results = windowPart<QueryTableModel>(window, "resultsModel");
    header->moveSection(header->visualIndex(results->spec().columnIndex(QStringLiteral("region"))), 0);
    header->hideSection(results->spec().columnIndex(QStringLiteral("objective_name")));
    header->setSortIndicator(results->spec().columnIndex(QStringLiteral("budget_mclp")), Qt::DescendingOrder);
    tabs(window)->setCurrentIndex(2);
    QTRY_VERIFY(!summary(window).contains(QStringLiteral("contando")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mensual.mirador-view"));
    QCOMPARE(use(window, QStringLiteral("G&uardar vista…"), file), QStringList());
    QVERIFY(QFile::exists(file));

    // A fresh window on the same database shows the defaults until it opens the view.
    QString error;
    const std::unique_ptr<MainWindow> second = TestSupport::openWindow(first.fixture.path(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(shown(*second, "resultsView") != shown(window, "resultsView"));
    QCOMPARE(use(*second, QStringLiteral("Abrir vis&ta…"), file), QStringList());
    QCOMPARE(tabs(*second)->currentIndex(), 2);
    QCOMPARE(windowPart<ChartPanel>(*second)->kind(), Charts::Kind::Programs);
    QCOMPARE(windowPart<FilterBar>(*second)->filter(), windowPart<FilterBar>(window)->filter());
    QTRY_COMPARE(summary(*second), summary(window));
    QTRY_COMPARE(shown(*second, "resultsView"), shown(window, "resultsView"));
    QCOMPARE(shown(*second, "indicatorsView"), shown(window, "indicatorsView"));
    QVERIFY2(shown(*second, "resultsView").at(1).contains(QStringLiteral("objective_name")),
             qPrintable(shown(*second, "resultsView").join(u'\n')));
}

void TestSavedViews::commandLineExportsTheWindowsChartByteForByte()
{
    TestSupport::FixtureWindow first;
    QVERIFY2(first.window, qPrintable(first.error));
    QComboBox *program = filterCombo(*first.window, QStringLiteral("Programa"));
    QComboBox *objective = filterCombo(*first.window, QStringLiteral("Objetivo estratégico"));
    objective->setCurrentIndex(objective->findData(1));
    windowPart<ChartPanel>(*first.window)->setKind(Charts::Kind::Programs);
    QVERIFY(program->count() > 1);
    QTemporaryDir dir;
    const QString view = dir.filePath(QStringLiteral("programas.mirador-view"));
    QCOMPARE(use(*first.window, QStringLiteral("G&uardar vista…"), view), QStringList());

    // The view reopened in a window, whose chart is exported from its menu...
    QString error;
    const std::unique_ptr<MainWindow> second = TestSupport::openWindow(first.fixture.path(), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(use(*second, QStringLiteral("Abrir vis&ta…"), view), QStringList());
    QTRY_COMPARE(windowPart<ChartPanel>(*second)->data().filter, windowPart<FilterBar>(*second)->filter());
    QCOMPARE(windowPart<ChartPanel>(*second)->data().filter.objective, std::optional<int>(1));
    const QString fromWindow = dir.filePath(QStringLiteral("ventana.png"));
    QCOMPARE(use(*second, QStringLiteral("Exportar &gráfico…"), fromWindow), QStringList());
    QTRY_VERIFY(QFile::exists(fromWindow));

    // ...and from the command line: the same bytes.
    const QString fromCli = dir.filePath(QStringLiteral("consola.png"));
    const Run run = mirador({QStringLiteral("export-chart"), QStringLiteral("--view"), view, QStringLiteral("--out"),
                             fromCli},
                            dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Gráfico «")) && run.out.contains(QStringLiteral("Objetivo 1")),
             qPrintable(run.out));
    QCOMPARE(TestSupport::fileHash(fromCli), TestSupport::fileHash(fromWindow));
    // An option given replaces the view's: another chart, other bytes.
    const Run other = mirador({QStringLiteral("export-chart"), QStringLiteral("--view"), view, QStringLiteral("--out"),
                               fromCli, QStringLiteral("--chart"), QStringLiteral("budget-beneficiaries")},
                              dir);
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    QVERIFY(TestSupport::fileHash(fromCli) != TestSupport::fileHash(fromWindow));
}

void TestSavedViews::missingDatabaseAndProgramAreSaid()
{
    TestSupport::FixtureWindow first;
    QVERIFY2(first.window, qPrintable(first.error));
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("borrada.sqlite"));
    const QString view = dir.filePath(QStringLiteral("antigua.mirador-view"));
    QFile file(view);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("{\"mirador-view\": 1, \"database\": \"%1\", \"chart\": \"programs\", "
                              "\"programs\": [\"Programa Que Ya No Está\", \"Ferias Libres\"]}")
                   .arg(gone)
                   .toUtf8());
    file.close();

    // The window: a message, and what could be found is shown.
    const QStringList messages = use(*first.window, QStringLiteral("Abrir vis&ta…"), view);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("la base de datos «%1» no existe").arg(gone))
                 && messages.first().contains(QStringLiteral("el programa «Programa Que Ya No Está»")),
             qPrintable(messages.first()));
    QCOMPARE(windowPart<ChartPanel>(*first.window)->kind(), Charts::Kind::Programs);
    QTRY_VERIFY2(summary(*first.window).contains(QStringLiteral("Programa: Ferias Libres — 1 resultado")),
                 qPrintable(summary(*first.window)));

    // The command line: the database is needed, and said so; with --db the
    // export goes on without the program it lacks, and says so on stderr.
    const QString out = dir.filePath(QStringLiteral("resultados.csv"));
    const Run missing = mirador({QStringLiteral("export-csv"), QStringLiteral("--view"), view, QStringLiteral("--out"),
                                 out},
                                dir);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("«%1» que nombra la vista no existe").arg(gone)),
             qPrintable(missing.err));
    QVERIFY(!QFile::exists(out));
    const Run run = mirador({QStringLiteral("export-csv"), QStringLiteral("--view"), view, QStringLiteral("--db"),
                             first.fixture.path(), QStringLiteral("--out"), out},
                            dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("la vista nombra el programa «Programa Que Ya No Está», que la base de "
                                             "datos no tiene")),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("1 fila escrita")) && run.out.contains(QStringLiteral("Ferias Libres")),
             qPrintable(run.out));
    // --program replaces the view's programs.
    const Run replaced = mirador({QStringLiteral("export-csv"), QStringLiteral("--view"), view, QStringLiteral("--db"),
                                  first.fixture.path(), QStringLiteral("--program"), QStringLiteral("capital pioneras"),
                                  QStringLiteral("--out"), out},
                                 dir);
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY2(replaced.out.contains(QStringLiteral("Programa: Capital Pioneras")), qPrintable(replaced.out));
}

void TestSavedViews::commandLineWindowOpensAView()
{
    // mirador --view FILE (and FILE.mirador-view alone, as a double-click
    // hands it over): the window opens on what it can, and says what not.
    QTemporaryDir dir;
    const QString view = dir.filePath(QStringLiteral("otra.mirador-view"));
    QFile file(view);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("{\"mirador-view\": 1, \"database\": \"%1\"}")
                   .arg(dir.filePath(QStringLiteral("no-esta.sqlite")))
                   .toUtf8());
    file.close();
    for (const QStringList &arguments : {QStringList{QStringLiteral("--view"), view}, QStringList{view}}) {
        const Run run = mirador(arguments + QStringList{QStringLiteral("--quit-after-load")}, dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("no-esta.sqlite» no existe")), qPrintable(run.err));
    }
    QFile broken(view);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"mirador-view\": 2}");
    broken.close();
    const Run refused = mirador({QStringLiteral("export-pdf"), QStringLiteral("--view"), view, QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("informe.pdf"))},
                                dir);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("es una vista de la versión 2")), qPrintable(refused.err));
}

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
