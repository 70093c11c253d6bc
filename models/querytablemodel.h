#pragma once

#include "filter.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariant>

#include <vector>

/// A table Mirador shows and exports: its SELECT, the columns users see, and
/// how each column is shown, sorted and written to CSV. One spec drives the
/// window's table and export-csv, so the two never disagree.
struct TableSpec
{
    enum class Kind {
        Text,
        Code,    ///< a number that names something (year, objective): no grouping
        Count,   ///< a whole figure: 1.487.480
        Decimal, ///< a figure that may have decimals: 51,8
    };
    struct Column
    {
        const char *csvName;
        const char *header; ///< translated through QCoreApplication::translate("TableSpec", ...)
        int field;          ///< index in the SELECT
        Kind kind;
        const char *orderBy; ///< SQL expression to sort on
        const char *toolTip = nullptr;
    };

    const char *name; ///< "results", "indicators", "milestones"
    const char *select;
    const char *defaultOrder;
    const char *idColumn; ///< last sort key, so every order is total
    FilterColumns filterColumns;
    std::vector<Column> columns;
    // Fields every SELECT starts with.
    static constexpr int idField = 0;
    static constexpr int objectiveIdField = 1;
    static constexpr int actionIdField = 2;
    int quoteField;

    static const TableSpec &results();
    static const TableSpec &indicators();
    static const TableSpec &milestones();
    /// "results" -> results(); null for an unknown name.
    static const TableSpec *byName(QStringView name);

    /// The SELECT with the filter's conditions and an ORDER BY.
    QString statement(const SqlCondition &condition, int sortColumn, Qt::SortOrder order) const;
};

/// Rows of one TableSpec under a Filter, sorted in SQL. Holds every matching
/// row: the BGI's tables have dozens of rows.
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        ObjectiveIdRole,
        ActionIdRole,
        SourceQuoteRole,
        PlainTextRole, ///< the value as CSV writes it
    };

    QueryTableModel(const TableSpec &spec, QSqlDatabase db, QObject *parent = nullptr);

    const TableSpec &spec() const { return m_spec; }
    const Filter &filter() const { return m_filter; }
    /// Runs the query again with this filter. False, and lastError() set, if
    /// the database refused; the model is then empty.
    bool setFilter(const Filter &filter);
    bool refresh();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shown as text and as CSV writes it.
    static QString display(TableSpec::Kind kind, const QVariant &value);
    static QString plain(TableSpec::Kind kind, const QVariant &value);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    const TableSpec &m_spec;
    QSqlDatabase m_db;
    Filter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<QVariantList> m_rows;
    QString m_lastError;
};
