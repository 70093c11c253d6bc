#pragma once

#include "catalog.h"
#include "database.h"
#include "filter.h"
#include "language.h"

#include <QMainWindow>

#include <memory>

class AggregateJob;
class ChartPanel;
struct ChartData;
class ImportJob;
class QUndoStack;
class DetailPanel;
class FacetCounter;
class FilterBar;
class HistoryView;
class OverviewModel;
class QAction;
class IntegrityCheck;
class QLabel;
class QMenu;
class QModelIndex;
class QSplitter;
class QTabWidget;
class QTableView;
class QueryTableModel;
struct ReportData;

/// Mirador's window: the filter bar on top; on the left the results,
/// indicators and milestones tables over the selected figure's source
/// sentence and context; on the right the chart over the objective overview.
/// Wires views to models; holds no SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a database for a window, asking for a server's password when
    /// libpq found none (it is kept nowhere). Null with *error set, or with
    /// *error empty when the user cancelled.
    static std::unique_ptr<Database> openDatabase(const QString &location, Database::Access access, QWidget *parent,
                                                  QString *error);

    /// Light or dark colours, or the system's; kept in the settings.
    enum class Appearance { System, Light, Dark };
    static Appearance savedAppearance();
    static void applyAppearance(Appearance appearance);

    /// Takes the size, layout, tab, chart and filters of the last window
    /// from the settings, and keeps them there when this one closes.
    void restoreSettings();
    void saveSettings() const;
    /// Opens another database in a new window in place of this one.
    void switchDatabase(const QString &location);

    FilterBar *filterBar() const { return m_filterBar; }
    QueryTableModel *resultsModel() const { return m_results; }
    QueryTableModel *indicatorsModel() const { return m_indicators; }
    QueryTableModel *milestonesModel() const { return m_milestones; }
    OverviewModel *overviewModel() const { return m_overview; }
    QTableView *resultsView() const { return m_resultsView; }
    QTableView *indicatorsView() const { return m_indicatorsView; }
    DetailPanel *detailPanel() const { return m_detail; }
    QLabel *filterSummary() const { return m_summary; }
    ChartPanel *chartPanel() const { return m_charts; }
    QTableView *overviewView() const { return m_overviewView; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *importAction() const { return m_importAction; }
    HistoryView *historyView() const { return m_history; }
    /// Reads the database's lists again and re-runs the filter (after an import).
    void reload();
    /// Copies the current table's selection as tab-separated rows.
    void copySelection();

protected:
    /// Starts the tables' counts once the results table has painted.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter(const Filter &filter);
    /// Reads the totals under filter into the overview and the chart.
    void loadFigures(const Filter &filter);
    /// The figures read under data.filter in the overview and the chart.
    void showFigures(const ChartData &data, const QString &error);
    /// After an edit, an undo or a redo (origin) of change: every view's
    /// figures again, and what was done in the status bar.
    void editApplied(const QString &change, const QString &origin);
    void showDetail(const QModelIndex &index);
    /// The current table's current row in the detail panel, or nothing.
    void showCurrentDetail();
    /// Makes the row of this id current again, if it is among the rows read.
    void selectRow(QTableView *view, qint64 rowId, int column);
    void updateSummary();
    void showError(const QString &message);
    void exportCurrentTable(bool excel);
    /// The three tables as an Excel workbook (Exportar tabla para Excel…).
    void exportWorkbook();
    void importCsv();
    void exportChart();
    void exportReport();
    void printReport(bool preview);
    bool loadReport(ReportData *data);
    void showAbout();
    void openDatabaseFile();
    void fillRecentMenu();
    void chooseLanguage(Language::Choice choice);
    void chooseAppearance(Appearance appearance);
    QTableView *makeTable(QueryTableModel *model);
    void createMenus();
    /// Editing, undo and import off, and the reason in the status bar.
    void showReadOnly();
    /// Sizes the overview's columns to their figures and the view to its
    /// rows, the units wrapped in what width is left.
    void fitOverview();
    void integrityChecked(const QString &problem);

    std::unique_ptr<Database> m_database;
    Catalog m_catalog;
    FilterBar *m_filterBar;
    QLabel *m_banner;
    QLabel *m_summary;
    OverviewModel *m_overview;
    QueryTableModel *m_results;
    QueryTableModel *m_indicators;
    QueryTableModel *m_milestones;
    QTableView *m_overviewView;
    QTableView *m_resultsView;
    QTableView *m_indicatorsView;
    QTableView *m_milestonesView;
    QTabWidget *m_tabs;
    DetailPanel *m_detail;
    ChartPanel *m_charts;
    QUndoStack *m_undo;
    ImportJob *m_importJob;
    QAction *m_importAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    IntegrityCheck *m_integrityCheck = nullptr;
    FacetCounter *m_facets = nullptr; ///< from the first paint on
    AggregateJob *m_aggregates = nullptr; ///< the overview's, the chart's and the report's figures
    bool m_reconnecting = false; ///< the reconnect question is showing
    bool m_remembers = false;    ///< saves its settings when it closes
    QSplitter *m_mainSplitter;
    QSplitter *m_tablesSplitter;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_readOnlyLabel;
    HistoryView *m_history = nullptr;
};
