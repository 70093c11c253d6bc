#include "firstpaint.h"

#include "chartpanel.h"
#include "querytablemodel.h"

#include <QAbstractEventDispatcher>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QEvent>
#include <QGuiApplication>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <algorithm>

FirstPaint::FirstPaint(QWidget *window)
    : QObject(window),
      m_window(window),
      m_charts(window->findChild<ChartPanel *>())
{
    for (const char *name : {"resultsView", "indicatorsView", "milestonesView"}) {
        auto *table = window->findChild<QTableView *>(QLatin1String(name));
        if (!table)
            continue;
        m_tables << table;
        table->viewport()->installEventFilter(this);
        // Rows painted before a new filter or sort are not the rows shown.
        const auto unpainted = [this] { m_tablePainted = false; };
        connect(table->model(), &QAbstractItemModel::modelReset, this, unpainted);
        connect(table->model(), &QAbstractItemModel::layoutChanged, this, unpainted);
    }
    // Idle: every event posted so far handled, the repaints they asked for too.
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this, &FirstPaint::idle);
    if (m_charts) {
        // A Qt chart paints in its view's viewport; the word cloud in itself.
        for (auto *view : m_charts->findChildren<QWidget *>()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(view); area && area->inherits("QChartView"))
                area->viewport()->installEventFilter(this);
            else if (view->inherits("WordCloudView"))
                view->installEventFilter(this);
        }
    }
}

void FirstPaint::quitWhenOnScreen(QWidget *window, int timeoutMs, const std::function<void()> &gaveUp)
{
    auto *watch = new FirstPaint(window);
    connect(watch, &FirstPaint::onScreen, qApp, &QCoreApplication::quit);
    QTimer::singleShot(timeoutMs, watch, [gaveUp] {
        gaveUp();
        QCoreApplication::exit(1);
    });
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_told || !exposed())
        return QObject::eventFilter(watched, event);
    // The paint is about to happen, into the backing store; its pass flushes
    // it to the window after the last widget painted.
    m_quiet = false;
    const auto table = std::find_if(m_tables.cbegin(), m_tables.cend(),
                                    [watched](const QTableView *view) { return view->viewport() == watched; });
    if (table != m_tables.cend())
        m_tablePainted = m_tablePainted || hasFirstPage(*table);
    else // the chart's
        m_chartPainted = m_chartPainted || chartReady();
    return QObject::eventFilter(watched, event);
}

void FirstPaint::idle()
{
    if (m_told || !m_tablePainted || !m_chartPainted)
        return;
    // What was shown may have changed since (a saved view applied, a
    // filter's chart data arriving): then wait for the next paints.
    if (!exposed() || !chartReady()) {
        m_tablePainted = m_chartPainted = false;
        return;
    }
    // Nothing left to handle in the event loop. What the window system has
    // sent meanwhile (on X11 a round trip: a resize, an expose), in; then
    // the repaints that wait for the window's update timer (QWindow::
    // requestUpdate, some ms): the update it would send, now. It paints and
    // flushes what is dirty, if anything.
    const bool settled = m_quiet;
    m_quiet = true;
    QGuiApplication::sync();
    QEvent update(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(m_window, &update);
    // Settled when neither painted the table or the chart, here nor since
    // the last idle: what is on screen is what they show. The round trip
    // above came after the last flush, so the X server has drawn it.
    if (settled && m_quiet) {
        m_told = true;
        Q_EMIT onScreen();
    } else {
        // Idle again after what this set off, even if nothing else comes.
        QMetaObject::invokeMethod(this, [] {}, Qt::QueuedConnection);
    }
}

bool FirstPaint::exposed() const
{
    return m_window && m_window->windowHandle() && m_window->windowHandle()->isExposed();
}

bool FirstPaint::hasFirstPage(const QTableView *table) const
{
    const auto *model = qobject_cast<const QueryTableModel *>(table->model());
    return model && (model->rowCount() > 0 || model->totalRows() == 0);
}

bool FirstPaint::chartReady() const
{
    // The results' filter is the window's (the first table found).
    const auto *results = m_tables.isEmpty() ? nullptr : qobject_cast<const QueryTableModel *>(m_tables[0]->model());
    if (!m_charts || !results || m_charts->data().filter != results->filter())
        return false;
    return m_charts->currentView()->inherits("WordCloudView") || !m_charts->chart()->plotArea().isEmpty();
}
