#pragma once

#include <QStyledItemDelegate>
#include <QUndoCommand>

#include <functional>

class QAbstractItemView;
class QTableView;

/// Draws cells as QStyledItemDelegate does, the search's words highlighted
/// (highlight.h) and an edited figure flagged (FigureFlag), but never a text
/// cut without a sign: a cell that runs past the edge of the view is drawn in
/// the part that shows, so its text ends in "…" there instead of losing
/// digits at the edge ("1.487.48"). Shows a cell's whole text as its tooltip
/// when it is cut. Marks an unconfirmed figure (FigureFlag::markUnconfirmed).
class WholeTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Draws view's cells; view repaints them whole as it scrolls sideways,
    /// as a cell's "…" moves with the edge.
    explicit WholeTextDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

/// Edits a table cell. What is typed goes to the model as text, whole: the
/// model checks it (TableSpec::parseInput) and says why it refuses
/// "-5" or "abc", rather than the editor swallowing keys without a word.
/// Enter or Tab on a number the model would refuse sends it (so the refusal
/// is said) and keeps the editor open with the text, to be corrected.
class CellEditor : public WholeTextDelegate
{
    Q_OBJECT
public:
    using WholeTextDelegate::WholeTextDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
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
