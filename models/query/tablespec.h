#pragma once

#include "filter.h"

#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>
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
        /// SQL expression to sort on. Where the column may be NULL it is
        /// COALESCE(column, -1) or COALESCE(column, ''): NULLs sort first on
        /// every database, and keyset row values can compare them.
        const char *orderBy;
        const char *toolTip = nullptr;
        /// The table column an edit of this cell writes; null where the cell
        /// cannot be edited. One of the constants here, never user text.
        const char *editColumn = nullptr;
        bool inCsv = true; ///< written by export-csv (the import format)
        int keyField = -1; ///< where the row holds the sort value, when not in field
        /// Where the row holds this figure as its source gave it (an edit
        /// leaves that alone), and how a figure that differs says so ("Editado:
        /// el informe dice M$ %1", through translate("TableSpec", ...)); -1
        /// and null for a column without a source.
        int sourceField = -1;
        const char *editedText = nullptr;
        /// Where the row stands in review (schema 8): field holds the
        /// review code ('proposed', 'confirmed', 'corrected' or NULL), the
        /// three fields after it who reviewed it, when, and what the reader
        /// had proposed. Shown as reviewText() says; CSV writes the code.
        bool review = false;
        /// Shown and exported only where the database holds several
        /// reports (the service's column): a database of one report looks
        /// and exports as it always did.
        bool severalReports = false;
    };

    /// One part of an ORDER BY, and where a loaded row holds its value, so
    /// the next page can start after the last row (keyset paging).
    struct SortKey
    {
        QString expression; ///< the column's orderBy
        int field;
        bool number;
        QVariant valueOf(const QVariantList &row) const;
    };

    const char *name;      ///< "results", "indicators", "milestones"
    const char *tableName; ///< the SQL table a row's id belongs to
    const char *select;
    /// Columns to sort on when the user chose none; empty: by id alone, the
    /// report's own order and then the order of import, which a table of a
    /// million rows reads from its first page without sorting anything.
    std::vector<int> defaultSort;
    const char *idColumn; ///< last sort key, so every order is total
    FilterColumns filterColumns;
    std::vector<Column> columns;
    // Fields every SELECT starts with.
    static constexpr int idField = 0;
    static constexpr int objectiveIdField = 1;
    static constexpr int actionIdField = 2;
    int quoteField;
    /// A COUNT from totals the database keeps, for filters that search no
    /// text (a sum over result_total, not a count of a million rows), and
    /// the columns it filters on; null when the table has none.
    const char *keptCount = nullptr;
    FilterColumns keptColumns = {};
    /// Columns export-csv writes after the others: a result's call, which
    /// tells apart the rows of one program, year and region (empty for the
    /// report's own figures), which the window does not show; then the
    /// review state and the page, which it shows beside the figures (there
    /// not inCsv), at the file's end so that older columns keep their places.
    std::vector<Column> csvOnlyColumns = {};

    static const TableSpec &results();
    static const TableSpec &indicators();
    static const TableSpec &milestones();
    /// "results" -> results(); null for an unknown name.
    static const TableSpec *byName(QStringView name);

    /// The keys of an order: the column's (or the default ones), then the id.
    std::vector<SortKey> sortKeys(int sortColumn) const;
    /// Where a page of rows starts.
    enum class Anchor {
        All,    ///< every row, in order (exports)
        Start,  ///< the first rows: LIMIT ?
        After,  ///< after a row: keyset, LIMIT ?
        Before, ///< before a row: keyset in reverse order, LIMIT ? (reverse the rows)
        End,    ///< the last rows: reverse order, LIMIT ? (reverse the rows)
        Offset, ///< LIMIT ? OFFSET ?, for a jump into the middle
    };
    /// The SELECT with the filter's conditions, an ORDER BY and the anchor's
    /// paging. Bind the filter's values, then for After and Before the
    /// anchorValues() of the row, then the page size, then the offset.
    QString statement(const SqlCondition &condition, int sortColumn, Qt::SortOrder order,
                      Anchor anchor = Anchor::All) const;
    /// SELECT COUNT(*) of the rows under the condition.
    /// What After and Before bind for a row: its first sort key, then every
    /// key and its id.
    QVariantList anchorValues(int sortColumn, const QVariantList &row) const;
    QString countStatement(const SqlCondition &condition) const;
    /// The quickest COUNT of the rows under filter (keptCount when it
    /// applies), with the values to bind.
    QString countStatement(const Filter &filter, QVariantList *values) const;
    /// The column export-csv names csvName (in columns, then csvOnlyColumns
    /// numbered after them); -1 if none.
    int columnIndex(QStringView csvName) const;

    /// Checks what a person typed for a column: a whole number (1.487.480 or
    /// 1487480, not negative) for counts, any text otherwise; empty means no
    /// value. The value to store, or null with *reason set.
    static std::optional<QVariant> parseInput(Kind kind, const QString &text, QString *reason);
    /// Shown as text and as CSV writes it.
    static QString display(Kind kind, const QVariant &value);
    static QString plain(Kind kind, const QVariant &value);
    /// True when a figure is not what its source gave (null for none).
    static bool differsFromSource(const QVariant &figure, const QVariant &source);
    /// For a figure that differs from its source: what the source said, as
    /// the cell's tooltip tells it ("Editado: el informe dice M$ 2.509.474");
    /// empty when the figure is its source's, or the column has none.
    static QString editedText(const Column &column, const QVariant &value, const QVariant &source);

    /// Whether the column is shown and exported for a database holding
    /// that many reports.
    static bool shown(const Column &column, int reports) { return !column.severalReports || reports > 1; }

    /// Where a row holds its review code (the review column's field); -1
    /// for a table without one.
    int reviewField() const;
    /// The review code of a figure the reader proposed and nobody confirmed.
    static constexpr char unconfirmed[] = "proposed";
    /// A review column's cell as people read it: "sin confirmar",
    /// "confirmada por ana el 30-11-2026", "corregida por ana el 30-11-2026
    /// (propuesta: …)", the date in the user's locale; empty for NULL (not
    /// read by Mirador's reader). by, at and proposed are the three fields
    /// after the code (Column::review).
    static QString reviewText(const QVariant &review, const QVariant &by, const QVariant &at, const QVariant &proposed);
    /// The review column's text for a row whose fields valueAt(field) gives:
    /// the window's cell and the workbook's.
    template <typename ValueAt> static QString reviewText(const Column &column, ValueAt valueAt)
    {
        return reviewText(valueAt(column.field), valueAt(column.field + 1), valueAt(column.field + 2),
                          valueAt(column.field + 3));
    }
};
