#include "querytablemodel.h"

#include "changelog.h"
#include "format.h"
#include "importfields.h"
#include "rowcounter.h"
#include "sql.h"
#include "sqlerror.h"
#include "sqlitedirect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>


using Kind = TableSpec::Kind;

const TableSpec &TableSpec::results()
{
    static const TableSpec spec{
        "results",
        "result",
        Sql::selectResults,
        {},
        "r.id",
        {"r.year", "o.number", "r.program_id", "r.region_id", "r.search_text"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "r.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number",
             QT_TRANSLATE_NOOP("TableSpec", "Número del objetivo estratégico")},
            {"objective_name", QT_TRANSLATE_NOOP("TableSpec", "Objetivo"), 5, Kind::Text, "o.short_name"},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 6, Kind::Code, "COALESCE(a.number, -1)"},
            {"program", QT_TRANSLATE_NOOP("TableSpec", "Programa"), 7, Kind::Text, "p.name"},
            {"region_code", QT_TRANSLATE_NOOP("TableSpec", "Cód. región"), 8, Kind::Text, "g.code"},
            {"region", QT_TRANSLATE_NOOP("TableSpec", "Región"), 9, Kind::Text, "g.sort_order", nullptr, nullptr, true,
             15},
            {"budget_mclp", QT_TRANSLATE_NOOP("TableSpec", "Presupuesto (M$)"), 10, Kind::Count,
             "COALESCE(r.budget_mclp, -1)", QT_TRANSLATE_NOOP("TableSpec", "M$ = miles de pesos"), "budget_mclp", true,
             -1, 17, QT_TRANSLATE_NOOP("TableSpec", "Editado: el informe dice M$ %1")},
            {"beneficiaries", QT_TRANSLATE_NOOP("TableSpec", "Beneficiarios"), 11, Kind::Count,
             "COALESCE(r.beneficiaries, -1)", nullptr, "beneficiaries", true, -1, 18,
             QT_TRANSLATE_NOOP("TableSpec", "Editado: el informe dice %1")},
            {"beneficiary_unit", QT_TRANSLATE_NOOP("TableSpec", "Unidad"), 12, Kind::Text,
             "COALESCE(r.beneficiary_unit, '')", nullptr, "beneficiary_unit"},
            {"note", QT_TRANSLATE_NOOP("TableSpec", "Nota"), 14, Kind::Text, "COALESCE(r.note, '')",
             QT_TRANSLATE_NOOP("TableSpec", "Nota del equipo; no es parte del informe"), "note", false},
            {"source_quote", QT_TRANSLATE_NOOP("TableSpec", "Fuente"), 13, Kind::Text, "r.source_quote",
             QT_TRANSLATE_NOOP("TableSpec", "La oración del informe de la que proviene la cifra")},
            // The figures as the sentence gives them, which no edit changes:
            // hidden in the window (its figures are flagged instead), and the
            // last columns export-csv writes before the call.
            {"budget_source", QT_TRANSLATE_NOOP("TableSpec", "Presupuesto en la fuente (M$)"), 17, Kind::Count,
             "COALESCE(r.budget_source, -1)",
             QT_TRANSLATE_NOOP("TableSpec", "El presupuesto como lo da la oración del informe; editar la cifra no lo "
                                            "cambia")},
            {"beneficiaries_source", QT_TRANSLATE_NOOP("TableSpec", "Beneficiarios en la fuente"), 18, Kind::Count,
             "COALESCE(r.beneficiaries_source, -1)",
             QT_TRANSLATE_NOOP("TableSpec", "Los beneficiarios como los da la oración del informe; editar la cifra no "
                                            "los cambia")},
        },
        13,
        Sql::countKeptResults,
        {"t.year", "o.number", "t.program_id", "t.region_id", nullptr},
        {
            {"call", nullptr, 16, Kind::Text, nullptr},
        },
    };
    return spec;
}

const TableSpec &TableSpec::indicators()
{
    static const TableSpec spec{
        "indicators",
        "indicator",
        Sql::selectIndicators,
        {},
        "i.id",
        {"i.year", "o.number", "i.program_id", "i.region_id", "i.search_text"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "i.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number",
             QT_TRANSLATE_NOOP("TableSpec", "Número del objetivo estratégico")},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 5, Kind::Code, "COALESCE(a.number, -1)"},
            {"program", QT_TRANSLATE_NOOP("TableSpec", "Programa"), 6, Kind::Text, "COALESCE(p.name, '')"},
            {"region_code", QT_TRANSLATE_NOOP("TableSpec", "Cód. región"), 7, Kind::Text, "g.code"},
            {"region", QT_TRANSLATE_NOOP("TableSpec", "Región"), 8, Kind::Text, "g.sort_order", nullptr, nullptr,
             true, 13},
            {"indicator", QT_TRANSLATE_NOOP("TableSpec", "Indicador"), 9, Kind::Text, "i.name"},
            {"value", QT_TRANSLATE_NOOP("TableSpec", "Valor"), 10, Kind::Decimal, "i.value"},
            {"unit", QT_TRANSLATE_NOOP("TableSpec", "Unidad"), 11, Kind::Text, "i.unit",
             QT_TRANSLATE_NOOP("TableSpec", "M$ = miles de pesos")},
            {"source_quote", QT_TRANSLATE_NOOP("TableSpec", "Fuente"), 12, Kind::Text, "i.source_quote",
             QT_TRANSLATE_NOOP("TableSpec", "La oración del informe de la que proviene la cifra")},
        },
        12,
    };
    return spec;
}

const TableSpec &TableSpec::milestones()
{
    static const TableSpec spec{
        "milestones",
        "milestone",
        Sql::selectMilestones,
        {},
        "m.id",
        {"rp.year", "o.number", nullptr, nullptr, "m.search_text"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "rp.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number"},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 5, Kind::Code, "COALESCE(a.number, -1)"},
            {"kind", QT_TRANSLATE_NOOP("TableSpec", "Tipo"), 6, Kind::Text, "m.kind"},
            {"title", QT_TRANSLATE_NOOP("TableSpec", "Título"), 7, Kind::Text, "m.title"},
            {"counterpart", QT_TRANSLATE_NOOP("TableSpec", "Contraparte"), 8, Kind::Text,
             "COALESCE(m.counterpart, '')"},
            {"source_quote", QT_TRANSLATE_NOOP("TableSpec", "Fuente"), 9, Kind::Text, "m.source_quote"},
        },
        9,
    };
    return spec;
}

const TableSpec *TableSpec::byName(QStringView name)
{
    for (const TableSpec *spec : {&results(), &indicators(), &milestones()}) {
        if (name == QLatin1String(spec->name))
            return spec;
    }
    return nullptr;
}

QVariant TableSpec::SortKey::valueOf(const QVariantList &row) const
{
    const QVariant &value = row.at(field);
    // The COALESCE values; an empty but not null string, or Qt binds NULL.
    if (value.isNull())
        return number ? QVariant(qlonglong(-1)) : QVariant(QStringLiteral(""));
    return value;
}

std::vector<TableSpec::SortKey> TableSpec::sortKeys(int sortColumn) const
{
    std::vector<int> chosen;
    if (sortColumn >= 0 && sortColumn < int(columns.size()))
        chosen.push_back(sortColumn);
    else
        chosen = defaultSort;
    std::vector<SortKey> keys;
    for (const int c : chosen) {
        const Column &column = columns[c];
        const bool number = column.kind != Kind::Text || column.keyField >= 0;
        keys.push_back({QString::fromLatin1(column.orderBy), column.keyField >= 0 ? column.keyField : column.field,
                        number});
    }
    return keys;
}

QVariantList TableSpec::anchorValues(int sortColumn, const QVariantList &row) const
{
    QVariantList values;
    for (const SortKey &key : sortKeys(sortColumn))
        values << key.valueOf(row);
    values << row.at(idField);
    values.prepend(values.first());
    return values;
}

QString TableSpec::statement(const SqlCondition &condition, int sortColumn, Qt::SortOrder order, Anchor anchor) const
{
    const std::vector<SortKey> keys = sortKeys(sortColumn);
    const bool descending = order == Qt::DescendingOrder && sortColumn >= 0;
    // Before and End read the order backwards; the caller reverses the rows.
    const bool backwards = anchor == Anchor::Before || anchor == Anchor::End;
    const bool down = descending != backwards;
    QStringList expressions;
    QStringList marks;
    QStringList ordering;
    for (const SortKey &key : keys) {
        expressions << key.expression;
        marks << QStringLiteral("?");
        ordering << key.expression + (down ? QStringLiteral(" DESC") : QString());
    }
    expressions << QString::fromLatin1(idColumn);
    marks << QStringLiteral("?");
    ordering << QString::fromLatin1(idColumn) + (down ? QStringLiteral(" DESC") : QString());

    QString sql = QString::fromUtf8(select) + condition.where;
    if (anchor == Anchor::After || anchor == Anchor::Before) {
        // The bound on the first key alone lets the database seek in that
        // key's index; the row value then orders the rows of equal keys.
        sql += (condition.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + expressions.first()
            + (down ? QStringLiteral(" <= ? AND (") : QStringLiteral(" >= ? AND ("))
            + expressions.join(QStringLiteral(", ")) + (down ? QStringLiteral(") < (") : QStringLiteral(") > ("))
            + marks.join(QStringLiteral(", ")) + u')';
    }
    sql += QStringLiteral(" ORDER BY ") + ordering.join(QStringLiteral(", "));
    if (anchor != Anchor::All)
        sql += QStringLiteral(" LIMIT ?");
    if (anchor == Anchor::Offset)
        sql += QStringLiteral(" OFFSET ?");
    return sql;
}

QString TableSpec::countStatement(const SqlCondition &condition) const
{
    return QStringLiteral("SELECT COUNT(*) FROM (") + QString::fromUtf8(select) + condition.where
        + QStringLiteral(") counted");
}

QString TableSpec::countStatement(const Filter &filter, QVariantList *values) const
{
    const bool kept = keptCount && filter.text.trimmed().isEmpty();
    const SqlCondition condition = buildCondition(filter, kept ? keptColumns : filterColumns);
    *values = condition.values;
    return kept ? QString::fromUtf8(keptCount) + condition.where : countStatement(condition);
}

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

QString QueryTableModel::display(Kind kind, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case Kind::Count:
        return Format::integer(value.toLongLong());
    case Kind::Decimal:
        return Format::decimal(value.toDouble());
    case Kind::Code:
    case Kind::Text:
        break;
    }
    return value.toString();
}

QString QueryTableModel::plain(Kind kind, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (kind == Kind::Decimal)
        return Format::plain(value.toDouble());
    return value.toString();
}

bool QueryTableModel::differsFromSource(const QVariant &figure, const QVariant &source)
{
    return figure.isNull() != source.isNull() || (!figure.isNull() && figure.toLongLong() != source.toLongLong());
}

QString QueryTableModel::editedText(const TableSpec::Column &column, const QVariant &value, const QVariant &source)
{
    if (column.sourceField < 0 || !column.editedText || !differsFromSource(value, source))
        return {};
    if (source.isNull())
        return QCoreApplication::translate("QueryTableModel", "Editado: el informe no da esta cifra");
    return QCoreApplication::translate("TableSpec", column.editedText).arg(display(column.kind, source));
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
        return display(column.kind, value);
    case Qt::EditRole:
        return value;
    case FigureEditedRole:
        return !editedText(column, value, source).isEmpty();
    case FigureSourceRole:
        return source;
    case Qt::AccessibleDescriptionRole:
        if (const QString edited = editedText(column, value, source); !edited.isEmpty())
            return edited;
        return {};
    case Qt::ToolTipRole:
        if (const QString edited = editedText(column, value, source); !edited.isEmpty())
            return edited;
        if (column.field == m_spec.quoteField)
            return value;
        return column.toolTip ? QCoreApplication::translate("TableSpec", column.toolTip) : QVariant();
    case Qt::TextAlignmentRole:
        if (column.kind == Kind::Count || column.kind == Kind::Decimal)
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
        return plain(column.kind, value);
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

std::optional<QVariant> QueryTableModel::parseInput(Kind kind, const QString &text, QString *reason)
{
    const QString trimmed = text.trimmed();
    if (kind == Kind::Text)
        return trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed);
    const auto number = parseWholeNumber(trimmed, NumberStyle::Chilean, reason);
    if (!number && reason->isEmpty()) // empty: no value
        return QVariant(QMetaType(QMetaType::LongLong));
    if (number && *number < 0)
        *reason = QCoreApplication::translate("QueryTableModel", "no puede ser negativo: «%1»").arg(trimmed);
    if (!number || *number < 0) {
        // What was wrong, then what is expected: budgets and beneficiaries are counts.
        *reason = QCoreApplication::translate("QueryTableModel",
                                              "%1. Se espera un número entero de 0 en adelante, como 1.487.480 o "
                                              "1487480; vacío deja la celda sin dato")
                      .arg(*reason);
        return std::nullopt;
    }
    return QVariant(*number);
}

bool QueryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TableSpec::Column &column = m_spec.columns[index.column()];
    QString reason;
    const auto parsed = value.typeId() == QMetaType::QString ? parseInput(column.kind, value.toString(), &reason)
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
