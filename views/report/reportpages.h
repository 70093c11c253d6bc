#pragma once

#include "reportdata.h"
#include "reportlayout.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>

class QPainter;

/// What goes on the report's pages: the cover, a page per strategic
/// objective (reportobjective.cpp), the totals, and what every page carries
/// around its text (decorate). Each adds its blocks to a Layout.
namespace Report {

inline const QColor grey(0x55, 0x5f, 0x6d);
inline const QColor red(0xb7, 0x1c, 0x1c);

/// The sign after a figure nobody confirmed, and before its note.
QString unconfirmedSign();
/// Under a table that marks a figure nobody confirmed: what the mark means.
void addUnconfirmedNote(Layout &layout);

/// Charts on a page are laid out 1000 screen pixels wide, whatever the
/// printer's resolution, so their text keeps its size relative to the page.
QSizeF chartLayoutSize(const QRectF &target);

/// The title on the cover and in every page's header.
QString reportTitle(const ReportData &d);
/// The reports a report spans when more than one ("Sercotec 2025 ·
/// Prueba 2024", "3 servicios, 2023–2025"; with a comparison, the service
/// and both years); empty for one report.
QString scopeName(const ReportData &d);

/// Title, service, year, the synthetic mark, the filters, the date and
/// "M$ = miles de pesos".
void addCover(Layout &layout, const ReportData &d);
/// From a new page: the objective's title, its programs' chart and table,
/// the edited figures, its indicators and the sentences they come from.
void addObjective(Layout &layout, const ReportData &d, const ReportData::Section &section);
/// From a new page: the chart and the table of the totals per objective.
void addTotals(Layout &layout, const ReportData &d);
/// From a new page (reportcomparison.cpp): one objective in both years of
/// d.comparison, its figures, their change and its programs'.
void addComparedObjective(Layout &layout, const ReportData &d, const YearComparison::Objective &objective);

/// The running header (after the cover), the synthetic mark, the footer
/// and the page number.
void decorate(QPainter &painter, const Layout &layout, const ReportData &d, int page, int pages);

} // namespace Report
