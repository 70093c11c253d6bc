#include "tablespec.h"

#include "format.h"
#include "numbers.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using Kind = TableSpec::Kind;

namespace {

// Schema 8's review state and page: the window shows them beside the
// figures; export-csv writes them at the end of the file (csvOnlyColumns),
// so that the import format's columns keep their places.

/// The Revisión column of a table whose rows hold the review fields from
/// field on.
TableSpec::Column reviewColumn(int field, const char *orderBy)
{
    TableSpec::Column column{"review", QT_TRANSLATE_NOOP("TableSpec", "Revisión"), field, Kind::Text, orderBy,
                             QT_TRANSLATE_NOOP("TableSpec", "Si alguien confirmó o corrigió la cifra que Mirador leyó "
                                                            "del informe; vacía si nadie la leyó con Mirador")};
    column.inCsv = false;
    column.review = true;
    return column;
}

/// The service that published the row's report: the last column of the
/// window's table (its place) and of export-csv's file, with several
/// reports only.
TableSpec::Column serviceColumn(int field)
{
    TableSpec::Column column{"service", QT_TRANSLATE_NOOP("TableSpec", "Servicio"), field, Kind::Text, "s.short_name",
                             QT_TRANSLATE_NOOP("TableSpec", "El servicio que publicó el informe")};
    column.inCsv = false;
    column.severalReports = true;
    return column;
}

/// The page of the report that holds the row's sentence.
TableSpec::Column pageColumn(int field, const char *orderBy)
{
    TableSpec::Column column{"source_page", QT_TRANSLATE_NOOP("TableSpec", "Página"), field, Kind::Code, orderBy,
                             QT_TRANSLATE_NOOP("TableSpec", "La página del informe en la que está la oración")};
    column.inCsv = false;
    return column;
}

} // namespace

const TableSpec &TableSpec::results()
{
    static const TableSpec spec{
        "results",
        "result",
        Sql::selectResults,
        {},
        "r.id",
        {"r.year", "o.number", "r.program_id", "r.region_id", "r.search_text", "o.report_id", "o.id"},
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
            reviewColumn(19, "COALESCE(r.review, '')"),
            pageColumn(23, "COALESCE(r.source_page, -1)"),
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
            serviceColumn(24),
        },
        13,
        Sql::countKeptResults,
        {"t.year", "o.number", "t.program_id", "t.region_id", nullptr, "o.report_id", "t.objective_id"},
        {
            {"call", nullptr, 16, Kind::Text, nullptr},
            reviewColumn(19, nullptr),
            pageColumn(23, nullptr),
            serviceColumn(24),
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
        {"i.year", "o.number", "i.program_id", "i.region_id", "i.search_text", "o.report_id", "o.id"},
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
            reviewColumn(14, "COALESCE(i.review, '')"),
            pageColumn(18, "COALESCE(i.source_page, -1)"),
            {"source_quote", QT_TRANSLATE_NOOP("TableSpec", "Fuente"), 12, Kind::Text, "i.source_quote",
             QT_TRANSLATE_NOOP("TableSpec", "La oración del informe de la que proviene la cifra")},
            serviceColumn(19),
        },
        12,
        nullptr,
        {},
        {reviewColumn(14, nullptr), pageColumn(18, nullptr), serviceColumn(19)},
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
        {"rp.year", "o.number", nullptr, nullptr, "m.search_text", "o.report_id", "o.id"},
        {
            {"year", QT_TRANSLATE_NOOP("TableSpec", "Año"), 3, Kind::Code, "rp.year"},
            {"objective", QT_TRANSLATE_NOOP("TableSpec", "Obj."), 4, Kind::Code, "o.number"},
            {"action", QT_TRANSLATE_NOOP("TableSpec", "Acción"), 5, Kind::Code, "COALESCE(a.number, -1)"},
            {"kind", QT_TRANSLATE_NOOP("TableSpec", "Tipo"), 6, Kind::Text, "m.kind"},
            {"title", QT_TRANSLATE_NOOP("TableSpec", "Título"), 7, Kind::Text, "m.title"},
            {"counterpart", QT_TRANSLATE_NOOP("TableSpec", "Contraparte"), 8, Kind::Text,
             "COALESCE(m.counterpart, '')"},
            reviewColumn(10, "COALESCE(m.review, '')"),
            pageColumn(14, "COALESCE(m.source_page, -1)"),
            {"source_quote", QT_TRANSLATE_NOOP("TableSpec", "Fuente"), 9, Kind::Text, "m.source_quote"},
            serviceColumn(15),
        },
        9,
        nullptr,
        {},
        {reviewColumn(10, nullptr), pageColumn(14, nullptr), serviceColumn(15)},
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

int TableSpec::columnIndex(QStringView csvName) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (csvName == QLatin1String(columns[i].csvName))
            return int(i);
    }
    for (std::size_t i = 0; i < csvOnlyColumns.size(); ++i) {
        if (csvName == QLatin1String(csvOnlyColumns[i].csvName))
            return int(columns.size() + i);
    }
    return -1;
}

QString TableSpec::display(Kind kind, const QVariant &value)
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

QString TableSpec::plain(Kind kind, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (kind == Kind::Decimal)
        return Format::plain(value.toDouble());
    return value.toString();
}

bool TableSpec::differsFromSource(const QVariant &figure, const QVariant &source)
{
    return figure.isNull() != source.isNull() || (!figure.isNull() && figure.toLongLong() != source.toLongLong());
}

QString TableSpec::editedText(const Column &column, const QVariant &value, const QVariant &source)
{
    if (column.sourceField < 0 || !column.editedText || !differsFromSource(value, source))
        return {};
    if (source.isNull())
        return QCoreApplication::translate("QueryTableModel", "Editado: el informe no da esta cifra");
    return QCoreApplication::translate("TableSpec", column.editedText).arg(display(column.kind, source));
}

int TableSpec::reviewField() const
{
    const auto review = std::find_if(columns.cbegin(), columns.cend(), [](const Column &c) { return c.review; });
    return review == columns.cend() ? -1 : review->field;
}

QString TableSpec::reviewText(const QVariant &review, const QVariant &by, const QVariant &at, const QVariant &proposed)
{
    const QString code = review.toString();
    if (review.isNull())
        return {};
    if (code == QLatin1String(unconfirmed))
        return QCoreApplication::translate("TableSpec", "sin confirmar");
    // reviewed_at is ISO 8601 UTC; people read their own day.
    const QDateTime when = QDateTime::fromString(at.toString(), Qt::ISODate);
    const QString date
        = when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : at.toString();
    if (code == u"confirmed")
        return QCoreApplication::translate("TableSpec", "confirmada por %1 el %2").arg(by.toString(), date);
    if (code == u"corrected")
        return QCoreApplication::translate("TableSpec", "corregida por %1 el %2 (propuesta: %3)")
            .arg(by.toString(), date, proposed.toString());
    return code;
}

std::optional<QVariant> TableSpec::parseInput(Kind kind, const QString &text, QString *reason)
{
    const QString trimmed = text.trimmed();
    if (kind == Kind::Text)
        return trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed);
    const auto number = Numbers::parseWhole(trimmed, NumberStyle::Chilean, reason);
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
