#include "catalog.h"

#include "sql.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace {

/// The context of this file's messages in resources/translations.
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

bool run(QSqlQuery &query, const char *sql, QString *error)
{
    if (query.exec(QString::fromUtf8(sql)))
        return true;
    *error = query.lastError().text();
    return false;
}

/// "Región de Los Ríos" -> "los rios"; "Región del Maule" -> "maule".
QString withoutRegionPrefix(const QString &folded)
{
    for (const char *prefix : {"region de la ", "region de los ", "region del ", "region de ", "region "}) {
        if (folded.startsWith(QLatin1String(prefix)))
            return folded.mid(int(qstrlen(prefix)));
    }
    return folded;
}

bool readReports(QSqlQuery &query, QList<Catalog::ReportInfo> *reports, QString *error)
{
    reports->clear();
    if (!run(query, Sql::selectReportInfo, error))
        return false;
    while (query.next())
        reports->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                         query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong()});
    return true;
}

/// With several reports, each objective carries its report's label, and
/// the objectives follow the reports' order (the newest year first).
void labelObjectives(const QList<Catalog::ReportInfo> &reports, QList<Catalog::Objective> *objectives)
{
    if (reports.size() < 2)
        return;
    QHash<qint64, int> order;
    for (const Catalog::ReportInfo &report : reports)
        order.insert(report.id, int(order.size()));
    for (Catalog::Objective &objective : *objectives) {
        for (const Catalog::ReportInfo &report : reports) {
            if (report.id == objective.reportId)
                objective.reportLabel = report.label();
        }
    }
    std::stable_sort(objectives->begin(), objectives->end(),
                     [&order](const Catalog::Objective &a, const Catalog::Objective &b) {
                         return order.value(a.reportId) < order.value(b.reportId);
                     });
}

} // namespace

QString Catalog::name(int number, const QString &shortName, const QString &reportLabel)
{
    const QString own = CatalogText::tr("%1. %2").arg(number).arg(shortName);
    return reportLabel.isEmpty() ? own : CatalogText::tr("%1 · %2").arg(reportLabel, own);
}

std::optional<QHash<qint64, QString>> Catalog::reportLabels(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<ReportInfo> reports;
    if (!readReports(query, &reports, error))
        return std::nullopt;
    QHash<qint64, QString> labels;
    for (const ReportInfo &report : reports)
        labels.insert(report.id, report.label());
    return labels;
}

const Catalog::Objective *Catalog::objectiveById(qint64 id) const
{
    for (const Objective &objective : m_objectives) {
        if (objective.id == id)
            return &objective;
    }
    return nullptr;
}

bool Catalog::load(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);

    m_years.clear();
    if (!run(query, Sql::selectYears, error))
        return false;
    while (query.next())
        m_years << query.value(0).toInt();

    m_objectives.clear();
    if (!run(query, Sql::selectObjectives, error))
        return false;
    while (query.next())
        m_objectives.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toLongLong(), query.value(4).toLongLong(), QString()});

    m_programs.clear();
    if (!run(query, Sql::selectPrograms, error))
        return false;
    while (query.next())
        m_programs.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});

    m_regions.clear();
    if (!run(query, Sql::selectRegions, error))
        return false;
    while (query.next())
        m_regions.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});

    if (!readReports(query, &m_reports, error))
        return false;
    labelObjectives(m_reports, &m_objectives);

    m_services.clear();
    if (!run(query, Sql::selectServices, error))
        return false;
    while (query.next())
        m_services.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});

    const std::optional<bool> synthetic = isSynthetic(db, error);
    if (!synthetic)
        return false;
    m_synthetic = *synthetic;
    return true;
}

std::optional<bool> Catalog::isSynthetic(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    QString reason;
    if (!run(query, Sql::selectAnySynthetic, &reason)) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return query.next() && query.value(0).toInt() != 0;
}

QString Catalog::syntheticWarning()
{
    return CatalogText::tr("DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún "
                           "informe.");
}

std::optional<Catalog::Region> Catalog::findRegion(const QString &words, QString *error) const
{
    const QString folded = TextFold::fold(words);
    if (folded.isEmpty()) {
        *error = CatalogText::tr("no se indicó una región");
        return std::nullopt;
    }
    bool isNumber = false;
    const int code = folded.toInt(&isNumber);
    for (const Region &region : m_regions) {
        if (isNumber && region.code.toInt() == code)
            return region;
        if (!isNumber) {
            if ((!region.roman.isEmpty() && folded == region.roman.toLower())
                || (folded == u"rm" && region.code == u"13"))
                return region;
            const QString shortName = TextFold::fold(region.shortName);
            const QString official = TextFold::fold(region.officialName);
            if (folded == shortName || folded == official || withoutRegionPrefix(folded) == shortName
                || withoutRegionPrefix(folded) == withoutRegionPrefix(official))
                return region;
        }
    }
    // Last, a unique partial name: "magallanes", "aysen", "higgins".
    QList<Region> partial;
    if (!isNumber) {
        for (const Region &region : m_regions) {
            if (TextFold::fold(region.officialName).contains(folded))
                partial << region;
        }
    }
    if (partial.size() == 1)
        return partial.first();
    if (partial.size() > 1) {
        QStringList names;
        for (const Region &region : partial)
            names << region.shortName;
        *error = CatalogText::tr("«%1» puede ser más de una región: %2").arg(words, names.join(QStringLiteral(", ")));
    } else {
        *error = CatalogText::tr("no hay una región «%1» (se acepta código, número romano o nombre: 14, XIV, Los Ríos)")
                     .arg(words);
    }
    return std::nullopt;
}

QList<Catalog::Program> Catalog::findPrograms(const QString &words, QString *error) const
{
    const QString folded = TextFold::fold(words);
    QList<Program> found;
    for (const Program &program : m_programs) {
        if (program.folded == folded)
            return {program};
        if (!folded.isEmpty() && program.folded.contains(folded))
            found << program;
    }
    if (found.isEmpty())
        *error = CatalogText::tr("no hay un programa «%1»").arg(words);
    return found;
}

std::optional<Catalog::Service> Catalog::findService(const QString &words, QString *error) const
{
    const QString folded = TextFold::fold(words.simplified());
    QList<Service> found;
    for (const Service &service : m_services) {
        const QString shortName = TextFold::fold(service.shortName);
        const QString name = TextFold::fold(service.name);
        if (shortName == folded || name == folded)
            return service;
        if (!folded.isEmpty() && (shortName.contains(folded) || name.contains(folded)))
            found << service;
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        *error = CatalogText::tr("no hay un servicio «%1»").arg(words);
    } else {
        QStringList names;
        for (const Service &service : std::as_const(found))
            names << service.shortName;
        *error = CatalogText::tr("«%1» nombra a varios servicios: %2").arg(words, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QString Catalog::ReportInfo::label() const
{
    return QStringLiteral("%1 %2").arg(serviceShortName).arg(year);
}

std::optional<Catalog::Context> Catalog::context(const QSqlDatabase &db, qint64 objectiveId, const QVariant &actionId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(Sql::selectActionContext)))
        return std::nullopt;
    query.addBindValue(actionId.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : actionId);
    query.addBindValue(objectiveId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Context context;
    context.objectiveNumber = query.value(0).toInt();
    context.objectiveTitle = query.value(1).toString();
    context.objectiveShortName = query.value(2).toString();
    context.justificationIntro = query.value(3).toString();
    if (!query.value(4).isNull())
        context.actionNumber = query.value(4).toInt();
    context.actionText = query.value(5).toString();
    context.justification = query.value(6).toString();
    return context;
}
