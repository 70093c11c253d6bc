#pragma once

#include <QObject>
#include <QtGlobal>

/// A part of the main window, found the way tools that inspect a window find
/// it: by its objectName (QObject::findChild), not through a getter the
/// window would keep for tests alone. Named parts: "resultsView",
/// "indicatorsView", "milestonesView", "overviewView", "resultsModel",
/// "indicatorsModel", "milestonesModel", "overviewModel", "filterSummary",
/// "importAction". The FilterBar, ChartPanel, DetailPanel, HistoryView and
/// QUndoStack are the window's only ones: no name needed.
template <typename T>
T *windowPart(const QObject &window, const char *name = nullptr)
{
    T *part = name ? window.findChild<T *>(QLatin1String(name)) : window.findChild<T *>();
    if (!part)
        qFatal("The window has no %s", name ? name : T::staticMetaObject.className());
    return part;
}
