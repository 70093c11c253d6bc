#include "clicommands.h"
#include "clioptions.h"

#include "csvtext.h"
#include "exportfile.h"
#include "reportreader.h"

#include <QDir>
#include <QTextStream>

// read-report: a BGI's PDF or text read into proposals, as a CSV file that a
// person goes through before it is imported.
namespace Cli {

namespace {

/// "8 presupuestos, 8 beneficiarios, 34 indicadores, 11 hitos".
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

bool writeProposals(const ReadReport &report, const QString &outName, QString *error)
{
    ExportFile file(outName, QString());
    if (!file.open(error))
        return false;
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << CsvText::field(field);
        return (quoted.join(u',') + u'\n').toUtf8();
    };
    file.device()->write(line(ProposalsCsv::header()));
    for (const Proposal &proposal : report.proposals)
        file.device()->write(line(ProposalsCsv::row(report, proposal)));
    return file.commit(error);
}

} // namespace

int readReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options({QStringLiteral("out")}, {});
    QString error;
    if (!options.parse(arguments, &error) || options.positional().size() != 1 || !options.has(QStringLiteral("out"))) {
        err << CliText::tr("mirador read-report: %1\nUso: mirador read-report ARCHIVO.pdf|ARCHIVO.txt --out "
                           "PROPUESTAS.csv\n")
                   .arg(error.isEmpty() ? CliText::tr("indique un archivo y --out") : error);
        return exitUsage;
    }
    const QString fileName = QDir::toNativeSeparators(options.positional().first());
    const QString outName = options.value(QStringLiteral("out"));
    ReadReport report;
    if (!ReportReader::read(options.positional().first(), &report, &error)
        || !writeProposals(report, outName, &error)) {
        err << CliText::tr("mirador read-report: %1\n").arg(error);
        return exitError;
    }
    const int count = int(report.proposals.size());
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
