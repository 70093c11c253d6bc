#pragma once

#include "catalog.h"
#include "database.h"
#include "filter.h"
#include "language.h"

#include <QMainWindow>

#include <memory>

class ChartPanel;
class ErrorReporter;
class ExportActions;
class FacetCounter;
class FiguresPane;
class FilterBar;
class HistoryView;
class ImportJob;
class IntegrityCheck;
class QAction;
class QLabel;
class QMenu;
class QUndoStack;
class TablesPane;
class WindowSettings;
struct SavedView;

/// Mirador's window: the filter bar on top; on the left the results,
/// indicators and milestones tables over the selected figure's source
/// sentence and context (TablesPane); on the right the chart over the
/// objective overview (FiguresPane). Creates its parts and wires them:
/// files and printing in ExportActions, saved views in ViewFiles, errors
/// in ErrorReporter, what it remembers in WindowSettings. Holds no SQL.
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

    /// Takes the size, layout, tab, chart and filters of the last window
    /// from the settings, and keeps them there when this one closes.
    void restoreSettings();
    void saveSettings() const;
    /// Opens another database in a new window in place of this one: that
    /// window, or null (the user was told why, or cancelled).
    MainWindow *switchDatabase(const QString &location);

    /// Brings back a saved view on this window's database (its filter, tab,
    /// chart, columns and sort), and says in a message what of it could not
    /// be (problems, and what this database lacks).
    void applyView(const SavedView &view, QStringList problems = {});
    /// Reads a .mirador-view file and shows it: in a new window when it names
    /// another database, in this one when it names this one, none, or one
    /// that cannot be opened (and says so).
    void openView(const QString &fileName);
    /// Writes what the window shows to a .mirador-view file; false with *error.
    bool saveView(const QString &fileName, QString *error) const;
    /// The database a view names, when it can be opened: empty, with why in
    /// *problems, when it names a file that is not there.
    static QString viewDatabase(const SavedView &view, QStringList *problems);

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
    void setUpEditing();
    void readCatalog();
    void layOut();
    void setUpStatusBar();
    void setUpHistory();
    void startIntegrityCheck();
    void connectParts();
    void applyFilter(const Filter &filter);
    /// After an edit, an undo or a redo (origin) of change: every view's
    /// figures again, and what was done in the status bar.
    void editApplied(const QString &change, const QString &origin);
    void updateSummary();
    void importCsv();
    void joinPrograms();
    void readReport();
    void showAbout();
    void openDatabaseFile();
    void fillRecentMenu();
    void chooseLanguage(Language::Choice choice);
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    /// Editing, undo and import off, and the reason in the status bar.
    void showReadOnly();
    void integrityChecked(const QString &problem);

    std::unique_ptr<Database> m_database;
    Catalog m_catalog;
    FilterBar *m_filterBar;
    QLabel *m_summary;
    ErrorReporter *m_errors;
    FiguresPane *m_figures;
    TablesPane *m_tables;
    ChartPanel *m_charts;
    QUndoStack *m_undo;
    ImportJob *m_importJob;
    QLabel *m_readOnlyLabel;
    ExportActions *m_exports;
    std::unique_ptr<WindowSettings> m_settings;
    HistoryView *m_history = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_readReportAction = nullptr;
    QAction *m_joinProgramsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    IntegrityCheck *m_integrityCheck = nullptr;
    FacetCounter *m_facets = nullptr; ///< from the first paint on
};
