#include "clicommands.h"
#include "clioptions.h"

#include "changelog.h"
#include "csvreader.h"
#include "database.h"
#include "importer.h"
#include "proposalscsv.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

// import: a CSV file into a database, all of it or nothing: results or
// indicators into a report the database has, or a proposals file
// (read-report --out, gone through by a person) as a new report.
namespace Cli {

namespace {

/// Each problem on its line, then how many; nothing was written.
void printProblems(const QString &fileName, const QList<ImportProblem> &problems, QTextStream &err)
{
    for (const ImportProblem &problem : problems)
        err << QDir::toNativeSeparators(fileName) << ": " << problem.describe() << '\n';
    const int count = int(problems.size());
    err << (count == 1 ? CliText::tr("mirador import: %n problema; no se escribió nada\n", nullptr, count)
                       : CliText::tr("mirador import: %n problemas; no se escribió nada\n", nullptr, count));
}

/// Whether bytes are a proposals file, by its header. Only the first line is
/// parsed, so that a large file of results is not parsed twice.
bool isProposalsFile(const QByteArray &bytes)
{
    qsizetype start = 0;
    while (start < bytes.size() && (bytes.at(start) == '\n' || bytes.at(start) == '\r'))
        ++start;
    const qsizetype end = bytes.indexOf('\n', start);
    const std::optional<CsvFile> head = CsvReader::read(end < 0 ? bytes : bytes.left(end + 1), nullptr);
    return head && ProposalsCsv::isProposalsHeader(head->header);
}

/// A proposals file as a new report, every figure confirmed by the user
/// who runs the command: a person went through the file.
int importProposals(const Options &options, const QString &fileName, const QByteArray &bytes, QTextStream &out,
                    QTextStream &err)
{
    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QList<ImportProblem> problems;
    ReportDraft draft;
    if (!file) {
        problems.append({0, {}, error});
    } else {
        ProposalsCsv::Reader reader(file->header, file->headerLine);
        for (const CsvRecord &record : file->records)
            reader.add(record.line, record.fields);
        if (!reader.draft(QFileInfo(fileName).fileName(), ChangeLog::currentUser(), QDateTime::currentDateTimeUtc(),
                          &draft)) {
            for (const ProposalsCsv::Problem &problem : reader.problems())
                problems.append({problem.line, problem.column, problem.reason});
        }
    }
    if (!problems.isEmpty()) {
        printProblems(fileName, problems, err);
        return exitError;
    }
    if (!writeDraft(options, draft, QStringLiteral("import"), err))
        return exitError;
    QList<Proposal> figures;
    for (const ReviewedFigure &reviewed : std::as_const(draft.figures))
        figures << reviewed.figure;
    const int count = int(figures.size());
    out << (count == 1
                ? CliText::tr("%1: informe %2, %3 escrito con %n cifra confirmada por %4 (%5)\n", nullptr, count)
                : CliText::tr("%1: informe %2, %3 escrito con %n cifras confirmadas por %4 (%5)\n", nullptr, count))
               .arg(QDir::toNativeSeparators(fileName), draft.outline.service.simplified())
               .arg(draft.outline.year)
               .arg(draft.reviewer, counts(figures));
    return 0;
}

} // namespace

std::unique_ptr<Database> openForWriting(const Options &options, const QString &command, QTextStream &err)
{
    QString error;
    std::unique_ptr<Database> db = options.has(QStringLiteral("db"))
        ? Database::open(options.value(QStringLiteral("db")), Database::Access::ReadWrite, &error)
        : Database::openDefault(&error);
    if (!db) {
        err << CliText::tr("mirador %1: %2\n").arg(command, error);
        return nullptr;
    }
    if (db->isReadOnly()) {
        err << CliText::tr("mirador %1: la base de datos es de solo lectura (%2); no se escribió nada\n")
                   .arg(command, db->readOnlyReason());
        return nullptr;
    }
    // A large file opened without its pages checked: checked now, before a write.
    if (const QString damage = db->checkBeforeWriting(); !damage.isEmpty()) {
        err << CliText::tr("mirador %1: «%2» %3; no se escribió nada\n")
                   .arg(command, QDir::toNativeSeparators(db->location()), damage);
        return nullptr;
    }
    if (!db->migrationBackup().isEmpty())
        err << CliText::tr("mirador %1: se actualizó el esquema de la base de datos; la copia anterior está en «%2»\n")
                   .arg(command, QDir::toNativeSeparators(db->migrationBackup()));
    return db;
}

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({QStringLiteral("db")}, {});
    QString error;
    if (!options.parse(arguments, &error) || options.positional().size() != 1) {
        err << CliText::tr("mirador import: %1\nUso: mirador import [--db RUTA] ARCHIVO.csv\n")
                   .arg(error.isEmpty() ? CliText::tr("indique un solo archivo") : error);
        return exitUsage;
    }
    const QString fileName = options.positional().first();
    const std::optional<QByteArray> bytes = Importer::readFile(fileName, &error);
    if (!bytes) {
        err << CliText::tr("mirador import: %1\n").arg(error);
        return exitError;
    }
    if (isProposalsFile(*bytes))
        return importProposals(options, fileName, *bytes, out, err);
    const std::unique_ptr<Database> db = openForWriting(options, QStringLiteral("import"), err);
    if (!db)
        return exitError;
    const ImportPlan plan = Importer::prepare(db->connection(), *bytes, fileName);
    if (!plan.problems.isEmpty()) {
        printProblems(fileName, plan.problems, err);
        return exitError;
    }
    const ImportOutcome outcome = Importer::apply(db->connection(), plan);
    if (!outcome.ok) {
        err << CliText::tr("mirador import: %1; no se escribió nada\n").arg(outcome.error);
        return exitError;
    }
    const int inserted = int(outcome.inserted);
    const int updated = int(outcome.updated);
    out << CliText::tr("%1: %2, %3 (%4, separador «%5»)\n")
               .arg(QDir::toNativeSeparators(fileName),
                    inserted == 1 ? CliText::tr("%n fila nueva", nullptr, inserted)
                                  : CliText::tr("%n filas nuevas", nullptr, inserted),
                    updated == 1 ? CliText::tr("%n actualizada", nullptr, updated)
                                 : CliText::tr("%n actualizadas", nullptr, updated),
                    plan.encoding, plan.separator == u'\t' ? CliText::tr("tabulador") : QString(plan.separator));
    if (!plan.newPrograms.isEmpty())
        out << CliText::tr("Programas nuevos: %1\n").arg(plan.newPrograms.join(QStringLiteral(", ")));
    if (!plan.ignoredColumns.isEmpty())
        out << CliText::tr("Columnas ignoradas: %1\n").arg(plan.ignoredColumns.join(QStringLiteral(", ")));
    return 0;
}

} // namespace Cli
