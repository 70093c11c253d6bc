#pragma once

// Mirador's window watched the way a user sees it (issue 20): the program
// runs as a process of its own on an X display, and this process polls the
// display's root window, what X shows, until the program exits.

#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace ScreenPoll {

/// Where the results table's rows and the chart are in a window of Mirador
/// on a database, in the window's coordinates: the window laid out in this
/// process at its first size, not shown (its size and layout are those of
/// a first start, with no settings).
struct Layout
{
    QSize window;
    QRect table; ///< the results table's viewport: its rows, no header
    QRect chart; ///< the chart's viewport
};
std::optional<Layout> layout(const QString &database, QString *error);

/// One run, timed from the start of the process.
struct Run
{
    double rowsMs = -1; ///< the first grab that showed the rows; -1 when none did
    double chartMs = -1; ///< the first grab that showed the chart's colours; -1 when none did
    double exitMs = 0;
    int grabs = 0;
    QRect window; ///< where the window was found on the screen
    QImage firstRows; ///< the screen when the rows were first seen
};

/// Starts program with arguments on the X display this process uses
/// (QT_QPA_PLATFORM=xcb, its settings in a new empty folder), and grabs the
/// root window until the program exits. Null, with *error set, when it
/// could not start, or did not exit 0 within a minute.
std::optional<Run> watch(const QString &program, const QStringList &arguments, const Layout &layout,
                         QString *error);

/// A table showing rows shows a line of text per row: this many at least.
constexpr int rowLines = 5;

/// Lines of text in rect of screen: bands of pixel rows each with dark
/// (text) pixels on a mostly light row. A table showing rows has one per row;
/// a window not painted yet (the root's black or pattern under it), none.
int textLines(const QImage &screen, const QRect &rect);
/// Pixels of a strong colour in rect (the chart's bars; text and the
/// window's greys have none).
int colouredPixels(const QImage &screen, const QRect &rect);

} // namespace ScreenPoll
