#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// The change_log, newest first, for the whole database or for one row:
/// who changed what, when, from what, to what, and how. Read a page at a
/// time by keyset on the log's id (fetchMore), each page's query finished
/// at once, so data() only reads what is in memory and no statement stays
/// open while the window waits. Figures are shown in the locale, column
/// names as the tables title them, rows by their program, region and year.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Table, Row, ColumnName, Before, After, Origin, ColumnCount };
    enum Role {
        ChangeIdRole = Qt::UserRole + 1,
        /// The summary id of the import the line belongs to; null if none.
        ImportIdRole,
        /// The summary id of the program join the line belongs to; null if none.
        JoinIdRole,
    };

    explicit HistoryModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Only the lines of this row of table ("result", "indicator",
    /// "milestone"); an empty table: the whole database.
    void setRow(const QString &table, qint64 rowId);
    QString rowTable() const { return m_table; }
    qint64 rowId() const { return m_rowId; }
    /// Reads the first page again (after a change).
    bool refresh();
    QString lastError() const { return m_lastError; }
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// "Presupuesto (M$)" for result.budget_mclp: the title the table gives it.
    static QString columnLabel(const QString &table, const QString &column);
    /// "Resultados" for result.
    static QString tableLabel(const QString &table);
    /// "edición", "importación 12"…
    static QString originLabel(const QString &origin);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    struct Line
    {
        qint64 id = 0;
        QString changedAt;
        QString user;
        QString table;
        QVariant rowId;
        QString column;
        QVariant oldValue;
        QVariant newValue;
        QString origin;
        QString rowName;
    };
    /// The page of lines with ids below below, newest first.
    bool readPage(qint64 below, QList<Line> *lines);
    QString display(const Line &line, int column) const;
    QString value(const Line &line, const QVariant &value, bool after) const;
    /// A program join's summary (ProgramJoin): the rows it moved.
    static QString joinCounts(const QString &logged);

    QSqlDatabase m_db;
    QString m_table;
    qint64 m_rowId = 0;
    QList<Line> m_lines;
    bool m_more = false;
    int m_pageSize = 200;
    QString m_lastError;
};
