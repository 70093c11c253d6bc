#include "mainwindow.h"

#include "appearance.h"
#include "celleditor.h"
#include "chartpanel.h"
#include "comparisondialog.h"
#include "detailpanel.h"
#include "errorreporter.h"
#include "exportactions.h"
#include "figurespane.h"
#include "filterbar.h"
#include "format.h"
#include "historyview.h"
#include "importjob.h"
#include "importwizard.h"
#include "integritycheck.h"
#include "lastfolder.h"
#include "locationlabel.h"
#include "overviewmodel.h"
#include "programjoindialog.h"
#include "querytablemodel.h"
#include "recentdatabases.h"
#include "reviewdialog.h"
#include "savedview.h"
#include "viewfiles.h"
#include "tablemenus.h"
#include "tablespane.h"
#include "windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

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

// The parts are made in the order Tab visits them: the filter bar, the
// overview, the tables, the detail, the chart.
MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent),
      m_database(std::move(database)),
      m_filterBar(new FilterBar(this)),
      m_summary(new QLabel(this)),
      m_errors(new ErrorReporter(this, m_database.get(), [this] { reload(); })),
      m_figures(new FiguresPane(m_database.get(), m_errors, this)),
      m_tables(new TablesPane(*m_database, m_filterBar, &m_catalog, [this] { copySelection(); }, this)),
      m_charts(new ChartPanel(this)),
      m_undo(new QUndoStack(this)),
      m_importJob(new ImportJob(*m_database, this)),
      m_readOnlyLabel(new QLabel(this)),
      m_exports(new ExportActions(this, m_database.get(), m_catalog, m_tables, m_charts, m_figures->aggregates(), m_errors))
{
    m_figures->setCharts(m_charts);
    setUpEditing();
    readCatalog();
    m_filterBar->setCatalog(m_catalog);
    m_tables->followReports();
    layOut();
    setUpStatusBar();
    setUpHistory();
    createMenus();
    if (m_database->isReadOnly())
        showReadOnly();
    startIntegrityCheck();
    connectParts();

    setWindowTitle(m_catalog.reports().isEmpty()
                       ? tr("Mirador")
                       : tr("Mirador — %1 · %2").arg(m_catalog.reports().first().serviceShortName,
                                                    m_catalog.reports().first().title));
    resize(1280, 800);
    // The first page is painted before the counts start: a million rows
    // handed to a view cost its header some 50 ms, after the user sees rows.
    for (QueryTableModel *model : m_tables->models())
        model->holdCounts(true);
    m_tables->resultsView()->viewport()->installEventFilter(this);
    applyFilter(m_filterBar->filter());
    m_tables->fitColumns();
}

MainWindow::~MainWindow()
{
    m_importJob->cancel();
    m_importJob->wait();
    m_exports->stop(); // its thread reads the database, which goes with the window
    delete m_integrityCheck; // interrupts a check under way
    delete m_undo; // its commands refer to the models
    // A window closed before its first paint still watches the results'
    // viewport, which the tables pane's destructor sends events to.
    m_tables->resultsView()->viewport()->removeEventFilter(this);
    // The models hold the database's connection: they go before it does.
    delete m_figures;
    delete m_tables;
}

void MainWindow::setUpEditing()
{
    // Edits go through the undo stack; each writes its change_log row.
    QueryTableModel *results = m_tables->results();
    results->setEditSink([this, results](const CellEdit &edit) {
        const auto &column = results->spec().columns[edit.column];
        const QString text = tr("Cambiar %1 de %2 a %3")
                                 .arg(QCoreApplication::translate("TableSpec", column.header),
                                      TableSpec::display(column.kind, edit.oldValue),
                                      TableSpec::display(column.kind, edit.newValue));
        m_undo->push(new CellEditCommand(text, edit.oldValue, edit.newValue,
                                         [this, results, text, rowId = edit.rowId, columnIndex = edit.column](
                                             const QVariant &value, const QString &origin) {
                                             QString error;
                                             if (results->applyEdit(rowId, columnIndex, value, origin, &error)) {
                                                 editApplied(text, origin);
                                                 return true;
                                             }
                                             m_errors->show(tr("No se guardó el cambio: %1").arg(error));
                                             return false;
                                         }));
    });
    connect(results, &QueryTableModel::editFailed, this, [this](const QString &message) {
        m_errors->show(tr("No se guardó el cambio: %1").arg(message));
    });
}

void MainWindow::readCatalog()
{
    QString error;
    if (!m_catalog.load(m_database->connection(), &error))
        m_errors->show(tr("No se pudieron leer las listas de la base de datos: %1").arg(error));
}

void MainWindow::layOut()
{
    auto *banner = new QLabel(this);
    banner->setText(Catalog::syntheticWarning());
    banner->setStyleSheet(QStringLiteral("background:#b71c1c;color:white;font-weight:bold;padding:4px;"));
    banner->setVisible(m_catalog.isSynthetic());

    // Left, what officers and reviewers read: the tables, and under them the
    // sentence the selected figure came from. Right, what managers look at:
    // the chart, and under it the same totals as exact figures.
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_tables);
    main->addWidget(m_figures);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    // The chart needs some 700 pixels for its labels to stand whole.
    main->setSizes({580, 700});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(main, 1);
    setCentralWidget(central);
    m_settings = std::make_unique<WindowSettings>(this, main, m_tables, m_charts, m_filterBar, *m_database);
}

void MainWindow::setUpStatusBar()
{
    // The rows and the active filter stay in the status bar, beside its messages.
    m_summary->setObjectName(QStringLiteral("filterSummary"));
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
}

void MainWindow::setUpHistory()
{
    // The history of changes, read while shown: a window of its own at
    // first (docked, it would make the window taller than an 800 px
    // screen), which can be docked under the tables.
    m_history = new HistoryView(m_database->connection(), this);
    m_tables->setHistory(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    m_history->setFloating(true);
    m_history->hide();
    connect(m_history, &HistoryView::importUndone, this, [this] {
        m_undo->clear(); // the rows under the edits may have changed
        reload();
        statusBar()->showMessage(tr("Importación deshecha: la base volvió a como estaba antes de ella"), 5000);
    });
    connect(m_history, &HistoryView::joinUndone, this, [this](const QString &message) {
        m_undo->clear();
        reload();
        statusBar()->showMessage(message, 5000);
    });
    connect(m_history, &HistoryView::errorOccurred, m_errors, &ErrorReporter::show);
    connect(m_undo, &QUndoStack::indexChanged, m_history, &HistoryView::refresh);
    connect(m_importJob, &ImportJob::finished, m_history, &HistoryView::refresh);
}

void MainWindow::startIntegrityCheck()
{
    if (!m_database->integrityDeferred())
        return;
    // A large file opened without reading every page: they are checked
    // in the background once the window has shown its first rows (a
    // second later, so as not to slow them); it stays usable meanwhile.
    m_integrityCheck = new IntegrityCheck(m_database->connectionName(), this);
    connect(m_integrityCheck, &IntegrityCheck::finished, this, &MainWindow::integrityChecked);
    QTimer::singleShot(1000, m_integrityCheck, &IntegrityCheck::start);
}

void MainWindow::connectParts()
{
    for (QueryTableModel *model : m_tables->models()) {
        // A page is read when a view paints it: its error (a dialog, or the
        // reconnect loop that reloads every model) waits until the paint is over.
        connect(model, &QueryTableModel::queryFailed, m_errors, &ErrorReporter::show, Qt::QueuedConnection);
        connect(model, &QueryTableModel::totalRowsChanged, this, &MainWindow::updateSummary);
    }
    connect(m_figures->overview(), &OverviewModel::queryFailed, m_errors, &ErrorReporter::show);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_charts, &ChartPanel::objectiveRequested, m_filterBar, &FilterBar::setObjective);
    connect(m_charts, &ChartPanel::reportRequested, m_filterBar, &FilterBar::setReport);
    connect(m_charts, &ChartPanel::yearRequested, this, [this](std::optional<int> year) {
        Filter filter = m_filterBar->filter();
        filter.year = year;
        m_filterBar->setFilter(filter);
    });
    connect(m_charts, &ChartPanel::exportRequested, m_exports, &ExportActions::exportChart);
    connect(m_figures->overviewView(), &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant objective = index.data(OverviewModel::ObjectiveNumberRole);
        m_filterBar->setObjective(objective.isNull() ? std::nullopt : std::optional<int>(objective.toInt()),
                                  index.data(OverviewModel::ReportIdRole).toLongLong());
    });
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("A&yuda"));
    QAction *about = help->addAction(tr("&Acerca de Mirador"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Acerca de &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&Archivo"));
    QAction *open = file->addAction(tr("&Abrir base de datos…"), this, &MainWindow::openDatabaseFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Abrir otro archivo de Mirador (SQLite) en esta ventana"));
    m_recentMenu = file->addMenu(tr("Bases de datos &recientes"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    ViewFiles::addTo(file, this, m_errors);
    file->addSeparator();
    m_importAction = file->addAction(tr("I&mportar CSV…"), this, &MainWindow::importCsv);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_readReportAction = file->addAction(tr("&Leer informe BGI…"), this, &MainWindow::readReport);
    m_readReportAction->setObjectName(QStringLiteral("readReportAction"));
    m_readReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)); // B for BGI
    m_readReportAction->setStatusTip(tr("Leer el PDF o el texto de un Balance de Gestión Integral, revisar cada cifra "
                                        "que propone y escribir las aceptadas"));
    file->addSeparator();
    m_exports->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Salir"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
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
    for (QTableView *table : m_tables->views())
        table->addAction(copy);
    m_figures->overviewView()->addAction(copy);
    edit->addSeparator();
    m_joinProgramsAction = edit->addAction(tr("&Unir programas…"), this, &MainWindow::joinPrograms);
    m_joinProgramsAction->setObjectName(QStringLiteral("joinProgramsAction"));
    m_joinProgramsAction->setStatusTip(tr("Hacer de dos nombres un solo programa, con las filas de ambos"));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&Ver"));
    QAction *find = view->addAction(tr("&Buscar"), this, [this] {
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clear = view->addAction(tr("&Quitar filtros"), m_filterBar, &FilterBar::clear);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    TableMenus::addColumnsMenu(view, m_tables->tabs());
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
    QAction *compare = view->addAction(tr("Com&parar informes…"), this, [this] {
        auto *dialog = new ComparisonDialog(m_database->connection(), m_catalog, m_filterBar->filter(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->addSeparator();

    addChoices(view->addMenu(tr("&Idioma")),
               {tr("Según el &sistema"), QStringLiteral("&Español"), QStringLiteral("&English")},
               int(Language::saved()), [this](int choice) { chooseLanguage(Language::Choice(choice)); });
    addChoices(view->addMenu(tr("&Apariencia")), {tr("Según el &sistema"), tr("&Clara"), tr("&Oscura")},
               int(Appearance::saved()), [](int choice) { Appearance::save(Appearance::Choice(choice)); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tables->resultsView()->viewport() && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            for (QueryTableModel *model : m_tables->models())
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
    m_tables->results()->setReadOnly(true);
    m_undo->clear();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_importAction->setEnabled(false);
    m_history->setReadOnly(true);
    m_importAction->setToolTip(tr("No se puede importar: la base de datos es de solo lectura (%1)")
                                   .arg(m_database->readOnlyReason()));
    m_importAction->setStatusTip(m_importAction->toolTip());
    m_readReportAction->setEnabled(false);
    m_readReportAction->setStatusTip(m_importAction->toolTip());
    m_joinProgramsAction->setEnabled(false);
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
    m_errors->show(tr("«%1» %2. Mirador la deja en solo lectura para no escribir sobre páginas dañadas; "
                 "cierre Mirador y recupere una copia de respaldo.")
                  .arg(QDir::toNativeSeparators(m_database->location()), problem));
}

void MainWindow::applyFilter(const Filter &filter)
{
    m_tables->setFilter(filter);
    if (m_facets)
        m_facets->count(filter);
    m_figures->loadFigures(filter);
    m_tables->detail()->showNothing();
    updateSummary();
}

void MainWindow::editApplied(const QString &change, const QString &origin)
{
    // The table has its new cell already (one dataChanged, the selection and
    // scroll kept); the totals, the chart and the detail are read again.
    m_figures->loadFigures(m_tables->results()->filter());
    m_tables->showCurrentDetail();
    updateSummary();
    if (origin == u"undo")
        statusBar()->showMessage(tr("Deshecho: %1").arg(change), 5000);
    else if (origin == u"redo")
        statusBar()->showMessage(tr("Rehecho: %1").arg(change), 5000);
    else
        statusBar()->showMessage(tr("Cambio guardado"), 3000);
}

void MainWindow::updateSummary()
{
    // -1: still being counted, off the GUI thread.
    const qint64 results = m_tables->results()->totalRows();
    const qint64 indicators = m_tables->indicators()->totalRows();
    const qint64 milestones = m_tables->milestones()->totalRows();
    const auto number = [this](qint64 n) { return n < 0 ? tr("contando…") : Format::integer(n); };
    m_tables->tabs()->setTabText(0, tr("&Resultados (%1)").arg(number(results)));
    m_tables->tabs()->setTabText(1, tr("&Indicadores (%1)").arg(number(indicators)));
    m_tables->tabs()->setTabText(2, tr("&Hitos (%1)").arg(number(milestones)));
    const auto count = [&number](qint64 n, const QString &one, const QString &many) {
        return (n == 1 ? one : many).arg(number(n));
    };
    m_summary->setText(tr("<b>Filtro:</b> %1 — %2, %3, %4")
                           .arg(m_tables->results()->filter().describe().toHtmlEscaped(),
                                count(results, tr("%1 resultado"), tr("%1 resultados")),
                                count(indicators, tr("%1 indicador"), tr("%1 indicadores")),
                                count(milestones, tr("%1 hito"), tr("%1 hitos"))));
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

void MainWindow::joinPrograms()
{
    if (m_database->isReadOnly())
        return;
    ProgramJoinDialog dialog(m_database->connection(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome())
        return;
    m_undo->clear(); // the rows under the edits may have changed
    reload();
    m_history->refresh();
    statusBar()->showMessage(ProgramJoinDialog::describe(*dialog.outcome()));
}

void MainWindow::readReport()
{
    if (m_database->isReadOnly())
        return;
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Leer informe BGI"), LastFolder::folder(LastFolder::Purpose::Import, QDir::homePath()),
        tr("Informes BGI (*.pdf *.txt);;Todos los archivos (*)"));
    LastFolder::remember(LastFolder::Purpose::Import, fileName);
    if (fileName.isEmpty())
        return;
    ReadReport report;
    QString error;
    if (!ReviewDialog::read(this, fileName, &report, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Leer informe BGI"), error);
        return;
    }
    ReviewDialog review(fileName, report, m_database->connection(), this);
    if (review.exec() != QDialog::Accepted)
        return;
    m_undo->clear();
    reload();
    statusBar()->showMessage(tr("Informe %1 %2 escrito con %n cifras revisadas", nullptr, review.written())
                                 .arg(report.outline.service)
                                 .arg(report.outline.year));
}

void MainWindow::reload()
{
    readCatalog();
    const Filter previous = m_filterBar->filter();
    auto *view = m_tables->currentView();
    const QModelIndex current = view ? view->currentIndex() : QModelIndex();
    const QVariant selected = current.data(QueryTableModel::RowIdRole);
    {
        // The whole filter back (what of it the database still has), run
        // once, below, even where it did not change: the rows did.
        const QSignalBlocker quiet(m_filterBar);
        m_filterBar->setCatalog(m_catalog);
        m_filterBar->setFilter(previous);
    }
    m_tables->followReports();
    applyFilter(m_filterBar->filter());
    if (view && selected.isValid())
        m_tables->selectRow(view, selected.toLongLong(), current.column());
}

void MainWindow::copySelection()
{
    QTableView *view = qobject_cast<QTableView *>(focusWidget());
    if (!view)
        view = m_tables->currentView();
    if (!view)
        return;
    const QString text = selectionAsTsv(view);
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Filas copiadas: pegue en una planilla"), 3000);
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

MainWindow *MainWindow::switchDatabase(const QString &location)
{
    QString error;
    const Database::Access access = m_database->isReadOnly() && m_database->location() == location
        ? Database::Access::ReadOnly
        : Database::Access::ReadWrite;
    std::unique_ptr<Database> database = openDatabase(location, access, this, &error);
    if (!database) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Abrir base de datos"), error);
        return nullptr;
    }
    // Saved once, here, for the next window to start from; not again as
    // this one closes over what the next one has chosen.
    saveSettings();
    m_settings->stopRemembering();
    auto *next = new MainWindow(std::move(database));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreSettings();
    next->show();
    close();
    return next;
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

void MainWindow::restoreSettings()
{
    m_settings->restore();
}

void MainWindow::saveSettings() const
{
    m_settings->save();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QMetaObject::invokeMethod(m_figures, &FiguresPane::fitOverview, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::saveView(const QString &fileName, QString *error) const
{
    return m_settings->view(m_catalog).write(fileName, error);
}

void MainWindow::openView(const QString &fileName)
{
    QString error;
    const std::optional<SavedView> view = SavedView::read(fileName, &error);
    if (!view)
        return m_errors->show(error);
    QStringList problems;
    MainWindow *target = this;
    const QString location = viewDatabase(*view, &problems);
    if (!location.isEmpty() && location != m_database->location()) {
        target = switchDatabase(location);
        if (!target) {
            problems << tr("no se pudo abrir la base de datos «%1»; se usa la abierta").arg(location);
            target = this;
        }
    }
    target->applyView(*view, problems);
}

QString MainWindow::viewDatabase(const SavedView &view, QStringList *problems)
{
    if (view.database.isEmpty() || Database::isUrl(view.database) || QFileInfo::exists(view.database))
        return view.database;
    *problems << tr("la base de datos «%1» no existe; se usa otra").arg(QDir::toNativeSeparators(view.database));
    return {};
}

void MainWindow::applyView(const SavedView &view, QStringList problems)
{
    problems << m_settings->restoreView(view, m_catalog);
    if (problems.isEmpty())
        return;
    const QString text = tr("La vista se abrió con lo que se pudo encontrar. Falta: %1.")
                             .arg(problems.join(QStringLiteral("; ")));
    statusBar()->showMessage(text);
    // Over the window, which shows what could be opened meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Abrir vista"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
