#pragma once

#include <QDockWidget>
#include <QSqlDatabase>

class HistoryModel;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

/// The history of changes, docked under the tables: who changed what, when,
/// from what, to what, for the selected row or for the whole database, and
/// "Deshacer importación" on a line of an import. Reads the log only while
/// it is shown.
class HistoryView : public QDockWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QSqlDatabase db, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QRadioButton *rowOnlyButton() const { return m_rowOnly; }
    QRadioButton *wholeDatabaseButton() const { return m_whole; }
    QPushButton *undoImportButton() const { return m_undoImport; }
    QPushButton *undoJoinButton() const { return m_undoJoin; }

    /// The row the window has selected (table "result", "indicator",
    /// "milestone", and a label for it); an empty table: none.
    void setSelectedRow(const QString &table, qint64 rowId, const QString &label);
    /// Reads the log again (after a change anywhere).
    void refresh();
    /// No undoing imports (a read-only database).
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// An import was undone: the window reads its rows again.
    void importUndone();
    /// A program join was undone (message says which): the same.
    void joinUndone(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showScope();
    void updateUndoButton();
    void undoImport();
    void undoJoin();

    QSqlDatabase m_db;
    HistoryModel *m_model;
    QTableView *m_table;
    QRadioButton *m_rowOnly;
    QRadioButton *m_whole;
    QPushButton *m_undoImport;
    QPushButton *m_undoJoin;
    QLabel *m_scopeLabel;
    QString m_selectedTable;
    qint64 m_selectedRow = 0;
    QString m_selectedLabel;
    bool m_readOnly = false;
};
