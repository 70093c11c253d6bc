// Importer::prepare(): a file read, its header recognised and every record
// checked against the database, each problem with its line. Never writes.

#include "importer.h"

#include "catalog.h"
#include "csvreader.h"
#include "csvtext.h"
#include "importertext.h"
#include "sql.h"
#include "textfold.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {

constexpr int previewRows = 20;
/// Names are indexed, and an index entry has a limit (2.704 bytes on
/// PostgreSQL): a name is at most this many characters.
constexpr int maxNameLength = 300;
/// A source sentence or a note: the longest sentence of a report is a few
/// hundred characters; 20 MB of one made the PDF take 33 s.
constexpr int maxTextLength = 5000;

/// What makes two lines of a file the same row.
struct Identity
{
    int year;
    qint64 objective; ///< of one report: so of one service too
    QString program; ///< folded
    qint64 region;
    QString indicator;
    QString call;
    friend bool operator==(const Identity &, const Identity &) = default;
    friend size_t qHash(const Identity &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.year, key.objective, key.program, key.region, key.indicator, key.call);
    }
};

/// The answers to a file's words that name a region or a service: a file
/// names a few of them many times, and each is looked up once. An answer is
/// what was found, or else why nothing was.
template<typename T>
class Answers
{
public:
    using Answer = std::pair<std::optional<T>, QString>;

    /// lookUp(words, &why) the first time words come; what it said after that.
    template<typename Find>
    const Answer &find(const QString &words, Find lookUp)
    {
        auto known = m_answers.constFind(words);
        if (known == m_answers.cend()) {
            QString why;
            std::optional<T> answer = lookUp(words, &why);
            known = m_answers.insert(words, {std::move(answer), why});
        }
        return *known;
    }

private:
    QHash<QString, Answer> m_answers;
};

/// The objectives, actions and programs a file's words are checked against.
struct Lookup
{
    /// An objective of one report: numbers start again in each report, so
    /// a row's objective is its number in the report of its year and of
    /// its service.
    struct Objective
    {
        qint64 id = 0;
        int number = 0;
        int year = 0;
        qint64 serviceId = 0;
        QString shortName;
        QString foldedShort;
        QString foldedTitle;
    };
    QList<Objective> objectives;
    /// Year -> the short names of the services with a report that year.
    QHash<int, QStringList> servicesByYear;
    QHash<QPair<qint64, int>, qint64> actions; ///< (objective id, number) -> id
    QHash<QString, QPair<qint64, QString>> programs; ///< folded name -> (id, name)
    Catalog catalog;

    bool load(const QSqlDatabase &db, QString *error)
    {
        if (!catalog.load(db, error))
            return false;
        QHash<qint64, const Catalog::ReportInfo *> reports;
        for (const Catalog::ReportInfo &report : catalog.reports()) {
            reports.insert(report.id, &report);
            servicesByYear[report.year] << report.serviceShortName; // one report per service and year
        }
        for (const Catalog::Objective &objective : catalog.objectives()) {
            const Catalog::ReportInfo *report = reports.value(objective.reportId);
            if (report)
                objectives.append({objective.id, objective.number, report->year, report->serviceId,
                                   objective.shortName, TextFold::fold(objective.shortName),
                                   TextFold::fold(objective.title)});
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QString::fromLatin1(Sql::selectActionsForImport))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            actions.insert({query.value(1).toLongLong(), query.value(2).toInt()}, query.value(0).toLongLong());
        for (const Catalog::Program &program : catalog.programs())
            programs.insert(program.folded, {program.id, program.name});
        return true;
    }

    /// The objective with this number in the report of that year, or else
    /// in the latest report that has one; of the service's reports only
    /// when serviceId is not 0.
    const Objective *objective(int number, int year, qint64 serviceId) const
    {
        const Objective *found = nullptr;
        for (const Objective &objective : objectives) {
            if (objective.number != number || (serviceId != 0 && objective.serviceId != serviceId))
                continue;
            if (objective.year == year)
                return &objective;
            if (!found || objective.year > found->year)
                found = &objective;
        }
        return found;
    }

    /// An objective's number from its name (short name or full title), in
    /// the service's reports when serviceId is not 0.
    std::optional<int> numberNamed(const QString &words, qint64 serviceId) const
    {
        const QString folded = TextFold::fold(words);
        for (const Objective &objective : objectives) {
            if ((serviceId == 0 || objective.serviceId == serviceId)
                && (folded == objective.foldedShort || folded == objective.foldedTitle))
                return objective.number;
        }
        return std::nullopt;
    }
};

/// Reads one record's cells by field.
class Record
{
public:
    Record(const QStringList &cells, const QList<ImportField> &fields) : m_cells(cells), m_fields(fields) {}

    bool has(ImportField field) const { return m_fields.contains(field); }
    /// The cell's text, trimmed; without the apostrophe that Mirador's Excel
    /// export puts before text a spreadsheet would run as a formula.
    QString value(ImportField field) const
    {
        const qsizetype column = m_fields.indexOf(field);
        return column < 0 ? QString() : CsvText::unneutralised(m_cells.value(column).trimmed());
    }

private:
    const QStringList &m_cells;
    const QList<ImportField> &m_fields;
};

/// Makes a plan of a file read: the columns it has, the style of its
/// numbers, then each record checked in the file's order. The problems keep
/// that order: a column's before a line's, a line's fields left to right.
class PlanChecker
{
public:
    PlanChecker(ImportPlan &plan, const CsvFile &file);

    /// Columns: known, unique, and the ones each kind needs. False, with the
    /// problems noted, when no record is worth reading.
    bool checkColumns();
    /// Numbers: one style for the whole file, from its numeric columns only.
    void detectNumbers();
    bool loadLookup(const QSqlDatabase &db);
    void checkRecords();

private:
    /// One record being checked, and the row it makes.
    struct Line
    {
        const CsvRecord &record;
        Record cells;
        ImportPlan::Row row;
    };

    QString columnTitle(ImportField field) const;
    void headerProblem(const QString &reason);
    void problem(const Line &line, ImportField field, const QString &reason);
    /// A name longer than maxNameLength: message (marked in context
    /// "Importer") says so with its length (%1) and the limit (%2).
    void checkNameLength(const Line &line, ImportField field, const QString &name, const char *message);

    void checkRecord(const CsvRecord &record);
    void checkCells(const CsvRecord &record);
    void checkYear(Line &line);
    /// The service the row names: its id, 0 when it names none, nullopt
    /// (with the problem noted) when no service or several answer to it.
    std::optional<qint64> checkService(const Line &line);
    /// Objective N of the service's report of the row's year. Without a
    /// service, a year with reports of several services is the line's
    /// problem: N could be any of theirs.
    const Lookup::Objective *checkObjective(Line &line, qint64 serviceId);
    /// Whether, without a service, the objective is the only one the row
    /// can mean: its report's year has reports of one service. Notes the
    /// problem when not.
    bool checkOneService(const Line &line, const Lookup::Objective &objective);
    void checkAction(Line &line, const Lookup::Objective *objective);
    /// The program's name folded, as a row's identity has it.
    QString checkProgram(Line &line);
    void checkRegion(Line &line);
    void checkIndicator(Line &line);
    void checkResult(Line &line);
    void checkSource(Line &line);
    void keep(Line &line, const QString &folded, int problemsBefore);

    ImportPlan &m_plan;
    const CsvFile &m_file;
    bool m_indicators = false;
    Lookup m_lookup;
    QHash<Identity, int> m_seen; // -> line
    QHash<QString, QString> m_newProgramSpellings; // folded -> the first spelling in the file
    QHash<QString, QString> m_foldedPrograms;      // as the file spells it -> folded
    Answers<Catalog::Region> m_regions;
    Answers<Catalog::Service> m_services;
};

PlanChecker::PlanChecker(ImportPlan &plan, const CsvFile &file) : m_plan(plan), m_file(file)
{
    m_plan.encoding = file.encoding;
    m_plan.separator = file.separator;
    m_plan.header = file.header;
    m_plan.fields = ImportFields::recogniseAll(file.header);
    m_plan.records = int(file.records.size());
    for (int i = 0; i < file.records.size() && i < previewRows; ++i) {
        m_plan.preview << file.records.at(i).fields;
        m_plan.previewLines << file.records.at(i).line;
    }
}

QString PlanChecker::columnTitle(ImportField field) const
{
    const qsizetype column = m_plan.fields.indexOf(field);
    return column < 0 ? ImportFields::label(field) : m_plan.header.at(column);
}

void PlanChecker::headerProblem(const QString &reason)
{
    m_plan.problems.append({m_file.headerLine, {}, reason});
}

void PlanChecker::problem(const Line &line, ImportField field, const QString &reason)
{
    m_plan.problems.append({line.record.line, columnTitle(field), reason});
}

void PlanChecker::checkNameLength(const Line &line, ImportField field, const QString &name, const char *message)
{
    if (name.size() > maxNameLength)
        problem(line, field, ImporterText::tr(message).arg(name.size()).arg(maxNameLength));
}

bool PlanChecker::checkColumns()
{
    for (int i = 0; i < m_plan.fields.size(); ++i) {
        if (m_plan.fields[i] == ImportField::Unknown) {
            m_plan.ignoredColumns << m_plan.header[i];
        } else if (m_plan.fields.indexOf(m_plan.fields[i]) != i) {
            headerProblem(ImporterText::tr("la columna «%1» repite «%2»")
                              .arg(m_plan.header[i], m_plan.header[m_plan.fields.indexOf(m_plan.fields[i])]));
        }
    }
    m_indicators = m_plan.fields.contains(ImportField::Indicator) || m_plan.fields.contains(ImportField::Value);
    m_plan.kind = m_indicators ? ImportPlan::Kind::Indicators : ImportPlan::Kind::Results;
    QList<ImportField> required{ImportField::Year, ImportField::SourceQuote};
    if (m_indicators)
        required << ImportField::Indicator << ImportField::Value << ImportField::Unit;
    else
        required << ImportField::Program;
    for (const ImportField field : required) {
        if (!m_plan.fields.contains(field))
            headerProblem(ImporterText::tr("falta la columna %1").arg(ImportFields::label(field)));
    }
    if (!m_plan.fields.contains(ImportField::Objective) && !m_plan.fields.contains(ImportField::ObjectiveName))
        headerProblem(ImporterText::tr("falta la columna %1").arg(ImportFields::label(ImportField::Objective)));
    if (!m_plan.fields.contains(ImportField::Region) && !m_plan.fields.contains(ImportField::RegionCode))
        headerProblem(ImporterText::tr("falta la columna %1").arg(ImportFields::label(ImportField::Region)));
    if (!m_plan.problems.isEmpty())
        return false;
    if (m_file.records.isEmpty()) {
        headerProblem(ImporterText::tr("el archivo no tiene filas de datos"));
        return false;
    }
    return true;
}

void PlanChecker::detectNumbers()
{
    QStringList whole;
    QStringList decimal;
    for (const CsvRecord &record : m_file.records) {
        const Record cells(record.fields, m_plan.fields);
        for (const ImportField field : {ImportField::Budget, ImportField::Beneficiaries, ImportField::BudgetSource,
                                        ImportField::BeneficiariesSource}) {
            if (cells.has(field))
                whole << cells.value(field);
        }
        if (cells.has(ImportField::Value))
            decimal << cells.value(ImportField::Value);
    }
    m_plan.numbers = Numbers::detectStyle(whole, decimal, m_plan.separator);
}

bool PlanChecker::loadLookup(const QSqlDatabase &db)
{
    QString error;
    if (m_lookup.load(db, &error))
        return true;
    m_plan.problems.append({0, {}, ImporterText::tr("no se pudo leer la base de datos: %1").arg(error)});
    return false;
}

void PlanChecker::checkRecords()
{
    m_plan.rows.reserve(m_file.records.size());
    for (const CsvRecord &record : m_file.records)
        checkRecord(record);
}

void PlanChecker::checkRecord(const CsvRecord &record)
{
    const int before = int(m_plan.problems.size());
    Line line{record, Record(record.fields, m_plan.fields), {}};
    line.row.line = record.line;
    checkCells(record);
    checkYear(line);
    // A service no one knows leaves the objective unknown too: its number
    // means something only in the report of a known service.
    const std::optional<qint64> service = checkService(line);
    const Lookup::Objective *objective = service ? checkObjective(line, *service) : nullptr;
    checkAction(line, objective);
    const QString folded = checkProgram(line);
    checkRegion(line);
    if (m_indicators)
        checkIndicator(line);
    else
        checkResult(line);
    checkSource(line);
    keep(line, folded, before);
}

void PlanChecker::checkCells(const CsvRecord &record)
{
    // A NUL character is no text a database keeps (PostgreSQL refuses it).
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (record.fields[i].contains(QChar(0)))
            m_plan.problems.append({record.line, m_plan.header.value(i),
                                    ImporterText::tr("contiene un carácter nulo (U+0000), que no es texto")});
    }
    if (record.fields.size() > m_plan.header.size())
        m_plan.problems.append({record.line,
                                {},
                                ImporterText::tr("tiene %1 campos y el encabezado %2")
                                    .arg(record.fields.size())
                                    .arg(m_plan.header.size())});
}

void PlanChecker::checkYear(Line &line)
{
    QString reason;
    const auto year = Numbers::parseWhole(line.cells.value(ImportField::Year), NumberStyle::Plain, &reason);
    if (!year)
        problem(line, ImportField::Year, reason.isEmpty() ? ImporterText::tr("falta el año") : reason);
    else if (*year < 1900 || *year > 2100)
        problem(line, ImportField::Year, ImporterText::tr("año fuera de rango: %1").arg(*year));
    else
        line.row.year = int(*year);
}

std::optional<qint64> PlanChecker::checkService(const Line &line)
{
    const QString words = line.cells.value(ImportField::Service);
    if (words.isEmpty())
        return 0;
    const auto &[service, why] = m_services.find(
        words, [this](const QString &w, QString *error) { return m_lookup.catalog.findService(w, error); });
    if (!service) {
        problem(line, ImportField::Service, why);
        return std::nullopt;
    }
    return service->id;
}

bool PlanChecker::checkOneService(const Line &line, const Lookup::Objective &objective)
{
    const QStringList services = m_lookup.servicesByYear.value(objective.year);
    if (services.size() < 2)
        return true;
    const QString names = services.join(QStringLiteral(", "));
    if (line.cells.has(ImportField::Service))
        problem(line, ImportField::Service,
                ImporterText::tr("falta el servicio: el año %1 tiene informes de %n servicios (%2)", nullptr,
                                 int(services.size()))
                    .arg(objective.year)
                    .arg(names));
    else
        m_plan.problems.append(
            {line.record.line,
             {},
             ImporterText::tr("el año %1 tiene informes de %n servicios (%2): agregue una columna service", nullptr,
                              int(services.size()))
                 .arg(objective.year)
                 .arg(names)});
    return false;
}

const Lookup::Objective *PlanChecker::checkObjective(Line &line, qint64 serviceId)
{
    // Objective: a number, or a name, in either column.
    std::optional<int> number;
    const QString objectiveText = line.cells.value(ImportField::Objective);
    const QString objectiveName = line.cells.value(ImportField::ObjectiveName);
    if (!objectiveText.isEmpty()) {
        bool isNumber = false;
        const int n = objectiveText.toInt(&isNumber);
        number = isNumber ? std::optional<int>(n) : m_lookup.numberNamed(objectiveText, serviceId);
        if (!number)
            problem(line, ImportField::Objective, ImporterText::tr("no hay un objetivo «%1»").arg(objectiveText));
    } else if (!objectiveName.isEmpty()) {
        number = m_lookup.numberNamed(objectiveName, serviceId);
        if (!number)
            problem(line, ImportField::ObjectiveName, ImporterText::tr("no hay un objetivo «%1»").arg(objectiveName));
    } else {
        problem(line, ImportField::Objective, ImporterText::tr("falta el objetivo"));
    }
    const Lookup::Objective *objective = number ? m_lookup.objective(*number, line.row.year, serviceId) : nullptr;
    if (number && !objective)
        problem(line, ImportField::Objective, ImporterText::tr("no hay un objetivo número %1").arg(*number));
    if (objective && serviceId == 0 && !checkOneService(line, *objective))
        return nullptr;
    if (objective && !objectiveText.isEmpty() && !objectiveName.isEmpty()
        && m_lookup.numberNamed(objectiveName, serviceId) != objective->number)
        problem(line, ImportField::ObjectiveName,
                ImporterText::tr("«%1» no es el nombre del objetivo %2 (%3)")
                    .arg(objectiveName)
                    .arg(objective->number)
                    .arg(objective->shortName));
    if (objective)
        line.row.objectiveId = objective->id;
    return objective;
}

void PlanChecker::checkAction(Line &line, const Lookup::Objective *objective)
{
    const QString actionText = line.cells.value(ImportField::Action);
    if (actionText.isEmpty() || !objective)
        return;
    bool isNumber = false;
    const int action = actionText.toInt(&isNumber);
    if (!isNumber || !m_lookup.actions.contains({objective->id, action}))
        problem(line, ImportField::Action,
                ImporterText::tr("el objetivo %1 no tiene una acción «%2»").arg(objective->number).arg(actionText));
    else
        line.row.actionId = m_lookup.actions.value({objective->id, action});
}

QString PlanChecker::checkProgram(Line &line)
{
    ImportPlan::Row &row = line.row;
    row.programName = line.cells.value(ImportField::Program);
    checkNameLength(
        line, ImportField::Program, row.programName,
        QT_TRANSLATE_NOOP("Importer", "el nombre tiene %1 caracteres; un programa se nombra en %2 o menos"));
    // A file names a few programs many times: each is folded once.
    auto known = m_foldedPrograms.constFind(row.programName);
    if (known == m_foldedPrograms.cend())
        known = m_foldedPrograms.insert(row.programName, TextFold::fold(row.programName));
    const QString folded = *known;
    if (!row.programName.isEmpty()) {
        if (m_lookup.programs.contains(folded)) {
            row.programId = m_lookup.programs.value(folded).first;
            row.programName = m_lookup.programs.value(folded).second;
        } else if (const QString first = m_newProgramSpellings.value(folded); !first.isEmpty()) {
            row.programName = first; // "carrera común" after "Carrera Común": one new program
        } else {
            m_newProgramSpellings.insert(folded, row.programName);
            m_plan.newPrograms << row.programName;
        }
    } else if (!m_indicators) {
        problem(line, ImportField::Program, ImporterText::tr("falta el programa"));
    }
    return folded;
}

void PlanChecker::checkRegion(Line &line)
{
    // Region: by code, Roman numeral or name; both columns must agree.
    std::optional<Catalog::Region> region;
    for (const ImportField field : {ImportField::RegionCode, ImportField::Region}) {
        const QString words = line.cells.value(field);
        if (words.isEmpty())
            continue;
        const auto &[found, why] = m_regions.find(
            words, [this](const QString &w, QString *error) { return m_lookup.catalog.findRegion(w, error); });
        if (!found)
            problem(line, field, why);
        else if (region && region->id != found->id)
            problem(line, field,
                    ImporterText::tr("«%1» no es la región %2 (%3)").arg(words, region->code, region->shortName));
        else
            region = found;
    }
    if (!region && line.cells.value(ImportField::RegionCode).isEmpty()
        && line.cells.value(ImportField::Region).isEmpty())
        problem(line, ImportField::Region, ImporterText::tr("falta la región"));
    if (region) {
        line.row.regionId = region->id;
        line.row.regionShort = region->shortName;
        line.row.regionOfficial = region->officialName;
    }
}

void PlanChecker::checkIndicator(Line &line)
{
    ImportPlan::Row &row = line.row;
    row.name = line.cells.value(ImportField::Indicator);
    if (row.name.isEmpty())
        problem(line, ImportField::Indicator, ImporterText::tr("falta el nombre del indicador"));
    QString reason;
    const auto value = Numbers::parse(line.cells.value(ImportField::Value), m_plan.numbers, &reason);
    if (!value)
        problem(line, ImportField::Value, reason.isEmpty() ? ImporterText::tr("falta el valor") : reason);
    else
        row.value = *value;
    row.unit = line.cells.value(ImportField::Unit);
    if (row.unit.isEmpty())
        problem(line, ImportField::Unit, ImporterText::tr("falta la unidad"));
}

void PlanChecker::checkResult(Line &line)
{
    ImportPlan::Row &row = line.row;
    const Record &cells = line.cells;
    for (const auto &[field, target] : {std::pair{ImportField::Budget, &row.budget},
                                        {ImportField::Beneficiaries, &row.beneficiaries},
                                        {ImportField::BudgetSource, &row.budgetSource},
                                        {ImportField::BeneficiariesSource, &row.beneficiariesSource}}) {
        QString reason;
        const auto value = Numbers::parseWhole(cells.value(field), m_plan.numbers, &reason);
        QVariant stored{QMetaType(QMetaType::LongLong)};
        if (!value && !reason.isEmpty())
            problem(line, field, reason);
        else if (value && *value < 0)
            problem(line, field, ImporterText::tr("no puede ser negativo: %1").arg(cells.value(field)));
        else if (value)
            stored = *value;
        *target = stored;
    }
    // A file without the sources' figures states them itself.
    if (!cells.has(ImportField::BudgetSource))
        row.budgetSource = row.budget;
    if (!cells.has(ImportField::BeneficiariesSource))
        row.beneficiariesSource = row.beneficiaries;
    row.unit = cells.value(ImportField::BeneficiaryUnit);
    checkNameLength(line, ImportField::BeneficiaryUnit, row.unit,
                    QT_TRANSLATE_NOOP("Importer", "la unidad tiene %1 caracteres; se nombra en %2 o menos"));
    row.note = cells.value(ImportField::Note);
    row.call = cells.value(ImportField::Call);
    checkNameLength(line, ImportField::Call, row.call,
                    QT_TRANSLATE_NOOP("Importer", "la convocatoria tiene %1 caracteres; se nombra en %2 o menos"));
}

void PlanChecker::checkSource(Line &line)
{
    ImportPlan::Row &row = line.row;
    row.quote = line.cells.value(ImportField::SourceQuote);
    if (row.quote.isEmpty())
        problem(line, ImportField::SourceQuote,
                ImporterText::tr("falta la fuente: la oración del informe de la que proviene la cifra"));
    for (const auto &[field, text] :
         {std::pair{ImportField::SourceQuote, &row.quote}, {ImportField::Note, &row.note}}) {
        if (text->size() > maxTextLength)
            problem(line, field,
                    ImporterText::tr("tiene %1 caracteres; el máximo es %2")
                        .arg(QLocale().toString(text->size()), QLocale().toString(maxTextLength)));
    }
}

void PlanChecker::keep(Line &line, const QString &folded, int problemsBefore)
{
    ImportPlan::Row &row = line.row;
    // A repeated line is said even when it has problems of its own (a
    // missing program): fixing those would leave it repeated.
    const bool identified = row.year != 0 && row.objectiveId != 0 && row.regionId != 0;
    const Identity identity{row.year, row.objectiveId, folded, row.regionId, m_indicators ? row.name : QString(),
                            row.call};
    if (identified && m_seen.contains(identity)) {
        m_plan.problems.append(
            {line.record.line,
             {},
             ImporterText::tr("repite la fila de la línea %1 (mismo año, objetivo, programa y región)")
                 .arg(m_seen.value(identity))});
        return;
    }
    if (identified)
        m_seen.insert(identity, line.record.line);
    if (int(m_plan.problems.size()) == problemsBefore)
        m_plan.rows.append(std::move(row));
}

} // namespace

ImportPlan Importer::prepare(const QSqlDatabase &db, const QByteArray &bytes, const QString &fileName)
{
    ImportPlan plan;
    plan.fileName = fileName;
    QString error;
    const auto file = CsvReader::read(bytes, &error);
    if (!file) {
        plan.problems.append({0, {}, error});
        return plan;
    }
    PlanChecker checker(plan, *file);
    if (!checker.checkColumns())
        return plan;
    checker.detectNumbers();
    if (!checker.loadLookup(db))
        return plan;
    checker.checkRecords();
    return plan;
}
