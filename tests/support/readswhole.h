#pragma once

// What a window shows cut: the text of its labels, buttons, lists, tabs,
// search box, overview and chart (title, labels, legend) that does not fit
// where it stands.
// Shared by the Spanish (tst_mainwindow) and English (tst_translations)
// checks of the window at the sizes Mirador is made for.

#include <QSize>
#include <QStringList>

class MainWindow;

namespace TestSupport {

/// Each piece of text in window that does not stand whole, as "what: why";
/// empty when everything reads whole.
QStringList cutText(MainWindow *window);

/// The window at size, as a user walks it: no filter, then each list on its
/// longest entry and a search, each chart in turn; what is cut at each step,
/// each line saying the step. Empty when everything reads whole.
QStringList cutTextWhileFiltering(MainWindow *window, QSize size);

} // namespace TestSupport
