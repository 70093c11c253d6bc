#include "detailpanel.h"
#include "filterbar.h"
#include "highlight.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

/// The tables as spreadsheet users expect them: headers dragged to reorder
/// the columns and the order kept, a column chooser, a cell menu that
/// copies and filters, and the search's words marked where they are found.
class TestTableMenus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void headersMoveAndTheNextWindowKeepsTheOrder();
    void aStaleLayoutLosesNoColumn();
    void columnChooserShowsHidesAndIsKept();
    void cellMenuFiltersByValue_data();
    void cellMenuFiltersByValue();
    void cellMenuCopiesTheSelection();
    void menuKeyAndShiftF10OpenTheCellMenu();
    void searchWordsAreMarkedInCellsAndSentence();

private:
    void reopen();
    int column(const char *csvName) const;
    int ferias() const;
    QMenu *cellMenu(int row, int column);
    static QAction *action(const QMenu *menu, const QString &text);

    std::unique_ptr<TestSupport::Fixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestTableMenus::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_tablemenus"));
}

void TestTableMenus::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<TestSupport::Fixture>();
    m_fixture->db.reset();
    reopen();
}

void TestTableMenus::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window.reset();
    m_fixture.reset();
    QSettings().clear();
}

/// Closes the window (which keeps its settings) and opens the next one.
void TestTableMenus::reopen()
{
    if (m_window)
        m_window->close();
    QString error;
    m_window = TestSupport::openWindow(m_fixture->path(), &error, [](MainWindow &window) { window.restoreSettings(); });
    QVERIFY2(m_window, qPrintable(error));
}

int TestTableMenus::column(const char *csvName) const
{
    return windowPart<QueryTableModel>(*m_window, "resultsModel")->spec().columnIndex(QString::fromLatin1(csvName));
}

/// The results row of Ferias Libres (M$ 2.509.474).
int TestTableMenus::ferias() const
{
    const QAbstractItemModel *model = windowPart<QueryTableModel>(*m_window, "resultsModel");
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column("program")).data().toString() == u"Ferias Libres")
            return row;
    }
    return -1;
}

/// The menu a right click on a results cell opens.
QMenu *TestTableMenus::cellMenu(int row, int column)
{
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    view->setCurrentIndex(index);
    const QPoint at = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QAction *TestTableMenus::action(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void TestTableMenus::headersMoveAndTheNextWindowKeepsTheOrder()
{
    // The README promises it: drag a header to reorder, Mirador keeps the order.
    QHeaderView *header = windowPart<QTableView>(*m_window, "resultsView")->horizontalHeader();
    QVERIFY(header->sectionsMovable());
    QVERIFY(windowPart<QTableView>(*m_window, "indicatorsView")->horizontalHeader()->sectionsMovable());
    header->moveSection(header->visualIndex(column("note")), 0);
    header->resizeSection(column("program"), 321);
    const int program = header->visualIndex(column("program"));
    reopen();
    header = windowPart<QTableView>(*m_window, "resultsView")->horizontalHeader();
    QCOMPARE(header->visualIndex(column("note")), 0);
    QCOMPARE(header->visualIndex(column("program")), program);
    QCOMPARE(header->sectionSize(column("program")), 321);
    QVERIFY(header->isSectionHidden(column("region_code")));
    QVERIFY(header->isSectionHidden(column("budget_source")));
    QVERIFY(header->isSectionHidden(column("beneficiaries_source")));
    // One report in the database: no service column.
    QVERIFY(header->isSectionHidden(column("service")));
    QCOMPARE(header->hiddenSectionCount(), 4);
}

void TestTableMenus::aStaleLayoutLosesNoColumn()
{
    // A layout kept by an older Mirador: a column since gone, one since
    // added (not named), and a QHeaderView::saveState() of five columns.
    m_window.reset();
    QStandardItemModel fiveColumns(1, 5);
    QHeaderView old(Qt::Horizontal);
    old.setModel(&fiveColumns);
    old.hideSection(1);
    old.hideSection(2);
    QSettings settings;
    settings.setValue(QStringLiteral("window/indicatorsColumns"), old.saveState());
    settings.setValue(QStringLiteral("window/resultsColumns/order"),
                      QStringList{QStringLiteral("note"), QStringLiteral("gone"), QStringLiteral("program")});
    settings.setValue(QStringLiteral("window/resultsColumns/hidden"),
                      QStringList{QStringLiteral("gone"), QStringLiteral("beneficiaries")});
    settings.sync();
    reopen();
    QHeaderView *header = windowPart<QTableView>(*m_window, "resultsView")->horizontalHeader();
    QCOMPARE(header->count(), windowPart<QueryTableModel>(*m_window, "resultsModel")->columnCount());
    QCOMPARE(header->visualIndex(column("note")), 0);
    QCOMPARE(header->visualIndex(column("program")), 1);
    // Not named: shown as its table shows it (region_code is hidden at first).
    QVERIFY(!header->isSectionHidden(column("beneficiaries")));
    QVERIFY(!header->isSectionHidden(column("budget_mclp")));
    QVERIFY(header->isSectionHidden(column("region_code")));
    QVERIFY(header->isSectionHidden(column("budget_source")));
    QVERIFY(header->isSectionHidden(column("beneficiaries_source")));
    QVERIFY(header->isSectionHidden(column("service")));
    QCOMPARE(header->hiddenSectionCount(), 4);
    QHeaderView *indicators = windowPart<QTableView>(*m_window, "indicatorsView")->horizontalHeader();
    QCOMPARE(indicators->hiddenSectionCount(), 2); // region_code and service (one report)
    QVERIFY(indicators->sectionSize(indicators->logicalIndex(0)) > 0);
}

void TestTableMenus::columnChooserShowsHidesAndIsKept()
{
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    QHeaderView *header = view->horizontalHeader();
    // On the header, a right click...
    const QPoint at(header->sectionViewportPosition(column("note")) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), windowPart<QueryTableModel>(*m_window, "resultsModel")->columnCount());
    QAction *note = action(menu, QStringLiteral("Nota"));
    QVERIFY(note && note->isChecked());
    QVERIFY(action(menu, QStringLiteral("Cód. región")) && !action(menu, QStringLiteral("Cód. región"))->isChecked());
    note->trigger();
    QVERIFY(view->isColumnHidden(column("note")));
    menu->close();

    // ...and Ver > Columnas de la tabla, from the keyboard.
    QMenu *viewMenu = nullptr;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->text() == u"&Ver")
            viewMenu = top->menu();
    }
    QVERIFY(viewMenu);
    QAction *columns = action(viewMenu, QStringLiteral("&Columnas de la tabla"));
    QVERIFY(columns && columns->menu());
    Q_EMIT columns->menu()->aboutToShow();
    QVERIFY(!action(columns->menu(), QStringLiteral("Nota"))->isChecked());
    action(columns->menu(), QStringLiteral("Programa"))->trigger();
    QVERIFY(view->isColumnHidden(column("program")));

    // Every column but one hidden: that one cannot be.
    for (QAction *entry : columns->menu()->actions()) {
        if (entry->isChecked() && entry->text() != u"Presupuesto (M$)")
            entry->trigger();
    }
    Q_EMIT columns->menu()->aboutToShow();
    QCOMPARE(header->hiddenSectionCount(), header->count() - 1);
    QAction *budget = action(columns->menu(), QStringLiteral("Presupuesto (M$)"));
    QVERIFY(budget->isChecked() && !budget->isEnabled());
    Q_EMIT columns->menu()->aboutToShow();
    action(columns->menu(), QStringLiteral("Programa"))->trigger();
    QVERIFY(!view->isColumnHidden(column("program")));

    reopen();
    header = windowPart<QTableView>(*m_window, "resultsView")->horizontalHeader();
    QCOMPARE(header->hiddenSectionCount(), header->count() - 2);
    QVERIFY(!header->isSectionHidden(column("program")) && !header->isSectionHidden(column("budget_mclp")));
    const QStringList hidden = QSettings().value(QStringLiteral("window/resultsColumns/hidden")).toStringList();
    QVERIFY2(hidden.contains(QStringLiteral("note")) && !hidden.contains(QStringLiteral("program")),
             qPrintable(hidden.join(u',')));
}

void TestTableMenus::cellMenuFiltersByValue_data()
{
    QTest::addColumn<QByteArray>("csvName");
    QTest::newRow("program") << QByteArray("program");
    QTest::newRow("region") << QByteArray("region");
    QTest::newRow("year") << QByteArray("year");
    QTest::newRow("objective") << QByteArray("objective");
    QTest::newRow("objective name") << QByteArray("objective_name");
    QTest::newRow("unit: the search text") << QByteArray("beneficiary_unit");
    QTest::newRow("action: no filter for it") << QByteArray("action");
}

void TestTableMenus::cellMenuFiltersByValue()
{
    QFETCH(QByteArray, csvName);
    const int row = ferias();
    QVERIFY(row >= 0);
    const QModelIndex cell = windowPart<QueryTableModel>(*m_window, "resultsModel")->index(row, column(csvName.constData()));
    const QString text = cell.data().toString();
    const QVariant value = cell.data(Qt::EditRole);
    const QString objective = windowPart<QueryTableModel>(*m_window, "resultsModel")->index(row, column("objective")).data().toString();
    QMenu *menu = cellMenu(row, cell.column());
    QVERIFY(menu);
    QAction *byValue = action(menu, QStringLiteral("&Filtrar por este valor"));
    QVERIFY(byValue);
    if (csvName == "action") {
        QVERIFY(!byValue->isEnabled());
        return;
    }
    QVERIFY(byValue->isEnabled());
    byValue->trigger();
    const Filter filter = windowPart<FilterBar>(*m_window)->filter();
    if (csvName == "program")
        QCOMPARE(filter.programLabel, QStringLiteral("Ferias Libres"));
    else if (csvName == "region")
        QVERIFY2(filter.regionLabel.startsWith(text), qPrintable(filter.regionLabel));
    else if (csvName == "year")
        QCOMPARE(filter.year, std::optional<int>(value.toInt()));
    else if (csvName.startsWith("objective"))
        QCOMPARE(filter.objective, std::optional<int>(objective.toInt()));
    else
        QCOMPARE(filter.text, text);
    // The tables follow, and the row is still in them.
    QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->filter(), filter);
    QVERIFY(ferias() >= 0);
}

void TestTableMenus::cellMenuCopiesTheSelection()
{
    QGuiApplication::clipboard()->clear();
    windowPart<QTableView>(*m_window, "resultsView")->selectRow(ferias());
    QMenu *menu = cellMenu(ferias(), column("program"));
    QVERIFY(menu);
    action(menu, QStringLiteral("&Copiar"))->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Ferias Libres\t2.509.474")), qPrintable(copied));
    QCOMPARE(copied.count(u'\n'), 2); // the header and the row
}

void TestTableMenus::menuKeyAndShiftF10OpenTheCellMenu()
{
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(ferias(), column("program")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (const bool menuKey : {false, true}) {
        if (menuKey) {
            // What the platform turns the Menu key into (xcb, Windows): a
            // keyboard context menu event for the widget with the focus.
            QContextMenuEvent event(QContextMenuEvent::Keyboard, {}, view->mapToGlobal(QPoint()));
            QApplication::sendEvent(QApplication::focusWidget(), &event);
        } else {
            QTest::keyClick(m_window->windowHandle(), Qt::Key_F10, Qt::ShiftModifier);
        }
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY2(menu, menuKey ? "Menu" : "Shift+F10");
        QVERIFY(action(menu, QStringLiteral("&Copiar")));
        action(menu, QStringLiteral("&Filtrar por este valor"))->trigger();
        QCOMPARE(windowPart<FilterBar>(*m_window)->filter().programLabel, QStringLiteral("Ferias Libres"));
        menu->close();
        windowPart<FilterBar>(*m_window)->clear();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(ferias(), column("program")));
    }
}

namespace {

/// How many pixels of image within rect are of colour.
int pixelsOf(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return count;
}

/// The runs of a document's text drawn on background.
QStringList runsOn(const QTextDocument &document, const QColor &background)
{
    QStringList runs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.background().style() != Qt::NoBrush && format.background().color() == background)
                runs << it.fragment().text();
        }
    }
    return runs;
}

} // namespace

void TestTableMenus::searchWordsAreMarkedInCellsAndSentence()
{
    windowPart<FilterBar>(*m_window)->searchEdit()->setText(QStringLiteral("FERIAS"));
    QTRY_COMPARE(windowPart<QueryTableModel>(*m_window, "resultsModel")->filter().text, QStringLiteral("FERIAS"));
    const int row = ferias();
    QVERIFY(row >= 0);
    QTableView *view = windowPart<QTableView>(*m_window, "resultsView");
    view->resizeColumnToContents(column("program"));
    const QImage image = view->viewport()->grab().toImage();
    const QRect program = view->visualRect(view->model()->index(row, column("program")));
    const QRect budget = view->visualRect(view->model()->index(row, column("budget_mclp")));
    // "Ferias" on yellow: some 6 letters' width, the text's height.
    const int marked = pixelsOf(image, program, Highlight::wordBackground());
    QVERIFY2(marked > 6 * 4 * program.height() / 3, qPrintable(QString::number(marked)));
    QCOMPARE(pixelsOf(image, budget, Highlight::wordBackground()), 0);
    // The mark starts where the word does: at the left of the cell's text.
    int first = program.right();
    for (int x = program.left(); x <= program.right() && first == program.right(); ++x) {
        if (image.pixelColor(x, program.center().y()).rgb() == Highlight::wordBackground().rgb())
            first = x;
    }
    QVERIFY2(first - program.left() < 10, qPrintable(QString::number(first - program.left())));

    view->selectRow(row);
    const QTextDocument *detail = windowPart<DetailPanel>(*m_window)->document();
    QVERIFY2(runsOn(*detail, Highlight::wordBackground()).contains(QStringLiteral("Ferias")),
             qPrintable(detail->toHtml()));
    // The row's figures in its sentence: "Con recursos por M$ 2.509.474, se
    // financiaron 153 proyectos asociativos."
    QCOMPARE(runsOn(*detail, Highlight::figureBackground()),
             (QStringList{QStringLiteral("2.509.474"), QStringLiteral("153")}));
}

QTEST_MAIN(TestTableMenus)
#include "tst_tablemenus.moc"
