#include "tablespane.h"

#include "catalog.h"
#include "celleditor.h"
#include "columnlayout.h"
#include "database.h"
#include "detailpanel.h"
#include "figureflag.h"
#include "format.h"
#include "highlight.h"
#include "historyview.h"
#include "querytablemodel.h"
#include "savedview.h"
#include "tablemenus.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

namespace {

int columnOf(const QueryTableModel *model, const char *csvName)
{
    return model->spec().columnIndex(QString::fromLatin1(csvName));
}

/// The value of a row's column, by its CSV name, as shown.
QString cell(const QueryTableModel *model, int row, const char *csvName)
{
    return model->index(row, columnOf(model, csvName)).data().toString();
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

/// A table's name: "results", "indicators", "milestones" (TableSpec::name).
QString tableName(const QTableView *view)
{
    return QLatin1String(qobject_cast<const QueryTableModel *>(view->model())->spec().name);
}

/// Where a table's column order and widths are kept: "resultsColumns"...
QString columnsKey(const QTableView *view)
{
    return tableName(view) + QStringLiteral("Columns");
}

QueryTableModel *makeModel(const TableSpec &spec, const Database &database, const char *name, QObject *parent)
{
    auto *model = new QueryTableModel(spec, database.connection(), parent);
    model->setObjectName(QLatin1String(name));
    return model;
}

} // namespace

TablesPane::TablesPane(const Database &database, FilterBar *filterBar, const Catalog *catalog,
                       std::function<void()> copy, QWidget *parent)
    : QSplitter(Qt::Vertical, parent),
      m_database(database),
      m_catalog(catalog),
      m_results(makeModel(TableSpec::results(), database, "resultsModel", this)),
      m_indicators(makeModel(TableSpec::indicators(), database, "indicatorsModel", this)),
      m_milestones(makeModel(TableSpec::milestones(), database, "milestonesModel", this)),
      m_resultsView(makeTable(m_results)),
      m_indicatorsView(makeTable(m_indicators)),
      m_milestonesView(makeTable(m_milestones)),
      m_tabs(new QTabWidget(this)),
      m_detail(new DetailPanel(this))
{
    setObjectName(QStringLiteral("tablesSplitter"));
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_indicatorsView->setObjectName(QStringLiteral("indicatorsView"));
    m_milestonesView->setObjectName(QStringLiteral("milestonesView"));
    // Edits go through the undo stack; each writes its change_log row.
    m_resultsView->setItemDelegate(new CellEditor(m_resultsView));
    for (QTableView *view : {m_indicatorsView, m_milestonesView})
        view->setItemDelegate(new WholeTextDelegate(view));
    m_resultsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    arrangeColumns();
    for (QTableView *view : views())
        new TableMenus(view, filterBar, catalog, copy);
    addTabs();

    addWidget(m_tabs);
    addWidget(m_detail);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
    setSizes({520, 180});
    m_detail->setMinimumHeight(80);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TablesPane::showCurrentDetail);
}

void TablesPane::arrangeColumns()
{
    m_resultsView->setAccessibleName(tr("Resultados por programa"));
    m_indicatorsView->setAccessibleName(tr("Indicadores"));
    m_milestonesView->setAccessibleName(tr("Hitos: convenios, acuerdos y publicaciones"));
    m_resultsView->hideColumn(columnOf(m_results, "region_code"));
    // The figures as their sources gave them: an edited figure is flagged instead (FigureFlag).
    for (const char *source : {"budget_source", "beneficiaries_source"})
        m_resultsView->hideColumn(columnOf(m_results, source));
    m_indicatorsView->hideColumn(columnOf(m_indicators, "region_code"));
    showFirst(m_resultsView, {"program", "budget_mclp", "beneficiaries", "beneficiary_unit", "region", "objective",
                              "objective_name", "action", "service", "year"});
    showFirst(m_indicatorsView,
              {"indicator", "value", "unit", "program", "region", "objective", "action", "service", "year"});
    showFirst(m_milestonesView, {"kind", "title", "counterpart", "objective", "action", "service", "year"});
    followReports();
}

void TablesPane::followReports(bool show)
{
    const int reports = int(m_catalog->reports().size());
    for (QTableView *view : views()) {
        const TableSpec &spec = qobject_cast<const QueryTableModel *>(view->model())->spec();
        for (std::size_t column = 0; column < spec.columns.size(); ++column) {
            const bool shown = TableSpec::shown(spec.columns[column], reports);
            if (spec.columns[column].severalReports && (show || !shown))
                view->setColumnHidden(int(column), !shown);
        }
    }
}

void TablesPane::addTabs()
{
    m_tabs->setAccessibleName(tr("Tablas: resultados, indicadores e hitos"));
    m_tabs->addTab(m_resultsView, tr("&Resultados"));
    m_tabs->addTab(m_indicatorsView, tr("&Indicadores"));
    m_tabs->addTab(m_milestonesView, tr("&Hitos"));
    m_tabs->setAccessibleDescription(tr("Ctrl+Tab pasa a la tabla siguiente"));
    m_tabs->setTabToolTip(0, tr("Presupuesto y beneficiarios de cada programa, con la oración de la que provienen"));
    m_tabs->setTabToolTip(1, tr("Otras cifras del informe: asesorías, empleos, porcentajes…"));
    m_tabs->setTabToolTip(2, tr("Convenios, acuerdos, publicaciones y estudios"));
}

QTableView *TablesPane::makeTable(QueryTableModel *model)
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
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablesPane::showDetail);
    return view;
}

void TablesPane::setFilter(const Filter &filter)
{
    const QList<QTableView *> tables = views();
    for (QTableView *view : tables) {
        auto *model = static_cast<QueryTableModel *>(view->model());
        if (isVisible() && view != currentView())
            model->setFilterInBackground(filter);
        else
            model->setFilter(filter);
    }
}

void TablesPane::fitColumns()
{
    m_resultsView->resizeColumnsToContents();
    m_indicatorsView->resizeColumnsToContents();
    m_milestonesView->resizeColumnsToContents();
    for (QTableView *view : views()) {
        const int last = view->model()->columnCount() - 1;
        view->setColumnWidth(last, 600);
    }
}

QTableView *TablesPane::currentView() const
{
    return qobject_cast<QTableView *>(m_tabs->currentWidget());
}

void TablesPane::showCurrentDetail()
{
    auto *view = currentView();
    if (view && view->currentIndex().isValid())
        showDetail(view->currentIndex());
    else
        m_detail->showNothing();
}

void TablesPane::selectRow(QTableView *view, qint64 rowId, int column)
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

void TablesPane::showDetail(const QModelIndex &index)
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
    const auto context = Catalog::context(m_database.connection(),
                                          model->index(row, 0).data(QueryTableModel::ObjectiveIdRole).toLongLong(),
                                          model->index(row, 0).data(QueryTableModel::ActionIdRole));
    m_detail->setHighlights(model->filter().text, Highlight::rowFigures(index));
    m_detail->showFigure(headline, model->index(row, 0).data(QueryTableModel::SourceQuoteRole).toString(), context,
                         FigureFlag::rowNotes(model, row));
}

void TablesPane::restoreLayout(const QSettings &settings)
{
    restoreState(settings.value(objectName()).toByteArray());
    for (QTableView *view : views())
        ColumnLayout::restore(view->horizontalHeader(), settings, columnsKey(view));
    followReports(false);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
}

void TablesPane::saveLayout(QSettings *settings) const
{
    settings->setValue(objectName(), saveState());
    for (const QTableView *view : views())
        ColumnLayout::save(view->horizontalHeader(), settings, columnsKey(view));
    settings->setValue(QStringLiteral("tab"), m_tabs->currentIndex());
}

void TablesPane::saveView(SavedView *view) const
{
    view->tables.clear();
    for (const QTableView *table : views()) {
        const QHeaderView *header = table->horizontalHeader();
        view->tables << SavedView::Table{tableName(table), ColumnLayout::order(header), ColumnLayout::hidden(header),
                                         ColumnLayout::sortColumn(header),
                                         header->sortIndicatorOrder() == Qt::DescendingOrder};
    }
    view->tab = currentView() ? tableName(currentView()) : QString();
}

void TablesPane::restoreView(const SavedView &view)
{
    for (QTableView *table : views()) {
        const SavedView::Table *saved = view.table(tableName(table));
        if (!saved)
            continue;
        ColumnLayout::apply(table->horizontalHeader(), saved->order, saved->hidden);
        ColumnLayout::setSort(table->horizontalHeader(), saved->sortColumn, saved->sortDescending);
        if (tableName(table) == view.tab)
            m_tabs->setCurrentWidget(table);
    }
    followReports(false);
}
