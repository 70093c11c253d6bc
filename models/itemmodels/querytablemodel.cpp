#include "querytablemodel.h"

#include "changelog.h"
#include "format.h"
#include "rowcounter.h"
#include "sql.h"
#include "sqlerror.h"
#include "sqlitedirect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>


QueryTableModel::QueryTableModel(const TableSpec &spec, QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent),
      m_spec(spec),
      m_db(std::move(db)),
      m_counter(new RowCounter(m_db.connectionName(), this))
{
    connect(m_counter, &RowCounter::counted, this, &QueryTableModel::onCounted);
}

bool QueryTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    return refresh();
}

bool QueryTableModel::readPage(TableSpec::Anchor anchor, const QVariantList *anchorRow, qint64 offset, int limit,
                               RowBlock *rows)
{
    const SqlCondition condition = buildCondition(m_filter, m_spec.filterColumns);
    const QString sql = m_spec.statement(condition, m_sortColumn, m_sortOrder, anchor);
    QVariantList values = condition.values;
    if (anchorRow)
        values += m_spec.anchorValues(m_sortColumn, *anchorRow);
    values << limit;
    if (anchor == TableSpec::Anchor::Offset)
        values << offset;

    bool ok;
    if (const auto direct = readSqliteRows(m_db, sql, values, rows, limit)) {
        ok = !direct->isValid();
        if (!ok)
            m_lastError = describeSqlError(*direct);
    } else {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : std::as_const(values))
                query.addBindValue(value);
            ok = query.exec();
        }
        if (ok) {
            const int fields = query.record().count();
            *rows = RowBlock(fields);
            while (query.next()) {
                for (int i = 0; i < fields; ++i)
                    rows->append(query.value(i));
            }
        } else {
            m_lastError = describeSqlError(query);
        }
    }
    if (!ok) {
        *rows = RowBlock();
        Q_EMIT queryFailed(m_lastError);
        return false;
    }
    if (anchor == TableSpec::Anchor::Before || anchor == TableSpec::Anchor::End)
        rows->reverseRows();
    return true;
}

bool QueryTableModel::refresh()
{
    ++m_generation;
    RowBlock first;
    const bool ok = readPage(TableSpec::Anchor::Start, nullptr, 0, m_pageSize, &first);
    beginResetModel();
    m_pages.clear();
    m_failedPages.clear();
    m_prefixRows = qint64(first.size());
    m_hasMore = ok && int(first.size()) == m_pageSize;
    // A first page that is not full holds every row: no need to count.
    m_totalRows = !ok ? 0 : m_hasMore ? -1 : qint64(first.size());
    if (!first.empty())
        m_pages.insert(0, {std::move(first), ++m_useClock});
    endResetModel();
    if (!ok)
        return false;
    m_lastError.clear();
    m_countPending = m_totalRows < 0;
    if (m_countPending)
        startCount();
    else
        Q_EMIT totalRowsChanged(m_totalRows);
    return true;
}

void QueryTableModel::holdCounts(bool hold)
{
    m_countsHeld = hold;
    startCount();
}

void QueryTableModel::startCount()
{
    if (m_countsHeld || !m_countPending)
        return;
    m_countPending = false;
    QVariantList values;
    const QString sql = m_spec.countStatement(m_filter, &values);
    m_counter->count(m_generation, sql, values);
}

void QueryTableModel::onCounted(int generation, qint64 rows, const QString &error)
{
    if (generation != m_generation)
        return; // the answer to a query no longer shown
    if (rows < 0) {
        m_lastError = error;
        Q_EMIT queryFailed(error);
        return;
    }
    // The row count changes between begin and end, as views expect, and no
    // fetchMore() may add a page in the middle (a view's slot may ask).
    const qint64 shown = knownRows();
    m_hasMore = false;
    if (rows > shown) {
        beginInsertRows({}, int(shown), int(rows) - 1);
        m_totalRows = rows;
        endInsertRows();
    } else if (rows < shown) {
        beginResetModel();
        m_totalRows = rows;
        m_pages.clear();
        m_failedPages.clear();
        endResetModel();
    } else {
        m_totalRows = rows;
    }
    Q_EMIT totalRowsChanged(rows);
}

qint64 QueryTableModel::knownRows() const
{
    return m_totalRows >= 0 ? m_totalRows : m_prefixRows;
}

qint64 QueryTableModel::cachedRows() const
{
    qint64 rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += qint64(page.rows.size());
    return rows;
}

bool QueryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_totalRows < 0 && m_hasMore;
}

void QueryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Before the count answers, the rows grow a page at a time by keyset.
    const qint64 pageIndex = m_prefixRows / m_pageSize;
    const Page *before = page(pageIndex - 1);
    if (!before || before->rows.empty())
        return;
    RowBlock rows;
    const QVariantList last = before->rows.row(before->rows.size() - 1);
    if (!readPage(TableSpec::Anchor::After, &last, 0, m_pageSize, &rows)) {
        m_hasMore = false;
        return;
    }
    m_hasMore = int(rows.size()) == m_pageSize;
    if (rows.empty()) {
        if (m_totalRows < 0) {
            m_totalRows = m_prefixRows;
            Q_EMIT totalRowsChanged(m_totalRows);
        }
        return;
    }
    const qint64 added = qint64(rows.size());
    beginInsertRows({}, int(m_prefixRows), int(m_prefixRows + added) - 1);
    m_pages.insert(pageIndex, {std::move(rows), ++m_useClock});
    m_prefixRows += added;
    endInsertRows();
    if (!m_hasMore && m_totalRows < 0) {
        m_totalRows = m_prefixRows;
        Q_EMIT totalRowsChanged(m_totalRows);
    }
}

const QueryTableModel::Page *QueryTableModel::page(qint64 pageIndex) const
{
    if (pageIndex < 0)
        return nullptr;
    const auto found = m_pages.find(pageIndex);
    if (found != m_pages.end()) {
        found->lastUse = ++m_useClock;
        return &*found;
    }
    if (m_failedPages.contains(pageIndex))
        return nullptr;
    // Reading a page changes no row a view can see: only the cache.
    auto *self = const_cast<QueryTableModel *>(this);
    RowBlock rows;
    const qint64 start = pageIndex * m_pageSize;
    const auto previous = m_pages.constFind(pageIndex - 1);
    const auto next = m_pages.constFind(pageIndex + 1);
    bool ok;
    if (previous != m_pages.constEnd() && int(previous->rows.size()) == m_pageSize) {
        const QVariantList last = previous->rows.row(previous->rows.size() - 1);
        ok = self->readPage(TableSpec::Anchor::After, &last, 0, m_pageSize, &rows);
    } else if (next != m_pages.constEnd() && !next->rows.empty()) {
        const QVariantList first = next->rows.row(0);
        ok = self->readPage(TableSpec::Anchor::Before, &first, 0, m_pageSize, &rows);
    } else if (m_totalRows >= 0 && start + m_pageSize >= m_totalRows) {
        ok = self->readPage(TableSpec::Anchor::End, nullptr, 0, int(m_totalRows - start), &rows);
    } else {
        ok = self->readPage(TableSpec::Anchor::Offset, nullptr, start, m_pageSize, &rows);
    }
    if (!ok) {
        m_failedPages.insert(pageIndex);
        return nullptr;
    }
    if (m_pages.size() >= maxCachedPages) {
        // Forget the page used longest ago.
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    return &*m_pages.insert(pageIndex, {std::move(rows), ++m_useClock});
}

const RowBlock *QueryTableModel::rowAt(qint64 row, qsizetype *within) const
{
    const Page *cached = page(row / m_pageSize);
    *within = row % m_pageSize;
    if (!cached || *within >= cached->rows.size())
        return nullptr;
    return &cached->rows;
}

RowBlock *QueryTableModel::cachedRow(qint64 rowId, qsizetype *within, qint64 *row)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.value(i, TableSpec::idField).toLongLong() == rowId) {
                *within = i;
                *row = it.key() * m_pageSize + i;
                return &it->rows;
            }
        }
    }
    return nullptr;
}

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(knownRows());
}

int QueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    qsizetype row;
    const RowBlock *rows = rowAt(index.row(), &row);
    if (!rows)
        return {};
    const TableSpec::Column &column = m_spec.columns[index.column()];
    const QVariant value = rows->value(row, column.field);
    const QVariant source = column.sourceField >= 0 ? rows->value(row, column.sourceField) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return TableSpec::display(column.kind, value);
    case Qt::EditRole:
        return value;
    case FigureEditedRole:
        return !TableSpec::editedText(column, value, source).isEmpty();
    case FigureSourceRole:
        return source;
    case Qt::AccessibleDescriptionRole:
        if (const QString edited = TableSpec::editedText(column, value, source); !edited.isEmpty())
            return edited;
        return {};
    case Qt::ToolTipRole:
        if (const QString edited = TableSpec::editedText(column, value, source); !edited.isEmpty())
            return edited;
        if (column.field == m_spec.quoteField)
            return value;
        return column.toolTip ? QCoreApplication::translate("TableSpec", column.toolTip) : QVariant();
    case Qt::TextAlignmentRole:
        if (column.kind == TableSpec::Kind::Count || column.kind == TableSpec::Kind::Decimal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowIdRole:
        return rows->value(row, TableSpec::idField);
    case ObjectiveIdRole:
        return rows->value(row, TableSpec::objectiveIdField);
    case ActionIdRole:
        return rows->value(row, TableSpec::actionIdField);
    case SourceQuoteRole:
        return rows->value(row, m_spec.quoteField);
    case PlainTextRole:
        return TableSpec::plain(column.kind, value);
    default:
        return {};
    }
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_spec.columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const TableSpec::Column &column = m_spec.columns[section];
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("TableSpec", column.header);
    if (role == Qt::ToolTipRole && column.toolTip)
        return QCoreApplication::translate("TableSpec", column.toolTip);
    return {};
}

Qt::ItemFlags QueryTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && m_spec.columns[index.column()].editColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool QueryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TableSpec::Column &column = m_spec.columns[index.column()];
    QString reason;
    const auto parsed = value.typeId() == QMetaType::QString ? TableSpec::parseInput(column.kind, value.toString(), &reason)
                                                              : std::optional<QVariant>(value);
    if (!parsed) {
        Q_EMIT editFailed(QCoreApplication::translate("QueryTableModel", "«%1»: %2")
                              .arg(QCoreApplication::translate("TableSpec", column.header), reason));
        return false;
    }
    qsizetype row;
    const RowBlock *rows = rowAt(index.row(), &row);
    if (!rows)
        return false;
    const QVariant old = rows->value(row, column.field);
    if (old.isNull() == parsed->isNull() && (old.isNull() || old.toString() == parsed->toString()))
        return true; // nothing changed
    const CellEdit edit{rows->value(row, TableSpec::idField).toLongLong(), index.column(), old, *parsed};
    if (m_editSink) {
        m_editSink(edit);
        return true;
    }
    QString error;
    if (!applyEdit(edit.rowId, edit.column, edit.newValue, QStringLiteral("edit"), &error)) {
        Q_EMIT editFailed(error);
        return false;
    }
    return true;
}

bool QueryTableModel::applyEdit(qint64 rowId, int column, const QVariant &value, const QString &origin,
                                QString *error)
{
    const TableSpec::Column &spec = m_spec.columns[column];
    if (m_readOnly || !spec.editColumn) {
        *error = QCoreApplication::translate("QueryTableModel", "esta celda no se puede modificar");
        return false;
    }
    QVariant old;
    if (!ChangeLog::update(m_db, QString::fromLatin1(m_spec.tableName), QString::fromLatin1(spec.editColumn), rowId,
                           value, origin, &old, error))
        return false;
    qsizetype within;
    qint64 row;
    if (RowBlock *cached = cachedRow(rowId, &within, &row)) {
        cached->setValue(within, spec.field, value);
        const QModelIndex changed = index(int(row), column);
        // The figure, and whether it now differs from its source.
        Q_EMIT dataChanged(changed, changed,
                           {Qt::DisplayRole, Qt::EditRole, FigureEditedRole, Qt::ToolTipRole,
                            Qt::AccessibleDescriptionRole});
    }
    return true;
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
