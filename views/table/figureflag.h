#pragma once

#include <QStringList>
#include <QStyleOptionViewItem>

#include <functional>

class QAbstractItemModel;
class QModelIndex;
class QPainter;

/// How the window marks a figure that differs from its source (an edit,
/// QueryTableModel::FigureEditedRole), as spreadsheets mark a cell with a
/// comment: a tinted background and a triangle in the cell's top-left
/// corner, so that the mark is seen without telling colours apart; the
/// cell's tooltip and accessible description say what the source said.
/// And how it marks a figure the reader proposed and nobody confirmed
/// (QueryTableModel::UnconfirmedRole): its "sin confirmar" in bold, in a
/// warning colour, after a warning icon, and the same icon before the row's
/// first shown cell, which is in view when the Revisión column is not.
namespace FigureFlag {

/// Paints a cell through paintCell, tinted when its figure was edited, then
/// the corner mark. Every other cell is paintCell(option) alone.
void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
           const std::function<void(const QStyleOptionViewItem &)> &paintCell);

/// Styles the cells of an unconfirmed figure's row: the review cell bold,
/// in a warning colour, with a warning icon; the first shown cell with the
/// icon. Through a delegate's initStyleOption(), so that its size hint, and
/// the column's width, count the bold text and the icon.
void markUnconfirmed(QStyleOptionViewItem *option, const QModelIndex &index);

/// For the detail panel: one line per edited figure of a row of a
/// QueryTableModel ("Presupuesto (M$): 2.600.000 — Editado: el informe dice
/// M$ 2.509.474"); empty when none was edited.
QStringList rowNotes(const QAbstractItemModel *model, int row);

} // namespace FigureFlag
