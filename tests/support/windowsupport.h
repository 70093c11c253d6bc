#pragma once

// A MainWindow on a test database, as the tests of the window open it.

#include "testsupport.h"

#include <QString>

#include <functional>
#include <memory>

class MainWindow;

namespace TestSupport {

/// A MainWindow on the database at location (read-write, on a connection of
/// its own), shown and exposed; beforeShow, when given, runs on it before it
/// is shown. Null, with *error saying why, when either could not be done.
std::unique_ptr<MainWindow> openWindow(const QString &location, QString *error,
                                       const std::function<void(MainWindow &)> &beforeShow = {});

/// A window, opened by openWindow, on a Fixture's embedded dataset, whose own
/// connection it closes so that the window's is the only one. window is null,
/// with error saying why, when it could not be opened.
struct FixtureWindow
{
    Fixture fixture;
    QString error;
    std::unique_ptr<MainWindow> window;

    explicit FixtureWindow(const std::function<void(MainWindow &)> &beforeShow = {});
};

} // namespace TestSupport
