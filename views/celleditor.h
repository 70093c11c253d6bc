#pragma once

#include <QStyledItemDelegate>
#include <QUndoCommand>

#include <functional>

class QTableView;

/// Draws cells as QStyledItemDelegate does, an edited figure flagged
/// (FigureFlag), and shows a cell's whole text as its tooltip when the
/// column is too narrow for it.
class WholeTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

/// Edits a table cell with its checks as the user types: whole numbers
/// (1.487.480 or 1487480, never negative) in number columns, free text
/// elsewhere. What is typed goes to the model as text, which checks it again.
class CellEditor : public WholeTextDelegate
{
    Q_OBJECT
public:
    using WholeTextDelegate::WholeTextDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

/// One edit on the undo stack: redo writes the new value, undo the old one.
/// apply(value, origin) does the writing and reports failure.
class CellEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool(const QVariant &value, const QString &origin)>;
    CellEditCommand(const QString &text, QVariant oldValue, QVariant newValue, Apply apply);

    void undo() override;
    void redo() override;

private:
    QVariant m_old;
    QVariant m_new;
    Apply m_apply;
    bool m_first = true;
};

/// The selected cells of a table as tab-separated rows, as shown, for
/// pasting into a spreadsheet; hidden columns are left out.
QString selectionAsTsv(const QTableView *view);
