#include "figureflag.h"

#include "querytablemodel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QTableView>
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

/// The visual index of the first column header shows; -1 if none.
int firstShown(const QHeaderView *header)
{
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            return visual;
    }
    return -1;
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

void markUnconfirmed(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    if (!model || !index.data(QueryTableModel::UnconfirmedRole).toBool())
        return;
    const auto *view = qobject_cast<const QTableView *>(option->widget);
    const QHeaderView *header = view ? view->horizontalHeader() : nullptr;
    const bool review = model->spec().columns[std::size_t(index.column())].review;
    if (!review && !(header && header->visualIndex(index.column()) == firstShown(header)))
        return;
    if (review) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
        // Dark on a light base, light on a dark one: readable in both themes.
        const bool darkBase = option->palette.color(QPalette::Base).lightness() < 128;
        option->palette.setColor(QPalette::Text, darkBase ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa3, 0x3b, 0x00));
    }
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
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
