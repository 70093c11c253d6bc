#include "screenpoll.h"

#include "chartpanel.h"
#include "database.h"
#include "mainwindow.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <utility>
#include <vector>

namespace ScreenPoll {

namespace {

constexpr int timeoutMs = 60 * 1000;
constexpr int pollMs = 2; ///< between grabs (a grab of the root takes some ms itself)
// Bars are hundreds of pixels of one strong colour.
constexpr int chartPixels = 300;

QRect inWindow(const QWidget *part, const QWidget *window)
{
    return {part->mapTo(window, QPoint()), part->size()};
}

QImage grabRoot()
{
    return QGuiApplication::primaryScreen()->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
}

/// The box of the pixels where screen differs from before: the window, once
/// it is drawn (X keeps a window drawn with nothing showing what was under it).
QRect changed(const QImage &before, const QImage &screen)
{
    QRect box;
    for (int y = 0; y < screen.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(before.constScanLine(y));
        const auto *b = reinterpret_cast<const QRgb *>(screen.constScanLine(y));
        int first = -1;
        int last = -1;
        for (int x = 0; x < screen.width(); ++x) {
            if (a[x] != b[x]) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        if (first >= 0)
            box |= QRect(first, y, last - first + 1, 1);
    }
    return box;
}

} // namespace

std::optional<Layout> layout(const QString &database, QString *error)
{
    auto db = Database::open(database, Database::Access::ReadOnly, error);
    if (!db)
        return std::nullopt;
    // The settings of a first start, as the watched process has them: none.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    Layout layout;
    {
        MainWindow window(std::move(db));
        window.restoreSettings();
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QCoreApplication::processEvents(); // the overview fits its rows once shown
        const auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
        const auto *charts = window.findChild<ChartPanel *>();
        if (!table || !charts) {
            *error = QStringLiteral("the window has no results table or chart");
            return std::nullopt;
        }
        const auto *area = qobject_cast<const QAbstractScrollArea *>(charts->currentView());
        layout.window = window.size();
        layout.table = inWindow(table->viewport(), &window);
        layout.chart = inWindow(area ? area->viewport() : charts->currentView(), &window);
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    return layout;
}

std::optional<Run> watch(const QString &program, const QStringList &arguments, const Layout &layout, QString *error)
{
    QTemporaryDir settings;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);

    const QImage before = grabRoot();
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    // Only grabbed while it runs, judged after: the time between two grabs
    // is a grab's (some ms), not a grab's and the judging's, so a window
    // drawn shortly before the exit is seen.
    std::vector<std::pair<double, QPixmap>> grabs;
    while (!process.waitForFinished(0)) {
        if (clock.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished();
            *error = QStringLiteral("%1 did not exit within %2 s").arg(program).arg(timeoutMs / 1000);
            return std::nullopt;
        }
        const double at = double(clock.nsecsElapsed()) / 1e6;
        grabs.emplace_back(at, QGuiApplication::primaryScreen()->grabWindow(0));
        QThread::msleep(pollMs);
    }
    run.exitMs = double(clock.nsecsElapsed()) / 1e6;
    run.grabs = int(grabs.size());
    for (const auto &[at, pixmap] : grabs) {
        const QImage screen = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
        if (run.window.isEmpty()) {
            // The window is there once nearly all of its size is drawn.
            const QRect box = changed(before, screen);
            if (box.width() * 10 >= layout.window.width() * 9 && box.height() * 10 >= layout.window.height() * 9)
                run.window = QRect(box.topLeft(), layout.window);
        }
        if (run.window.isEmpty())
            continue;
        if (run.rowsMs < 0 && textLines(screen, layout.table.translated(run.window.topLeft())) >= rowLines) {
            run.rowsMs = at;
            run.firstRows = screen;
        }
        if (run.chartMs < 0 && colouredPixels(screen, layout.chart.translated(run.window.topLeft())) >= chartPixels)
            run.chartMs = at;
        if (run.rowsMs >= 0 && run.chartMs >= 0)
            break;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 exited with %3: %4")
                     .arg(program, arguments.join(u' '))
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAll().right(400)));
        return std::nullopt;
    }
    return run;
}

int textLines(const QImage &screen, const QRect &rect)
{
    const QRect area = rect.intersected(screen.rect());
    int lines = 0;
    bool inLine = false;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        int dark = 0;
        int light = 0;
        for (int x = area.left(); x <= area.right(); ++x) {
            const int grey = qGray(screen.pixel(x, y));
            dark += grey < 110;
            light += grey > 200;
        }
        const bool text = dark >= 2 && light * 2 > area.width();
        lines += text && !inLine;
        inLine = text;
    }
    return lines;
}

int colouredPixels(const QImage &screen, const QRect &rect)
{
    const QRect area = rect.intersected(screen.rect());
    int coloured = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor colour(screen.pixel(x, y));
            coloured += colour.hsvSaturation() > 120 && colour.value() > 60;
        }
    }
    return coloured;
}

} // namespace ScreenPoll
