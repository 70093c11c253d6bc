#pragma once

#include "chartdata.h"
#include "charts.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QStackedWidget;
class QToolButton;
class WordCloudView;

/// The chart beside the tables: a choice of Mirador's charts, drawn from
/// the active filter's data. A click on an objective's bar asks to filter by
/// that objective; a second click, or the clear button, asks to drop it. On
/// the trend, a click on a year's bar asks for that year; a second, none.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    Charts::Kind kind() const;
    void setKind(Charts::Kind kind);
    QChart *chart() const;
    QWidget *currentView() const;
    /// Puts the chart, as shown, on the clipboard as an image.
    void copyToClipboard();

Q_SIGNALS:
    /// The user clicked an objective's bar (or cleared the objective): the
    /// objective's number and its report.
    void objectiveRequested(std::optional<int> objective, qint64 report);
    /// The user clicked a report's bar (several reports in scope).
    void reportRequested(qint64 report);
    /// The user clicked a year's bar on the trend (a second click: no year).
    void yearRequested(std::optional<int> year);
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    /// The Menu key opens the menu in the middle of the chart, not in a corner.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The chart's background, text and grid in a dark window's colours
    /// (the series keep theirs); exports are drawn light, apart from this.
    void followPalette();
    void redraw();
    void fitLabels();
    /// The chart's figures as text, for screen readers.
    void describe();
    void onBarClicked(int index);
    void onYearClicked(int index);
    /// The trend's figures in words, a line per service and year.
    QStringList describeTrend() const;
    /// The trend's bar of one service and year, as its tooltip says it.
    QString trendToolTip(int index, int service) const;
    void connectSeries();
    /// Right-click, the Menu key or Shift+F10 on a chart: copy, export.
    void addContextMenu(QWidget *view, QWidget *area);
    void showContextMenu(QWidget *area, const QPoint &position);

    ChartData m_data;
    QComboBox *m_kind;
    QToolButton *m_clearObjective;
    QToolButton *m_export;
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    WordCloudView *m_wordCloud;
    QList<Charts::Bar> m_bars;
};
