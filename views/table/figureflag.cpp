#include "figureflag.h"

#include "querytablemodel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace FigureFlag {
namespace {

/// Amber, as a spreadsheet marks a cell to look at: light behind the
/// figure, strong in the corner; both readable in a light and a dark theme.
const QColor tint(0xff, 0xb3, 0x00, 90);
const QColor mark(0xe6, 0x51, 0x00);

bool edited(const QModelIndex &index)
{
    return index.data(QueryTableModel::FigureEditedRole).toBool();
}

} // namespace

void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
           const std::function<void(const QStyleOptionViewItem &)> &paintCell)
{
    if (!edited(index)) {
        paintCell(option);
        return;
    }
    // The tint first, the cell over it (the delegate leaves a cell's
    // background to the view unless the model gives one).
    painter->fillRect(option.rect, tint);
    paintCell(option);
    // A right triangle in the top-left corner, some 40 % of the row high:
    // numbers are right-aligned, so it never covers a digit.
    const QRect r = option.rect;
    const qreal side = std::max(7.0, r.height() / 2.5);
    QPainterPath triangle;
    triangle.moveTo(r.left(), r.top());
    triangle.lineTo(r.left() + side, r.top());
    triangle.lineTo(r.left(), r.top() + side);
    triangle.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(triangle, mark);
    painter->restore();
}

QStringList rowNotes(const QAbstractItemModel *model, int row)
{
    QStringList notes;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(row, column);
        if (!edited(index))
            continue;
        notes << QCoreApplication::translate("FigureFlag", "%1: %2 — %3")
                     .arg(model->headerData(column, Qt::Horizontal).toString(), index.data().toString(),
                          index.data(Qt::ToolTipRole).toString());
    }
    return notes;
}

} // namespace FigureFlag
