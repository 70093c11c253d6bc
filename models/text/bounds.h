#pragma once

#include <QtGlobal>

/// The largest figure Mirador keeps, in either sign: 999.999.999.999. Chile's
/// whole public budget is under 100.000.000.000 M$ and the world's people
/// under 10.000.000.000, so no real budget or count comes near it; and a sum
/// of up to 9.223.372 such figures still fits in 64 bits, so totals are exact.
/// The importer and the cell editor refuse anything past it
/// (Numbers::parseWhole, Numbers::parse), and so does the schema, whoever writes
/// (resources/migrations/0006_figure_bounds.sql).
constexpr qint64 maxFigure = 999'999'999'999;
