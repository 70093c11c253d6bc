#pragma once

#include <QCoreApplication>
#include <QSplitter>

#include <functional>

class Catalog;
class Database;
class DetailPanel;
class FilterBar;
class HistoryView;
class QModelIndex;
class QSettings;
class QTabWidget;
class QTableView;
class QueryTableModel;
struct Filter;
struct SavedView;

/// The window's left side, what officers and reviewers read: the results,
/// indicators and milestones tables in tabs, and under them the sentence the
/// selected figure came from (the detail panel). Holds the three models, the
/// tables' column order and menus, and what the detail shows for a row.
class TablesPane : public QSplitter
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    /// copy copies the current selection (Editar → Copiar filas seleccionadas).
    TablesPane(const Database &database, FilterBar *filterBar, const Catalog *catalog, std::function<void()> copy,
               QWidget *parent);

    QueryTableModel *results() const { return m_results; }
    QueryTableModel *indicators() const { return m_indicators; }
    QueryTableModel *milestones() const { return m_milestones; }
    QList<QueryTableModel *> models() const { return {m_results, m_indicators, m_milestones}; }
    QTableView *resultsView() const { return m_resultsView; }
    QList<QTableView *> views() const { return {m_resultsView, m_indicatorsView, m_milestonesView}; }
    QTabWidget *tabs() const { return m_tabs; }
    DetailPanel *detail() const { return m_detail; }
    /// The table of the current tab.
    QTableView *currentView() const;
    /// Where the detail's row is told (for its history of changes).
    void setHistory(HistoryView *history) { m_history = history; }

    void showDetail(const QModelIndex &index);
    /// The current table's current row in the detail panel, or nothing.
    void showCurrentDetail();
    /// Makes the row of this id current again, if it is among the rows read.
    void selectRow(QTableView *view, qint64 rowId, int column);
    /// Every table under filter. The table in view reads its first page at
    /// once; those on the other tabs in their page readers, so a search
    /// reads one page on the GUI thread, not three. Before the pane is on
    /// screen every table reads at once: its columns are fitted to its rows.
    void setFilter(const Filter &filter);
    /// Each table's columns as wide as their first rows, the last one wide.
    void fitColumns();

    /// The splitter, each table's column order and widths, and the tab.
    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings *settings) const;
    /// Each table's columns and sort, and the tab in view, in a saved view
    /// and back (a table or column the view does not name stays as it is).
    void saveView(SavedView *view) const;
    void restoreView(const SavedView &view);
    /// Columns shown with several reports only (the service's): hidden when
    /// the catalog has one, whatever a layout saved for another database
    /// says; with several, shown when show is true (the catalog loaded),
    /// else left as a layout put them. Call it whenever the catalog loads.
    void followReports(bool show = true);

private:
    QTableView *makeTable(QueryTableModel *model);
    void arrangeColumns();
    void addTabs();

    const Database &m_database;
    const Catalog *m_catalog; ///< the window's, which it reloads
    QueryTableModel *m_results;
    QueryTableModel *m_indicators;
    QueryTableModel *m_milestones;
    QTableView *m_resultsView;
    QTableView *m_indicatorsView;
    QTableView *m_milestonesView;
    QTabWidget *m_tabs;
    DetailPanel *m_detail;
    HistoryView *m_history = nullptr;
};
