#include "demodata.h"

#include "boundquery.h"
#include "bulkcache.h"
#include "database.h"
#include "dataset.h"
#include "deferredschema.h"
#include "sql.h"
#include "sqlitestatement.h"
#include "textfold.h"

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
constexpr int objectiveCount = 4;
constexpr int actionsPerObjective = 3;
constexpr int programsPerService = 5;
/// The program of each service that runs in the last year only.
constexpr int newProgram = programsPerService - 1;

/// How the generator draws one program's results. The themes are plain
/// words, no real program's name; the generated name adds "(sintético X)".
struct ProgramProfile
{
    const char16_t *theme;
    const char16_t *unit; ///< its beneficiaries' unit
    int costPerBeneficiary; ///< M$ per beneficiary, around which budgets are drawn
    int minBeneficiaries; ///< per call
    int maxBeneficiaries;
};

// Service A takes the first five, B the next five, and so on round the list.
constexpr ProgramProfile profiles[] = {
    {u"Asociatividad gremial", u"gremios", 14303, 1, 8},
    {u"Creación de cooperativas", u"organizaciones", 18966, 1, 6},
    {u"Comercio de barrios", u"barrios", 42666, 1, 4},
    {u"Ferias libres", u"proyectos asociativos", 16402, 1, 10},
    {u"Exportación de pymes", u"empresas", 5251, 1, 15},
    {u"Asesoría de negocios", u"clientes", 850, 20, 400},
    {u"Crecimiento empresarial", u"empresas", 9000, 1, 25},
    {u"Mejora de la gestión", u"empresas", 3000, 1, 30},
    {u"Digitalización inicial", u"empresas", 450, 10, 200},
    {u"Comercio electrónico", u"empresas", 1500, 5, 100},
    {u"Producción sostenible", u"empresas", 10176, 1, 25},
    {u"Sello de sustentabilidad", u"empresas", 6000, 1, 15},
    {u"Capital para mujeres", u"mujeres", 4896, 5, 40},
    {u"Emprendimiento femenino", u"mujeres emprendedoras", 4682, 5, 80},
    {u"Capital semilla", u"emprendedores", 3500, 5, 60},
};
constexpr int profileCount = int(std::size(profiles));

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

constexpr const char16_t *milestoneKinds[objectiveCount] = {u"convenio", u"publicación", u"acuerdo", u"hito"};

/// How every generated result's source quote begins; "(fila N, call)." follows.
const QString quoteHead = QStringLiteral("Dato sintético generado por Mirador para pruebas");

const QString syntheticSentence
    = QStringLiteral("Texto sintético generado por Mirador para pruebas; no proviene de ningún informe.");

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
    int number = 0; ///< in the whole database, from 0: where its calls are counted
    const ProgramProfile *profile = nullptr;
    QString name;
    QString unit;
};

/// One report of one service and what its rows are drawn from.
struct DemoReport
{
    int yearIndex = 0; ///< 0 for the first year
    int year = 0;
    QString service; ///< "Servicio sintético A"
    QList<qint64> objectives; ///< ids, by number - 1
    QList<QList<qint64>> actions; ///< ids, by objective number - 1
    QList<QList<qsizetype>> programs; ///< by objective number - 1: indexes in the program list
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

/// Writes the made-up services with their programs and reports: objectives,
/// actions and one milestone per objective, all named as synthetic.
class StructureWriter
{
public:
    StructureWriter(QSqlDatabase &db, const DemoShape &shape)
        : m_shape(shape),
          m_service(db, Sql::insertService),
          m_report(db, Sql::insertReport),
          m_program(db, Sql::insertProgram),
          m_objective(db, Sql::insertObjective),
          m_action(db, Sql::insertAction),
          m_milestone(db, Sql::insertMilestone)
    { }

    bool writeService(int index, QList<DemoProgram> *programs, QList<DemoReport> *reports, QString *error)
    {
        const QString letter = QString(QChar(u'A' + index));
        const QString service = QStringLiteral("Servicio sintético ") + letter;
        qint64 serviceId = 0;
        if (!m_service.insert({service, QStringLiteral("Sintético ") + letter,
                               QStringLiteral("Ministerio sintético (datos de demostración de Mirador)")},
                              error, &serviceId))
            return false;
        const qsizetype firstProgram = programs->size();
        for (int p = 0; p < programsPerService; ++p) {
            DemoProgram program;
            program.number = int(programs->size());
            program.profile = &profiles[(index * programsPerService + p) % profileCount];
            program.name = QStringLiteral("%1 (sintético %2)").arg(QString::fromUtf16(program.profile->theme), letter);
            program.unit = QString::fromUtf16(program.profile->unit);
            if (!m_program.insert({program.name, TextFold::fold(program.name)}, error, &program.id))
                return false;
            programs->append(program);
        }
        for (int y = 0; y < m_shape.years; ++y) {
            DemoReport report;
            report.yearIndex = y;
            report.year = DemoShape::lastYear - m_shape.years + 1 + y;
            report.service = service;
            // Programs go round the objectives; the new one runs in the last year only.
            report.programs.resize(objectiveCount);
            for (int p = 0; p < programsPerService; ++p) {
                if (p != newProgram || y == m_shape.years - 1 || m_shape.years == 1)
                    report.programs[p % objectiveCount].append(firstProgram + p);
            }
            if (!writeReport(serviceId, letter, &report, error))
                return false;
            reports->append(report);
        }
        return true;
    }

private:
    bool writeReport(qint64 serviceId, const QString &letter, DemoReport *report, QString *error)
    {
        qint64 reportId = 0;
        if (!m_report.insert({serviceId, report->year,
                              QStringLiteral("Balance de Gestión Integral %1 · %2 (datos sintéticos)")
                                  .arg(report->year)
                                  .arg(report->service),
                              QStringLiteral("mirador generate-demo"), 1},
                             error, &reportId))
            return false;
        for (int o = 1; o <= objectiveCount; ++o) {
            qint64 objectiveId = 0;
            if (!m_objective.insert(
                    {reportId, o,
                     QStringLiteral("Objetivo estratégico sintético %1 del %2").arg(o).arg(report->service),
                     QStringLiteral("Objetivo %1 (sintético %2)").arg(o).arg(letter), syntheticSentence},
                    error, &objectiveId))
                return false;
            report->objectives.append(objectiveId);
            QList<qint64> actions;
            for (int a = 1; a <= actionsPerObjective; ++a) {
                qint64 actionId = 0;
                const QString text = QStringLiteral("Acción sintética %1 del objetivo %2 del %3 en %4.")
                                         .arg(a)
                                         .arg(o)
                                         .arg(report->service)
                                         .arg(report->year);
                if (!m_action.insert({objectiveId, a, text, syntheticSentence}, error, &actionId))
                    return false;
                actions.append(actionId);
            }
            report->actions.append(actions);
            const QString kind = QString::fromUtf16(milestoneKinds[o - 1]);
            const QString title = QStringLiteral("Hito sintético del objetivo %1 (%2, %3)")
                                      .arg(o)
                                      .arg(report->service)
                                      .arg(report->year);
            const QString quote = QStringLiteral("Dato sintético generado por Mirador para pruebas (%1).").arg(title);
            if (!m_milestone.insert({objectiveId, actions.first(), kind, title, QVariant(QMetaType(QMetaType::QString)),
                                     quote, TextFold::fold(QStringList{kind, title, quote}.join(u' '))},
                                    error))
                return false;
        }
        return true;
    }

    const DemoShape &m_shape;
    BoundQuery m_service;
    BoundQuery m_report;
    BoundQuery m_program;
    BoundQuery m_objective;
    BoundQuery m_action;
    BoundQuery m_milestone;
};

/// A result's search text is resultSearchText() of its program, region, unit
/// and quote: the fold of those joined by spaces, which is the folds of any
/// parts split at a space joined by one space (fold() keeps no space at
/// either end, and NFKD and its marks stay within a part). So the parts that
/// repeat are folded once: per program and region, and the quote's fixed
/// head; per row only the quote's tail ("(fila N, Convocatoria …).") is
/// folded, a fifth of the text. tst_demogenerated checks every row.
class ResultSearchText
{
public:
    ResultSearchText(const QList<DemoProgram> &programs, const QList<DemoRegion> &regions)
        : m_regionCount(regions.size()),
          m_quoteHead(TextFold::fold(quoteHead))
    {
        for (const DemoProgram &program : programs) {
            for (const DemoRegion &region : regions)
                m_parts << TextFold::fold(
                    QStringList{program.name, region.shortName, region.officialName, program.unit}.join(u' '));
        }
    }

    QString of(const DemoProgram &program, qsizetype regionIndex, const QString &quoteTail) const
    {
        return m_parts.at(program.number * m_regionCount + regionIndex) + u' ' + m_quoteHead + u' '
            + TextFold::fold(quoteTail);
    }

private:
    qsizetype m_regionCount;
    QString m_quoteHead;
    QStringList m_parts; ///< by program number, then region
};

/// Writes the made-up results and indicators through SQLite's C API, one
/// prepared statement each, reused for every row (SqliteStatement says why).
class FigureWriter
{
public:
    explicit FigureWriter(const QSqlDatabase &db)
        : m_result(db, Sql::insertDemoResult),
          m_indicator(db, Sql::insertDemoIndicator)
    { }

    /// budget < 0: none.
    bool writeResult(const DemoReport &report, qint64 objectiveId, qint64 actionId, const DemoProgram &program,
                     const DemoRegion &region, qint64 budget, qint64 beneficiaries, const QString &callName,
                     const QString &quote, const QString &searchText, QString *error)
    {
        m_result.bindInteger(1, objectiveId);
        m_result.bindInteger(2, actionId);
        m_result.bindInteger(3, program.id);
        m_result.bindInteger(4, region.id);
        m_result.bindInteger(5, qint64(report.year));
        for (const int column : {6, 12}) { // the budget, and its source
            if (budget < 0)
                m_result.bindNull(column);
            else
                m_result.bindInteger(column, budget);
        }
        m_result.bindInteger(7, beneficiaries);
        m_result.bindInteger(13, beneficiaries);
        m_result.bindText(8, program.unit);
        m_result.bindText(9, quote);
        m_result.bindText(10, searchText);
        m_result.bindText(11, callName);
        return m_result.run(error);
    }

    /// The indicator-th indicator, about call callName: its value where
    /// fraction ([0, 1)) falls in the profile's range.
    bool writeIndicator(const DemoReport &report, qint64 objectiveId, qint64 actionId, const DemoProgram &program,
                        const DemoRegion &region, const IndicatorProfile &profile, double fraction, qint64 indicator,
                        const QString &callName, QString *error)
    {
        const QString unit = QString::fromUtf16(profile.unit);
        const double raw = profile.minimum + (profile.maximum - profile.minimum) * fraction;
        const double value = unit == u"%" ? std::round(raw * 10) / 10 : std::round(raw);
        const QString name = QStringLiteral("%1 (%2)").arg(QString::fromUtf16(profile.name), callName);
        const QString quote = QStringLiteral("Dato sintético generado por Mirador para pruebas (indicador %1, %2).")
                                  .arg(indicator)
                                  .arg(callName);
        m_indicator.bindInteger(1, objectiveId);
        m_indicator.bindInteger(2, actionId);
        m_indicator.bindInteger(3, program.id);
        m_indicator.bindInteger(4, region.id);
        m_indicator.bindInteger(5, qint64(report.year));
        m_indicator.bindText(6, name);
        m_indicator.bindReal(7, value);
        m_indicator.bindText(8, unit);
        m_indicator.bindText(9, quote);
        const QString search
            = indicatorSearchText(name, program.name, region.shortName, region.officialName, unit, quote);
        m_indicator.bindText(10, search);
        return m_indicator.run(error);
    }

private:
    SqliteStatement m_result;
    SqliteStatement m_indicator;
};

/// Draws and writes the rows, with progress; the reports and programs are
/// written.
bool fillRows(QSqlDatabase &db, qint64 rows, const DemoShape &shape, const QList<DemoRegion> &regions,
              const QList<DemoProgram> &programs, const QList<DemoReport> &reports,
              const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    FigureWriter writer(db);

    // Draws from the engine's raw output, whose sequence the standard fixes,
    // rather than through std::uniform_*_distribution, whose algorithm each
    // standard library chooses: the same rows on every build.
    std::mt19937_64 random(seed);
    const auto below = [&random](qsizetype n) { return qsizetype(random() % quint64(n)); };
    const auto fraction = [&random] { return double(random() >> 11) * 0x1.0p-53; }; // [0, 1)

    const ResultSearchText searchTexts(programs, regions);

    // Calls are numbered per program, year and region.
    QList<int> calls(programs.size() * shape.years * regions.size(), 0);
    const qint64 step = std::max<qint64>(1, rows / 100);
    if (progress && !progress(0, rows)) {
        *error = DemoDataText::tr("generación cancelada");
        return false;
    }

    for (qint64 row = 1; row <= rows; ++row) {
        const DemoReport &report = reports.at(below(reports.size()));
        const qsizetype objective = below(objectiveCount);
        const QList<qsizetype> &candidates = report.programs.at(objective);
        const DemoProgram &program = programs.at(candidates.at(below(candidates.size())));
        const QList<qint64> &actions = report.actions.at(objective);
        const qint64 actionId = actions.at(below(actions.size()));
        const qsizetype regionIndex = below(regions.size());
        const DemoRegion &region = regions.at(regionIndex);
        const ProgramProfile &profile = *program.profile;

        const int call
            = ++calls[(qsizetype(program.number) * shape.years + report.yearIndex) * regions.size() + regionIndex];
        const QString callName
            = QStringLiteral("Convocatoria %1-%2-%3").arg(report.year).arg(region.label).arg(call, 4, 10, QChar(u'0'));

        // Mostly small calls, a few large ones; the budget near the program's
        // cost per beneficiary; about 2 % without a budget.
        const double size = fraction();
        const qint64 beneficiaries = std::min<qint64>(
            profile.maxBeneficiaries,
            profile.minBeneficiaries + qint64(size * size * (profile.maxBeneficiaries - profile.minBeneficiaries + 1)));
        const double factor = 0.6 + 0.8 * fraction();
        const bool withoutBudget = below(50) == 0;
        const qint64 budget
            = withoutBudget ? -1 : qint64(std::llround(double(beneficiaries) * profile.costPerBeneficiary * factor));

        const QString quoteTail = QStringLiteral("(fila %1, %2).").arg(row).arg(callName);
        const QString quote = quoteHead + u' ' + quoteTail;
        const qint64 objectiveId = report.objectives.at(objective);
        QString reason;
        if (!writer.writeResult(report, objectiveId, actionId, program, region, budget, beneficiaries, callName, quote,
                                searchTexts.of(program, regionIndex, quoteTail), &reason)) {
            *error = DemoDataText::tr("no se pudo escribir el resultado %1: %2").arg(row).arg(reason);
            return false;
        }

        // One indicator per 10 results, about the same call.
        if (row % 10 == 0) {
            const IndicatorProfile &indicator = indicatorProfiles[below(qsizetype(std::size(indicatorProfiles)))];
            if (!writer.writeIndicator(report, objectiveId, actionId, program, region, indicator, fraction(), row / 10,
                                       callName, &reason)) {
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

/// Fills a new database inside Database::create()'s transaction: the
/// indexes of the big tables and result_total's triggers set aside while
/// the rows go in, then made again (DeferredSchema says why).
bool fill(QSqlDatabase &db, qint64 rows, const DemoShape &shape, const std::function<bool(qint64, qint64)> &progress,
          QString *error)
{
    const BulkCache cache(db);

    QList<DemoRegion> regions;
    if (!Dataset::loadRegions(db, error) || !readRegions(db, &regions, error))
        return false;
    QList<DemoProgram> programs;
    QList<DemoReport> reports;
    StructureWriter structure(db, shape);
    for (int s = 0; s < shape.services; ++s) {
        if (!structure.writeService(s, &programs, &reports, error))
            return false;
    }
    DeferredSchema deferred(db);
    if (!deferred.setAside(error) || !fillRows(db, rows, shape, regions, programs, reports, progress, error)
        || !deferred.restore(error))
        return false;
    // Asked again after the indexes and totals, which take a while: a stop
    // asked for meanwhile still leaves nothing.
    if (progress && !progress(rows, rows)) {
        *error = DemoDataText::tr("generación cancelada");
        return false;
    }
    return true;
}

} // namespace

bool generateDemo(const QString &path, qint64 rows, QString *error,
                  const std::function<bool(qint64 done, qint64 total)> &progress, const DemoShape &shape)
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
    if (shape.services < 1 || shape.services > DemoShape::maxServices || shape.years < 1
        || shape.years > DemoShape::maxYears) {
        *error = DemoDataText::tr("No se creó «%1»: se pueden generar de 1 a %2 servicios y de 1 a %3 años.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(DemoShape::maxServices)
                     .arg(DemoShape::maxYears);
        return false;
    }
    const auto database = Database::create(path, Database::Content::SchemaOnly, error, {},
                                           [rows, &shape, &progress](QSqlDatabase &db, QString *reason) {
                                               return fill(db, rows, shape, progress, reason);
                                           });
    return database != nullptr;
}
