#include "rowblock.h"

#include <algorithm>

QVariant RowBlock::value(qsizetype row, int field) const
{
    const Cell &cell = m_cells[size_t(row * m_columns + field)];
    switch (cell.type) {
    case Type::Null:
        break;
    case Type::Integer:
        return QVariant(cell.integer);
    case Type::Real:
        return QVariant(cell.real);
    case Type::Text:
        return QVariant(QString::fromUtf8(m_text.constData() + cell.text.offset, cell.text.size));
    }
    return {};
}

QVariantList RowBlock::row(qsizetype row) const
{
    QVariantList values;
    values.reserve(m_columns);
    for (int field = 0; field < m_columns; ++field)
        values << value(row, field);
    return values;
}

void RowBlock::setValue(qsizetype row, int field, const QVariant &value)
{
    // Its text, if any, goes to the end of the buffer; the old text stays unused.
    append(value);
    const Cell cell = m_cells.back();
    m_cells.pop_back();
    m_cells[size_t(row * m_columns + field)] = cell;
}

void RowBlock::appendInteger(qint64 value)
{
    Cell cell;
    cell.type = Type::Integer;
    cell.integer = value;
    m_cells.push_back(cell);
}

void RowBlock::appendReal(double value)
{
    Cell cell;
    cell.type = Type::Real;
    cell.real = value;
    m_cells.push_back(cell);
}

void RowBlock::appendText(const char *utf8, qsizetype size)
{
    Cell cell;
    cell.type = Type::Text;
    cell.text = {quint32(m_text.size()), quint32(size)};
    m_text.append(utf8, size);
    m_cells.push_back(cell);
}

void RowBlock::append(const QVariant &value)
{
    if (value.isNull())
        return appendNull();
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return appendInteger(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return appendReal(value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return appendText(text.constData(), text.size());
    }
    }
}

void RowBlock::reverseRows()
{
    const qsizetype rows = size();
    for (qsizetype top = 0, bottom = rows - 1; top < bottom; ++top, --bottom) {
        std::swap_ranges(m_cells.begin() + top * m_columns, m_cells.begin() + (top + 1) * m_columns,
                         m_cells.begin() + bottom * m_columns);
    }
}
