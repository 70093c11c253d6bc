#include "fixturereports.h"

#include "boundquery.h"
#include "sql.h"
#include "textfold.h"

#include <QHash>

namespace {

// Indexes in fixtureServices.
constexpr int mainService = 0;
constexpr int second = 1;

struct FixtureService
{
    const QString &name;
    const char *shortName;
    QStringList objectives; ///< short names, by number - 1
};

const QList<FixtureService> &fixtureServices()
{
    static const QList<FixtureService> services{
        {FixtureReports::service, "Prueba (fixture)", {QStringLiteral("Prueba uno"), QStringLiteral("Prueba dos")}},
        {FixtureReports::secondService, "Prueba 2 (fixture)", {QStringLiteral("Segundo servicio, uno")}},
    };
    return services;
}

struct FixtureResult
{
    int service;
    int year;
    int objective;
    const QString &program;
    const char *region; ///< its code
    qint64 budget; ///< -1: none
    qint64 beneficiaries;
    const char *unit;
};

const QList<FixtureResult> &fixtureResults()
{
    using namespace FixtureReports;
    static const QList<FixtureResult> results{
        {mainService, 2024, 1, sharedProgram, "13", 1000, 10, "empresas"},
        {mainService, 2024, 1, sharedProgram, "08", 500, 5, "empresas"},
        {mainService, 2024, 2, firstYearProgram, "14", 300, 3, "personas"},
        {mainService, 2025, 1, sharedProgram, "13", 1200, 12, "empresas"},
        {mainService, 2025, 1, sharedProgram, "08", 800, 40, "personas"},
        {mainService, 2025, 2, lastYearProgram, "14", 600, 6, "personas"},
        {second, 2024, 1, secondServiceProgram, "05", 2000, 20, "cooperativas"},
        {second, 2025, 1, secondServiceProgram, "05", 2500, 25, "cooperativas"},
        {second, 2025, 1, secondServiceProgram, "16", -1, 7, "cooperativas"},
    };
    return results;
}

const QString quotePrefix = QStringLiteral("Fixture de prueba de Mirador, cifra inventada: ");

/// Writes the fixture, ids looked up as it goes.
class FixtureWriter
{
public:
    explicit FixtureWriter(QSqlDatabase &db) : m_db(db) { }

    bool write(QString *error)
    {
        if (!writeStructure(error) || !writeResults(error))
            return false;
        using namespace FixtureReports;
        const QVariant noProgram(QMetaType(QMetaType::LongLong));
        BoundQuery indicator(m_db, Sql::insertIndicator);
        const QString advice = QStringLiteral("Asesorías de prueba");
        for (const auto &[year, value] : {std::pair{2024, 40.0}, std::pair{2025, 55.0}}) {
            if (!insertIndicator(indicator, mainService, year, 1, m_programs.value(sharedProgram), "13", advice, value,
                                 QStringLiteral("asesorías"), error))
                return false;
        }
        if (!insertIndicator(indicator, second, 2025, 1, noProgram, "00", QStringLiteral("Satisfacción de prueba"),
                             87.5, QStringLiteral("%"), error))
            return false;
        BoundQuery milestone(m_db, Sql::insertMilestone);
        return insertMilestone(milestone, mainService, 2024, QStringLiteral("convenio"),
                               QStringLiteral("Convenio de prueba (fixture de Mirador)"), error)
            && insertMilestone(milestone, second, 2025, QStringLiteral("publicación"),
                               QStringLiteral("Publicación de prueba (fixture de Mirador)"), error);
    }

private:
    struct Region
    {
        qint64 id = 0;
        QString shortName;
        QString officialName;
    };

    bool writeStructure(QString *error)
    {
        BoundQuery service(m_db, Sql::insertService);
        BoundQuery report(m_db, Sql::insertReport);
        BoundQuery objective(m_db, Sql::insertObjective);
        BoundQuery action(m_db, Sql::insertAction);
        const QList<FixtureService> &services = fixtureServices();
        for (int s = 0; s < services.size(); ++s) {
            qint64 serviceId = 0;
            if (!service.insert({services[s].name, QString::fromUtf8(services[s].shortName),
                                 QStringLiteral("Ministerio de prueba (fixture de Mirador)")},
                                error, &serviceId))
                return false;
            for (const int year : {FixtureReports::firstYear, FixtureReports::lastYear}) {
                qint64 reportId = 0;
                if (!report.insert({serviceId, year,
                                    QStringLiteral("Informe %1 de prueba: %2").arg(year).arg(services[s].name),
                                    QStringLiteral("fixture de prueba de Mirador (tests/support)"), 1},
                                   error, &reportId))
                    return false;
                for (int o = 1; o <= services[s].objectives.size(); ++o) {
                    const QString shortName = services[s].objectives[o - 1];
                    Ids ids;
                    if (!objective.insert({reportId, o,
                                           QStringLiteral("Objetivo de prueba: %1 (fixture de Mirador)").arg(shortName),
                                           shortName, QVariant(QMetaType(QMetaType::QString))},
                                          error, &ids.objective)
                        || !action.insert(
                            {ids.objective, 1,
                             QStringLiteral("Acción de prueba del objetivo «%1» en %2 (fixture de Mirador).")
                                 .arg(shortName)
                                 .arg(year),
                             quotePrefix + QStringLiteral("justificación de prueba.")},
                            error, &ids.action))
                        return false;
                    m_objectives.insert(key(s, year, o), ids);
                }
            }
        }
        return readRegions(error);
    }

    bool readRegions(QString *error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(Sql::selectRegions))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_regions.insert(query.value(1).toString(),
                             {query.value(0).toLongLong(), query.value(4).toString(), query.value(3).toString()});
        if (m_regions.isEmpty())
            *error = QStringLiteral("the fixture needs the regions loaded");
        return !m_regions.isEmpty();
    }

    bool writeResults(QString *error)
    {
        BoundQuery program(m_db, Sql::insertProgram);
        BoundQuery result(m_db, Sql::insertResult);
        for (const FixtureResult &r : fixtureResults()) {
            if (!m_programs.contains(r.program)) {
                qint64 id = 0;
                if (!program.insert({r.program, TextFold::fold(r.program)}, error, &id))
                    return false;
                m_programs.insert(r.program, id);
            }
            const Ids ids = m_objectives.value(key(r.service, r.year, r.objective));
            const Region region = m_regions.value(QString::fromLatin1(r.region));
            const QString unit = QString::fromUtf8(r.unit);
            const QString quote
                = quotePrefix + QStringLiteral("%1 en %2, %3.").arg(r.program, region.shortName).arg(r.year);
            const QVariant budget = r.budget < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(r.budget);
            const QVariant beneficiaries(r.beneficiaries);
            if (!result.insert({ids.objective, ids.action, m_programs.value(r.program), region.id, r.year, budget,
                                beneficiaries, unit, quote,
                                resultSearchText(r.program, region.shortName, region.officialName, unit, quote), budget,
                                beneficiaries},
                               error))
                return false;
        }
        return true;
    }

    bool insertIndicator(BoundQuery &query, int service, int year, int objective, const QVariant &programId,
                         const char *regionCode, const QString &name, double value, const QString &unit, QString *error)
    {
        const Ids ids = m_objectives.value(key(service, year, objective));
        const Region region = m_regions.value(QString::fromLatin1(regionCode));
        const QString program = m_programs.key(programId.toLongLong());
        const QString quote = quotePrefix + QStringLiteral("%1, %2.").arg(name).arg(year);
        return query.insert({ids.objective, ids.action, programId, region.id, year, name, value, unit, quote,
                             indicatorSearchText(name, program, region.shortName, region.officialName, unit, quote)},
                            error);
    }

    bool insertMilestone(BoundQuery &query, int service, int year, const QString &kind, const QString &title,
                         QString *error)
    {
        const Ids ids = m_objectives.value(key(service, year, 1));
        const QString quote = quotePrefix + QStringLiteral("%1, %2.").arg(title).arg(year);
        return query.insert({ids.objective, ids.action, kind, title, QVariant(QMetaType(QMetaType::QString)), quote,
                             TextFold::fold(QStringList{kind, title, quote}.join(u' '))},
                            error);
    }

    struct Ids
    {
        qint64 objective = 0;
        qint64 action = 0;
    };
    static QString key(int service, int year, int objective)
    {
        return QStringLiteral("%1/%2/%3").arg(service).arg(year).arg(objective);
    }

    QSqlDatabase &m_db;
    QHash<QString, Ids> m_objectives; ///< by key()
    QHash<QString, qint64> m_programs;
    QHash<QString, Region> m_regions; ///< by code
};

} // namespace

bool FixtureReports::write(QSqlDatabase &db, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (FixtureWriter(db).write(error) && db.commit())
        return true;
    if (error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    return false;
}

TestSupport::MultiReportFixture::MultiReportFixture(Database::Content content) : Fixture(content)
{
    if (!db)
        return;
    QString error;
    QSqlDatabase connection = db->connection();
    if (!FixtureReports::write(connection, &error))
        qFatal("cannot write the multi-report fixture: %s", qPrintable(error));
}
