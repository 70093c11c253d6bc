#include "mainwindow.h"

#include "celleditor.h"
#include "choicesetting.h"
#include "chartexport.h"
#include "chartpanel.h"
#include "columnlayout.h"
#include "csvexport.h"
#include "database.h"
#include "detailpanel.h"
#include "figureflag.h"
#include "filterbar.h"
#include "format.h"
#include "highlight.h"
#include "historyview.h"
#include "importjob.h"
#include "integritycheck.h"
#include "importwizard.h"
#include "lastfolder.h"
#include "locationlabel.h"
#include "overviewmodel.h"
#include "pngsizedialog.h"
#include "language.h"
#include "querytablemodel.h"
#include "recentdatabases.h"
#include "suggestedname.h"
#include "aggregatejob.h"
#include "reportdata.h"
#include "reportexport.h"
#include "reportwriter.h"
#include "tablemenus.h"
#include "workbookdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QUndoStack>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QScrollBar>
#include <QInputDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// The value of a row's column, by its CSV name, as shown.
QString cell(const QueryTableModel *model, int row, const char *csvName)
{
    const auto &columns = model->spec().columns;
    for (int c = 0; c < int(columns.size()); ++c) {
        if (qstrcmp(columns[c].csvName, csvName) == 0)
            return model->index(row, c).data().toString();
    }
    return {};
}

int columnOf(const QueryTableModel *model, const char *csvName)
{
    const auto &columns = model->spec().columns;
    for (int c = 0; c < int(columns.size()); ++c) {
        if (qstrcmp(columns[c].csvName, csvName) == 0)
            return c;
    }
    return -1;
}

/// Shows the named columns first, in that order, ahead of the others: the
/// figures beside the program or indicator they belong to. The model, and
/// the CSV written from it, keep their own order.
void showFirst(QTableView *view, std::initializer_list<const char *> csvNames)
{
    const auto *model = qobject_cast<const QueryTableModel *>(view->model());
    QHeaderView *header = view->horizontalHeader();
    int visual = 0;
    for (const char *name : csvNames)
        header->moveSection(header->visualIndex(columnOf(model, name)), visual++);
}

/// Where a table's column order and widths are kept: "resultsColumns"...
QString columnsKey(const QTableView *view)
{
    return QLatin1String(qobject_cast<const QueryTableModel *>(view->model())->spec().name)
        + QStringLiteral("Columns");
}

const QString appearanceKey = QStringLiteral("appearance");
// As kept in the settings, in the order of MainWindow::Appearance.
const QStringList appearanceWords{QString(), QStringLiteral("light"), QStringLiteral("dark")};

/// Fills menu with one radio entry per label, current checked; choosing one
/// calls chosen with its index.
void addChoices(QMenu *menu, const QStringList &labels, int current, const std::function<void(int)> &chosen)
{
    auto *group = new QActionGroup(menu);
    for (int i = 0; i < int(labels.size()); ++i) {
        QAction *action = menu->addAction(labels.at(i), menu, [chosen, i] { chosen(i); });
        action->setCheckable(true);
        action->setChecked(i == current);
        group->addAction(action);
    }
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent),
      m_database(std::move(database)),
      m_filterBar(new FilterBar(this)),
      m_banner(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_overview(new OverviewModel(m_database->connection(), this)),
      m_results(new QueryTableModel(TableSpec::results(), m_database->connection(), this)),
      m_indicators(new QueryTableModel(TableSpec::indicators(), m_database->connection(), this)),
      m_milestones(new QueryTableModel(TableSpec::milestones(), m_database->connection(), this)),
      m_overviewView(new QTableView(this)),
      m_resultsView(makeTable(m_results)),
      m_indicatorsView(makeTable(m_indicators)),
      m_milestonesView(makeTable(m_milestones)),
      m_tabs(new QTabWidget(this)),
      m_detail(new DetailPanel(this)),
      m_charts(new ChartPanel(this)),
      m_undo(new QUndoStack(this)),
      m_importJob(new ImportJob(*m_database, this)),
      m_readOnlyLabel(new QLabel(this))
{
    // Edits go through the undo stack; each writes its change_log row.
    m_resultsView->setItemDelegate(new CellEditor(m_resultsView));
    for (QTableView *view : {m_indicatorsView, m_milestonesView, m_overviewView})
        view->setItemDelegate(new WholeTextDelegate(view));
    m_resultsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_results->setEditSink([this](const CellEdit &edit) {
        const auto &column = m_results->spec().columns[edit.column];
        const QString text = tr("Cambiar %1 de %2 a %3")
                                 .arg(QCoreApplication::translate("TableSpec", column.header),
                                      TableSpec::display(column.kind, edit.oldValue),
                                      TableSpec::display(column.kind, edit.newValue));
        m_undo->push(new CellEditCommand(text, edit.oldValue, edit.newValue,
                                         [this, text, rowId = edit.rowId, columnIndex = edit.column](
                                             const QVariant &value, const QString &origin) {
                                             QString error;
                                             if (m_results->applyEdit(rowId, columnIndex, value, origin, &error)) {
                                                 editApplied(text, origin);
                                                 return true;
                                             }
                                             showError(tr("No se guardó el cambio: %1").arg(error));
                                             return false;
                                         }));
    });
    connect(m_results, &QueryTableModel::editFailed, this, [this](const QString &message) {
        showError(tr("No se guardó el cambio: %1").arg(message));
    });
    QString error;
    if (!m_catalog.load(m_database->connection(), &error))
        showError(tr("No se pudieron leer las listas de la base de datos: %1").arg(error));
    m_filterBar->setCatalog(m_catalog);

    const bool synthetic = std::any_of(m_catalog.reports().cbegin(), m_catalog.reports().cend(),
                                       [](const Catalog::ReportInfo &report) { return report.synthetic; });
    m_banner->setText(
        tr("DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe."));
    m_banner->setStyleSheet(QStringLiteral("background:#b71c1c;color:white;font-weight:bold;padding:4px;"));
    m_banner->setVisible(synthetic);

    m_overviewView->setModel(m_overview);
    m_overviewView->setAccessibleName(tr("Resumen por objetivo estratégico"));
    m_overviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overviewView->verticalHeader()->hide();
    m_overviewView->verticalHeader()->setDefaultSectionSize(m_overviewView->fontMetrics().height() + 8);
    // Every row whole, the units wrapped in the last column: the view is as
    // tall as its rows, and fits them again when it is wider or narrower.
    m_overviewView->horizontalHeader()->setStretchLastSection(true);
    m_overviewView->setWordWrap(true);
    m_overviewView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overviewView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_overviewView->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == OverviewModel::UnitsColumn)
            QMetaObject::invokeMethod(this, &MainWindow::fitOverview, Qt::QueuedConnection);
    });
    m_overviewView->setToolTip(tr("Doble clic en un objetivo para filtrar por él. M$ = miles de pesos."));

    m_resultsView->setAccessibleName(tr("Resultados por programa"));
    m_indicatorsView->setAccessibleName(tr("Indicadores"));
    m_milestonesView->setAccessibleName(tr("Hitos: convenios, acuerdos y publicaciones"));
    m_resultsView->hideColumn(columnOf(m_results, "region_code"));
    // The figures as their sources gave them: an edited figure is flagged instead (FigureFlag).
    for (const char *source : {"budget_source", "beneficiaries_source"})
        m_resultsView->hideColumn(columnOf(m_results, source));
    m_indicatorsView->hideColumn(columnOf(m_indicators, "region_code"));
    showFirst(m_resultsView, {"program", "budget_mclp", "beneficiaries", "beneficiary_unit", "region", "objective",
                              "objective_name", "action", "year"});
    showFirst(m_indicatorsView, {"indicator", "value", "unit", "program", "region", "objective", "action", "year"});
    showFirst(m_milestonesView, {"kind", "title", "counterpart", "objective", "action", "year"});
    for (QTableView *view : {m_resultsView, m_indicatorsView, m_milestonesView})
        new TableMenus(view, m_filterBar, &m_catalog, [this] { copySelection(); });
    m_tabs->setAccessibleName(tr("Tablas: resultados, indicadores e hitos"));
    m_tabs->addTab(m_resultsView, tr("&Resultados"));
    m_tabs->addTab(m_indicatorsView, tr("&Indicadores"));
    m_tabs->addTab(m_milestonesView, tr("&Hitos"));
    m_tabs->setAccessibleDescription(tr("Ctrl+Tab pasa a la tabla siguiente"));
    m_tabs->setTabToolTip(0, tr("Presupuesto y beneficiarios de cada programa, con la oración de la que provienen"));
    m_tabs->setTabToolTip(1, tr("Otras cifras del informe: asesorías, empleos, porcentajes…"));
    m_tabs->setTabToolTip(2, tr("Convenios, acuerdos, publicaciones y estudios"));

    // Left, what officers and reviewers read: the tables, and under them the
    // sentence the selected figure came from. Right, what managers look at:
    // the chart, and under it the same totals as exact figures.
    auto *left = m_tablesSplitter = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("tablesSplitter"));
    left->addWidget(m_tabs);
    left->addWidget(m_detail);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setSizes({520, 180});

    auto *overviewBox = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overviewBox);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *overviewTitle = new QLabel(tr("<b>Resumen por objetivo estratégico</b> (M$ = miles de pesos)"), overviewBox);
    overviewLayout->addWidget(overviewTitle);
    overviewLayout->addWidget(m_overviewView);

    // The overview is as tall as its rows; the chart takes the rest.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_charts, 1);
    rightLayout->addWidget(overviewBox);

    auto *main = m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    m_detail->setMinimumHeight(80);
    // The chart needs some 700 pixels for its labels to stand whole.
    main->setSizes({580, 700});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(main, 1);
    setCentralWidget(central);

    // The rows and the active filter stay in the status bar, beside its messages.
    m_summary->setAccessibleName(tr("Filtro activo y número de filas"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(new LocationLabel(Database::isUrl(m_database->location())
                                                          ? m_database->location()
                                                          : QDir::toNativeSeparators(m_database->location()),
                                                      this));
    statusBar()->addPermanentWidget(m_summary);
    if (!m_database->migrationBackup().isEmpty())
        statusBar()->showMessage(tr("Se actualizó el esquema de %1; la copia anterior está en %2")
                                     .arg(QDir::toNativeSeparators(m_database->location()),
                                          QDir::toNativeSeparators(m_database->migrationBackup())));

    // The history of changes, read while shown: a window of its own at
    // first (docked, it would make the window taller than an 800 px
    // screen), which can be docked under the tables.
    m_history = new HistoryView(m_database->connection(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    m_history->setFloating(true);
    m_history->hide();
    connect(m_history, &HistoryView::importUndone, this, [this] {
        m_undo->clear(); // the rows under the edits may have changed
        reload();
        statusBar()->showMessage(tr("Importación deshecha: la base volvió a como estaba antes de ella"), 5000);
    });
    connect(m_history, &HistoryView::errorOccurred, this, &MainWindow::showError);
    connect(m_undo, &QUndoStack::indexChanged, m_history, &HistoryView::refresh);
    connect(m_importJob, &ImportJob::finished, m_history, &HistoryView::refresh);

    createMenus();
    if (m_database->isReadOnly())
        showReadOnly();
    if (m_database->integrityDeferred()) {
        // A large file opened without reading every page: they are checked
        // in the background once the window has shown its first rows (a
        // second later, so as not to slow them); it stays usable meanwhile.
        m_integrityCheck = new IntegrityCheck(m_database->connectionName(), this);
        connect(m_integrityCheck, &IntegrityCheck::finished, this, &MainWindow::integrityChecked);
        QTimer::singleShot(1000, m_integrityCheck, &IntegrityCheck::start);
    }

    for (QueryTableModel *model : {m_results, m_indicators, m_milestones}) {
        // A page is read when a view paints it: its error (a dialog, or the
        // reconnect loop that reloads every model) waits until the paint is over.
        connect(model, &QueryTableModel::queryFailed, this, &MainWindow::showError, Qt::QueuedConnection);
        connect(model, &QueryTableModel::totalRowsChanged, this, &MainWindow::updateSummary);
    }
    connect(m_overview, &OverviewModel::queryFailed, this, &MainWindow::showError);
    m_aggregates = new AggregateJob(m_database->connectionName(), this);
    connect(m_aggregates, &AggregateJob::figuresRead, this, &MainWindow::showFigures);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_charts, &ChartPanel::objectiveRequested, m_filterBar, &FilterBar::setObjective);
    connect(m_charts, &ChartPanel::exportRequested, this, &MainWindow::exportChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showCurrentDetail);
    connect(m_overviewView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant objective = index.data(OverviewModel::ObjectiveNumberRole);
        m_filterBar->setObjective(objective.isNull() ? std::nullopt : std::optional<int>(objective.toInt()));
    });

    setWindowTitle(m_catalog.reports().isEmpty()
                       ? tr("Mirador")
                       : tr("Mirador — %1 · %2").arg(m_catalog.reports().first().serviceShortName,
                                                    m_catalog.reports().first().title));
    resize(1280, 800);
    // The first page is painted before the counts start: a million rows
    // handed to a view cost its header some 50 ms, after the user sees rows.
    for (QueryTableModel *model : {m_results, m_indicators, m_milestones})
        model->holdCounts(true);
    m_resultsView->viewport()->installEventFilter(this);
    applyFilter(m_filterBar->filter());
    m_resultsView->resizeColumnsToContents();
    m_indicatorsView->resizeColumnsToContents();
    m_milestonesView->resizeColumnsToContents();
    for (QTableView *view : {m_resultsView, m_indicatorsView, m_milestonesView}) {
        const int last = view->model()->columnCount() - 1;
        view->setColumnWidth(last, 600);
    }
}

void MainWindow::fitOverview()
{
    // Fitted at its real width once shown: at the width of a window not yet
    // laid out the units wrap on many lines, and the window would keep the
    // height they asked for (issue 16: off an 800 px screen).
    if (!m_overviewView->isVisible())
        return;
    QHeaderView *header = m_overviewView->horizontalHeader();
    for (int column = 0; column < OverviewModel::UnitsColumn; ++column)
        m_overviewView->resizeColumnToContents(column);
    m_overviewView->resizeRowsToContents();
    int height = header->sizeHint().height() + 2 * m_overviewView->frameWidth();
    for (int row = 0; row < m_overview->rowCount(); ++row)
        height += m_overviewView->rowHeight(row);
    if (m_overviewView->horizontalScrollBar()->maximum() > 0)
        height += m_overviewView->horizontalScrollBar()->sizeHint().height();
    if (m_overviewView->height() != height)
        m_overviewView->setFixedHeight(height);
}

MainWindow::~MainWindow()
{
    m_importJob->cancel();
    m_importJob->wait();
    delete m_integrityCheck; // interrupts a check under way
    delete m_undo; // its commands refer to the models
    delete m_aggregates; // interrupts the reads under way
    // The models hold the database's connection: they go before it does.
    delete m_overview;
    delete m_results;
    delete m_indicators;
    delete m_milestones;
}

QTableView *MainWindow::makeTable(QueryTableModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // Column widths from the first rows a window shows, not from a whole
    // page of 500 rows of text.
    view->horizontalHeader()->setResizeContentsPrecision(50);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->setSortingEnabled(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showDetail);
    return view;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Archivo"));
    QAction *open = file->addAction(tr("&Abrir base de datos…"), this, &MainWindow::openDatabaseFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Abrir otro archivo de Mirador (SQLite) en esta ventana"));
    m_recentMenu = file->addMenu(tr("Bases de datos &recientes"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("I&mportar CSV…"), this, &MainWindow::importCsv);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *exportCsv = file->addAction(tr("&Exportar tabla a CSV…"), this, [this] { exportCurrentTable(false); });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Exportar tabla para E&xcel…"), this, &MainWindow::exportWorkbook);
    QAction *exportChart = file->addAction(tr("Exportar &gráfico…"), this, &MainWindow::exportChart);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QAction *exportReport = file->addAction(tr("Exportar in&forme PDF…"), this, &MainWindow::exportReport);
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *preview = file->addAction(tr("&Vista previa del informe…"), this, [this] { printReport(true); });
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *print = file->addAction(tr("&Imprimir informe…"), this, [this] { printReport(false); });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Salir"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Editar"));
    m_undoAction = m_undo->createUndoAction(this, tr("&Deshacer"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Rehacer"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copiar filas seleccionadas"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QTableView *table : {m_resultsView, m_indicatorsView, m_milestonesView, m_overviewView})
        table->addAction(copy);

    QMenu *view = menuBar()->addMenu(tr("&Ver"));
    QAction *find = view->addAction(tr("&Buscar"), this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clear = view->addAction(tr("&Quitar filtros"), m_filterBar, &FilterBar::clear);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    TableMenus::addColumnsMenu(view, m_tabs);
    QAction *history = m_history->toggleViewAction();
    history->setText(tr("&Historial de cambios"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);
    connect(history, &QAction::toggled, this, [this](bool shown) {
        if (shown && m_history->isFloating())
            m_history->setGeometry(geometry().left() + 40, geometry().bottom() - height() / 3, width() - 80,
                                   height() / 3);
        else if (shown)
            resizeDocks({m_history}, {height() / 3}, Qt::Vertical);
    });
    view->addSeparator();

    addChoices(view->addMenu(tr("&Idioma")),
               {tr("Según el &sistema"), QStringLiteral("&Español"), QStringLiteral("&English")},
               int(Language::saved()), [this](int choice) { chooseLanguage(Language::Choice(choice)); });
    addChoices(view->addMenu(tr("&Apariencia")), {tr("Según el &sistema"), tr("&Clara"), tr("&Oscura")},
               int(savedAppearance()), [this](int choice) { chooseAppearance(Appearance(choice)); });

    QMenu *help = menuBar()->addMenu(tr("A&yuda"));
    QAction *about = help->addAction(tr("&Acerca de Mirador"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Acerca de &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_resultsView->viewport() && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            for (QueryTableModel *model : {m_results, m_indicators, m_milestones})
                model->holdCounts(false);
            // What each list's entries hold under the other filters, read off
            // the GUI thread for every filter from now on.
            m_facets = new FacetCounter(m_database->connectionName(), this);
            connect(m_facets, &FacetCounter::counted, m_filterBar, &FilterBar::setCounts);
            connect(m_facets, &FacetCounter::failed, this, [this](const QString &error) {
                statusBar()->showMessage(tr("No se pudieron contar las cifras de las listas: %1").arg(error), 10000);
            });
            m_facets->count(m_filterBar->filter());
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showReadOnly()
{
    m_results->setReadOnly(true);
    m_undo->clear();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_importAction->setEnabled(false);
    m_history->setReadOnly(true);
    m_importAction->setToolTip(tr("No se puede importar: la base de datos es de solo lectura (%1)")
                                   .arg(m_database->readOnlyReason()));
    m_importAction->setStatusTip(m_importAction->toolTip());
    m_readOnlyLabel->setText(tr("Solo lectura: %1").arg(m_database->readOnlyReason()));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_readOnlyLabel->show();
}

void MainWindow::integrityChecked(const QString &problem)
{
    if (problem.isEmpty()) {
        statusBar()->showMessage(tr("Revisadas todas las páginas de %1: está sana.")
                                     .arg(QDir::toNativeSeparators(m_database->location())),
                                 10000);
        return;
    }
    m_database->setReadOnly(problem);
    showReadOnly();
    showError(tr("«%1» %2. Mirador la deja en solo lectura para no escribir sobre páginas dañadas; "
                 "cierre Mirador y recupere una copia de respaldo.")
                  .arg(QDir::toNativeSeparators(m_database->location()), problem));
}

void MainWindow::applyFilter(const Filter &filter)
{
    m_results->setFilter(filter);
    m_indicators->setFilter(filter);
    m_milestones->setFilter(filter);
    if (m_facets)
        m_facets->count(filter);
    loadFigures(filter);
    m_detail->showNothing();
    updateSummary();
}

void MainWindow::loadFigures(const Filter &filter)
{
    // With a text search, read in a worker: showFigures follows.
    m_aggregates->readFigures(filter);
}

void MainWindow::showFigures(const ChartData &data, const QString &error)
{
    // The overview shows the totals the charts are drawn from.
    if (!error.isEmpty())
        showError(tr("No se pudieron leer los totales ni los gráficos: %1").arg(error));
    m_overview->setRows(data.filter, data.objectives);
    fitOverview();
    m_charts->setData(data);
}

void MainWindow::editApplied(const QString &change, const QString &origin)
{
    // The table has its new cell already (one dataChanged, the selection and
    // scroll kept); the totals, the chart and the detail are read again.
    loadFigures(m_results->filter());
    showCurrentDetail();
    updateSummary();
    if (origin == u"undo")
        statusBar()->showMessage(tr("Deshecho: %1").arg(change), 5000);
    else if (origin == u"redo")
        statusBar()->showMessage(tr("Rehecho: %1").arg(change), 5000);
    else
        statusBar()->showMessage(tr("Cambio guardado"), 3000);
}

void MainWindow::showCurrentDetail()
{
    auto *view = qobject_cast<QTableView *>(m_tabs->currentWidget());
    if (view && view->currentIndex().isValid())
        showDetail(view->currentIndex());
    else
        m_detail->showNothing();
}

void MainWindow::updateSummary()
{
    // -1: still being counted, off the GUI thread.
    const qint64 results = m_results->totalRows();
    const qint64 indicators = m_indicators->totalRows();
    const qint64 milestones = m_milestones->totalRows();
    const auto number = [this](qint64 n) { return n < 0 ? tr("contando…") : Format::integer(n); };
    m_tabs->setTabText(0, tr("&Resultados (%1)").arg(number(results)));
    m_tabs->setTabText(1, tr("&Indicadores (%1)").arg(number(indicators)));
    m_tabs->setTabText(2, tr("&Hitos (%1)").arg(number(milestones)));
    const auto count = [&number](qint64 n, const QString &one, const QString &many) {
        return (n == 1 ? one : many).arg(number(n));
    };
    m_summary->setText(tr("<b>Filtro:</b> %1 — %2, %3, %4")
                           .arg(m_results->filter().describe().toHtmlEscaped(),
                                count(results, tr("%1 resultado"), tr("%1 resultados")),
                                count(indicators, tr("%1 indicador"), tr("%1 indicadores")),
                                count(milestones, tr("%1 hito"), tr("%1 hitos"))));
}

void MainWindow::showDetail(const QModelIndex &index)
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    if (!model || !index.isValid()) {
        m_detail->showNothing();
        m_history->setSelectedRow({}, 0, {});
        return;
    }
    const int row = index.row();
    QString headline;
    if (model == m_results) {
        headline = tr("%1: M$ %2 · %3 %4")
                       .arg(cell(model, row, "program"), cell(model, row, "budget_mclp"),
                            cell(model, row, "beneficiaries"), cell(model, row, "beneficiary_unit"));
    } else if (model == m_indicators) {
        const QVariant value = model->index(row, columnOf(model, "value")).data(Qt::EditRole);
        headline = tr("%1: %2").arg(cell(model, row, "indicator"),
                                    Format::withUnit(value.toDouble(), cell(model, row, "unit")));
    } else {
        headline = cell(model, row, "title");
    }
    m_history->setSelectedRow(QString::fromLatin1(model->spec().tableName),
                              model->index(row, 0).data(QueryTableModel::RowIdRole).toLongLong(), headline);
    const auto context = Catalog::context(m_database->connection(),
                                          model->index(row, 0).data(QueryTableModel::ObjectiveIdRole).toLongLong(),
                                          model->index(row, 0).data(QueryTableModel::ActionIdRole));
    m_detail->setHighlights(model->filter().text, Highlight::rowFigures(index));
    m_detail->showFigure(headline, model->index(row, 0).data(QueryTableModel::SourceQuoteRole).toString(), context,
                         FigureFlag::rowNotes(model, row));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    // A server that went away: say so once, and offer to connect again.
    if (m_database->dialect() == Database::Dialect::PostgreSQL && !m_reconnecting && m_database->connectionLost()) {
        m_reconnecting = true;
        while (QMessageBox::question(this, tr("Mirador"),
                                     tr("%1\n\nSe perdió la conexión con el servidor. Lo que no se guardó se "
                                        "indicó arriba. ¿Volver a conectarse?")
                                         .arg(message),
                                     QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry)
               == QMessageBox::Retry) {
            QString error;
            if (m_database->reconnect(&error)) {
                reload();
                statusBar()->showMessage(tr("Conectado de nuevo a %1").arg(m_database->location()), 5000);
                break;
            }
            statusBar()->showMessage(error);
        }
        m_reconnecting = false;
        return;
    }
    QMessageBox::warning(this, tr("Mirador"), message);
}

void MainWindow::exportCurrentTable(bool excel)
{
    auto *view = qobject_cast<QTableView *>(m_tabs->currentWidget());
    auto *model = view ? qobject_cast<QueryTableModel *>(view->model()) : nullptr;
    if (!model)
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        this, excel ? tr("Exportar para Excel") : tr("Exportar a CSV"),
        LastFolder::suggest(LastFolder::Purpose::Export, SuggestedName::table(model->spec(), excel)),
        tr("CSV (*.csv)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    QString error;
    const qint64 rows = CsvExport::write(m_database->connection(), model->spec(), model->filter(), fileName, &error,
                                         excel ? CsvExport::Style::Excel : CsvExport::Style::Plain);
    if (rows < 0)
        showError(error);
    else
        statusBar()->showMessage((rows == 1 ? tr("%Ln fila escrita en %1", nullptr, int(rows))
                                            : tr("%Ln filas escritas en %1", nullptr, int(rows)))
                                     .arg(QDir::toNativeSeparators(fileName)));
}

void MainWindow::exportWorkbook()
{
    QString message;
    QString error;
    if (!WorkbookDialog::run(this, *m_database, m_catalog, m_results->filter(), m_tabs->currentIndex(), &message,
                             &error))
        showError(error);
    else if (!message.isEmpty())
        statusBar()->showMessage(message);
}

void MainWindow::importCsv()
{
    if (m_database->isReadOnly())
        return;
    ImportWizard wizard(m_importJob, this);
    wizard.exec();
    if (wizard.outcome().ok) {
        m_undo->clear(); // the rows under the edits may have changed
        reload();
        statusBar()->showMessage(tr("Importado de %1: %2")
                                     .arg(QDir::toNativeSeparators(wizard.plan().fileName),
                                          ImportWizard::rowCounts(wizard.outcome())));
    }
}

void MainWindow::reload()
{
    QString error;
    if (!m_catalog.load(m_database->connection(), &error))
        showError(tr("No se pudieron leer las listas de la base de datos: %1").arg(error));
    const Filter previous = m_filterBar->filter();
    auto *view = qobject_cast<QTableView *>(m_tabs->currentWidget());
    const QModelIndex current = view ? view->currentIndex() : QModelIndex();
    const QVariant selected = current.data(QueryTableModel::RowIdRole);
    {
        // The whole filter back (what of it the database still has), run
        // once, below, even where it did not change: the rows did.
        const QSignalBlocker quiet(m_filterBar);
        m_filterBar->setCatalog(m_catalog);
        m_filterBar->setFilter(previous);
    }
    applyFilter(m_filterBar->filter());
    if (view && selected.isValid())
        selectRow(view, selected.toLongLong(), current.column());
}

void MainWindow::selectRow(QTableView *view, qint64 rowId, int column)
{
    // Among the rows read already: finding it further would read them all.
    const auto *model = qobject_cast<const QueryTableModel *>(view->model());
    const qint64 loaded = std::min<qint64>(model->rowCount(), model->cachedRows());
    for (int row = 0; row < loaded; ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(QueryTableModel::RowIdRole).toLongLong() == rowId) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            showDetail(index);
            return;
        }
    }
}

void MainWindow::copySelection()
{
    QTableView *view = qobject_cast<QTableView *>(focusWidget());
    if (!view)
        view = qobject_cast<QTableView *>(m_tabs->currentWidget());
    if (!view)
        return;
    const QString text = selectionAsTsv(view);
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Filas copiadas: pegue en una planilla"), 3000);
}

void MainWindow::exportChart()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Exportar gráfico"),
        LastFolder::suggest(LastFolder::Purpose::Export,
                            SuggestedName::chart(m_charts->kind()) + QStringLiteral(".pdf")),
        tr("PDF, vectorial (*.pdf);;PNG (*.png);;SVG (*.svg)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    ChartExport::PngSize png;
    if (ChartExport::format(fileName) == u"png") {
        const auto asked = PngSizeDialog::ask(this);
        if (!asked)
            return;
        png = *asked;
    }
    QString error;
    if (!ChartExport::write(m_charts->kind(), m_charts->data(), fileName, m_database->file(), png, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Gráfico guardado en %1").arg(QDir::toNativeSeparators(fileName)));
}

bool MainWindow::loadReport(ReportData *data)
{
    QString error;
    if (!data->load(m_database->connection(), m_catalog, m_results->filter(), &error)) {
        showError(tr("No se pudieron leer los datos del informe: %1").arg(error));
        return false;
    }
    return true;
}

void MainWindow::exportReport()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Exportar informe"), LastFolder::suggest(LastFolder::Purpose::Export, SuggestedName::report()),
        tr("PDF (*.pdf)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    // Read in a worker, then painted a page per turn of the event loop.
    auto *report = new ReportExport(fileName, m_database->file(), this);
    QString error;
    if (!report->open(&error)) {
        delete report;
        return showError(error);
    }
    connect(report, &ReportExport::failed, this, &MainWindow::showError);
    connect(report, &ReportExport::written, this, [this, fileName](int pages) {
        statusBar()->showMessage(
            tr("Informe de %1 páginas guardado en %2").arg(pages).arg(QDir::toNativeSeparators(fileName)));
    });
    const auto read = [this, report](const ReportData &data, const QString &error) {
        if (error.isEmpty())
            return report->write(data);
        delete report;
        showError(tr("No se pudieron leer los datos del informe: %1").arg(error));
    };
    m_aggregates->readReport(m_catalog, m_results->filter(), report, read);
}

void MainWindow::printReport(bool preview)
{
    ReportData data;
    if (!loadReport(&data))
        return;
    const ReportWriter writer(data);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    const auto paint = [this, &writer](QPrinter *device) {
        QString error;
        if (!writer.paint(device, &error))
            showError(error);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Vista previa del informe"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, paint);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            paint(&printer);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("Acerca de Mirador"),
        tr("<h3>Mirador %1</h3><p>Un visor de los programas y resultados que los servicios públicos de Chile "
           "informan en su Balance de Gestión Integral.</p>"
           "<p><b>Datos incorporados:</b> Servicio de Cooperación Técnica (Sercotec), Balance de Gestión "
           "Integral 2025 – Etapa 1, transcritos cifra por cifra; cada cifra guarda la oración del informe de "
           "la que proviene.</p><p>M$ = miles de pesos.</p>"
           "<p><b>Licencia:</b> MIT. Hecho con Qt %2 (LGPLv3) y SQLite.</p>"
           "<p>Base de datos abierta: %3</p>")
            .arg(QStringLiteral(MIRADOR_VERSION), QString::fromLatin1(qVersion()),
                 m_database->location().toHtmlEscaped()));
}

std::unique_ptr<Database> MainWindow::openDatabase(const QString &location, Database::Access access, QWidget *parent,
                                                   QString *error)
{
    bool passwordRequired = false;
    std::unique_ptr<Database> database = Database::open(location, access, error, {}, &passwordRequired);
    // A server that wants a password libpq did not find (PGPASSWORD,
    // ~/.pgpass): ask, use it for this connection, keep it nowhere.
    while (!database && passwordRequired) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, tr("Mirador"), tr("Contraseña para %1:\n(no se guarda)").arg(location.section(u'@', -1)),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            error->clear();
            return nullptr;
        }
        database = Database::open(location, access, error, password, &passwordRequired);
    }
    return database;
}

void MainWindow::openDatabaseFile()
{
    // The folder last opened from, or the open database's.
    const QString start = LastFolder::folder(LastFolder::Purpose::Database,
                                             Database::isUrl(m_database->location())
                                                 ? QDir::homePath()
                                                 : QFileInfo(m_database->location()).absolutePath());
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Abrir base de datos"), start,
        tr("Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)"));
    LastFolder::remember(LastFolder::Purpose::Database, fileName);
    if (!fileName.isEmpty())
        switchDatabase(fileName);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList locations = RecentDatabases::list();
    int number = 0;
    for (const QString &location : locations) {
        if (location == m_database->location())
            continue;
        ++number;
        const QString shown = Database::isUrl(location) ? location : QDir::toNativeSeparators(location);
        // &1 … &9: each reachable by its number.
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(shown) : shown;
        m_recentMenu->addAction(label, this, [this, location] { switchDatabase(location); });
    }
    m_recentMenu->setEnabled(number > 0);
}

void MainWindow::switchDatabase(const QString &location)
{
    QString error;
    const Database::Access access = m_database->isReadOnly() && m_database->location() == location
        ? Database::Access::ReadOnly
        : Database::Access::ReadWrite;
    std::unique_ptr<Database> database = openDatabase(location, access, this, &error);
    if (!database) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Abrir base de datos"), error);
        return;
    }
    // Saved once, here, for the next window to start from; not again as
    // this one closes over what the next one has chosen.
    saveSettings();
    m_remembers = false;
    auto *next = new MainWindow(std::move(database));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreSettings();
    next->show();
    close();
}

void MainWindow::chooseLanguage(Language::Choice choice)
{
    Language::save(choice);
    // All of it in the language chosen, its button too.
    const Language::ChangeNotice notice = Language::changeNotice(Language::resolve(choice));
    QMessageBox box(QMessageBox::Information, notice.title, notice.text, QMessageBox::NoButton, this);
    box.setDefaultButton(box.addButton(notice.button, QMessageBox::AcceptRole));
    box.exec();
}

MainWindow::Appearance MainWindow::savedAppearance()
{
    return Appearance(ChoiceSetting::read(appearanceKey, appearanceWords));
}

void MainWindow::applyAppearance(Appearance appearance)
{
    // The desktop's own style and colours, as Mirador found them.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (appearance == Appearance::System) {
        if (QApplication::style()->name() != systemStyle)
            QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    // Fusion draws every widget from the palette, so both sets of colours
    // look the same on any desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (appearance == Appearance::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7e, 0xd6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa9, 0xf0));
    dark.setColor(QPalette::Highlight, highlight);
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, window.lighter(150));
    dark.setColor(QPalette::Midlight, window.lighter(125));
    dark.setColor(QPalette::Mid, window.darker(120));
    dark.setColor(QPalette::Dark, window.darker(150));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(dark);
}

void MainWindow::chooseAppearance(Appearance appearance)
{
    ChoiceSetting::write(appearanceKey, appearanceWords, int(appearance));
    applyAppearance(appearance);
}

void MainWindow::restoreSettings()
{
    m_remembers = true;
    RecentDatabases::remember(m_database->location());
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // The first time: most of a large screen, all of a small one.
        const QSize available = screen()->availableSize();
        resize(available.width() > 1280 && available.height() > 800 ? available * 0.9 : available);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (QSplitter *splitter : {m_mainSplitter, m_tablesSplitter})
        splitter->restoreState(settings.value(splitter->objectName()).toByteArray());
    for (QTableView *view : {m_resultsView, m_indicatorsView, m_milestonesView})
        ColumnLayout::restore(view->horizontalHeader(), settings, columnsKey(view));
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    const QVariant chart = settings.value(QStringLiteral("chart"));
    if (chart.isValid())
        m_charts->setKind(Charts::Kind(chart.toInt()));
    // Filters name rows of one database: they come back for the same one.
    if (settings.value(QStringLiteral("filterDatabase")).toString() == m_database->location()) {
        Filter filter;
        if (const QVariant year = settings.value(QStringLiteral("year")); year.isValid())
            filter.year = year.toInt();
        if (const QVariant objective = settings.value(QStringLiteral("objective")); objective.isValid())
            filter.objective = objective.toInt();
        if (const QVariant program = settings.value(QStringLiteral("program")); program.isValid())
            filter.programIds = {program.toLongLong()};
        if (const QVariant region = settings.value(QStringLiteral("region")); region.isValid())
            filter.regionId = region.toLongLong();
        filter.text = settings.value(QStringLiteral("text")).toString();
        m_filterBar->setFilter(filter);
    }
}

void MainWindow::saveSettings() const
{
    if (!m_remembers)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    for (const QSplitter *splitter : {m_mainSplitter, m_tablesSplitter})
        settings.setValue(splitter->objectName(), splitter->saveState());
    for (const QTableView *view : {m_resultsView, m_indicatorsView, m_milestonesView})
        ColumnLayout::save(view->horizontalHeader(), &settings, columnsKey(view));
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("chart"), int(m_charts->kind()));
    const Filter filter = m_filterBar->filter();
    settings.setValue(QStringLiteral("filterDatabase"), m_database->location());
    const auto keep = [&settings](const QString &key, const QVariant &value) {
        if (value.isValid())
            settings.setValue(key, value);
        else
            settings.remove(key);
    };
    keep(QStringLiteral("year"), filter.year ? QVariant(*filter.year) : QVariant());
    keep(QStringLiteral("objective"), filter.objective ? QVariant(*filter.objective) : QVariant());
    keep(QStringLiteral("program"), filter.programIds.isEmpty() ? QVariant() : QVariant(filter.programIds.first()));
    keep(QStringLiteral("region"), filter.regionId ? QVariant(*filter.regionId) : QVariant());
    keep(QStringLiteral("text"), filter.text.isEmpty() ? QVariant() : QVariant(filter.text));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QMetaObject::invokeMethod(this, &MainWindow::fitOverview, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
