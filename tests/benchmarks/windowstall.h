#pragma once

#include <QString>

#include <optional>

/// How long Mirador's window stops answering (the longest gap of a 5 ms
/// timer on its GUI thread) while it works on a large database: a word
/// searched, its totals, charts and first rows shown; then the PDF report
/// exported from the menu.
struct WindowStall
{
    double searchGapMs = 0; ///< from the search applied to its figures and first rows shown
    double searchMs = 0; ///< how long that took
    double reportGapMs = 0; ///< from the save dialog's answer to the PDF written
    double reportMs = 0;
    int pages = 0;

    /// Opens databasePath read-only in a window (the offscreen platform).
    /// Null, with *error set, when it could not measure.
    static std::optional<WindowStall> measure(const QString &databasePath, const QString &word, QString *error);
};
