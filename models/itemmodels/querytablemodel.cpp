#include "querytablemodel.h"

#include "changelog.h"
#include "format.h"
#include "pagereader.h"
#include "rowcounter.h"

#include <QCoreApplication>

namespace {

/// What the tooltip of an unconfirmed figure's review cell says.
QString unconfirmedText()
{
    return QCoreApplication::translate("QueryTableModel",
                                       "Mirador leyó esta cifra del informe y nadie la ha confirmado: compárela con "
                                       "la oración y la página");
}

} // namespace

QueryTableModel::QueryTableModel(const TableSpec &spec, QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent),
      m_spec(spec),
      m_db(std::move(db)),
      m_reader(new PageReader(m_db.connectionName(), this)),
      m_counter(new RowCounter(m_db.connectionName(), this))
{
    connect(m_counter, &RowCounter::counted, this, &QueryTableModel::onCounted);
    connect(m_reader, &PageReader::pageRead, this, &QueryTableModel::onPageRead);
}

bool QueryTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    return refresh();
}

PageRequest QueryTableModel::pageRequest(TableSpec::Anchor anchor, const QVariantList *anchorRow, qint64 offset,
                                         int limit) const
{
    const SqlCondition condition = buildCondition(m_filter, m_spec.filterColumns);
    PageRequest request;
    request.generation = m_generation;
    request.edits = m_edits;
    request.sql = m_spec.statement(condition, m_sortColumn, m_sortOrder, anchor);
    request.values = condition.values;
    if (anchorRow)
        request.values += m_spec.anchorValues(m_sortColumn, *anchorRow);
    request.values << limit;
    if (anchor == TableSpec::Anchor::Offset)
        request.values << offset;
    request.limit = limit;
    request.reversed = anchor == TableSpec::Anchor::Before || anchor == TableSpec::Anchor::End;
    return request;
}

bool QueryTableModel::readPage(TableSpec::Anchor anchor, const QVariantList *anchorRow, qint64 offset, int limit,
                               RowBlock *rows)
{
    if (!readPageRows(m_db, pageRequest(anchor, anchorRow, offset, limit), rows, &m_lastError)) {
        Q_EMIT queryFailed(m_lastError);
        return false;
    }
    return true;
}

void QueryTableModel::setFilterInBackground(const Filter &filter)
{
    m_filter = filter;
    nextGeneration();
    beginResetModel();
    m_cache.clear();
    m_prefixRows = 0;
    m_prefixLast.clear();
    m_hasMore = false;
    m_totalRows = -1;
    m_countPending = false;
    endResetModel();
    PageRequest request = pageRequest(TableSpec::Anchor::Start, nullptr, 0, m_pageSize);
    request.first = true;
    m_reader->read(request);
}

void QueryTableModel::nextGeneration()
{
    ++m_generation;
    m_reader->dropBefore(m_generation);
}

bool QueryTableModel::refresh()
{
    nextGeneration();
    RowBlock first;
    const bool ok = readPage(TableSpec::Anchor::Start, nullptr, 0, m_pageSize, &first);
    return showFirstPage(ok, std::move(first));
}

bool QueryTableModel::showFirstPage(bool ok, RowBlock first)
{
    beginResetModel();
    m_cache.clear();
    m_lastAsked = 0;
    m_direction = 0;
    m_prefixRows = qint64(first.size());
    m_prefixLast = first.empty() ? QVariantList() : first.row(first.size() - 1);
    m_hasMore = ok && int(first.size()) == m_pageSize;
    // A first page that is not full holds every row: no need to count.
    m_totalRows = !ok ? 0 : m_hasMore ? -1 : qint64(first.size());
    if (!first.empty())
        m_cache.insert(0, std::move(first));
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
    // More rows than the first page: the user may scroll to them.
    m_reader->prepare();
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
        m_cache.clear();
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
    return m_cache.rows();
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
    // It reads at once, as the first page: the view asks for more rows
    // when it scrolls, not while it paints.
    const qint64 pageIndex = m_prefixRows / m_pageSize;
    if (m_prefixLast.isEmpty())
        return;
    RowBlock rows;
    if (!readPage(TableSpec::Anchor::After, &m_prefixLast, 0, m_pageSize, &rows)) {
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
    m_prefixLast = rows.row(rows.size() - 1);
    m_cache.insert(pageIndex, std::move(rows));
    m_prefixRows += added;
    endInsertRows();
    if (!m_hasMore && m_totalRows < 0) {
        m_totalRows = m_prefixRows;
        Q_EMIT totalRowsChanged(m_totalRows);
    }
}

void QueryTableModel::requestPage(qint64 pageIndex) const
{
    const qint64 start = pageIndex * m_pageSize;
    const RowBlock *previous = m_cache.peek(pageIndex - 1);
    const RowBlock *next = m_cache.peek(pageIndex + 1);
    PageRequest request;
    if (previous && int(previous->size()) == m_pageSize) {
        const QVariantList last = previous->row(previous->size() - 1);
        request = pageRequest(TableSpec::Anchor::After, &last, 0, m_pageSize);
    } else if (next && !next->empty()) {
        const QVariantList first = next->row(0);
        request = pageRequest(TableSpec::Anchor::Before, &first, 0, m_pageSize);
    } else if (m_totalRows >= 0 && start + m_pageSize >= m_totalRows) {
        request = pageRequest(TableSpec::Anchor::End, nullptr, 0, int(m_totalRows - start));
    } else {
        request = pageRequest(TableSpec::Anchor::Offset, nullptr, start, m_pageSize);
    }
    request.page = pageIndex;
    m_cache.setPending(pageIndex, true);
    m_reader->read(request);
}

void QueryTableModel::readAhead(qint64 pageIndex) const
{
    const qint64 ahead = pageIndex + m_direction;
    if (m_direction == 0 || ahead < 0 || ahead * m_pageSize >= knownRows() || m_cache.isKnown(ahead))
        return;
    const RowBlock *from = m_cache.peek(pageIndex);
    // After a full page, or before any: by keyset from its rows.
    if (from && (m_direction < 0 ? !from->empty() : int(from->size()) == m_pageSize))
        requestPage(ahead);
}

void QueryTableModel::onPageRead(const PageRequest &request, const RowBlock &rows, const QString &error)
{
    if (request.generation == m_generation && request.first) {
        if (request.edits != m_edits) { // read before an edit: asked again
            setFilterInBackground(m_filter);
        } else if (!showFirstPage(error.isEmpty(), rows)) {
            m_lastError = error;
            Q_EMIT queryFailed(error);
            Q_EMIT totalRowsChanged(m_totalRows); // none: the window stops saying it counts
        }
        return;
    }
    if (request.generation != m_generation || !m_cache.isPending(request.page))
        return; // the answer to a query no longer shown
    const qint64 first = request.page * m_pageSize;
    const qint64 last = std::min(first + m_pageSize, knownRows()) - 1;
    if (!error.isEmpty()) {
        m_cache.setFailed(request.page);
        m_lastError = error;
        // The pages a paint asked for fail together: one message for them.
        if (m_reportedGeneration != m_generation)
            Q_EMIT queryFailed(error);
        m_reportedGeneration = m_generation;
    } else if (request.edits != m_edits) {
        m_cache.setPending(request.page, false); // read before an edit: asked again
    } else {
        m_cache.insert(request.page, rows);
    }
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
}

const RowBlock *QueryTableModel::rowAt(qint64 row, qsizetype *within) const
{
    const qint64 pageIndex = row / m_pageSize;
    *within = row % m_pageSize;
    if (pageIndex != m_lastAsked) {
        m_direction = pageIndex == m_lastAsked + 1 ? 1 : pageIndex == m_lastAsked - 1 ? -1 : 0;
        m_lastAsked = pageIndex;
    }
    const RowBlock *cached = m_cache.find(pageIndex);
    if (!cached) {
        if (!m_cache.isKnown(pageIndex))
            requestPage(pageIndex);
        return nullptr;
    }
    readAhead(pageIndex);
    return *within < cached->size() ? cached : nullptr;
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
    if (!rows) {
        const bool pending = m_cache.isPending(index.row() / m_pageSize);
        return pending && role == Qt::DisplayRole ? QVariant(pendingText()) : QVariant();
    }
    const TableSpec::Column &column = m_spec.columns[index.column()];
    const QVariant value = rows->value(row, column.field);
    const QVariant source = column.sourceField >= 0 ? rows->value(row, column.sourceField) : QVariant();
    const bool unconfirmed = column.review && value.toString() == QLatin1String(TableSpec::unconfirmed);
    switch (role) {
    case Qt::DisplayRole:
        if (column.review)
            return TableSpec::reviewText(column, [&](int field) { return rows->value(row, field); });
        return TableSpec::display(column.kind, value);
    case Qt::EditRole:
        return value;
    case FigureEditedRole:
        return !TableSpec::editedText(column, value, source).isEmpty();
    case FigureSourceRole:
        return source;
    case UnconfirmedRole: {
        const int review = m_spec.reviewField();
        return review >= 0 && rows->value(row, review).toString() == QLatin1String(TableSpec::unconfirmed);
    }
    case Qt::AccessibleDescriptionRole:
        if (const QString edited = TableSpec::editedText(column, value, source); !edited.isEmpty())
            return edited;
        return unconfirmed ? QVariant(unconfirmedText()) : QVariant();
    case Qt::ToolTipRole:
        if (const QString edited = TableSpec::editedText(column, value, source); !edited.isEmpty())
            return edited;
        if (unconfirmed)
            return unconfirmedText();
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
    ++m_edits;
    qsizetype within;
    qint64 row;
    if (RowBlock *cached = m_cache.findRow(rowId, m_pageSize, &within, &row)) {
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
