#include "historymodel.h"

#include "format.h"
#include "importjournal.h"
#include "importundo.h"
#include "programjoin.h"
#include "tablespec.h"
#include "sql.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <iterator>
#include <limits>
#include <span>

namespace {

const TableSpec *specOf(const QString &table)
{
    if (table == u"result")
        return &TableSpec::results();
    if (table == u"indicator")
        return &TableSpec::indicators();
    if (table == u"milestone")
        return &TableSpec::milestones();
    return nullptr;
}

/// The table's column a logged column name is: the one an edit writes, or
/// the one CSV names so.
const TableSpec::Column *specColumn(const QString &table, const QString &column)
{
    const TableSpec *spec = specOf(table);
    if (!spec)
        return nullptr;
    for (const TableSpec::Column &candidate : spec->columns) {
        if ((candidate.editColumn && column == QLatin1String(candidate.editColumn))
            || column == QLatin1String(candidate.csvName))
            return &candidate;
    }
    return nullptr;
}

bool isWholeRow(const QString &column)
{
    return column == QLatin1String(ImportJournal::wholeRow);
}

} // namespace

HistoryModel::HistoryModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db)) { }

void HistoryModel::setRow(const QString &table, qint64 rowId)
{
    m_table = table;
    m_rowId = rowId;
    refresh();
}

bool HistoryModel::refresh()
{
    QList<Line> lines;
    const bool ok = readPage(std::numeric_limits<qint64>::max(), &lines);
    beginResetModel();
    m_lines = lines;
    m_more = ok && lines.size() == m_pageSize;
    endResetModel();
    return ok;
}

bool HistoryModel::readPage(qint64 below, QList<Line> *lines)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(m_table.isEmpty() ? Sql::selectHistoryPage : Sql::selectRowHistoryPage))) {
        m_lastError = SqlError::describe(query);
        Q_EMIT queryFailed(m_lastError);
        return false;
    }
    if (!m_table.isEmpty()) {
        query.addBindValue(m_table);
        query.addBindValue(m_rowId);
    }
    query.addBindValue(below);
    query.addBindValue(m_pageSize);
    if (!query.exec()) {
        m_lastError = SqlError::describe(query);
        Q_EMIT queryFailed(m_lastError);
        return false;
    }
    while (query.next()) {
        Line line{query.value(0).toLongLong(),
                  query.value(1).toString(),
                  query.value(2).toString(),
                  query.value(3).toString(),
                  query.value(4),
                  query.value(5).toString(),
                  query.value(6),
                  query.value(7),
                  query.value(8).toString(),
                  {}};
        QStringList parts;
        for (int field = 9; field <= 12; ++field) {
            if (!query.value(field).isNull() && !query.value(field).toString().isEmpty())
                parts << query.value(field).toString();
        }
        if (line.table == u"import")
            line.rowName = line.column; // the file
        else if (line.table == u"join") // the program joined, the program kept
            line.rowName = (line.origin.startsWith(QLatin1String("undo-")) ? tr("«%1» separado de «%2»")
                                                                           : tr("«%1» unido a «%2»"))
                               .arg(line.oldValue.toString(), line.column);
        else if (!parts.isEmpty())
            line.rowName = parts.join(QStringLiteral(" · "));
        else if (line.table == u"program" && !line.oldValue.isNull()) // a program a join removed
            line.rowName = line.oldValue.toString();
        else if (!line.rowId.isNull())
            line.rowName = tr("fila %1 (ya no está)").arg(line.rowId.toLongLong());
        lines->append(line);
    }
    m_lastError.clear();
    return true;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    m_more = false;
    QList<Line> page;
    // Keyset: the lines below the last one shown.
    if (m_lines.isEmpty() || !readPage(m_lines.last().id, &page) || page.isEmpty())
        return;
    m_more = page.size() == m_pageSize;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
    m_lines += page;
    endInsertRows();
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The columns' titles, in the order of Column.
    static constexpr const char *titles[] = {
        QT_TR_NOOP("Cuándo"),  QT_TR_NOOP("Quién"), QT_TR_NOOP("Tabla"),   QT_TR_NOOP("Fila"),
        QT_TR_NOOP("Columna"), QT_TR_NOOP("Antes"), QT_TR_NOOP("Después"), QT_TR_NOOP("Origen"),
    };
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(line, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Before || index.column() == After) {
            const TableSpec::Column *column = specColumn(line.table, line.column);
            if (column && (column->kind == TableSpec::Kind::Count || column->kind == TableSpec::Kind::Decimal))
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ChangeIdRole:
        return line.id;
    case ImportIdRole:
        return ImportUndo::importOf(line.id, line.table, line.origin);
    case JoinIdRole:
        return ProgramJoin::joinOf(line.id, line.table, line.origin);
    default:
        return {};
    }
}

QString HistoryModel::display(const Line &line, int column) const
{
    switch (column) {
    case When: {
        QDateTime when = QDateTime::fromString(line.changedAt, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : line.changedAt;
    }
    case Who:
        return line.user;
    case Table:
        return tableLabel(line.table);
    case Row:
        return line.rowName;
    case ColumnName:
        return line.table == u"import" || line.table == u"join" ? QString() : columnLabel(line.table, line.column);
    case Before:
        return line.table == u"join" ? QString() : value(line, line.oldValue, false);
    case After:
        return line.table == u"join" ? joinCounts(line.newValue.toString()) : value(line, line.newValue, true);
    case Origin:
        // An import's or a join's own summary line is named by its id, as its lines are.
        if (line.table == u"import" && line.origin == u"import")
            return tr("importación %1").arg(line.id);
        if (line.table == u"join" && line.origin == u"join")
            return tr("unión de programas %1").arg(line.id);
        return originLabel(line.origin);
    default:
        return {};
    }
}

QString HistoryModel::value(const Line &line, const QVariant &value, bool after) const
{
    if (isWholeRow(line.column)) {
        const bool undo = line.origin.startsWith(QLatin1String("undo-"));
        if (undo) // what the removed row was, when the undo could say
            return after ? tr("(quitada)") : value.isNull() ? tr("(fila)") : value.toString();
        return after ? tr("(fila nueva)") : QString();
    }
    if (value.isNull()) // a program a join removed
        return after && line.table == u"program" && line.origin.startsWith(QLatin1String("join:")) ? tr("(quitado)")
                                                                                                   : QString();
    const QString text = value.toString();
    if (line.table == u"import") {
        // "3 nuevas, 1 actualizadas", as the import logged it, in the user's words.
        static const QRegularExpression counts(QStringLiteral("^(deshecha: )?(\\d+) (nuevas|filas quitadas), "
                                                              "(\\d+) (actualizadas|restauradas)$"));
        const QRegularExpressionMatch match = counts.match(text);
        if (!match.hasMatch())
            return text;
        const int first = match.captured(2).toInt();
        const int second = match.captured(4).toInt();
        // Short, so that the counts are never cut: the origin says it was undone.
        if (match.capturedLength(1) > 0)
            return tr("%1, %2").arg(first == 1 ? tr("%1 quitada").arg(Format::integer(first))
                                               : tr("%1 quitadas").arg(Format::integer(first)),
                                    second == 1 ? tr("%1 restaurada").arg(Format::integer(second))
                                                : tr("%1 restauradas").arg(Format::integer(second)));
        return tr("%1, %2").arg(first == 1 ? tr("%1 nueva").arg(Format::integer(first))
                                           : tr("%1 nuevas").arg(Format::integer(first)),
                                second == 1 ? tr("%1 actualizada").arg(Format::integer(second))
                                            : tr("%1 actualizadas").arg(Format::integer(second)));
    }
    const TableSpec::Column *column = specColumn(line.table, line.column);
    if (column && column->kind == TableSpec::Kind::Count)
        return Format::integer(text.toLongLong());
    if (column && column->kind == TableSpec::Kind::Decimal)
        return Format::decimal(text.toDouble());
    return text;
}

QString HistoryModel::joinCounts(const QString &logged)
{
    qint64 results = 0;
    qint64 indicators = 0;
    bool undone = false;
    if (!ProgramJoin::parseCounts(logged, &results, &indicators, &undone))
        return logged;
    // Short, so that the count is never cut: the origin says whether it was undone.
    const int rows = int(results + indicators);
    return rows == 1 ? tr("%Ln fila movida", nullptr, rows) : tr("%Ln filas movidas", nullptr, rows);
}

QString HistoryModel::columnLabel(const QString &table, const QString &column)
{
    if (table == u"program" && column == u"name")
        return tr("Nombre");
    if (isWholeRow(column))
        return tr("fila entera");
    if (column == u"action_id")
        return tr("Acción (id interno)");
    if (const TableSpec::Column *spec = specColumn(table, column); spec && spec->header)
        return QCoreApplication::translate("TableSpec", spec->header);
    return column;
}

namespace {

/// A word the history stores and the label a person reads for it.
struct Label
{
    QStringView stored;
    const char *shown;
};

constexpr Label tableLabels[] = {
    {u"result", QT_TRANSLATE_NOOP("HistoryModel", "Resultados")},
    {u"indicator", QT_TRANSLATE_NOOP("HistoryModel", "Indicadores")},
    {u"milestone", QT_TRANSLATE_NOOP("HistoryModel", "Hitos")},
    {u"program", QT_TRANSLATE_NOOP("HistoryModel", "Programas")},
    {u"import", QT_TRANSLATE_NOOP("HistoryModel", "Importación")},
    {u"join", QT_TRANSLATE_NOOP("HistoryModel", "Unión de programas")},
};

constexpr Label originLabels[] = {
    {u"edit", QT_TRANSLATE_NOOP("HistoryModel", "edición")},
    {u"undo", QT_TRANSLATE_NOOP("HistoryModel", "deshacer")},
    {u"redo", QT_TRANSLATE_NOOP("HistoryModel", "rehacer")},
    {u"import", QT_TRANSLATE_NOOP("HistoryModel", "importación")},
};

/// The label for stored, still to be translated, or null when labels has none.
const char *labelOf(std::span<const Label> labels, const QString &stored)
{
    for (const Label &label : labels) {
        if (stored == label.stored)
            return label.shown;
    }
    return nullptr;
}

} // namespace

QString HistoryModel::tableLabel(const QString &table)
{
    const char *label = labelOf(tableLabels, table);
    return label ? tr(label) : table;
}

QString HistoryModel::originLabel(const QString &origin)
{
    if (const char *label = labelOf(originLabels, origin))
        return tr(label);
    if (origin.startsWith(QLatin1String("import:")))
        return tr("importación %1").arg(origin.mid(7));
    if (origin.startsWith(QLatin1String("undo-import:")))
        return tr("deshacer importación %1").arg(origin.mid(12));
    if (origin.startsWith(QLatin1String("join:")))
        return tr("unión de programas %1").arg(origin.mid(5));
    if (origin.startsWith(QLatin1String("undo-join:")))
        return tr("deshacer unión %1").arg(origin.mid(10));
    return origin;
}
