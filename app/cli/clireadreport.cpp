#include "clicommands.h"
#include "clioptions.h"

#include "exportfile.h"
#include "database.h"
#include "proposalscsv.h"
#include "reportreader.h"
#include "draftwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

// read-report: a BGI's PDF or text read into proposals, as a CSV file that a
// person goes through before it is imported.
namespace Cli {

namespace {

bool writeProposals(const ReadReport &report, const QString &outName, QString *error)
{
    ExportFile file(outName, QString());
    if (!file.open(error))
        return false;
    file.device()->write(ProposalsCsv::file(report));
    return file.commit(error);
}

} // namespace

QString counts(const QList<Proposal> &proposals)
{
    int kinds[4] = {0, 0, 0, 0};
    for (const Proposal &proposal : proposals)
        ++kinds[int(proposal.kind)];
    return CliText::tr("presupuestos: %1, beneficiarios: %2, indicadores: %3, hitos: %4")
        .arg(kinds[int(Proposal::Kind::Budget)])
        .arg(kinds[int(Proposal::Kind::Beneficiaries)])
        .arg(kinds[int(Proposal::Kind::Indicator)])
        .arg(kinds[int(Proposal::Kind::Milestone)]);
}

bool writeDraft(const Options &options, const ReportDraft &draft, const QString &command, QTextStream &err)
{
    const std::unique_ptr<Database> db = openForWriting(options, command, err);
    if (!db)
        return false;
    ReportChanges changes;
    QString error;
    if (!DraftWriter::compare(db->connection(), draft, &changes, &error)) {
        err << CliText::tr("mirador %1: %2; no se escribió nada\n").arg(command, error);
        return false;
    }
    if (changes.exists) {
        const bool nothing = changes.added.isEmpty() && changes.missing.isEmpty();
        err << (nothing ? CliText::tr("mirador %1: la base de datos ya tiene el informe %2, con las mismas "
                                      "%n cifras; no se escribió nada\n",
                                      nullptr, changes.same)
                        : CliText::tr("mirador %1: la base de datos ya tiene el informe %2; no se duplica y no "
                                      "se escribió nada. Escribirlo cambiaría esto (%n cifras iguales; + las que "
                                      "añadiría, - las que tiene y no vienen):\n",
                                      nullptr, changes.same))
                   .arg(command, changes.report);
        for (const QString &line : std::as_const(changes.added))
            err << "  + " << line << '\n';
        for (const QString &line : std::as_const(changes.missing))
            err << "  - " << line << '\n';
        return false;
    }
    QSqlDatabase connection = db->connection();
    if (!DraftWriter::write(connection, draft, &error)) {
        err << CliText::tr("mirador %1: %2; no se escribió nada\n").arg(command, error);
        return false;
    }
    return true;
}

int readReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({QStringLiteral("out"), QStringLiteral("db")}, {QStringLiteral("accept-all")});
    QString error;
    const bool toDatabase = options.parse(arguments, &error) && options.has(QStringLiteral("accept-all"));
    if (!error.isEmpty() || options.positional().size() != 1
        || (toDatabase ? options.has(QStringLiteral("out")) : !options.has(QStringLiteral("out")))) {
        err << CliText::tr("mirador read-report: %1\nUso: mirador read-report ARCHIVO.pdf|ARCHIVO.txt --out "
                           "PROPUESTAS.csv\n     mirador read-report ARCHIVO.pdf|ARCHIVO.txt [--db RUTA] "
                           "--accept-all\n")
                   .arg(error.isEmpty() ? CliText::tr("indique un archivo y --out, o --accept-all") : error);
        return exitUsage;
    }
    const QString fileName = QDir::toNativeSeparators(options.positional().first());
    ReadReport report;
    if (!ReportReader::read(options.positional().first(), &report, &error)) {
        err << CliText::tr("mirador read-report: %1\n").arg(error);
        return exitError;
    }
    const int count = int(report.proposals.size());
    if (toDatabase) {
        const ReportDraft draft = DraftWriter::unconfirmed(report, QFileInfo(options.positional().first()).fileName());
        if (!writeDraft(options, draft, QStringLiteral("read-report"), err))
            return exitError;
        out << CliText::tr("%1: informe %2 %3 escrito con %n cifras sin confirmar (%4)\n", nullptr, count)
                   .arg(fileName, report.outline.service)
                   .arg(report.outline.year)
                   .arg(counts(report.proposals));
        return 0;
    }
    const QString outName = options.value(QStringLiteral("out"));
    if (!writeProposals(report, outName, &error)) {
        err << CliText::tr("mirador read-report: %1\n").arg(error);
        return exitError;
    }
    (ExportFile::isStandardOutput(outName) ? err : out)
        << (count == 1 ? CliText::tr("%n propuesta de %1 escrita en %2 (%3); nada se escribió en la base de datos\n",
                                     nullptr, count)
                       : CliText::tr("%n propuestas de %1 escritas en %2 (%3); nada se escribió en la base de "
                                     "datos\n",
                                     nullptr, count))
               .arg(fileName, ExportFile::displayName(outName), counts(report.proposals));
    return 0;
}

} // namespace Cli
