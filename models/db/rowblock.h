#pragma once

#include <QByteArray>
#include <QVariant>

#include <vector>

/// Rows of a table page, packed: one cell of 16 bytes per value and the
/// text of all of them in one UTF-8 buffer, so a page of 500 rows is three
/// allocations rather than a QVariant list per row and a QString per text.
/// Values become QVariants only when asked for (the cells a view paints).
///
/// value() gives what QSqlQuery::value() gives: integers as qint64, reals as
/// double, text as QString, NULL as a null QVariant.
class RowBlock
{
public:
    explicit RowBlock(int columns = 0) : m_columns(columns) {}

    int columnCount() const { return m_columns; }
    qsizetype size() const { return m_columns ? qsizetype(m_cells.size()) / m_columns : 0; }
    bool empty() const { return m_cells.empty(); }
    void reserve(qsizetype rows) { m_cells.reserve(size_t(rows * m_columns)); }

    QVariant value(qsizetype row, int field) const;
    /// Every value of a row.
    QVariantList row(qsizetype row) const;
    /// Changes one value (an edited cell).
    void setValue(qsizetype row, int field, const QVariant &value);

    // A row is built by appending its columnCount() values in order.
    void appendNull() { m_cells.push_back(Cell{}); }
    void appendInteger(qint64 value);
    void appendReal(double value);
    void appendText(const char *utf8, qsizetype size);
    void append(const QVariant &value);

    /// The rows in reverse order (a page read backwards).
    void reverseRows();

private:
    enum class Type : quint8 { Null, Integer, Real, Text };
    struct Cell
    {
        Type type = Type::Null;
        union {
            qint64 integer = 0;
            double real;
            struct
            {
                quint32 offset;
                quint32 size;
            } text;
        };
    };
    int m_columns;
    std::vector<Cell> m_cells;
    QByteArray m_text;
};
