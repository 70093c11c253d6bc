#pragma once

#include <QString>

#include <optional>

/// One figure of the same thing (a program's budget, an objective's
/// beneficiaries of one unit) in two reports, and how it changed: what the
/// comparison table and the two-year report show, computed one way. A side
/// that has no figure (the program is in one report only, or reports no
/// budget there) has no change and no percentage: nothing is taken as zero.
struct FigureChange
{
    std::optional<qint64> before; ///< the earlier report's figure
    std::optional<qint64> after;  ///< the later report's figure
    /// Digits after the point that before and after hold: 0 for a count or
    /// M$, 1 for M$ per beneficiary held in tenths (518 is 51,8), so that a
    /// ratio's change is the difference of the two figures as shown.
    int decimals = 0;

    /// after - before, when both are there.
    std::optional<qint64> change() const;
    /// The change as a percentage of before, when both are there and before
    /// is not 0.
    std::optional<double> percent() const;

    /// "+200", "−150", "0" in the user's locale (a true minus sign); "+1,5"
    /// with decimals 1; empty without a change.
    QString changeText() const;
    /// "+20 %", "−12,5 %" to one decimal at most, in the user's locale;
    /// empty without a percentage.
    QString percentText() const;
    /// Plain, for CSV: "200", "-150" ("1.5" with decimals 1); "20", "-12.5".
    QString changePlain() const;
    QString percentPlain() const;
};
