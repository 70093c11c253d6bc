#include "appearance.h"
#include "chartpanel.h"
#include "cli.h"
#include "detailpanel.h"
#include "filterbar.h"
#include "importjob.h"
#include "importwizard.h"
#include "demodata.h"
#include "fixturereports.h"
#include "language.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "overviewmodel.h"
#include "querytablemodel.h"
#include "paintedtext.h"
#include "readswhole.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QGuiApplication>
#include <QUndoStack>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QSignalSpy>
#include <QHeaderView>
#include <QScrollBar>
#include <QStatusBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

/// The window as a reviewer uses it: filters narrow the tables and say so,
/// a selected figure shows the sentence it came from.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); m_fixture.reset(); }
    void showsEveryRowAtFirst();
    void objectiveChoiceFiltersEverything();
    void typingSearchFiltersAfterAPause();
    void hostileSearchIsData();
    void failedReadIsShownAfterThePaint();
    void selectingAFigureShowsItsSentence();
    void overviewActivationFiltersByObjective();
    void sortingByHeaderClick();
    void editUndoRedo();
    void editedFigureIsFlaggedInItsCellAndDetail();
    void unconfirmedFigureIsMarkedInEachTable();
    void copyPastesAsRowsAndColumns();
    void readOnlyDatabaseDisablesEditing();
    void importWizardShowsProblemsThenImports();
    void importWizardCancelWritesNothing();
    void importPreviewMarksCellsWithProblems();
    void countsAreSingularOrPlural();
    void remembersLayoutFiltersAndDatabases();
    void remembersOneReportsObjective();
    void everythingReadsWholeAt1280();
    void everyShortcutDoesOneThing();
    void nothingIsCut_data();
    void nothingIsCut();
    void noFigureIsCut_data();
    void noFigureIsCut();
    void everyControlHasANameAndHelp();
    void systemAppearanceGivesBackTheDesktopsLook();
    void exportsNeverReplaceTheDatabase_data();
    void exportsNeverReplaceTheDatabase();
    void everyViewFollowsEditUndoRedo();
    void everyViewFollowsAnImport();
    void undoAndRedoSayWhatTheyDid();
    void databasePathStaysInTheStatusBar();
    void changeLogNamesTheAccountWithoutUser();
    void syntheticBannerLeavesTheStatusBarOnAn800pxScreen();
    void saveDialogsSuggestNamesInSpanishInTheLastFolder();
    void languageNoticeIsInOneLanguage_data();
    void languageNoticeIsInOneLanguage();

private:
    QComboBox *combo(const QString &accessibleName) const;

    std::unique_ptr<TestSupport::Fixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QString syntheticWarning
    = QStringLiteral("DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe.");

/// The text of the window's visible label that says the data is synthetic;
/// empty when none does.
QString visibleSyntheticBanner(const QWidget &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("SINTÉTICOS")))
            return label->text();
    }
    return {};
}

} // namespace

void TestMainWindow::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_fixture = std::make_unique<TestSupport::Fixture>();
    QString error;
    m_window = TestSupport::openWindow(m_fixture->path(), &error);
    QVERIFY2(m_window, qPrintable(error));
    m_fixture->db.reset();
}

QComboBox *TestMainWindow::combo(const QString &accessibleName) const
{
    for (QComboBox *c : windowPart<FilterBar>(*m_window)->findChildren<QComboBox *>()) {
        if (c->accessibleName() == accessibleName)
            return c;
    }
    return nullptr;
}

void TestMainWindow::showsEveryRowAtFirst()
{
    QCOMPARE(windowPart<QTableView>(*m_window, "resultsView")->model()->rowCount(), 8);
    QCOMPARE(windowPart<QTableView>(*m_window, "indicatorsView")->model()->rowCount(), 33);
    const QString summary = windowPart<QLabel>(*m_window, "filterSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("Sin filtros")) && summary.contains(QStringLiteral("8 resultados"))
                 && summary.contains(QStringLiteral("33 indicadores")),
             qPrintable(summary));
    QCOMPARE(windowPart<OverviewModel>(*m_window, "overviewModel")->index(4, OverviewModel::BudgetColumn).data().toString(),
             QStringLiteral("17.418.814"));
    // The report's own figures are not called synthetic.
    QCOMPARE(visibleSyntheticBanner(*m_window), QString());
}

void TestMainWindow::objectiveChoiceFiltersEverything()
{
    QComboBox *objective = combo(QStringLiteral("Objetivo estratégico"));
    QVERIFY(objective);
    objective->setCurrentIndex(objective->findData(4));
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 2);
    // On another tab: its first page comes from its page reader.
    QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "indicatorsModel")->rowCount(), 3);
    QCOMPARE(windowPart<OverviewModel>(*m_window, "overviewModel")->rowCount(), 2);
    QVERIFY2(windowPart<QLabel>(*m_window, "filterSummary")->text().contains(QStringLiteral("Objetivo 4 — 2 resultados")),
             qPrintable(windowPart<QLabel>(*m_window, "filterSummary")->text()));

    QComboBox *program = combo(QStringLiteral("Programa"));
    program->setCurrentIndex(program->findText(QStringLiteral("Capital Pioneras")));
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 1);
    QVERIFY(windowPart<QLabel>(*m_window, "filterSummary")->text().contains(QStringLiteral("Programa: Capital Pioneras — 1 resultado, ")));

    QComboBox *region = combo(QStringLiteral("Región"));
    region->setCurrentIndex(region->findText(QStringLiteral("Ñuble (XVI)")));
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 0);
    QVERIFY(windowPart<QLabel>(*m_window, "filterSummary")->text().contains(QStringLiteral("Región: Ñuble (XVI)")));

    windowPart<FilterBar>(*m_window)->clear();
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 8);
}

void TestMainWindow::typingSearchFiltersAfterAPause()
{
    QSignalSpy spy(windowPart<FilterBar>(*m_window), &FilterBar::filterChanged);
    QTest::keyClicks(windowPart<FilterBar>(*m_window)->searchEdit(), QStringLiteral("abeja"));
    QCOMPARE(spy.count(), 0); // not one query per keystroke
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 1);
    QVERIFY(windowPart<QLabel>(*m_window, "filterSummary")->text().contains(QStringLiteral("Texto: «abeja»")));
}

// Issue 17, item 1: a page that could not be read opened its error dialog
// (or the reconnect loop, which reloads every model) inside the view's call
// to data(), in the middle of a paint. Pages are now read in a worker: the
// paint shows them pending, and the error opens after it, once.
void TestMainWindow::failedReadIsShownAfterThePaint()
{
    QueryTableModel *model = windowPart<QueryTableModel>(*m_window, "indicatorsModel");
    QTableView *view = windowPart<QTableView>(*m_window, "indicatorsView");
    model->setPageSize(2);
    QVERIFY(model->setFilter(model->filter()));
    QTRY_COMPARE(model->totalRows(), 33LL);
    QSqlDatabase db;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase candidate = QSqlDatabase::database(name, false);
        if (candidate.isOpen() && candidate.databaseName() == m_fixture->path())
            db = candidate;
    }
    QVERIFY(db.isOpen());
    bool reading = false;
    int duringRead = 0;
    int afterRead = 0;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++(reading ? duringRead : afterRead);
            box->close();
        }
    });
    closer.start(20);
    /// Whether a dialog was open while the view painted the rows.
    struct PaintWatch : QObject
    {
        const bool *reading;
        int paints = 0;
        int modalInPaint = 0;
        explicit PaintWatch(const bool *reading) : reading(reading) {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (*reading && event->type() == QEvent::Paint) {
                ++paints;
                modalInPaint += QApplication::activeModalWidget() != nullptr;
            }
            return false;
        }
    } watch(&reading);
    view->viewport()->installEventFilter(&watch);
    // The database changes under the window: the page reader's reads fail.
    const TestSupport::TableAway away(db, QStringLiteral("indicator"));
    QVERIFY2(away.error().isEmpty(), qPrintable(away.error()));
    m_window->findChild<QTabWidget *>()->setCurrentWidget(view);
    reading = true;
    view->scrollTo(model->index(20, 0), QAbstractItemView::PositionAtTop);
    view->viewport()->repaint(); // a paint of rows 20 on: their pages are asked for
    reading = false;
    QVERIFY(watch.paints > 0);
    QTRY_COMPARE(afterRead, 1);
    QCOMPARE(duringRead, 0);
    QCOMPARE(watch.modalInPaint, 0);
    view->viewport()->removeEventFilter(&watch);
}

void TestMainWindow::hostileSearchIsData()
{
    // What a user may type or paste into the search box: matched as text,
    // no error shown, and every row back once the box is cleared.
    QLineEdit *search = windowPart<FilterBar>(*m_window)->searchEdit();
    QSignalSpy failed(windowPart<QueryTableModel>(*m_window, "resultsModel"), &QueryTableModel::queryFailed);
    for (const QString &text : {QStringLiteral("x'); DROP TABLE result; --"), QStringLiteral("%"),
                                QStringLiteral("_"), QStringLiteral("a;b -- \"c\""), QString(5000, u'z')}) {
        QSignalSpy changed(windowPart<FilterBar>(*m_window), &FilterBar::filterChanged);
        search->clear();
        QTest::keyClicks(search, text.left(200));
        if (text.size() > 200)
            search->insert(text); // a paste, cut to the box's length
        QTRY_VERIFY(changed.count() >= 1);
        QVERIFY(search->text().size() <= Filter::maxTextLength);
        QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->totalRows(), 0LL);
        QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 0);
    }
    QCOMPARE(failed.count(), 0);
    QSignalSpy changed(windowPart<FilterBar>(*m_window), &FilterBar::filterChanged);
    search->clear();
    QTRY_VERIFY(changed.count() >= 1);
    QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->totalRows(), 8LL);
}

void TestMainWindow::selectingAFigureShowsItsSentence()
{
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    view->setFocus();
    view->selectRow(0);
    const QString detail = windowPart<DetailPanel>(*m_window)->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Fortalecimiento Gremial: M$ 1.487.480 · 104 gremios")),
             qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Con recursos por M$ 1.487.480 se apoyó a 104 gremios regionales")));
    QVERIFY(detail.contains(QStringLiteral("Acción 1")));
    QVERIFY(detail.contains(QStringLiteral("Justificación")));
    QVERIFY(detail.contains(QStringLiteral("con recursos por M$ 7.732.882 se brindó apoyo a 384 organizaciones")));

    QTableView *indicators = windowPart<QTableView>(*m_window, "indicatorsView");
    const auto *model = windowPart<QueryTableModel>(*m_window, "indicatorsModel");
    int row = 0;
    while (row < model->rowCount()
           && !model->index(row, 0).data(QueryTableModel::SourceQuoteRole).toString().contains(QStringLiteral("51,8%")))
        ++row;
    QVERIFY(row < model->rowCount());
    indicators->selectRow(row);
    QVERIFY(
        windowPart<DetailPanel>(*m_window)->toPlainText().contains(QStringLiteral("Las mujeres representan el 51,8% del sector")));
}

void TestMainWindow::overviewActivationFiltersByObjective()
{
    auto *overview = m_window->findChild<QTableView *>();
    QTableView *overviewView = nullptr;
    for (QTableView *v : m_window->findChildren<QTableView *>()) {
        if (v->model() == windowPart<OverviewModel>(*m_window, "overviewModel"))
            overviewView = v;
    }
    QVERIFY(overview && overviewView);
    Q_EMIT overviewView->activated(windowPart<OverviewModel>(*m_window, "overviewModel")->index(2, 0));
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 1);
    QCOMPARE(combo(QStringLiteral("Objetivo estratégico"))->currentData().toInt(), 3);
}

void TestMainWindow::sortingByHeaderClick()
{
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    const int budget = windowPart<QueryTableModel>(*m_window, "resultsModel")->spec().columnIndex(u"budget_mclp");
    view->sortByColumn(budget, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, budget).data().toString(), QStringLiteral("4.195.051"));
}

namespace {

/// The budget stored for the result with id, read through a connection of its own.
QVariant storedBudget(const QString &database, qint64 id)
{
    QString error;
    auto db = Database::open(database, Database::Access::ReadOnly, &error);
    if (!db)
        return error;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT budget_mclp FROM result WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return q.lastError().text();
    return q.value(0);
}

/// Does act, closing each message box it opens with OK; their texts.
QStringList closingMessages(const std::function<void()> &act)
{
    QStringList messages;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&messages] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            messages << box->text();
            box->done(QMessageBox::Ok);
        }
    });
    timer.start();
    act();
    return messages;
}

} // namespace

void TestMainWindow::editUndoRedo()
{
    QueryTableModel *model = windowPart<QueryTableModel>(*m_window, "resultsModel");
    const int budget = model->spec().columnIndex(u"budget_mclp");
    const QModelIndex cell = model->index(0, budget);
    const qint64 id = cell.data(QueryTableModel::RowIdRole).toLongLong();
    QCOMPARE(storedBudget(m_fixture->path(), id).toLongLong(), 1487480);
    // Typed in the table, as a user does. A minus sign reached the model as
    // nothing ("-5" saved 5), and letters were swallowed without a word:
    // both are now refused, saying why and what is expected, and the editor
    // stays open with what was typed.
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    const struct
    {
        QString typed;
        QString why;
    } refused[] = {{QStringLiteral("-2.000.000"), QStringLiteral("no puede ser negativo: «-2.000.000»")},
                   {QStringLiteral("abc"), QStringLiteral("no es un número: «abc»")}};
    for (const auto &[typed, why] : refused) {
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QCOMPARE(editor->text(), typed);
        const QStringList boxes = closingMessages([editor] { QTest::keyClick(editor, Qt::Key_Return); });
        QCOMPARE(boxes.size(), 1);
        const QString message = boxes.first();
        QVERIFY2(message.startsWith(QStringLiteral("No se guardó el cambio: «Presupuesto (M$)»: ") + why)
                     && message.contains(QStringLiteral("Se espera un número entero de 0 en adelante, como 1.487.480")),
                 qPrintable(message));
        QCOMPARE(m_window->statusBar()->currentMessage(), message);
        QCOMPARE(view->findChild<QLineEdit *>(), editor);
        QCOMPARE(editor->text(), typed);
        QCOMPARE(cell.data().toString(), QStringLiteral("1.487.480"));
        QCOMPARE(storedBudget(m_fixture->path(), id).toLongLong(), 1487480);
        QCOMPARE(windowPart<QUndoStack>(*m_window)->count(), 0);
    }
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2.000.000"));
    QTest::keyClick(editor, Qt::Key_Return); // commits through a queued call
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("2.000.000"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Cambio guardado"));
    QCOMPARE(storedBudget(m_fixture->path(), id).toLongLong(), 2000000);
    QCOMPARE(windowPart<QUndoStack>(*m_window)->count(), 1);
    QVERIFY(windowPart<QUndoStack>(*m_window)->undoText().contains(QStringLiteral("1.487.480 a 2.000.000")));

    windowPart<QUndoStack>(*m_window)->undo();
    QCOMPARE(cell.data().toString(), QStringLiteral("1.487.480"));
    windowPart<QUndoStack>(*m_window)->redo();
    QCOMPARE(cell.data().toString(), QStringLiteral("2.000.000"));
    // The totals follow after the filter runs again.
    windowPart<FilterBar>(*m_window)->clear();
    QCOMPARE(windowPart<OverviewModel>(*m_window, "overviewModel")->index(0, OverviewModel::BudgetColumn).data().toString(),
             QStringLiteral("8.245.402"));

    // Plain digits save too.
    view->setCurrentIndex(cell);
    view->edit(cell);
    editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2600000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("2.600.000"));
    QCOMPARE(storedBudget(m_fixture->path(), id).toLongLong(), 2600000);
}

// 2.600.000 sat beside the sentence "M$ 2.509.474" with no flag (issue 16, item 6): the edited
// cell carries a mark in its corner and says what the report says, and so does the detail panel,
// until the edit is undone.
void TestMainWindow::editedFigureIsFlaggedInItsCellAndDetail()
{
    QueryTableModel *model = windowPart<QueryTableModel>(*m_window, "resultsModel");
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    const int budget = model->spec().columnIndex(u"budget_mclp");
    int row = 0;
    while (row < model->rowCount() && !model->index(row, budget).data().toString().startsWith(QStringLiteral("2.509")))
        ++row;
    QVERIFY(row < model->rowCount());
    const QModelIndex cell = model->index(row, budget);
    const auto cornerColour = [&] {
        view->scrollTo(cell);
        const QRect r = view->visualRect(cell);
        return view->viewport()->grab().toImage().pixelColor(r.left() + 2, r.top() + 2);
    };
    const QColor mark(0xe6, 0x51, 0x00);
    QVERIFY(cornerColour() != mark);

    QVERIFY(model->setData(cell, QStringLiteral("2.600.000")));
    QCOMPARE(cell.data().toString(), QStringLiteral("2.600.000"));
    QTRY_COMPARE(cornerColour(), mark);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Editado: el informe dice M$ 2.509.474"));
    view->selectRow(row == 0 ? 1 : 0);
    view->selectRow(row);
    QString detail = windowPart<DetailPanel>(*m_window)->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Cifra editada: no es la del informe")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Presupuesto (M$): 2.600.000 — Editado: el informe dice M$ 2.509.474")),
             qPrintable(detail));
    // The sentence is the report's, as it was.
    QVERIFY(detail.contains(QStringLiteral("Ferias Libres: Con recursos por M$ 2.509.474")));

    windowPart<QUndoStack>(*m_window)->undo();
    QCOMPARE(cell.data().toString(), QStringLiteral("2.509.474"));
    QTRY_VERIFY(cornerColour() != mark);
    view->selectRow(row == 0 ? 1 : 0);
    view->selectRow(row);
    detail = windowPart<DetailPanel>(*m_window)->toPlainText();
    QVERIFY2(!detail.contains(QStringLiteral("Cifra editada")), qPrintable(detail));

    // The source columns are the model's (for the exports), not the window's.
    for (const char *source : {"budget_source", "beneficiaries_source"}) {
        const int column = model->spec().columnIndex(QString::fromLatin1(source));
        QVERIFY2(column >= 0 && column < model->columnCount() && view->isColumnHidden(column), source);
    }
}

// Issue 18: in a database written by read-report --accept-all, nothing in
// the tables told the reader's unconfirmed figures from typed ones. Each
// table shows a Revisión column saying "sin confirmar", whole, in the
// warning colour; a confirmed row says who confirmed it, in the table's
// own colour.
void TestMainWindow::unconfirmedFigureIsMarkedInEachTable()
{
    m_window.reset();
    m_fixture = std::make_unique<TestSupport::Fixture>(Database::Content::Empty);
    QSqlDatabase db = m_fixture->db->connection();
    QString error;
    QVERIFY2(TestSupport::writeUnconfirmedReport(db, &error), qPrintable(error));
    const qint64 confirmed = TestSupport::resultId(db, QStringLiteral("Fortalecimiento Gremial"), 2025);
    QVERIFY(TestSupport::setReview(db, QStringLiteral("result"), confirmed, QStringLiteral("confirmed"),
                                   QStringLiteral("ana"), QStringLiteral("2026-11-29T12:00:00Z"), QVariant(), 3));
    m_fixture->db.reset();
    m_window = TestSupport::openWindow(m_fixture->path(), &error);
    QVERIFY2(m_window, qPrintable(error));
    m_window->resize(1280, 800);

    // Dark orange text: the warning colour on a light ground.
    const auto warm = [](const QImage &image, const QRect &r) {
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 120 && c.red() - c.blue() > 90 && c.green() < 100)
                    return true;
            }
        return false;
    };
    auto *tabs = m_window->findChild<QTabWidget *>();
    for (const char *name : {"resultsView", "indicatorsView", "milestonesView"}) {
        QTableView *view = windowPart<QTableView>(*m_window, name);
        tabs->setCurrentWidget(view);
        QTRY_VERIFY(view->isVisible());
        auto *model = qobject_cast<QueryTableModel *>(view->model());
        const int review = model->spec().columnIndex(u"review");
        QVERIFY(!view->isColumnHidden(review));
        QCOMPARE(model->headerData(review, Qt::Horizontal).toString(), QStringLiteral("Revisión"));
        // Wide enough for its bold text and icon (the delegate's size hint).
        const QAbstractItemView *hints = view;
        QVERIFY2(view->columnWidth(review) >= hints->sizeHintForColumn(review), name);
        int row = 0;
        while (row < model->rowCount() && model->index(row, 0).data(QueryTableModel::RowIdRole) == confirmed
               && QLatin1String(name) == QLatin1String("resultsView"))
            ++row;
        view->clearSelection(); // a selected row is drawn in the selection's colours
        view->scrollTo(model->index(row, review));
        QTest::qWait(20);
        const QRect cell = view->visualRect(model->index(row, review));
        QVERIFY(view->viewport()->rect().contains(cell));
        const QImage image = view->viewport()->grab().toImage();
        QVERIFY2(warm(image, cell.adjusted(cell.width() / 3, 0, 0, 0)), name);
        const QList<TestSupport::PaintedText> painted = TestSupport::paintedText(view->viewport());
        QVERIFY2(std::any_of(painted.cbegin(), painted.cend(),
                             [&](const TestSupport::PaintedText &piece) {
                                 return piece.text == u"sin confirmar" && cell.contains(piece.box.center().toPoint());
                             }),
                 name);
        for (const TestSupport::PaintedText &piece : painted)
            QVERIFY2(!piece.text.contains(QStringLiteral("sin confirm")) || piece.text == u"sin confirmar",
                     qPrintable(piece.text));
    }

    // The confirmed result says who confirmed it, not in the warning colour.
    QTableView *results = windowPart<QTableView>(*m_window, "resultsView");
    tabs->setCurrentWidget(results);
    auto *model = qobject_cast<QueryTableModel *>(results->model());
    const int review = model->spec().columnIndex(u"review");
    int row = 0;
    while (row < model->rowCount() && model->index(row, 0).data(QueryTableModel::RowIdRole) != confirmed)
        ++row;
    QVERIFY(row < model->rowCount());
    const QModelIndex cell = model->index(row, review);
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("confirmada por ana el ")),
             qPrintable(cell.data().toString()));
    results->clearSelection();
    results->scrollTo(cell);
    QTest::qWait(20);
    QVERIFY(!warm(results->viewport()->grab().toImage(), results->visualRect(cell)));

    // The first shown cell of an unconfirmed row carries the warning icon,
    // in view when the Revisión column is not: its text starts further right.
    const int program = model->spec().columnIndex(u"program");
    QCOMPARE(results->horizontalHeader()->logicalIndex(0), program);
    results->horizontalScrollBar()->setValue(0);
    QTest::qWait(20);
    const QList<TestSupport::PaintedText> painted = TestSupport::paintedText(results->viewport());
    const auto textLeft = [&](int at) {
        const QModelIndex index = model->index(at, program);
        const QRect rect = results->visualRect(index);
        for (const TestSupport::PaintedText &piece : painted) {
            if (piece.text == index.data().toString() && rect.contains(piece.box.center().toPoint()))
                return piece.box.left() - rect.left();
        }
        return qreal(-1);
    };
    const int other = row == 0 ? 1 : 0;
    QVERIFY(model->index(other, 0).data(QueryTableModel::UnconfirmedRole).toBool());
    QVERIFY(textLeft(row) >= 0);
    QVERIFY2(textLeft(other) >= textLeft(row) + 12,
             qPrintable(QStringLiteral("%1 %2").arg(textLeft(other)).arg(textLeft(row))));
}

void TestMainWindow::copyPastesAsRowsAndColumns()
{
    // The first three columns on screen, in their order there: the program
    // and its figures come first, though the model has the year first.
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    view->setFocus();
    for (int visual = 0; visual < 3; ++visual) {
        const int column = view->horizontalHeader()->logicalIndex(visual);
        view->selectionModel()->select(QItemSelection(view->model()->index(0, column), view->model()->index(1, column)),
                                       QItemSelectionModel::Select);
    }
    m_window->copySelection();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("Programa\tPresupuesto (M$)\tBeneficiarios"));
    QCOMPARE(lines[1], QStringLiteral("Fortalecimiento Gremial\t1.487.480\t104"));
}

void TestMainWindow::readOnlyDatabaseDisablesEditing()
{
    m_window.reset();
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    MainWindow window(std::move(db));
    QVERIFY(!windowPart<QAction>(window, "importAction")->isEnabled());
    QVERIFY(windowPart<QAction>(window, "importAction")->toolTip().contains(QStringLiteral("solo lectura")));
    QueryTableModel *model = windowPart<QueryTableModel>(window, "resultsModel");
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(!(model->flags(model->index(0, column)) & Qt::ItemIsEditable));
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

void TestMainWindow::importWizardShowsProblemsThenImports()
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    ImportJob job(*db);
    ImportWizard wizard(&job);
    wizard.show();

    // A file with a bad row: the problem is listed and Importar stays off.
    wizard.setFileName(writeFile(dir, QStringLiteral("bad.csv"),
                                 "Año;Objetivo;Programa;Región;Presupuesto (M$);Fuente\n"
                                 "2026;1;Ferias Libres;Ñuble;1.000;ok\n"
                                 "2026;1;Ferias Libres;Atlántida;2.000;mala\n"));
    wizard.next();
    auto *problems = wizard.findChild<QListWidget *>();
    QTRY_COMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().startsWith(QStringLiteral("línea 3, Región: no hay una región «Atlántida»")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Back, a good file: preview, then write.
    wizard.back();
    wizard.setFileName(writeFile(dir, QStringLiteral("good.csv"),
                                 "Año;Objetivo;Programa;Región;Presupuesto (M$);Beneficiarios;Unidad;Fuente\n"
                                 "2026;1;Ferias Libres;Ñuble;1.000;5;proyectos;ok\n"));
    wizard.next();
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(problems->count(), 0);
    auto *preview = wizard.findChild<QTableWidget *>();
    QCOMPARE(preview->rowCount(), 1);
    QVERIFY(preview->horizontalHeaderItem(4)->text().contains(QStringLiteral("→ Presupuesto (M$)")));
    wizard.next();
    QTRY_VERIFY(wizard.outcome().ok);
    QCOMPARE(wizard.outcome().inserted, 1LL);
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    // The window shows it after a reload.
    m_window->reload();
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->totalRows(), 9);
}

namespace {

/// An import wizard, shown, writing to database.
struct WizardOn
{
    explicit WizardOn(const QString &database)
        : db(Database::open(database, Database::Access::ReadWrite, &error)), job(*db), wizard(&job)
    {
        wizard.show();
    }
    QString error;
    std::unique_ptr<Database> db;
    ImportJob job;
    ImportWizard wizard;
};

} // namespace

void TestMainWindow::importPreviewMarksCellsWithProblems()
{
    // The preview showed a bad file's cells like good ones: the problems were
    // listed below by line and column, for the user to find by counting.
    QTemporaryDir dir;
    WizardOn on(m_fixture->path());
    QVERIFY2(on.db, qPrintable(on.error));
    ImportWizard &wizard = on.wizard;
    wizard.setFileName(writeFile(dir, QStringLiteral("marked.csv"),
                                 "Año;Objetivo;Programa;Región;Presupuesto (M$);Fuente\n"
                                 "2026;1;Ferias Libres;Ñuble;1.000;uno\n"
                                 "2026;1;Ferias Libres;Atlántida;-2.000;\"dos\nlíneas\"\n"
                                 "2026;1;Ferias Libres;Ñuble;3.000;repetida\n"));
    wizard.next();
    auto *preview = wizard.findChild<QTableWidget *>();
    QTRY_COMPARE(preview->rowCount(), 3);
    const QColor good = preview->item(0, 0)->background().color();
    const auto marked = [&](int row, int column) {
        const QTableWidgetItem *item = preview->item(row, column);
        return !item->icon().isNull() && item->background().color() != good && !item->toolTip().isEmpty();
    };
    for (int column = 0; column < preview->columnCount(); ++column) {
        QVERIFY2(!marked(0, column), qPrintable(QString::number(column)));
        QCOMPARE(marked(1, column), column == 3 || column == 4);
        QVERIFY(marked(2, column)); // the whole row repeats line 2
    }
    QCOMPARE(preview->item(1, 3)->toolTip(),
             QStringLiteral("línea 3, Región: no hay una región «Atlántida» (se acepta código, número romano o "
                            "nombre: 14, XIV, Los Ríos)"));
    const QString negative = preview->item(1, 4)->toolTip();
    QVERIFY2(negative.startsWith(QStringLiteral("línea 3, Presupuesto (M$): no puede ser negativo")), qPrintable(negative));
    QCOMPARE(preview->item(2, 0)->toolTip(),
             QStringLiteral("línea 5: repite la fila de la línea 2 (mismo año, objetivo, programa y región)"));
    // Rows are named by their line in the file, as the problems are.
    QCOMPARE(preview->model()->headerData(2, Qt::Vertical).toString(), QStringLiteral("5"));
    const auto summary = [&wizard] {
        for (const QLabel *label : wizard.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("en el archivo")))
                return label->text();
        }
        return QString();
    };
    QVERIFY2(summary().contains(QStringLiteral("3 filas de resultados en el archivo; 1 sin problemas\n"))
                 && summary().endsWith(QStringLiteral("3 problemas: corríjalos en el archivo; no se escribirá nada.")),
             qPrintable(summary()));
    // One line, one problem: in the singular.
    wizard.back();
    wizard.setFileName(writeFile(dir, QStringLiteral("one.csv"),
                                 "Año;Objetivo;Programa;Región;Presupuesto (M$);Fuente\n"
                                 "2026;1;Ferias Libres;Atlántida;1.000;mala\n"));
    wizard.next();
    QTRY_COMPARE(preview->rowCount(), 1);
    QVERIFY2(summary().contains(QStringLiteral("1 fila de resultados en el archivo; 0 sin problemas\n"))
                 && summary().endsWith(QStringLiteral("1 problema: corríjalo en el archivo; no se escribirá nada.")),
             qPrintable(summary()));
}

void TestMainWindow::countsAreSingularOrPlural()
{
    // The command line said "1 filas escritas", "1 filas nuevas" and, in
    // English, "1 problems; nothing was written".
    m_window.reset(); // the command line opens the database itself
    QTemporaryDir dir;
    const QString db = m_fixture->path();
    const auto run = [&db](QStringList arguments) {
        arguments.insert(1, QStringLiteral("--db"));
        arguments.insert(2, db);
        QString text;
        QTextStream out(&text);
        Cli::run(arguments, out, out);
        out.flush();
        return text;
    };
    const QString one = dir.filePath(QStringLiteral("one.csv"));
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    const QStringList exportOne{QStringLiteral("export-csv"), QStringLiteral("--out"), one, QStringLiteral("--program"),
                                QStringLiteral("ferias libres")};
    const QStringList exportAll{QStringLiteral("export-csv"), QStringLiteral("--out"), all};
    const QString wrong = writeFile(dir, QStringLiteral("wrong.csv"),
                                    "Año;Objetivo;Programa;Región;Presupuesto (M$);Fuente\n"
                                    "2026;1;Ferias Libres;Atlántida;1.000;mala\n");
    const QString twoWrong = writeFile(dir, QStringLiteral("two.csv"),
                                       "Año;Objetivo;Programa;Región;Presupuesto (M$);Fuente\n"
                                       "2026;1;Ferias Libres;Atlántida;-1.000;mala\n");
    const QString newOne = writeFile(dir, QStringLiteral("new.csv"),
                                     "Año;Objetivo;Programa;Región;Presupuesto (M$);Beneficiarios;Unidad;Fuente\n"
                                     "2026;1;Ferias Libres;Ñuble;1.000;5;proyectos;ok\n");
    const QString import = QStringLiteral("import");

    const auto inEnglish = [](const std::function<QString()> &act) {
        QTranslator english;
        if (!english.load(QStringLiteral("mirador_en"), QStringLiteral(":/i18n")))
            return QStringLiteral("no English translation");
        QCoreApplication::installTranslator(&english);
        const QString said = act();
        QCoreApplication::removeTranslator(&english);
        return said;
    };
    QString said = run(exportOne);
    QVERIFY2(said.startsWith(QStringLiteral("1 fila escrita en ")), qPrintable(said));
    said = inEnglish([&] { return run(exportOne); });
    QVERIFY2(said.startsWith(QStringLiteral("1 row written to ")), qPrintable(said));
    said = run(exportAll);
    QVERIFY2(said.startsWith(QStringLiteral("8 filas escritas en ")), qPrintable(said));
    said = inEnglish([&] { return run(exportAll); });
    QVERIFY2(said.startsWith(QStringLiteral("8 rows written to ")), qPrintable(said));

    said = run({import, wrong});
    QVERIFY2(said.endsWith(QStringLiteral("mirador import: 1 problema; no se escribió nada\n")), qPrintable(said));
    said = inEnglish([&] { return run({import, wrong}); });
    QVERIFY2(said.endsWith(QStringLiteral("mirador import: 1 problem; nothing was written\n")), qPrintable(said));
    said = run({import, twoWrong});
    QVERIFY2(said.endsWith(QStringLiteral("mirador import: 2 problemas; no se escribió nada\n")), qPrintable(said));
    said = inEnglish([&] { return run({import, twoWrong}); });
    QVERIFY2(said.endsWith(QStringLiteral("mirador import: 2 problems; nothing was written\n")), qPrintable(said));

    said = run({import, newOne});
    QVERIFY2(said.contains(QStringLiteral(": 1 fila nueva, 0 actualizadas (")), qPrintable(said));
    said = run({import, all});
    QVERIFY2(said.contains(QStringLiteral(": 0 filas nuevas, 8 actualizadas (")), qPrintable(said));
    said = run({import, one});
    QVERIFY2(said.contains(QStringLiteral(": 0 filas nuevas, 1 actualizada (")), qPrintable(said));
    said = inEnglish([&] { return run({import, one}); });
    QVERIFY2(said.contains(QStringLiteral(": 0 new rows, 1 updated (")), qPrintable(said));
}

void TestMainWindow::importWizardCancelWritesNothing()
{
    QTemporaryDir dir;
    QByteArray bytes = "year,objective,program,region,budget_mclp,source_quote\n";
    for (int i = 0; i < 60000; ++i)
        bytes += QStringLiteral("%1,2,Programa %2,00,%2,fila\n").arg(1950 + i % 100).arg(i).toUtf8();
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    ImportJob job(*db);
    ImportWizard wizard(&job);
    wizard.show();
    wizard.setFileName(writeFile(dir, QStringLiteral("big.csv"), bytes));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    QSignalSpy progress(&job, &ImportJob::progress);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 30000);
    auto *cancel = wizard.findChild<QPushButton *>(QString(), Qt::FindChildrenRecursively);
    for (QPushButton *button : wizard.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Cancelar importación")))
            cancel = button;
    }
    QVERIFY(cancel && cancel->isEnabled());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 60000);
    if (wizard.outcome().ok)
        QSKIP("the import finished before the cancel arrived");
    QVERIFY(wizard.outcome().cancelled);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM program")) && q.next());
    QCOMPARE(q.value(0).toInt(), 15);
}

void TestMainWindow::remembersLayoutFiltersAndDatabases()
{
    // What a window shows when it closes is what the next one opens with:
    // its filters (for the same database), tab, chart and splitters; and the
    // database goes first in Archivo > Bases de datos recientes.
    QSettings().clear();
    m_window->restoreSettings();
    QCOMPARE(RecentDatabases::list(), QStringList{m_fixture->path()});
    windowPart<FilterBar>(*m_window)->setObjective(3);
    QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->totalRows(), qint64(1));
    windowPart<FilterBar>(*m_window)->searchEdit()->setText(QStringLiteral("sostenible"));
    QTRY_VERIFY(windowPart<QueryTableModel>(*m_window, "resultsModel")->filter().text == u"sostenible");
    m_window->findChild<QTabWidget *>()->setCurrentIndex(2);
    windowPart<ChartPanel>(*m_window)->setKind(Charts::Kind::Programs);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({300, 500});
    const QList<int> sizes = splitter->sizes();
    m_window->close();

    QString error;
    m_window = TestSupport::openWindow(m_fixture->path(), &error, [](MainWindow &window) { window.restoreSettings(); });
    QVERIFY2(m_window, qPrintable(error));
    QCOMPARE(windowPart<FilterBar>(*m_window)->filter().objective, std::optional<int>(3));
    QCOMPARE(windowPart<FilterBar>(*m_window)->filter().text, QStringLiteral("sostenible"));
    QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->totalRows(), qint64(1));
    QCOMPARE(m_window->findChild<QTabWidget *>()->currentIndex(), 2);
    QCOMPARE(windowPart<ChartPanel>(*m_window)->kind(), Charts::Kind::Programs);
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    m_window->close();

    // Another database: first in the recent list, without the first one's filters.
    TestSupport::Fixture other;
    auto otherDb = Database::open(other.path(), Database::Access::ReadWrite, &error);
    QVERIFY2(otherDb, qPrintable(error));
    other.db.reset();
    m_window = std::make_unique<MainWindow>(std::move(otherDb));
    m_window->restoreSettings();
    QCOMPARE(RecentDatabases::list(), (QStringList{other.path(), m_fixture->path()}));
    QCOMPARE(RecentDatabases::lastFile(), other.path());
    QVERIFY(!windowPart<FilterBar>(*m_window)->filter().objective);
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 8);
    m_window.reset();
    QSettings().clear();
}

void TestMainWindow::remembersOneReportsObjective()
{
    // With several reports an objective is one report's: the next window
    // opens on the same report's objective, not on every report's objective 2.
    QSettings().clear();
    TestSupport::MultiReportFixture several;
    MIRADOR_REQUIRE_BACKEND(several);
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.load(several.db->connection(), &error), qPrintable(error));
    const Catalog::Objective chosen = catalog.objectives().at(4); // Prueba (fixture) 2024 · 2. Prueba dos
    several.db.reset();
    auto window = TestSupport::openWindow(several.path(), &error, [](MainWindow &w) { w.restoreSettings(); });
    QVERIFY2(window, qPrintable(error));
    windowPart<FilterBar>(*window)->setObjective(chosen.number, chosen.reportId);
    QTRY_COMPARE(windowPart<QueryTableModel>(*window, "resultsModel")->totalRows(), qint64(1));
    window->close();
    window = TestSupport::openWindow(several.path(), &error, [](MainWindow &w) { w.restoreSettings(); });
    QVERIFY2(window, qPrintable(error));
    const Filter restored = windowPart<FilterBar>(*window)->filter();
    QCOMPARE(restored.objective, std::optional<int>(2));
    QCOMPARE(restored.reportId, std::optional<qint64>(chosen.reportId));
    QCOMPARE(restored.reportLabel, QStringLiteral("Prueba (fixture) 2024"));
    QTRY_COMPARE(windowPart<QueryTableModel>(*window, "resultsModel")->totalRows(), qint64(1));
    window.reset();
    QSettings().clear();
}

void TestMainWindow::everyShortcutDoesOneThing()
{
    // Two actions of the window on one key run neither (Qt calls it
    // ambiguous): Ctrl+Shift+L once both cleared the filters and read a BGI.
    QHash<QKeySequence, QStringList> byKey;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut) // each on its own widget (Shift+F10 on a table)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            byKey[key] << action->text();
    }
    QStringList twice;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            twice << it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u'\n')));
    QVERIFY(byKey.size() > 10);
}

void TestMainWindow::everythingReadsWholeAt1280()
{
    // At 1280x800, the smallest screen Mirador is made for: the overview's
    // rows whole (the units wrapped, no scrolling), the search box as wide
    // as its hint, and the figures of the results beside their program
    // (TestSupport::cutText checks each of these, and every other text).
    m_window->resize(1280, 800);
    QTest::qWait(50);
    QTableView *overview = windowPart<QTableView>(*m_window, "overviewView");
    QTRY_COMPARE(overview->horizontalScrollBar()->maximum(), 0);
    QStringList cut;
    QTRY_VERIFY2((cut = TestSupport::cutText(m_window.get())).isEmpty(), qPrintable(cut.join(u'\n')));
    // The total's units, the longest text, on as many lines as it takes.
    const QModelIndex units = overview->model()->index(overview->model()->rowCount() - 1, OverviewModel::UnitsColumn);
    QVERIFY(units.data().toString().contains(QStringLiteral("mujeres emprendedoras")));
    QVERIFY(overview->rowHeight(units.row()) > 2 * overview->fontMetrics().height());
}

namespace {

/// Each figure (a right-aligned cell) that view draws cut: drawn other than
/// whole without a "…", or running past the part of its cell that shows.
QStringList cutFigures(QTableView *view)
{
    QStringList cut;
    const QList<TestSupport::PaintedText> painted = TestSupport::paintedText(view->viewport());
    const int viewRight = view->viewport()->width();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            const QRect cell = view->visualRect(index);
            if (view->isColumnHidden(column) || text.isEmpty() || cell.isEmpty()
                || !(index.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight)
                || cell.right() < 0 || cell.left() >= viewRight || cell.bottom() < 0
                || cell.top() >= view->viewport()->height())
                continue;
            // What is drawn in the cell, and how far it reaches.
            QString drawn;
            QRectF reach;
            for (const TestSupport::PaintedText &piece : painted) {
                if (cell.contains(piece.box.center().toPoint())) {
                    drawn += piece.text;
                    reach = reach.united(piece.box);
                }
            }
            const double left = std::max(cell.left(), 0);
            const double right = std::min(cell.right() + 1, viewRight);
            const bool marked = drawn.contains(u'…');
            if (drawn.isEmpty())
                continue; // a sliver of a cell, with no digit in it
            if ((drawn != text && !marked) || reach.left() < left - 0.5 || reach.right() > right + 0.5)
                cut << QStringLiteral("%1 row %2 column %3: «%4» drawn as «%5» over %6..%7 in %8..%9")
                           .arg(view->accessibleName())
                           .arg(row)
                           .arg(column)
                           .arg(text, drawn)
                           .arg(reach.left())
                           .arg(reach.right())
                           .arg(left)
                           .arg(right);
        }
    }
    return cut;
}

} // namespace

void TestMainWindow::noFigureIsCut_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("minimum") << 0;
    QTest::newRow("1100") << 1100;
    QTest::newRow("1280") << 1280;
    QTest::newRow("1600") << 1600;
}

void TestMainWindow::noFigureIsCut()
{
    // At 1093 px, budgets running past the table's edge lost their last
    // digits with no "…" ("1.487.48", "131.28"). In every table, scrolled to
    // each side, each figure drawn is whole, or says that part is hidden.
    QFETCH(int, width);
    m_window->resize(width, 800);
    QTest::qWait(50);
    QVERIFY(m_window->width() >= width);
    QStringList cut;
    auto *tabs = m_window->findChild<QTabWidget *>();
    for (QTableView *view : m_window->findChildren<QTableView *>()) {
        bool inTab = false;
        for (int page = 0; page < tabs->count(); ++page) {
            if (tabs->widget(page)->isAncestorOf(view) || tabs->widget(page) == view) {
                tabs->setCurrentIndex(page);
                inTab = true;
            }
        }
        // A table of a window the user has not opened (the history) shows nothing.
        if (!inTab && !view->isVisibleTo(m_window.get()))
            continue;
        QTRY_VERIFY(view->isVisible());
        QScrollBar *sideways = view->horizontalScrollBar();
        for (const int at : {sideways->minimum(), sideways->maximum() / 2, sideways->maximum()}) {
            sideways->setValue(at);
            cut << cutFigures(view);
        }
    }
    // A column made narrower than its figures by hand: each says it is cut.
    QTableView *results = windowPart<QTableView>(*m_window, "resultsView");
    tabs->setCurrentWidget(results);
    const int budget = results->horizontalHeader()->logicalIndex(1);
    QCOMPARE(results->model()->headerData(budget, Qt::Horizontal).toString(), QStringLiteral("Presupuesto (M$)"));
    results->horizontalScrollBar()->setValue(0);
    results->setColumnWidth(budget, results->fontMetrics().horizontalAdvance(QStringLiteral("1.487")));
    cut << cutFigures(results);
    const QList<TestSupport::PaintedText> painted = TestSupport::paintedText(results->viewport());
    QVERIFY(std::any_of(painted.cbegin(), painted.cend(),
                        [](const TestSupport::PaintedText &piece) { return piece.text.endsWith(u'…'); }));
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("at %1 px:\n").arg(m_window->width()) + cut.join(u'\n')));
}

void TestMainWindow::nothingIsCut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::nothingIsCut()
{
    // In Spanish, at each size: with no filter, with each list on its
    // longest entry, with a search, and on each chart.
    QFETCH(QSize, size);
    const QStringList cut = TestSupport::cutTextWhileFiltering(m_window.get(), size);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

namespace {

/// The window's menu action of this text (with its "&"); null if none.
QAction *actionNamed(const QWidget *window, const QString &text)
{
    QAction *found = nullptr;
    for (QAction *candidate : window->findChildren<QAction *>()) {
        if (candidate->text() == text)
            found = candidate;
    }
    return found;
}

/// Triggers action and answers the modal dialogs it opens: the save dialog
/// with fileName (and "replace it?" with yes); every other message box is
/// closed, and its text returned. *suggested, if given, gets the file name
/// and the folder the save dialog offered.
QStringList triggerAnswering(QAction *action, const QString &fileName, QStringList *suggested = nullptr)
{
    QStringList messages;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&messages, &fileName, suggested] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            // Typed, as a user does: selectFile() leaves a focused name field as it is.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            if (suggested && suggested->isEmpty())
                *suggested = QStringList{name->text(), dialog->directory().absolutePath()};
            name->setText(fileName);
            // Queued: accepting may ask "replace it?" in an event loop of its own, which this
            // timer must be free to answer.
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            // "Replace it?" from the save dialog: yes. Anything else is the export's answer.
            if (qobject_cast<QFileDialog *>(box->parentWidget())) {
                QMetaObject::invokeMethod(box->button(QMessageBox::Yes), "click", Qt::QueuedConnection);
            } else if (!messages.contains(box->text())) {
                messages << box->text();
                QMetaObject::invokeMethod(box, "done", Qt::QueuedConnection, Q_ARG(int, QMessageBox::Ok));
            }
        }
    });
    timer.start();
    action->trigger();
    return messages;
}

} // namespace

void TestMainWindow::exportsNeverReplaceTheDatabase_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("link");
    QTest::newRow("CSV") << "&Exportar tabla a CSV…" << QString();
    QTest::newRow("CSV through a link") << "&Exportar tabla a CSV…"
                                        << "resultados.csv";
    QTest::newRow("Excel") << "Exportar tabla para E&xcel…" << QString();
    QTest::newRow("chart through a link") << "Exportar &gráfico…"
                                          << "grafico.svg";
    QTest::newRow("report") << "Exportar in&forme PDF…" << QString();
    QTest::newRow("report through a link") << "Exportar in&forme PDF…"
                                           << "informe.pdf";
}

// The window's exports use the writers export-csv, export-chart and export-pdf use, with the
// database the window has open: saving over it, or over a link to it, is refused and said.
void TestMainWindow::exportsNeverReplaceTheDatabase()
{
    QFETCH(QString, action);
    QFETCH(QString, link);
    QAction *exportAction = actionNamed(m_window.get(), action);
    QVERIFY2(exportAction, qPrintable(action));
    const QString database = m_fixture->path();
    QTemporaryDir dir;
    QString fileName = database;
    if (!link.isEmpty()) {
        fileName = dir.filePath(link);
        QVERIFY(QFile::link(database, fileName));
    }
    const QByteArray before = TestSupport::fileHash(database);
    const QStringList messages = triggerAnswering(exportAction, fileName);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("es la base de datos abierta")), qPrintable(messages.first()));
    QCOMPARE(TestSupport::fileHash(database), before);
    QVERIFY(QFileInfo(fileName).isSymLink() || fileName == database);
    // And the window still reads it.
    m_window->reload();
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->rowCount(), 8);
}

void TestMainWindow::everyControlHasANameAndHelp()
{
    // What a screen reader says for each control a user can reach with Tab:
    // a name, from the widget, its text or its buddy label. Buttons and
    // boxes without a label of their own also say what they do.
    m_window->resize(1280, 800);
    QTest::qWait(50);
    QStringList unnamed;
    QStringList unexplained;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()) || !(widget->focusPolicy() & Qt::TabFocus)
            || qobject_cast<QTabBar *>(widget) || qobject_cast<QScrollBar *>(widget))
            continue;
        // A scroll area's viewport is the area itself to a screen reader.
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
            area && area->viewport() == widget)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (widget->parentWidget())
            what += QStringLiteral(" in ") + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << what;
        const bool hasOwnText = qobject_cast<QAbstractButton *>(widget)
            && !qobject_cast<QAbstractButton *>(widget)->text().isEmpty();
        if (!hasOwnText && widget->toolTip().isEmpty() && accessible->text(QAccessible::Description).isEmpty()
            && !qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QComboBox *>(widget))
            unexplained << what + u' ' + accessible->text(QAccessible::Name);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(u'\n')));
}

void TestMainWindow::systemAppearanceGivesBackTheDesktopsLook()
{
    // Dark, then Ver > Apariencia > Según el sistema: the desktop's own style
    // and colours again, not Fusion with its palette.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
    const QPalette desktop = QApplication::palette();
    Appearance::apply(Appearance::Choice::Dark);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    Appearance::apply(Appearance::Choice::System);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("windows"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), desktop.color(QPalette::Text));
}

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

int resultsColumn(const QueryTableModel *model, const char *csvName)
{
    return model->spec().columnIndex(QString::fromLatin1(csvName));
}

/// The row of program in the results table; -1 when it is not shown.
int resultsRow(const QueryTableModel *model, const QString &program)
{
    const int column = resultsColumn(model, "program");
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == program)
            return row;
    }
    return -1;
}

/// Each view of window that does not show budget as Ferias Libres' budget,
/// or total as the budget of all under the filter, as "view: what it shows".
QStringList staleViewsNow(MainWindow *window, qint64 budget, qint64 total)
{
    QStringList stale;
    const auto expect = [&stale](const QString &view, const QString &shown, const QString &wanted) {
        if (shown != wanted)
            stale << QStringLiteral("%1: %2, not %3").arg(view, shown, wanted);
    };
    const QueryTableModel *results = windowPart<QueryTableModel>(*window, "resultsModel");
    const int row = resultsRow(results, QStringLiteral("Ferias Libres"));
    expect(QStringLiteral("table"), results->index(row, resultsColumn(results, "budget_mclp")).data().toString(),
           Format::integer(budget));
    const OverviewModel *overview = windowPart<OverviewModel>(*window, "overviewModel");
    expect(QStringLiteral("overview's total"),
           overview->index(overview->rowCount() - 1, OverviewModel::BudgetColumn).data().toString(),
           Format::integer(total));
    const ChartData &chart = windowPart<ChartPanel>(*window)->data();
    qint64 charted = -1;
    for (const ChartData::Program &program : chart.programs) {
        if (program.name == u"Ferias Libres")
            charted = program.budget;
    }
    expect(QStringLiteral("chart's program"), Format::integer(charted), Format::integer(budget));
    expect(QStringLiteral("chart's total"),
           chart.objectives.empty() ? QString() : Format::integer(chart.objectives.back().budget.value_or(-1)),
           Format::integer(total));
    const QString detail = windowPart<DetailPanel>(*window)->toPlainText();
    const QString headline = QStringLiteral("Ferias Libres: M$ %1").arg(Format::integer(budget));
    if (!detail.contains(headline))
        stale << QStringLiteral("detail: «%1», not «%2»").arg(detail.left(60), headline);
    return stale;
}

/// staleViewsNow once the window has read its figures: under a search they
/// are read in a worker (issue 17, item 8), so they may take a moment.
QStringList staleViews(MainWindow *window, qint64 budget, qint64 total)
{
    if (QTest::qWaitFor([&] { return staleViewsNow(window, budget, total).isEmpty(); }, 10000))
        return {};
    return staleViewsNow(window, budget, total);
}

/// The chart as the window exports it (Archivo > Exportar gráfico…), as SVG text.
QString exportedChart(MainWindow *window, const QString &fileName)
{
    QAction *action = actionNamed(window, QStringLiteral("Exportar &gráfico…"));
    if (!action)
        return {};
    QFile::remove(fileName);
    triggerAnswering(action, fileName);
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The Ferias Libres search, its row current, as in issue 16: the row.
int searchFerias(MainWindow *window)
{
    windowPart<FilterBar>(*window)->searchEdit()->setText(QStringLiteral("ferias"));
    // The totals and the chart under a search come from a worker (issue 17, item 8).
    if (!QTest::qWaitFor([window] { return windowPart<ChartPanel>(*window)->data().filter.text == u"ferias"; }, 10000))
        return -1;
    const QueryTableModel *results = windowPart<QueryTableModel>(*window, "resultsModel");
    const int row = resultsRow(results, QStringLiteral("Ferias Libres"));
    if (row >= 0)
        windowPart<QTableView>(*window, "resultsView")->setCurrentIndex(results->index(row, resultsColumn(results, "budget_mclp")));
    return row;
}

} // namespace

// Issue 16, item 1: after an edit, an undo and a redo, every view shows the
// figure the table shows, not the one before, and keeps the row selected.
void TestMainWindow::everyViewFollowsEditUndoRedo()
{
    const int row = searchFerias(m_window.get());
    QVERIFY(row >= 0);
    const qint64 total = windowPart<ChartPanel>(*m_window)->data().objectives.back().budget.value_or(0);
    QStringList stale = staleViews(m_window.get(), 2509474, total);
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));

    QueryTableModel *results = windowPart<QueryTableModel>(*m_window, "resultsModel");
    const QModelIndex cell = results->index(row, resultsColumn(results, "budget_mclp"));
    QVERIFY(results->setData(cell, QStringLiteral("2.600.000")));
    const qint64 edited = total + 2600000 - 2509474;
    stale = staleViews(m_window.get(), 2600000, edited);
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
    QCOMPARE(windowPart<QTableView>(*m_window, "resultsView")->currentIndex().row(), row);
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->filter().text, QStringLiteral("ferias"));
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("grafico.svg"));
    QString chart = exportedChart(m_window.get(), svg);
    QVERIFY2(chart.contains(QStringLiteral("2.600.000")) && !chart.contains(QStringLiteral("2.509.474")),
             qPrintable(chart.left(200)));

    windowPart<QUndoStack>(*m_window)->undo();
    stale = staleViews(m_window.get(), 2509474, total);
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
    chart = exportedChart(m_window.get(), svg);
    QVERIFY(chart.contains(QStringLiteral("2.509.474")) && !chart.contains(QStringLiteral("2.600.000")));

    windowPart<QUndoStack>(*m_window)->redo();
    stale = staleViews(m_window.get(), 2600000, edited);
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
    QCOMPARE(windowPart<QTableView>(*m_window, "resultsView")->currentIndex().row(), row);
}

// Issue 16, item 1: an import (Archivo > Importar CSV…) that changes a figure
// shows in every view, under the filter the user had, the row still selected.
void TestMainWindow::everyViewFollowsAnImport()
{
    const int row = searchFerias(m_window.get());
    QVERIFY(row >= 0);
    const qint64 total = windowPart<ChartPanel>(*m_window)->data().objectives.back().budget.value_or(0);
    const QueryTableModel *results = windowPart<QueryTableModel>(*m_window, "resultsModel");
    const auto plain = [results, row](const char *csvName) {
        return results->index(row, resultsColumn(results, csvName)).data(QueryTableModel::PlainTextRole).toString();
    };
    QString quote = plain("source_quote");
    quote.replace(u'"', QStringLiteral("\"\""));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ferias.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,"
                                  "source_quote\n%1,%2,Ferias Libres,%3,2600000,%4,%5,\"%6\"\n")
                       .arg(plain("year"), plain("objective"), plain("region_code"), plain("beneficiaries"),
                            plain("beneficiary_unit"), quote)
                       .toUtf8());
    }
    // The wizard the window opens, answered as a user does: the file, Siguiente, Importar, Finalizar.
    int step = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, &timer, [&step, &csv] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        if (step == 0) {
            wizard->setFileName(csv);
            wizard->next();
            step = 1;
        } else if (step == 1 && wizard->button(QWizard::NextButton)->isEnabled()) {
            wizard->next();
            step = 2;
        } else if (step == 2 && wizard->outcome().ok && wizard->button(QWizard::FinishButton)->isEnabled()) {
            wizard->button(QWizard::FinishButton)->click();
            step = 3;
        }
    });
    timer.start();
    windowPart<QAction>(*m_window, "importAction")->trigger();
    QCOMPARE(step, 3);
    QCOMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->filter().text, QStringLiteral("ferias"));
    const QStringList stale = staleViews(m_window.get(), 2600000, total + 2600000 - 2509474);
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
}

// Issue 16, item 8: the status bar says what an undo or a redo did.
void TestMainWindow::undoAndRedoSayWhatTheyDid()
{
    QueryTableModel *results = windowPart<QueryTableModel>(*m_window, "resultsModel");
    const QModelIndex cell = results->index(0, resultsColumn(results, "budget_mclp"));
    QVERIFY(results->setData(cell, QStringLiteral("2.000.000")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Cambio guardado"));
    windowPart<QUndoStack>(*m_window)->undo();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Deshecho: Cambiar Presupuesto (M$) de 1.487.480 a 2.000.000"));
    windowPart<QUndoStack>(*m_window)->redo();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Rehecho: Cambiar Presupuesto (M$) de 1.487.480 a 2.000.000"));
}

// Issue 16, item 8: which database the window shows stays in the status bar
// after other messages come and go.
void TestMainWindow::databasePathStaysInTheStatusBar()
{
    QueryTableModel *results = windowPart<QueryTableModel>(*m_window, "resultsModel");
    QVERIFY(results->setData(results->index(0, resultsColumn(results, "budget_mclp")), QStringLiteral("2.000.000")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Cambio guardado"));
    m_window->statusBar()->clearMessage();
    const QString path = QDir::toNativeSeparators(m_fixture->path());
    QStringList shown;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("mirador.sqlite")))
            shown << label->text() + QStringLiteral(" (") + label->toolTip() + u')';
    }
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u'(' + path + u')'), qPrintable(shown.first()));
}

// Issue 16, item 8: with USER, LOGNAME and USERNAME unset (a service, a cron
// job), change_log names the account the edit ran under, not "?".
void TestMainWindow::changeLogNamesTheAccountWithoutUser()
{
#ifndef Q_OS_UNIX
    QSKIP("the account name is read from the password database on Unix");
#else
    const passwd *account = getpwuid(geteuid());
    QVERIFY(account && account->pw_name);
    const QString expected = QString::fromLocal8Bit(account->pw_name);
    struct Unset
    {
        QList<QPair<const char *, QByteArray>> kept;
        Unset()
        {
            for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
                if (qEnvironmentVariableIsSet(name))
                    kept.append({name, qgetenv(name)});
                qunsetenv(name);
            }
        }
        ~Unset()
        {
            for (const auto &[name, value] : std::as_const(kept))
                qputenv(name, value);
        }
    } unset;
    QueryTableModel *results = windowPart<QueryTableModel>(*m_window, "resultsModel");
    QVERIFY(results->setData(results->index(0, resultsColumn(results, "budget_mclp")), QStringLiteral("2.000.000")));
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT user_name FROM change_log WHERE origin = 'edit'")) && query.next());
    QCOMPARE(query.value(0).toString(), expected);
#endif
}

// Issue 16, item 8: with the red synthetic-data banner, the window still fits
// an 800 px screen less its title bar and a desktop panel, status bar shown.
void TestMainWindow::syntheticBannerLeavesTheStatusBarOnAn800pxScreen()
{
    m_window.reset();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(generateDemo(path, 200, &error), qPrintable(error));
    auto db = Database::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    MainWindow window(std::move(db));
    window.show();
    // 800 px less some 36 for a title bar and 32 for a desktop's panel.
    const int height = 800 - 36 - 32;
    // As it first shows, before anything is fitted: what a window manager places.
    QVERIFY2(window.minimumSizeHint().height() <= height,
             qPrintable(QString::number(window.minimumSizeHint().height())));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(visibleSyntheticBanner(window), syntheticWarning);
    // At 1280 px, and at the narrowest the window goes.
    for (const int width : {1280, window.minimumSizeHint().width()}) {
        window.resize(width, height);
        QTest::qWait(100);
        QCOMPARE(window.size(), QSize(width, height));
        QStatusBar *status = window.statusBar();
        QVERIFY(status->isVisible());
        QVERIFY2(status->geometry().bottom() < window.height() && status->height() >= status->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 in %2").arg(status->geometry().bottom()).arg(window.height())));
    }
}

// Issue 16, item 8: the save dialogs suggest names in the window's language,
// in the folder the user last saved to.
void TestMainWindow::saveDialogsSuggestNamesInSpanishInTheLastFolder()
{
    QSettings().remove(QStringLiteral("lastFolder"));
    const auto action = [this](const QString &text) { return actionNamed(m_window.get(), text); };
    QTemporaryDir dir;
    const QString folder = QFileInfo(dir.path()).absoluteFilePath();
    QStringList suggested;
    triggerAnswering(action(QStringLiteral("Exportar &gráfico…")), dir.filePath(QStringLiteral("a.svg")),
                     &suggested);
    QCOMPARE(suggested, (QStringList{QStringLiteral("presupuesto-beneficiarios.pdf"), QDir::homePath()}));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("a.svg"))));
    suggested.clear();
    triggerAnswering(action(QStringLiteral("&Exportar tabla a CSV…")), dir.filePath(QStringLiteral("b.csv")),
                     &suggested);
    QCOMPARE(suggested, (QStringList{QStringLiteral("resultados.csv"), folder}));
    suggested.clear();
    triggerAnswering(action(QStringLiteral("Exportar in&forme PDF…")), dir.filePath(QStringLiteral("c.pdf")),
                     &suggested);
    QCOMPARE(suggested, (QStringList{QStringLiteral("informe-mirador.pdf"), folder}));
    suggested.clear();
    triggerAnswering(action(QStringLiteral("Exportar tabla para E&xcel…")), dir.filePath(QStringLiteral("d.xlsx")),
                     &suggested);
    QCOMPARE(suggested, (QStringList{QStringLiteral("tablas.xlsx"), folder}));
    QSettings().remove(QStringLiteral("lastFolder"));
}

void TestMainWindow::languageNoticeIsInOneLanguage_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("buttons");
    QTest::newRow("Spanish") << "&Español" << "Idioma" << "Mirador estará en español la próxima vez que lo abra."
                             << QStringList{QStringLiteral("Aceptar")};
    QTest::newRow("English") << "&English" << "Language" << "Mirador will be in English the next time you open it."
                             << QStringList{QStringLiteral("OK")};
}

// Issue 16, item 8: the notice after Ver > Idioma is in the language chosen,
// its title and button too, not half in one and half in the other.
void TestMainWindow::languageNoticeIsInOneLanguage()
{
    QFETCH(QString, choice);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QStringList, buttons);
    QAction *action = actionNamed(m_window.get(), choice);
    QVERIFY(action);
    QStringList seen;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, &timer, [&seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !seen.isEmpty())
            return;
        seen << box->windowTitle() << box->text();
        for (const QAbstractButton *button : box->buttons())
            seen << button->text();
        QMetaObject::invokeMethod(box, "done", Qt::QueuedConnection, Q_ARG(int, 0));
    });
    timer.start();
    action->trigger();
    Language::save(Language::Choice::System);
    QCOMPARE(seen, QStringList{title} << text << buttons);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

