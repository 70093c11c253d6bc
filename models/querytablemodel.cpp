#include "querytablemodel.h"

#include "changelog.h"
#include "format.h"
#include "importfields.h"
#include "sql.h"

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
        {1, 3},
        "r.id",
        {"r.year", "o.number", "r.program_id", "r.region_id", "r.search_text"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "r.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number",
             QT_TRANSLATE_NOOP("TableSpec", "Número del objetivo estratégico")},
            {"objective_name", QT_TRANSLATE_NOOP("TableSpec", "Objetivo"), 5, Kind::Text, "o.short_name"},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 6, Kind::Code, "a.number"},
            {"program", QT_TRANSLATE_NOOP("TableSpec", "Programa"), 7, Kind::Text, "p.name"},
            {"region_code", QT_TRANSLATE_NOOP("TableSpec", "Cód. región"), 8, Kind::Text, "g.code"},
            {"region", QT_TRANSLATE_NOOP("TableSpec", "Región"), 9, Kind::Text, "g.sort_order", nullptr, nullptr,
             true, 15},
            {"budget_mclp", QT_TRANSLATE_NOOP("TableSpec", "Presupuesto (M$)"), 10, Kind::Count, "r.budget_mclp",
             QT_TRANSLATE_NOOP("TableSpec", "M$ = miles de pesos"), "budget_mclp"},
            {"beneficiaries", QT_TRANSLATE_NOOP("TableSpec", "Beneficiarios"), 11, Kind::Count, "r.beneficiaries",
             nullptr, "beneficiaries"},
            {"beneficiary_unit", QT_TRANSLATE_NOOP("TableSpec", "Unidad"), 12, Kind::Text, "r.beneficiary_unit",
             nullptr, "beneficiary_unit"},
            {"note", QT_TRANSLATE_NOOP("TableSpec", "Nota"), 14, Kind::Text, "r.note",
             QT_TRANSLATE_NOOP("TableSpec", "Nota del equipo; no es parte del informe"), "note", false},
            {"source_quote", QT_TRANSLATE_NOOP("TableSpec", "Fuente"), 13, Kind::Text, "r.source_quote",
             QT_TRANSLATE_NOOP("TableSpec", "La oración del informe de la que proviene la cifra")},
        },
        13,
    };
    return spec;
}

const TableSpec &TableSpec::indicators()
{
    static const TableSpec spec{
        "indicators",
        "indicator",
        Sql::selectIndicators,
        {1, 2},
        "i.id",
        {"i.year", "o.number", "i.program_id", "i.region_id", "i.search_text"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "i.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number",
             QT_TRANSLATE_NOOP("TableSpec", "Número del objetivo estratégico")},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 5, Kind::Code, "a.number"},
            {"program", QT_TRANSLATE_NOOP("TableSpec", "Programa"), 6, Kind::Text, "p.name"},
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
        {1, 2},
        "m.id",
        {"rp.year", "o.number", nullptr, nullptr, "m.search_text"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "rp.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number"},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 5, Kind::Code, "a.number"},
            {"kind", QT_TRANSLATE_NOOP("TableSpec", "Tipo"), 6, Kind::Text, "m.kind"},
            {"title", QT_TRANSLATE_NOOP("TableSpec", "Título"), 7, Kind::Text, "m.title"},
            {"counterpart", QT_TRANSLATE_NOOP("TableSpec", "Contraparte"), 8, Kind::Text, "m.counterpart"},
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
        // NULL sorts first everywhere, and row values can compare it.
        keys.push_back({QStringLiteral("COALESCE(") + QString::fromLatin1(column.orderBy)
                            + (number ? QStringLiteral(", -1)") : QStringLiteral(", '')")),
                        column.keyField >= 0 ? column.keyField : column.field, number});
    }
    return keys;
}

QString TableSpec::statement(const SqlCondition &condition, int sortColumn, Qt::SortOrder order, bool keyset,
                             bool limit) const
{
    const std::vector<SortKey> keys = sortKeys(sortColumn);
    const bool descending = order == Qt::DescendingOrder && sortColumn >= 0;
    QStringList expressions;
    QStringList marks;
    QStringList ordering;
    for (const SortKey &key : keys) {
        expressions << key.expression;
        marks << QStringLiteral("?");
        ordering << key.expression + (descending ? QStringLiteral(" DESC") : QString());
    }
    expressions << QString::fromLatin1(idColumn);
    marks << QStringLiteral("?");
    ordering << QString::fromLatin1(idColumn) + (descending ? QStringLiteral(" DESC") : QString());

    QString sql = QString::fromUtf8(select) + condition.where;
    if (keyset) {
        sql += (condition.where.isEmpty() ? QStringLiteral(" WHERE (") : QStringLiteral(" AND ("))
            + expressions.join(QStringLiteral(", ")) + (descending ? QStringLiteral(") < (") : QStringLiteral(") > ("))
            + marks.join(QStringLiteral(", ")) + u')';
    }
    sql += QStringLiteral(" ORDER BY ") + ordering.join(QStringLiteral(", "));
    if (limit)
        sql += QStringLiteral(" LIMIT ?");
    return sql;
}

QueryTableModel::QueryTableModel(const TableSpec &spec, QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_spec(spec), m_db(std::move(db))
{
}

bool QueryTableModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    return refresh();
}

bool QueryTableModel::fetchPage(std::vector<QVariantList> *rows, bool first)
{
    const SqlCondition condition = buildCondition(m_filter, m_spec.filterColumns);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(m_spec.statement(condition, m_sortColumn, m_sortOrder, !first, true));
    if (ok) {
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        if (!first) {
            const QVariantList &last = m_rows.back();
            for (const TableSpec::SortKey &key : m_spec.sortKeys(m_sortColumn))
                query.addBindValue(key.valueOf(last));
            query.addBindValue(last.at(TableSpec::idField));
        }
        query.addBindValue(m_pageSize);
        ok = query.exec();
    }
    int fetched = 0;
    if (ok) {
        const int fields = query.record().count();
        while (query.next()) {
            QVariantList row;
            row.reserve(fields);
            for (int i = 0; i < fields; ++i)
                row << query.value(i);
            rows->push_back(std::move(row));
            ++fetched;
        }
    }
    if (!ok) {
        m_lastError = query.lastError().text();
        Q_EMIT queryFailed(m_lastError);
        return false;
    }
    m_hasMore = fetched == m_pageSize;
    return true;
}

bool QueryTableModel::refresh()
{
    std::vector<QVariantList> rows;
    m_hasMore = false;
    bool ok = fetchPage(&rows, true);
    qint64 total = 0;
    if (ok) {
        const SqlCondition condition = buildCondition(m_filter, m_spec.filterColumns);
        QSqlQuery count(m_db);
        ok = count.prepare(QStringLiteral("SELECT COUNT(*) FROM (") + QString::fromUtf8(m_spec.select) + condition.where
                           + QStringLiteral(") counted"));
        if (ok) {
            for (const QVariant &value : condition.values)
                count.addBindValue(value);
            ok = count.exec() && count.next();
        }
        if (ok) {
            total = count.value(0).toLongLong();
        } else {
            m_lastError = count.lastError().text();
            Q_EMIT queryFailed(m_lastError);
        }
    }
    beginResetModel();
    m_rows = ok ? std::move(rows) : std::vector<QVariantList>{};
    m_totalRows = ok ? total : 0;
    if (!ok)
        m_hasMore = false;
    endResetModel();
    if (ok)
        m_lastError.clear();
    return ok;
}

bool QueryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void QueryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_rows.empty())
        return;
    std::vector<QVariantList> rows;
    if (!fetchPage(&rows, false) || rows.empty()) {
        m_hasMore = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    for (QVariantList &row : rows)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows[index.row()];
    const TableSpec::Column &column = m_spec.columns[index.column()];
    const QVariant &value = row.at(column.field);
    switch (role) {
    case Qt::DisplayRole:
        return display(column.kind, value);
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        if (column.field == m_spec.quoteField)
            return value;
        return column.toolTip ? QCoreApplication::translate("TableSpec", column.toolTip) : QVariant();
    case Qt::TextAlignmentRole:
        if (column.kind == Kind::Count || column.kind == Kind::Decimal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowIdRole:
        return row.at(TableSpec::idField);
    case ObjectiveIdRole:
        return row.at(TableSpec::objectiveIdField);
    case ActionIdRole:
        return row.at(TableSpec::actionIdField);
    case SourceQuoteRole:
        return row.at(m_spec.quoteField);
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
    if (!number) {
        if (reason->isEmpty()) // empty: no value
            return QVariant(QMetaType(QMetaType::LongLong));
        return std::nullopt;
    }
    if (*number < 0) {
        *reason = QCoreApplication::translate("QueryTableModel", "no puede ser negativo");
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
    const QVariant old = m_rows[index.row()].at(column.field);
    if (old.isNull() == parsed->isNull() && (old.isNull() || old.toString() == parsed->toString()))
        return true; // nothing changed
    const CellEdit edit{m_rows[index.row()].at(TableSpec::idField).toLongLong(), index.column(), old, *parsed};
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

int QueryTableModel::rowOf(qint64 rowId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[row].at(TableSpec::idField).toLongLong() == rowId)
            return row;
    }
    return -1;
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
    const int row = rowOf(rowId);
    if (row >= 0) {
        m_rows[row][spec.field] = value;
        const QModelIndex changed = index(row, column);
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole});
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
