#include "chartpanel.h"
#include "firstpaint.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "windowparts.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QScreen>
#include <QSet>
#include <QTableView>
#include <QTest>

/// `mirador --quit-after-load` exits once the window's first rows and chart
/// are on screen, not before (issue 20: polled from outside, nothing had
/// been drawn when it exited, in 11 runs of 11).
class TestQuitAfterLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitsWithRowsAndChartOnScreen_data();
    void exitsWithRowsAndChartOnScreen();
};

namespace {

/// What a widget shows on the screen now: the screen's pixels where it is.
/// On the offscreen platform the screen is made of the backing stores that
/// were flushed to their windows; what was only painted is not on it.
QImage onScreen(QWidget *widget)
{
    const QPoint at = widget->mapToGlobal(QPoint());
    return widget->screen()->grabWindow(0, at.x(), at.y(), widget->width(), widget->height()).toImage()
        .convertToFormat(QImage::Format_RGB32);
}

/// What the widget paints now, drawn afresh.
QImage drawn(QWidget *widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// How many colours image has: one or two for a blank or empty area.
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            seen.insert(image.pixel(x, y));
    }
    return int(seen.size());
}

/// Pixels of a that differ from b's (images of one size).
int differing(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    }
    return count;
}

/// Calls at when the application is told to quit.
class QuitWatch : public QObject
{
public:
    explicit QuitWatch(std::function<void()> at) : m_at(std::move(at)) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::Quit)
            m_at();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_at;
};

QWidget *paintedArea(QWidget *view)
{
    auto *area = qobject_cast<QAbstractScrollArea *>(view);
    return area ? area->viewport() : view;
}

} // namespace

void TestQuitAfterLoad::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_quitafterload"));
}

void TestQuitAfterLoad::exitsWithRowsAndChartOnScreen_data()
{
    QTest::addColumn<Database::Content>("content");
    QTest::addColumn<bool>("rows");
    QTest::newRow("dataset") << Database::Content::EmbeddedDataset << true;
    // No rows: it exits once the empty table and the empty chart are shown.
    QTest::newRow("empty") << Database::Content::Empty << false;
}

void TestQuitAfterLoad::exitsWithRowsAndChartOnScreen()
{
    QFETCH(Database::Content, content);
    QFETCH(bool, rows);
    TestSupport::Fixture fixture(content);
    MIRADOR_REQUIRE_BACKEND(fixture);
    QString error;
    auto db = Database::open(fixture.path(), Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    fixture.db.reset();

    // As runWindow() does for --quit-after-load: shown, not waited for.
    MainWindow window(std::move(db));
    window.show();
    auto *table = windowPart<QTableView>(window, "resultsView");
    auto *charts = windowPart<ChartPanel>(window);
    // The screen when it is told to quit (QCoreApplication::quit() sends
    // QEvent::Quit; the window's closing sends another, later).
    QImage tableShown;
    QImage chartShown;
    QImage tableDrawn;
    QImage chartDrawn;
    QuitWatch quitting([&] {
        if (!tableShown.isNull())
            return;
        QWidget *chartArea = paintedArea(charts->currentView());
        tableShown = onScreen(table->viewport());
        chartShown = onScreen(chartArea);
        tableDrawn = drawn(table->viewport());
        chartDrawn = drawn(chartArea);
    });
    bool gaveUp = false;
    FirstPaint::quitWhenOnScreen(&window, 20000, [&gaveUp] { gaveUp = true; });
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!gaveUp);
    QVERIFY(!tableShown.isNull());

    QCOMPARE(table->model()->rowCount() > 0, rows);
    if (rows)
        QVERIFY(!charts->chart()->series().isEmpty());
    // The screen shows the table's rows and the chart as they are drawn.
    QVERIFY2(tableShown == tableDrawn, "the table's first rows were not on screen at the exit");
    // A chart drawn in parts (the regions each change repaints) and drawn
    // whole differ by a few pixels where its items overlap (a bar's foot on
    // the axis): some tens of a chart's 300.000.
    QCOMPARE(chartShown.size(), chartDrawn.size());
    QVERIFY2(differing(chartShown, chartDrawn) * 1000 < chartShown.width() * chartShown.height(),
             qPrintable(QStringLiteral("the chart was not on screen at the exit: %1 pixels differ")
                            .arg(differing(chartShown, chartDrawn))));
    // Not two blank pictures: text and bars have colours of their own.
    if (rows) {
        QVERIFY2(colours(tableShown) > 2, "no rows on screen");
        QVERIFY2(colours(chartShown) > 2, "no chart on screen");
    }
}

QTEST_MAIN(TestQuitAfterLoad)
#include "tst_quitafterload.moc"
