#include "importer.h"

#include "boundquery.h"
#include "bulkcache.h"
#include "importjournal.h"
#include "insertbatch.h"
#include "catalog.h"
#include "csvtext.h"
#include "csvreader.h"
#include "dataset.h"
#include "regularfile.h"
#include "sql.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {

/// The context of this file's messages in resources/translations.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

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
    qint64 objective;
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

/// The objectives, actions and programs a file's words are checked against.
struct Lookup
{
    struct Objective
    {
        qint64 id = 0;
        int number = 0;
        int year = 0;
        QString shortName;
        QString foldedShort;
        QString foldedTitle;
    };
    QList<Objective> objectives; ///< by report year, oldest first
    QHash<QPair<qint64, int>, qint64> actions; ///< (objective id, number) -> id
    QHash<QString, QPair<qint64, QString>> programs; ///< folded name -> (id, name)
    Catalog catalog;

    bool load(const QSqlDatabase &db, QString *error)
    {
        if (!catalog.load(db, error))
            return false;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QString::fromLatin1(Sql::selectObjectivesForImport))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            objectives.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(4).toInt(),
                               query.value(2).toString(), foldText(query.value(2).toString()),
                               foldText(query.value(3).toString())});
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
    /// in the latest report.
    const Objective *objective(int number, int year) const
    {
        const Objective *found = nullptr;
        for (const Objective &objective : objectives) {
            if (objective.number != number)
                continue;
            if (objective.year == year)
                return &objective;
            found = &objective;
        }
        return found;
    }

    /// An objective's number from its name (short name or full title).
    std::optional<int> numberNamed(const QString &words) const
    {
        const QString folded = foldText(words);
        for (const Objective &objective : objectives) {
            if (folded == objective.foldedShort || folded == objective.foldedTitle)
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

} // namespace

QString ImportProblem::describe() const
{
    if (line <= 0) // the whole file, or a reason that names its own line
        return reason;
    if (column.isEmpty())
        return ImporterText::tr("línea %1: %2").arg(line).arg(reason);
    return ImporterText::tr("línea %1, %2: %3").arg(line).arg(column, reason);
}

std::optional<QByteArray> Importer::readFile(const QString &fileName, QString *error)
{
    const QFileInfo info(fileName);
    const QString shown = QDir::toNativeSeparators(fileName);
    QString reason = whyNotARegularFile(fileName);
    if (reason.isEmpty() && info.size() > maxFileBytes)
        reason = ImporterText::tr("tiene %1 MB; Mirador importa archivos de hasta %2 MB")
                     .arg(QLocale().toString(info.size() >> 20), QLocale().toString(maxFileBytes >> 20));
    QFile file(fileName);
    if (reason.isEmpty() && !file.open(QIODevice::ReadOnly))
        reason = file.errorString();
    QByteArray bytes;
    if (reason.isEmpty()) {
        bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            reason = file.errorString();
    }
    if (reason.isEmpty())
        return bytes;
    *error = ImporterText::tr("no se puede leer «%1»: %2").arg(shown, reason);
    return std::nullopt;
}

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
    plan.encoding = file->encoding;
    plan.separator = file->separator;
    plan.header = file->header;
    plan.fields = recogniseHeaders(file->header);
    plan.records = int(file->records.size());
    for (int i = 0; i < file->records.size() && i < previewRows; ++i) {
        plan.preview << file->records.at(i).fields;
        plan.previewLines << file->records.at(i).line;
    }

    const auto columnTitle = [&](ImportField field) {
        const qsizetype column = plan.fields.indexOf(field);
        return column < 0 ? importFieldLabel(field) : plan.header.at(column);
    };
    const auto headerProblem = [&](const QString &reason) { plan.problems.append({file->headerLine, {}, reason}); };

    // Columns: known, unique, and the ones each kind needs.
    for (int i = 0; i < plan.fields.size(); ++i) {
        if (plan.fields[i] == ImportField::Unknown) {
            plan.ignoredColumns << plan.header[i];
        } else if (plan.fields.indexOf(plan.fields[i]) != i) {
            headerProblem(ImporterText::tr("la columna «%1» repite «%2»")
                              .arg(plan.header[i], plan.header[plan.fields.indexOf(plan.fields[i])]));
        }
    }
    const bool indicators = plan.fields.contains(ImportField::Indicator) || plan.fields.contains(ImportField::Value);
    plan.kind = indicators ? ImportPlan::Kind::Indicators : ImportPlan::Kind::Results;
    QList<ImportField> required{ImportField::Year, ImportField::SourceQuote};
    if (indicators)
        required << ImportField::Indicator << ImportField::Value << ImportField::Unit;
    else
        required << ImportField::Program;
    for (const ImportField field : required) {
        if (!plan.fields.contains(field))
            headerProblem(ImporterText::tr("falta la columna %1").arg(importFieldLabel(field)));
    }
    if (!plan.fields.contains(ImportField::Objective) && !plan.fields.contains(ImportField::ObjectiveName))
        headerProblem(ImporterText::tr("falta la columna %1").arg(importFieldLabel(ImportField::Objective)));
    if (!plan.fields.contains(ImportField::Region) && !plan.fields.contains(ImportField::RegionCode))
        headerProblem(ImporterText::tr("falta la columna %1").arg(importFieldLabel(ImportField::Region)));
    if (!plan.problems.isEmpty())
        return plan;
    if (file->records.isEmpty()) {
        headerProblem(ImporterText::tr("el archivo no tiene filas de datos"));
        return plan;
    }

    // Numbers: one style for the whole file, from its numeric columns only.
    QStringList whole;
    QStringList decimal;
    for (const CsvRecord &record : file->records) {
        const Record cells(record.fields, plan.fields);
        for (const ImportField field : {ImportField::Budget, ImportField::Beneficiaries, ImportField::BudgetSource,
                                        ImportField::BeneficiariesSource}) {
            if (cells.has(field))
                whole << cells.value(field);
        }
        if (cells.has(ImportField::Value))
            decimal << cells.value(ImportField::Value);
    }
    plan.numbers = detectNumberStyle(whole, decimal, plan.separator);

    Lookup lookup;
    if (!lookup.load(db, &error)) {
        plan.problems.append({0, {}, ImporterText::tr("no se pudo leer la base de datos: %1").arg(error)});
        return plan;
    }

    QHash<Identity, int> seen; // -> line
    QHash<QString, QString> newProgramSpellings; // folded -> the first spelling in the file
    QHash<QString, std::pair<std::optional<Catalog::Region>, QString>> regions; // words -> region, or why none
    plan.rows.reserve(file->records.size());
    for (const CsvRecord &record : file->records) {
        const Record cells(record.fields, plan.fields);
        const int before = int(plan.problems.size());
        const auto problem = [&](ImportField field, const QString &reason) {
            plan.problems.append({record.line, columnTitle(field), reason});
        };
        ImportPlan::Row row;
        row.line = record.line;
        // A NUL character is no text a database keeps (PostgreSQL refuses it).
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (record.fields[i].contains(QChar(0)))
                plan.problems.append({record.line, plan.header.value(i),
                                      ImporterText::tr("contiene un carácter nulo (U+0000), que no es texto")});
        }
        if (record.fields.size() > plan.header.size())
            plan.problems.append({record.line,
                                  {},
                                  ImporterText::tr("tiene %1 campos y el encabezado %2")
                                      .arg(record.fields.size())
                                      .arg(plan.header.size())});

        QString reason;
        const auto year = parseWholeNumber(cells.value(ImportField::Year), NumberStyle::Plain, &reason);
        if (!year)
            problem(ImportField::Year, reason.isEmpty() ? ImporterText::tr("falta el año") : reason);
        else if (*year < 1900 || *year > 2100)
            problem(ImportField::Year, ImporterText::tr("año fuera de rango: %1").arg(*year));
        else
            row.year = int(*year);

        // Objective: a number, or a name, in either column.
        std::optional<int> number;
        const QString objectiveText = cells.value(ImportField::Objective);
        const QString objectiveName = cells.value(ImportField::ObjectiveName);
        if (!objectiveText.isEmpty()) {
            bool isNumber = false;
            const int n = objectiveText.toInt(&isNumber);
            number = isNumber ? std::optional<int>(n) : lookup.numberNamed(objectiveText);
            if (!number)
                problem(ImportField::Objective, ImporterText::tr("no hay un objetivo «%1»").arg(objectiveText));
        } else if (!objectiveName.isEmpty()) {
            number = lookup.numberNamed(objectiveName);
            if (!number)
                problem(ImportField::ObjectiveName, ImporterText::tr("no hay un objetivo «%1»").arg(objectiveName));
        } else {
            problem(ImportField::Objective, ImporterText::tr("falta el objetivo"));
        }
        const Lookup::Objective *objective = number ? lookup.objective(*number, row.year) : nullptr;
        if (number && !objective)
            problem(ImportField::Objective, ImporterText::tr("no hay un objetivo número %1").arg(*number));
        if (objective && !objectiveText.isEmpty() && !objectiveName.isEmpty()
            && lookup.numberNamed(objectiveName) != objective->number)
            problem(ImportField::ObjectiveName,
                    ImporterText::tr("«%1» no es el nombre del objetivo %2 (%3)")
                        .arg(objectiveName)
                        .arg(objective->number)
                        .arg(objective->shortName));
        if (objective)
            row.objectiveId = objective->id;

        const QString actionText = cells.value(ImportField::Action);
        if (!actionText.isEmpty() && objective) {
            bool isNumber = false;
            const int action = actionText.toInt(&isNumber);
            if (!isNumber || !lookup.actions.contains({objective->id, action}))
                problem(
                    ImportField::Action,
                    ImporterText::tr("el objetivo %1 no tiene una acción «%2»").arg(objective->number).arg(actionText));
            else
                row.actionId = lookup.actions.value({objective->id, action});
        }

        row.programName = cells.value(ImportField::Program);
        if (row.programName.size() > maxNameLength)
            problem(ImportField::Program,
                    ImporterText::tr("el nombre tiene %1 caracteres; un programa se nombra en %2 o menos")
                        .arg(row.programName.size())
                        .arg(maxNameLength));
        const QString folded = foldText(row.programName);
        if (!row.programName.isEmpty()) {
            if (lookup.programs.contains(folded)) {
                row.programId = lookup.programs.value(folded).first;
                row.programName = lookup.programs.value(folded).second;
            } else if (const QString first = newProgramSpellings.value(folded); !first.isEmpty()) {
                row.programName = first; // "carrera común" after "Carrera Común": one new program
            } else {
                newProgramSpellings.insert(folded, row.programName);
                plan.newPrograms << row.programName;
            }
        } else if (!indicators) {
            problem(ImportField::Program, ImporterText::tr("falta el programa"));
        }

        // Region: by code, Roman numeral or name; both columns must agree.
        std::optional<Catalog::Region> region;
        for (const ImportField field : {ImportField::RegionCode, ImportField::Region}) {
            const QString words = cells.value(field);
            if (words.isEmpty())
                continue;
            // A file names a few regions many times: each is looked up once.
            auto known = regions.constFind(words);
            if (known == regions.cend()) {
                QString why;
                const auto answer = lookup.catalog.findRegion(words, &why);
                known = regions.insert(words, {answer, why});
            }
            const std::optional<Catalog::Region> &found = known->first;
            reason = known->second;
            if (!found)
                problem(field, reason);
            else if (region && region->id != found->id)
                problem(field,
                        ImporterText::tr("«%1» no es la región %2 (%3)").arg(words, region->code, region->shortName));
            else
                region = found;
        }
        if (!region && cells.value(ImportField::RegionCode).isEmpty() && cells.value(ImportField::Region).isEmpty())
            problem(ImportField::Region, ImporterText::tr("falta la región"));
        if (region) {
            row.regionId = region->id;
            row.regionShort = region->shortName;
            row.regionOfficial = region->officialName;
        }

        if (indicators) {
            row.name = cells.value(ImportField::Indicator);
            if (row.name.isEmpty())
                problem(ImportField::Indicator, ImporterText::tr("falta el nombre del indicador"));
            const auto value = parseNumber(cells.value(ImportField::Value), plan.numbers, &reason);
            if (!value)
                problem(ImportField::Value, reason.isEmpty() ? ImporterText::tr("falta el valor") : reason);
            else
                row.value = *value;
            row.unit = cells.value(ImportField::Unit);
            if (row.unit.isEmpty())
                problem(ImportField::Unit, ImporterText::tr("falta la unidad"));
        } else {
            for (const auto &[field, target] : {std::pair{ImportField::Budget, &row.budget},
                                                {ImportField::Beneficiaries, &row.beneficiaries},
                                                {ImportField::BudgetSource, &row.budgetSource},
                                                {ImportField::BeneficiariesSource, &row.beneficiariesSource}}) {
                const auto value = parseWholeNumber(cells.value(field), plan.numbers, &reason);
                QVariant stored{QMetaType(QMetaType::LongLong)};
                if (!value && !reason.isEmpty())
                    problem(field, reason);
                else if (value && *value < 0)
                    problem(field, ImporterText::tr("no puede ser negativo: %1").arg(cells.value(field)));
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
            if (row.unit.size() > maxNameLength)
                problem(ImportField::BeneficiaryUnit,
                        ImporterText::tr("la unidad tiene %1 caracteres; se nombra en %2 o menos")
                            .arg(row.unit.size())
                            .arg(maxNameLength));
            row.note = cells.value(ImportField::Note);
            row.call = cells.value(ImportField::Call);
            if (row.call.size() > maxNameLength)
                problem(ImportField::Call, ImporterText::tr("la convocatoria tiene %1 caracteres; se nombra en %2 o menos")
                                               .arg(row.call.size())
                                               .arg(maxNameLength));
        }
        row.quote = cells.value(ImportField::SourceQuote);
        if (row.quote.isEmpty())
            problem(ImportField::SourceQuote,
                    ImporterText::tr("falta la fuente: la oración del informe de la que proviene la cifra"));
        for (const auto &[field, text] : {std::pair{ImportField::SourceQuote, &row.quote}, {ImportField::Note, &row.note}}) {
            if (text->size() > maxTextLength)
                problem(field, ImporterText::tr("tiene %1 caracteres; el máximo es %2")
                                   .arg(QLocale().toString(text->size()), QLocale().toString(maxTextLength)));
        }

        // A repeated line is said even when it has problems of its own (a
        // missing program): fixing those would leave it repeated.
        const bool identified = row.year != 0 && row.objectiveId != 0 && row.regionId != 0;
        const Identity identity{row.year, row.objectiveId, folded, row.regionId, indicators ? row.name : QString(),
                                row.call};
        if (identified && seen.contains(identity)) {
            plan.problems.append(
                {record.line,
                 {},
                 ImporterText::tr("repite la fila de la línea %1 (mismo año, objetivo, programa y región)")
                     .arg(seen.value(identity))});
            continue;
        }
        if (identified)
            seen.insert(identity, record.line);
        if (int(plan.problems.size()) == before)
            plan.rows.append(std::move(row));
    }
    return plan;
}

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

ImportOutcome Importer::apply(const QSqlDatabase &database, const ImportPlan &plan,
                              const std::function<bool(qint64, qint64)> &progress)
{
    ImportOutcome outcome;
    if (!plan.isValid()) {
        outcome.error = plan.problems.isEmpty()
            ? ImporterText::tr("no hay filas que importar")
            : plan.problems.size() == 1
            ? ImporterText::tr("el archivo tiene %n problema; no se escribió nada", nullptr, 1)
            : ImporterText::tr("el archivo tiene %n problemas; no se escribió nada", nullptr,
                               int(plan.problems.size()));
        return outcome;
    }
    QSqlDatabase db = database;
    const BulkCache cache(db);
    // On SQLite the write lock is taken at once (BEGIN IMMEDIATE): another
    // writer makes this wait (the busy timeout) or fail before anything,
    // never half-way, when a read transaction could not become a write one.
    QSqlQuery begin(db);
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    if (sqlite ? !begin.exec(QString::fromLatin1(Sql::beginImmediate)) : !db.transaction()) {
        outcome.error = sqlite ? describeSqlError(begin) : describeSqlError(db);
        return outcome;
    }
    begin.finish();
    const auto fail = [&](const QString &error) {
        db.rollback();
        outcome.error = error;
        outcome.inserted = outcome.updated = 0;
        return outcome;
    };

    QString error;
    ImportJournal journal(db);
    if (!journal.begin(QFileInfo(plan.fileName).fileName(), &error))
        return fail(error);
    // The programs prepare() found missing, looked up again now that this
    // transaction holds the write lock: another import may have created one
    // since (under another spelling), and a program is never made twice.
    QHash<QString, qint64> programIds; // name in the plan -> id
    QSet<QString> newPrograms;         // those this import creates
    {
        BoundQuery findProgram(db, Sql::findProgramByFoldedName);
        BoundQuery insertProgram(db, Sql::insertProgram);
        for (const QString &name : plan.newPrograms) {
            const QString folded = foldText(name);
            if (!findProgram.run({folded}, &error))
                return fail(error);
            if (const QVariant id = findProgram.first(); !id.isNull()) {
                programIds.insert(name, id.toLongLong());
                continue;
            }
            if (!insertProgram.run({name, folded}, &error))
                return fail(error);
            const QVariant id = insertProgram.first();
            if (!journal.inserted("program", {id}, &error))
                return fail(error);
            programIds.insert(name, id.toLongLong());
            newPrograms.insert(name);
        }
    }

    const bool results = plan.kind == ImportPlan::Kind::Results;
    const bool keepNote = !plan.fields.contains(ImportField::Note);
    // A file without an action column says nothing of actions: a row it
    // updates keeps its own (found's second column, action_id).
    const bool keepAction = !plan.fields.contains(ImportField::Action);
    BoundQuery find(db, results ? Sql::findResult : Sql::findIndicator);
    BoundQuery insert(db, Sql::insertImportedIndicator);
    InsertBatch newResults(db, Sql::insertImportedResults, Sql::importedResultValues, Sql::returningId,
                           [&journal](const QVariantList &ids, QString *why) {
                               return journal.inserted("result", ids, why);
                           });
    BoundQuery update(db, results ? (keepNote ? Sql::updateImportedResultKeepNote : Sql::updateImportedResult)
                                 : Sql::updateImportedIndicator);
    const qint64 total = plan.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && i % 500 == 0 && !progress(i, total)) {
            db.rollback();
            outcome.cancelled = true;
            outcome.inserted = outcome.updated = 0;
            return outcome;
        }
        const ImportPlan::Row &row = plan.rows.at(i);
        const QVariant programId = !row.programId.isNull() ? row.programId
            : row.programName.isEmpty()                     ? QVariant(QMetaType(QMetaType::LongLong))
                                                            : QVariant(programIds.value(row.programName));
        QVariant existing;
        QVariantList found; // the id and the values ImportJournal::columns() names
        if (results) {
            const QString search
                = resultSearchText(row.programName, row.regionShort, row.regionOfficial, row.unit, row.quote);
            // A program this import made has no results yet (prepare() let no
            // line repeat another, so none is waiting in the batch either).
            if (!newPrograms.contains(row.programName)) {
                // '' for no call: a null QString would bind NULL, which equals nothing.
                if (!find.run({row.objectiveId, programId, row.year, row.regionId,
                               row.call.isNull() ? QStringLiteral("") : row.call},
                              &error))
                    return fail(error);
                found = find.firstRow();
                existing = found.value(0);
            }
            const QVariant action = keepAction && !existing.isNull() ? found.value(1) : row.actionId;
            // The file's figures come with their sentence, and so does what
            // the sentence says (budget_source, beneficiaries_source).
            bool ok;
            if (existing.isNull()) {
                ok = newResults.add({row.objectiveId, row.actionId, programId, row.regionId, row.year, row.budget,
                                     row.beneficiaries, nullIfEmpty(row.unit), row.quote, nullIfEmpty(row.note),
                                     search, nullIfEmpty(row.call), row.budgetSource, row.beneficiariesSource},
                                    &error);
            }
            else if (keepNote)
                ok = update.run({action, row.budget, row.beneficiaries, nullIfEmpty(row.unit), row.quote, search,
                                 row.budgetSource, row.beneficiariesSource, existing},
                                &error);
            else
                ok = update.run({action, row.budget, row.beneficiaries, nullIfEmpty(row.unit), row.quote,
                                 nullIfEmpty(row.note), search, row.budgetSource, row.beneficiariesSource, existing},
                                &error);
            if (ok && !existing.isNull())
                ok = journal.updated("result", found,
                                     QVariantList{action, row.budget, row.beneficiaries, nullIfEmpty(row.unit),
                                                  row.quote, row.budgetSource, row.beneficiariesSource}
                                         + (keepNote ? QVariantList() : QVariantList{nullIfEmpty(row.note)}),
                                     &error);
            if (!ok)
                return fail(ImporterText::tr("línea %1: %2").arg(row.line).arg(error));
        } else {
            const QString search = indicatorSearchText(row.name, row.programName, row.regionShort, row.regionOfficial,
                                                       row.unit, row.quote);
            if (!find.run({row.objectiveId, row.year, row.regionId, row.name, programId.isNull() ? 0 : programId},
                          &error))
                return fail(error);
            found = find.firstRow();
            existing = found.value(0);
            const QVariant action = keepAction && !existing.isNull() ? found.value(1) : row.actionId;
            const bool ok = existing.isNull()
                ? insert.run({row.objectiveId, row.actionId, programId, row.regionId, row.year, row.name, row.value,
                              row.unit, row.quote, search},
                             &error)
                    && journal.inserted("indicator", {insert.first()}, &error)
                : update.run({action, row.value, row.unit, row.quote, search, existing}, &error)
                    && journal.updated("indicator", found, {action, row.value, row.unit, row.quote}, &error);
            if (!ok)
                return fail(ImporterText::tr("línea %1: %2").arg(row.line).arg(error));
        }
        ++(existing.isNull() ? outcome.inserted : outcome.updated);
    }
    if (!newResults.flush(&error))
        return fail(error);
    if (!journal.finish(outcome.inserted, outcome.updated, &error))
        return fail(error);
    if (progress && !progress(total, total)) {
        db.rollback();
        outcome.cancelled = true;
        outcome.inserted = outcome.updated = 0;
        return outcome;
    }
    if (!db.commit())
        return fail(describeSqlError(db));
    outcome.ok = true;
    return outcome;
}
