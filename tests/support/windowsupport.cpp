#include "windowsupport.h"

#include "database.h"
#include "mainwindow.h"

#include <QTest>

namespace TestSupport {

std::unique_ptr<MainWindow> openWindow(const QString &location, QString *error,
                                       const std::function<void(MainWindow &)> &beforeShow)
{
    auto db = Database::open(location, Database::Access::ReadWrite, error);
    if (!db)
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db));
    if (beforeShow)
        beforeShow(*window);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        *error = QStringLiteral("the window was not shown");
        return {};
    }
    return window;
}

FixtureWindow::FixtureWindow(const std::function<void(MainWindow &)> &beforeShow)
    : window(openWindow(fixture.path(), &error, beforeShow))
{
    fixture.db.reset();
}

} // namespace TestSupport
