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
namespace FigureFlag {

/// Paints a cell through paintCell, tinted when its figure was edited, then
/// the corner mark. Every other cell is paintCell(option) alone.
void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
           const std::function<void(const QStyleOptionViewItem &)> &paintCell);

/// For the detail panel: one line per edited figure of a row of a
/// QueryTableModel ("Presupuesto (M$): 2.600.000 — Editado: el informe dice
/// M$ 2.509.474"); empty when none was edited.
QStringList rowNotes(const QAbstractItemModel *model, int row);

} // namespace FigureFlag
