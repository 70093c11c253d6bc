#include "celleditor.h"

#include "figureflag.h"
#include "highlight.h"
#include "querytablemodel.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace {

bool isNumberColumn(const QModelIndex &index)
{
    // Number columns are right-aligned by their model.
    const QVariant align = index.data(Qt::TextAlignmentRole);
    return align.isValid() && (align.value<Qt::Alignment>() & Qt::AlignRight);
}

/// Holds, on the editor of a number column, the column's TableSpec::Kind, for CellEditor::eventFilter().
constexpr char numberKindProperty[] = "miradorNumberKind";

TableSpec::Kind kindOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    return model ? model->spec().columns[index.column()].kind : TableSpec::Kind::Count;
}

/// The part of option's cell that its view shows, side to side.
QRect shownPart(const QStyleOptionViewItem &option)
{
    QRect shown = option.rect;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        shown.setLeft(std::max(shown.left(), 0));
        shown.setRight(std::min(shown.right(), view->viewport()->width() - 1));
    }
    return shown;
}

} // namespace

WholeTextDelegate::WholeTextDelegate(QAbstractItemView *view) : QStyledItemDelegate(view)
{
    // Scrolling moves what is drawn; a "…" drawn at the old edge would move with it.
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, [view] { view->viewport()->update(); });
}

void WholeTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem shown = option;
    shown.rect = shownPart(option);
    FigureFlag::paint(painter, shown, index, [&](const QStyleOptionViewItem &part) {
        QStyleOptionViewItem cell = part;
        initStyleOption(&cell, index);
        if (!Highlight::paintSearchMatches(painter, cell, index))
            QStyledItemDelegate::paint(painter, part, index);
    });
}

void WholeTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    FigureFlag::markUnconfirmed(option, index);
}

bool WholeTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && !index.data(Qt::ToolTipRole).isValid()) {
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QString text = cell.text;
        if (!text.isEmpty() && sizeHint(cell, index).width() > shownPart(option).width()) {
            // As rich text, escaped: long text wraps, and markup stays text.
            QToolTip::showText(event->globalPos(),
                               QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"), view->viewport(),
                               option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QWidget *CellEditor::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    if (isNumberColumn(index)) {
        editor->setProperty(numberKindProperty, int(kindOf(index)));
        editor->setAlignment(Qt::AlignRight);
        editor->setToolTip(tr("Un número entero, no negativo: 1.487.480 o 1487480. Vacío: sin dato."));
    }
    return editor;
}

void CellEditor::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::DisplayRole).toString());
}

void CellEditor::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

bool CellEditor::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    const QVariant kind = line ? line->property(numberKindProperty) : QVariant();
    if (kind.isValid() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QString reason;
        const bool leaving
            = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (leaving && !TableSpec::parseInput(TableSpec::Kind(kind.toInt()), line->text(), &reason)) {
            Q_EMIT commitData(line); // the model refuses, and says why
            line->selectAll();
            return true;
        }
    }
    return WholeTextDelegate::eventFilter(object, event);
}

CellEditCommand::CellEditCommand(const QString &text, QVariant oldValue, QVariant newValue, Apply apply)
    : QUndoCommand(text), m_old(std::move(oldValue)), m_new(std::move(newValue)), m_apply(std::move(apply))
{
}

void CellEditCommand::redo()
{
    const bool ok = m_apply(m_new, m_first ? QStringLiteral("edit") : QStringLiteral("redo"));
    m_first = false;
    if (!ok)
        setObsolete(true);
}

void CellEditCommand::undo()
{
    if (!m_apply(m_old, QStringLiteral("undo")))
        setObsolete(true);
}

QString selectionAsTsv(const QTableView *view)
{
    // Rows in the model's order, columns in the order the user sees them.
    const QHeaderView *order = view->horizontalHeader();
    const QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    std::map<int, std::map<int, QString>> cells; // row -> visual column -> text
    for (const QModelIndex &index : indexes) {
        if (!view->isColumnHidden(index.column()))
            cells[index.row()][order->visualIndex(index.column())] = index.data(Qt::DisplayRole).toString();
    }
    if (cells.empty())
        return {};
    int first = INT_MAX;
    int last = -1;
    for (const auto &[row, columns] : cells) {
        first = std::min(first, columns.begin()->first);
        last = std::max(last, columns.rbegin()->first);
    }
    const auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '); };
    QStringList lines;
    QStringList header;
    for (int visual = first; visual <= last; ++visual) {
        const int column = order->logicalIndex(visual);
        if (!view->isColumnHidden(column))
            header << clean(view->model()->headerData(column, Qt::Horizontal).toString());
    }
    lines << header.join(u'\t');
    for (const auto &[row, columns] : cells) {
        QStringList fields;
        for (int visual = first; visual <= last; ++visual) {
            if (view->isColumnHidden(order->logicalIndex(visual)))
                continue;
            const auto found = columns.find(visual);
            fields << (found == columns.end() ? QString() : clean(found->second));
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}
