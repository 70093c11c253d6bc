#pragma once

#include "csvexport.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class AggregateJob;
class Catalog;
class ChartPanel;
class Database;
class ErrorReporter;
class ExportJob;
class QMainWindow;
class QMenu;
class QStatusBar;
class QueryTableModel;
class TablesPane;
struct ReportData;

/// What the window writes to files and the printer: the current table as
/// CSV, the tables as an Excel workbook, the chart as PDF, PNG or SVG, the
/// PDF report, and the report printed or previewed. Asks where, writes, and
/// says in the status bar what was written (errors through ErrorReporter).
class ExportActions : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    ExportActions(QMainWindow *window, Database *database, const Catalog &catalog, TablesPane *tables,
                  ChartPanel *charts, AggregateJob *aggregates, ErrorReporter *errors);

    /// The Archivo menu's export and print entries, with their shortcuts.
    void addTo(QMenu *file);

    void exportCurrentTable(bool excel);
    /// The three tables as an Excel workbook (Exportar tabla para Excel…).
    void exportWorkbook();
    void exportChart();
    void exportReport();
    /// The two-year report: asks which year to compare the filter's with.
    void exportComparison();
    void printReport(bool preview);
    /// Stops a CSV export under way and waits for its thread: the window
    /// closing, before its database goes.
    void stop();

private:
    /// Asks for the PDF's name and writes the report (of two years, with compareYear).
    void writeReport(std::optional<int> compareYear);
    /// Writes the table as CSV in m_csvJob, with a progress dialog.
    void writeTable(const QueryTableModel &model, const QString &fileName, CsvExport::Style style);
    bool loadReport(ReportData *data);
    void showError(const QString &message);
    QStatusBar *statusBar() const;

    QMainWindow *m_window;
    Database *m_database;
    const Catalog &m_catalog;
    TablesPane *m_tables;
    ChartPanel *m_charts;
    AggregateJob *m_aggregates; ///< reads the report's data in a worker
    ErrorReporter *m_errors;
    ExportJob *m_csvJob; ///< the table's CSV, written off the GUI thread
};
