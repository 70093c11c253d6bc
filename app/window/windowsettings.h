#pragma once

#include <QStringList>

class Catalog;
class ChartPanel;
class Database;
class FilterBar;
class QMainWindow;
class QSettings;
class QSplitter;
class TablesPane;
struct SavedView;

/// What a window remembers between runs (the settings' "window" group):
/// its size and docks, the splitters, the tables' columns and tab, the
/// chart, and the filters, which come back only for the same database.
class WindowSettings
{
public:
    WindowSettings(QMainWindow *window, QSplitter *mainSplitter, TablesPane *tables, ChartPanel *charts,
                   FilterBar *filterBar, const Database &database);

    /// Takes the last window's from the settings, and keeps this one's there
    /// from now on (save() does nothing before).
    void restore();
    void save() const;
    /// Saves nothing more: another window keeps its own from now on.
    void stopRemembering() { m_remembers = false; }

    /// What the window shows, as a saved view (Archivo → Guardar vista…):
    /// the same parts it remembers between runs, less its size and docks.
    SavedView view(const Catalog &catalog) const;
    /// Shows a saved view: its filter, tab, chart, columns and sort. What of
    /// it catalog's database lacks (a program, a region, a chart) is left
    /// out and returned, said for a person.
    QStringList restoreView(const SavedView &view, const Catalog &catalog);

private:
    void restoreFilter(const QSettings &settings);
    void saveFilter(QSettings *settings) const;

    QMainWindow *m_window;
    QSplitter *m_mainSplitter;
    TablesPane *m_tables;
    ChartPanel *m_charts;
    FilterBar *m_filterBar;
    const Database &m_database;
    bool m_remembers = false; ///< saves its settings when it closes
};
