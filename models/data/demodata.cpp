#include "demodata.h"

#include "boundquery.h"
#include "bulkcache.h"
#include "database.h"
#include "dataset.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <random>

namespace {

/// The context of this file's messages in resources/translations.
struct DemoDataText
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

// Any constant will do: it is what makes the same number of rows give the
// same database.
constexpr std::mt19937_64::result_type seed = 0x4d697261646f72; // "Mirador"
constexpr int firstYear = 2016;
constexpr int yearCount = 10; // 2016-2025

/// How the generator draws one program's results.
struct ProgramProfile
{
    const char16_t *name; ///< as the embedded dataset names it
    int objective;        ///< the objective its results go under
    const char16_t *unit; ///< its beneficiaries' unit
    int costPerBeneficiary; ///< M$ per beneficiary, around which budgets are drawn
    int minBeneficiaries;   ///< per call
    int maxBeneficiaries;
};

// The eight programs with a result in the report keep its objective, its
// beneficiary unit and its cost per beneficiary (2025 budget / beneficiaries).
// The seven without one are placed here, by choice:
// - Centros de Desarrollo de Negocios, Crece, Mejora Negocios, Ruta Digital
//   and Negocios Digitales build business capabilities: objective 2, where
//   the report counts the Centros' foreign-trade advice;
// - Sello Impacta Sustentable: objective 3, sustainability, where the report
//   names it;
// - Capital Semilla Emprende: objective 4, with the other funds for new
//   businesses (Capital Pioneras, Capital Abeja Emprende).
constexpr ProgramProfile profiles[] = {
    {u"Fortalecimiento Gremial", 1, u"gremios", 14303, 1, 8},
    {u"Creación y Fortalecimiento de Cooperativas", 1, u"organizaciones", 18966, 1, 6},
    {u"Barrios Comerciales", 1, u"barrios", 42666, 1, 4},
    {u"Ferias Libres", 1, u"proyectos asociativos", 16402, 1, 10},
    {u"Pymes Globales", 2, u"empresas", 5251, 1, 15},
    {u"Centros de Desarrollo de Negocios", 2, u"clientes", 850, 20, 400},
    {u"Crece", 2, u"empresas", 9000, 1, 25},
    {u"Mejora Negocios", 2, u"empresas", 3000, 1, 30},
    {u"Ruta Digital", 2, u"empresas", 450, 10, 200},
    {u"Negocios Digitales", 2, u"empresas", 1500, 5, 100},
    {u"Crece Sostenible", 3, u"empresas", 10176, 1, 25},
    {u"Sello Impacta Sustentable", 3, u"empresas", 6000, 1, 15},
    {u"Capital Pioneras", 4, u"mujeres", 4896, 5, 40},
    {u"Capital Abeja Emprende", 4, u"mujeres emprendedoras", 4682, 5, 80},
    {u"Capital Semilla Emprende", 4, u"emprendedores", 3500, 5, 60},
};
constexpr int programCount = int(std::size(profiles));

/// A made-up indicator: its name, unit and range.
struct IndicatorProfile
{
    const char16_t *name;
    const char16_t *unit;
    double minimum;
    double maximum;
};

constexpr IndicatorProfile indicatorProfiles[] = {
    {u"Asesorías realizadas", u"asesorías", 10, 500},
    {u"Horas de asesoría", u"horas", 20, 2000},
    {u"Capacitaciones realizadas", u"capacitaciones", 1, 60},
    {u"Empresas que aumentaron sus ventas", u"empresas", 1, 120},
    {u"Empleos generados", u"empleos", 1, 150},
    {u"Proyectos financiados", u"proyectos", 1, 40},
    {u"Ventas de los beneficiarios", u"M$", 1000, 500000},
    {u"Beneficiarios satisfechos", u"%", 50, 100},
    {u"Participación de mujeres", u"%", 20, 90},
};

struct DemoRegion
{
    qint64 id = 0;
    QString label; ///< in call names: the Roman numeral, RM for the Metropolitana
    QString shortName;
    QString officialName;
};

struct DemoProgram
{
    qint64 id = 0;
    int index = 0; ///< in profiles
    QString name;
    QString unit;
};

/// The 16 regions Dataset::loadRegions() wrote, without Nacional.
bool readRegions(QSqlDatabase &db, QList<DemoRegion> *regions, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(Sql::selectRegions))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (query.value(1).toString() == u"00")
            continue;
        const QString roman = query.value(2).toString();
        regions->append({query.value(0).toLongLong(), roman == u"XIII" ? QStringLiteral("RM") : roman,
                         query.value(4).toString(), query.value(3).toString()});
    }
    if (regions->isEmpty()) {
        *error = DemoDataText::tr("no hay regiones");
        return false;
    }
    return true;
}

/// Fills a new database inside Database::create()'s transaction.
bool fill(QSqlDatabase &db, qint64 rows, const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    const BulkCache cache(db);

    EmbeddedStructure structure;
    QList<DemoRegion> regions;
    if (!Dataset::loadRegions(db, error) || !loadEmbeddedStructure(db, error, Provenance::Synthetic, &structure)
        || !readRegions(db, &regions, error))
        return false;

    // Per objective: its programs and its actions.
    const QList<int> objectives = [&structure] {
        QList<int> numbers = structure.objectives.keys();
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    }();
    QHash<int, QList<DemoProgram>> programsOf;
    QHash<int, QList<qint64>> actionsOf;
    for (int i = 0; i < programCount; ++i) {
        const ProgramProfile &profile = profiles[i];
        const QString name = QString::fromUtf16(profile.name);
        if (!structure.programs.contains(name) || !structure.objectives.contains(profile.objective)) {
            *error = DemoDataText::tr("el programa «%1» no está en el conjunto de datos incorporado").arg(name);
            return false;
        }
        programsOf[profile.objective].append({structure.programs.value(name), i, name,
                                              QString::fromUtf16(profile.unit)});
    }
    for (const int objective : objectives) {
        for (int action = 1; structure.actions.contains({objective, action}); ++action)
            actionsOf[objective].append(structure.actions.value({objective, action}));
        if (!programsOf.contains(objective)) {
            *error = DemoDataText::tr("el objetivo %1 no tiene programas").arg(objective);
            return false;
        }
    }

    BoundQuery insertResult(db, Sql::insertDemoResult);
    BoundQuery insertIndicator(db, Sql::insertDemoIndicator);

    // Draws from the engine's raw output, whose sequence the standard fixes,
    // rather than through std::uniform_*_distribution, whose algorithm each
    // standard library chooses: the same rows on every build.
    std::mt19937_64 random(seed);
    const auto below = [&random](qsizetype n) { return qsizetype(random() % quint64(n)); };
    const auto fraction = [&random] { return double(random() >> 11) * 0x1.0p-53; }; // [0, 1)

    // Calls are numbered per program, year and region.
    QList<int> calls(qsizetype(programCount) * yearCount * regions.size(), 0);
    const QVariant noBudget{QMetaType(QMetaType::LongLong)};
    const qint64 step = std::max<qint64>(1, rows / 100);
    if (progress && !progress(0, rows)) {
        *error = DemoDataText::tr("generación cancelada");
        return false;
    }

    for (qint64 row = 1; row <= rows; ++row) {
        const int objective = objectives.at(below(objectives.size()));
        const QList<DemoProgram> &programs = programsOf.value(objective);
        const DemoProgram &program = programs.at(below(programs.size()));
        const QList<qint64> &actions = actionsOf.value(objective);
        const QVariant actionId = actions.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                                    : QVariant(actions.at(below(actions.size())));
        const int yearIndex = int(below(yearCount));
        const int year = firstYear + yearIndex;
        const qsizetype regionIndex = below(regions.size());
        const DemoRegion &region = regions.at(regionIndex);
        const ProgramProfile &profile = profiles[program.index];

        const int call = ++calls[(qsizetype(program.index) * yearCount + yearIndex) * regions.size() + regionIndex];
        const QString callName
            = QStringLiteral("Convocatoria %1-%2-%3").arg(year).arg(region.label).arg(call, 4, 10, QChar(u'0'));

        // Mostly small calls, a few large ones; the budget near the program's
        // cost per beneficiary; about 2 % without a budget.
        const double size = fraction();
        const qint64 beneficiaries = std::min<qint64>(
            profile.maxBeneficiaries,
            profile.minBeneficiaries
                + qint64(size * size * (profile.maxBeneficiaries - profile.minBeneficiaries + 1)));
        const double factor = 0.6 + 0.8 * fraction();
        const bool withoutBudget = below(50) == 0;
        const QVariant budget = withoutBudget
            ? noBudget
            : QVariant(qlonglong(std::llround(double(beneficiaries) * profile.costPerBeneficiary * factor)));

        const QString quote =
            QStringLiteral("Dato sintético generado por Mirador para pruebas (fila %1, %2).").arg(row).arg(callName);
        QString reason;
        if (!insertResult.run({structure.objectives.value(objective), actionId, program.id, region.id, year, budget,
                               qlonglong(beneficiaries), program.unit, quote,
                               resultSearchText(program.name, region.shortName, region.officialName, program.unit,
                                                quote),
                               callName, budget, qlonglong(beneficiaries)},
                              &reason)) {
            *error = DemoDataText::tr("no se pudo escribir el resultado %1: %2").arg(row).arg(reason);
            return false;
        }

        // One indicator per 10 results, about the same call.
        if (row % 10 == 0) {
            const IndicatorProfile &indicator = indicatorProfiles[below(qsizetype(std::size(indicatorProfiles)))];
            const QString unit = QString::fromUtf16(indicator.unit);
            const double raw = indicator.minimum + (indicator.maximum - indicator.minimum) * fraction();
            const double value = unit == u"%" ? std::round(raw * 10) / 10 : std::round(raw);
            const QString name = QStringLiteral("%1 (%2)").arg(QString::fromUtf16(indicator.name), callName);
            const QString indicatorQuote
                = QStringLiteral("Dato sintético generado por Mirador para pruebas (indicador %1, %2).")
                      .arg(row / 10)
                      .arg(callName);
            if (!insertIndicator.run({structure.objectives.value(objective), actionId, program.id, region.id, year,
                                      name, value, unit, indicatorQuote,
                                      indicatorSearchText(name, program.name, region.shortName, region.officialName,
                                                          unit, indicatorQuote)},
                                     &reason)) {
                *error = DemoDataText::tr("no se pudo escribir el indicador %1: %2").arg(row / 10).arg(reason);
                return false;
            }
        }

        if ((row % step == 0 || row == rows) && progress && !progress(row, rows)) {
            *error = DemoDataText::tr("generación cancelada");
            return false;
        }
    }
    return true;
}

} // namespace

bool generateDemo(const QString &path, qint64 rows, QString *error,
                  const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (Database::isUrl(path)) {
        *error = DemoDataText::tr("No se creó «%1»: los datos sintéticos se escriben solo en un archivo SQLite.")
                     .arg(path);
        return false;
    }
    if (rows <= 0) {
        *error = DemoDataText::tr("No se creó «%1»: el número de filas debe ser positivo.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const auto database = Database::create(path, Database::Content::SchemaOnly, error, {},
                                           [rows, &progress](QSqlDatabase &db, QString *reason) {
                                               return fill(db, rows, progress, reason);
                                           });
    return database != nullptr;
}
