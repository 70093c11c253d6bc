#include "reportreader.h"

#include "reportlayout.h"
#include "reportstructure.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

/// The text of a text file, or false with *error set.
bool readText(const QString &fileName, const QByteArray &bytes, ReportPages *pages, QString *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        *error = ReportReader::tr("El archivo %1 no es un PDF ni texto UTF-8.").arg(fileName);
        return false;
    }
    *pages = ReportText::fromPlainText(text);
    return true;
}

} // namespace

bool ReportReader::read(const QString &fileName, ReadReport *report, QString *error,
                        const PdfText::Progress &progress)
{
    QFile file(fileName);
    if (!QFileInfo::exists(fileName)) {
        *error = tr("El archivo %1 no existe.").arg(fileName);
        return false;
    }
    if (!QFileInfo(fileName).isFile()) {
        *error = tr("%1 no es un archivo común (una carpeta, un dispositivo…).").arg(fileName);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("No se pudo abrir el archivo %1: %2.").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        *error = tr("El archivo %1 está vacío.").arg(fileName);
        return false;
    }
    ReadReport read;
    ReportPages pages;
    read.fromPdf = bytes.startsWith("%PDF-");
    if (read.fromPdf ? !PdfText::read(fileName, &pages, error, progress)
                     : !readText(fileName, bytes, &pages, error))
        return false;
    read.outline = ReportStructure::read(ReportLayout::paragraphs(pages));
    if (read.outline.objectives.isEmpty()) {
        *error = tr("El archivo %1 no parece un Balance de Gestión Integral: no tiene ningún «OBJETIVO "
                    "ESTRATÉGICO».")
                     .arg(fileName);
        return false;
    }
    read.proposals = ReportProposals::propose(read.outline);
    *report = std::move(read);
    return true;
}

namespace ProposalsCsv {

QStringList header()
{
    return {QStringLiteral("service"),     QStringLiteral("year"),    QStringLiteral("objective"),
            QStringLiteral("objective_title"), QStringLiteral("action"), QStringLiteral("kind"),
            QStringLiteral("program"),     QStringLiteral("value"),   QStringLiteral("unit"),
            QStringLiteral("page"),        QStringLiteral("source_quote"), QStringLiteral("title"),
            QStringLiteral("counterpart")};
}

QString kindName(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::Budget:
        return QStringLiteral("budget");
    case Proposal::Kind::Beneficiaries:
        return QStringLiteral("beneficiaries");
    case Proposal::Kind::Indicator:
        return QStringLiteral("indicator");
    case Proposal::Kind::Milestone:
        return QStringLiteral("milestone");
    }
    return {};
}

QStringList row(const ReadReport &report, const Proposal &proposal)
{
    return {report.outline.service,
            report.outline.year > 0 ? QString::number(report.outline.year) : QString(),
            QString::number(proposal.objective),
            proposal.objectiveTitle,
            proposal.action > 0 ? QString::number(proposal.action) : QString(),
            kindName(proposal.kind),
            proposal.program,
            proposal.value,
            proposal.unit,
            proposal.page > 0 ? QString::number(proposal.page) : QString(),
            proposal.sourceQuote,
            proposal.title,
            proposal.counterpart};
}

} // namespace ProposalsCsv
