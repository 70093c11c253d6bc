#pragma once

#include <QCoreApplication>
#include <QWidget>

class AggregateJob;
class ChartPanel;
struct ChartData;
class Database;
class ErrorReporter;
class OverviewModel;
class QTableView;
class QVBoxLayout;
struct Filter;

/// The window's right side, what managers look at: the chart, and under it
/// the same totals as exact figures (the overview by strategic objective).
/// Reads those totals for a filter and shows them in both.
class FiguresPane : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    FiguresPane(const Database *database, ErrorReporter *errors, QWidget *parent);

    /// The chart goes on top, over the overview. It is made after the
    /// tables, so that Tab reaches it after them (the order widgets are made
    /// in is the order of the focus chain).
    void setCharts(ChartPanel *charts);
    OverviewModel *overview() const { return m_overview; }
    /// Reads the figures and the report's data off the GUI thread.
    AggregateJob *aggregates() const { return m_aggregates; }
    QTableView *overviewView() const { return m_overviewView; }

    /// Reads the totals under filter into the overview and the chart.
    void loadFigures(const Filter &filter);
    /// Sizes the overview's columns to their figures and the view to its
    /// rows, the units wrapped in what width is left.
    void fitOverview();

private:
    void setUpOverview();
    /// The figures read under data.filter in the overview and the chart.
    void showFigures(const ChartData &data, const QString &error);
    void showError(const QString &message);

    const Database *m_database;
    ErrorReporter *m_errors;
    AggregateJob *m_aggregates; ///< first: its reads are interrupted before the models go
    OverviewModel *m_overview;
    QTableView *m_overviewView;
    ChartPanel *m_charts = nullptr;
    QVBoxLayout *m_layout;
};
