#include "windowparts.h"
#include "windowstall.h"

#include "chartpanel.h"
#include "database.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "stallmeter.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <functional>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// Runs the event loop until done() holds (true) or timeoutMs pass (false).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

/// Answers the save dialog with fileName; starts meter (and *start) once it is accepted.
void answerSaveDialog(QTimer *timer, const QString &fileName, StallMeter *meter, Clock::time_point *start)
{
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->property("answered").toBool())
            return;
        dialog->setProperty("answered", true);
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(fileName);
        QObject::connect(dialog, &QDialog::accepted, timer, [=] {
            *start = Clock::now();
            meter->start();
        });
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    timer->start();
}

bool searchWord(MainWindow &window, const QString &word, WindowStall *stall, QString *error)
{
    StallMeter meter;
    Filter filter = windowPart<FilterBar>(window)->filter();
    filter.text = word;
    const auto start = Clock::now();
    meter.start();
    windowPart<FilterBar>(window)->setFilter(filter);
    const bool shown = waitUntil(
        [&] {
            return windowPart<ChartPanel>(window)->data().filter.text == word && windowPart<QueryTableModel>(window, "resultsModel")->rowCount() > 0
                && windowPart<QueryTableModel>(window, "resultsModel")->totalRows() >= 0;
        },
        600000);
    stall->searchMs = msSince(start);
    meter.stop();
    stall->searchGapMs = meter.maxGapMs();
    if (!shown)
        *error = QStringLiteral("the search's figures and rows did not come in 10 minutes");
    return shown;
}

bool exportReport(MainWindow &window, WindowStall *stall, QString *error)
{
    QAction *action = nullptr;
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (candidate->text() == QStringLiteral("Exportar in&forme PDF…"))
            action = candidate;
    }
    QTemporaryDir dir;
    if (!action || !dir.isValid()) {
        *error = QStringLiteral("no Exportar informe PDF action, or no temporary folder");
        return false;
    }
    const QString fileName = dir.filePath(QStringLiteral("informe.pdf"));
    StallMeter meter;
    auto start = Clock::now();
    QTimer answer;
    answerSaveDialog(&answer, fileName, &meter, &start);
    action->trigger();
    const bool written = waitUntil([&] { return QFile::exists(fileName); }, 600000);
    stall->reportMs = msSince(start);
    meter.stop();
    stall->reportGapMs = meter.maxGapMs();
    const QRegularExpressionMatch saved
        = QRegularExpression(QStringLiteral("^Informe de (\\d+) páginas")).match(window.statusBar()->currentMessage());
    stall->pages = saved.captured(1).toInt();
    if (!written || !saved.hasMatch())
        *error = QStringLiteral("the report was not written: %1").arg(window.statusBar()->currentMessage());
    return written && saved.hasMatch();
}

} // namespace

std::optional<WindowStall> WindowStall::measure(const QString &databasePath, const QString &word, QString *error)
{
    auto database = Database::open(databasePath, Database::Access::ReadOnly, error);
    if (!database)
        return std::nullopt;
    MainWindow window(std::move(database));
    window.resize(1280, 800);
    window.show();
    // The window settled: first rows painted, counted, figures shown.
    if (!waitUntil([&] { return windowPart<QueryTableModel>(window, "resultsModel")->totalRows() >= 0; }, 600000)) {
        *error = QStringLiteral("the window did not count its rows in 10 minutes");
        return std::nullopt;
    }
    waitUntil([] { return false; }, 500);
    WindowStall stall;
    if (!searchWord(window, word, &stall, error) || !exportReport(window, &stall, error))
        return std::nullopt;
    return stall;
}
