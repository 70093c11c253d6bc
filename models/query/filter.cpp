#include "filter.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

/// The context of this file's messages in resources/translations.
struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(Filter)
};

} // namespace

bool Filter::isEmpty() const
{
    return !serviceId && !reportId && !year && !objective && programIds.isEmpty() && !regionId
        && text.trimmed().isEmpty();
}

QString Filter::describe() const
{
    QStringList parts;
    if (serviceId)
        parts << FilterText::tr("Servicio: %1").arg(serviceLabel);
    if (reportId)
        parts << FilterText::tr("Informe: %1").arg(reportLabel);
    if (year)
        parts << FilterText::tr("Año %1").arg(*year);
    if (objective)
        parts << FilterText::tr("Objetivo %1").arg(*objective);
    if (!programIds.isEmpty())
        parts << FilterText::tr("Programa: %1").arg(programLabel);
    if (regionId)
        parts << FilterText::tr("Región: %1").arg(regionLabel);
    if (!text.trimmed().isEmpty())
        parts << FilterText::tr("Texto: «%1»").arg(text.trimmed());
    if (parts.isEmpty())
        return FilterText::tr("Sin filtros");
    return parts.join(QStringLiteral(" · "));
}

SqlCondition buildCondition(const Filter &filter, const FilterColumns &columns,
                            std::initializer_list<const char *> fixed)
{
    QStringList conditions;
    for (const char *condition : fixed)
        conditions << QString::fromLatin1(condition);
    QVariantList values;
    // A filter on a column the table lacks matches nothing.
    const auto add = [&](const char *column, const char *test, const QVariantList &bound) {
        if (!column) {
            conditions << QStringLiteral("1 = 0");
            return;
        }
        conditions << QString::fromLatin1(column) + QString::fromLatin1(test);
        values << bound;
    };
    if (filter.serviceId)
        add(columns.report, " IN (SELECT id FROM report WHERE service_id = ?)", {*filter.serviceId});
    if (filter.reportId)
        add(columns.report, " = ?", {*filter.reportId});
    if (filter.year)
        add(columns.year, " = ?", {*filter.year});
    if (filter.objective)
        add(columns.objective, " = ?", {*filter.objective});
    if (!filter.programIds.isEmpty()) {
        if (!columns.program) {
            add(nullptr, "", {});
        } else {
            QStringList marks;
            for (const qint64 id : filter.programIds) {
                marks << QStringLiteral("?");
                values << id;
            }
            conditions << QString::fromLatin1(columns.program) + QStringLiteral(" IN (") + marks.join(u',')
                    + u')';
        }
    }
    if (filter.regionId)
        add(columns.region, " = ?", {*filter.regionId});
    // NUL is no character a word can hold (and PostgreSQL refuses it): a space.
    QString text = filter.text;
    text.replace(QChar(0), u' ');
    const QStringList words = TextFold::fold(text).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        add(columns.search, " LIKE ? ESCAPE '\\'", {u'%' + TextFold::escapeLike(word) + u'%'});

    SqlCondition condition;
    if (!conditions.isEmpty())
        condition.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    condition.values = values;
    return condition;
}
