#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ChartPanel;
class QTableView;
class QWidget;

/// Says when a window's first rows and its chart are on screen: what
/// `mirador --quit-after-load` waits for before it exits, so that the time
/// to its exit is the time a user waits for them (issue 20).
///
/// Not when they are read, nor when a paint is asked for: Qt paints a window
/// only once it is mapped (exposed); before that a repaint is dropped. Once
/// it is, each pass paints the widgets that need it into the backing store
/// and flushes that to the window at its end (QWidgetRepaintManager::
/// paintAndFlush). So onScreen() follows the passes in which, the window
/// exposed,
///   - the table in view painted while its model held its first page (its
///     first rows; or none, when nothing matches: the empty table), and
///   - the chart painted with the data of the window's filter, laid out
///     (its plot area set) when it is a Qt chart, or the word cloud,
/// and then, the event loop idle (QAbstractEventDispatcher::aboutToBlock:
/// no event left to handle, what those paints set off done, such as the
/// chart fitting its labels), once twice running
///   - QGuiApplication::sync() (the window system's news in; on X11 a round
///     trip to the server, which has then drawn what was flushed), and
///   - the update that repaints what is dirty (it would wait for the
///     window's update timer)
/// painted neither the table nor the chart. On the offscreen platform the
/// screen is made of the flushed backing stores: the same holds there.
///
/// The parts are found by their objectName, as tools that inspect a window
/// find them ("resultsView", "indicatorsView", "milestonesView", and the
/// window's one ChartPanel).
class FirstPaint : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaint(QWidget *window);

    /// Quits the application (status 0) once window's first rows and chart
    /// are on screen. After timeoutMs without them (a window never mapped),
    /// calls gaveUp and quits with status 1.
    static void quitWhenOnScreen(QWidget *window, int timeoutMs, const std::function<void()> &gaveUp);

Q_SIGNALS:
    void onScreen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool exposed() const;
    /// The table's model holds its first page: rows, or known to have none.
    bool hasFirstPage(const QTableView *table) const;
    /// The chart shows the data of the window's filter, laid out.
    bool chartReady() const;
    /// The event loop waits for more events: once both painted, syncs with
    /// the window system, paints what waits, and tells once that is quiet.
    void idle();

    QPointer<QWidget> m_window;
    QList<QTableView *> m_tables;
    ChartPanel *m_charts = nullptr;
    bool m_tablePainted = false;
    bool m_chartPainted = false;
    bool m_quiet = false; ///< no paint of the table or the chart since the last idle
    bool m_told = false;
};
