#include "reportreader.h"

#include "regularfile.h"
#include "reportlayout.h"
#include "reportstructure.h"

#include <QFile>
#include <QStringDecoder>

namespace {

/// The text of a text file, or false with *error set.
bool readText(const QString &fileName, const QByteArray &bytes, SourcePages *pages, QString *error)
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
    // A missing file, a folder or a FIFO: the project's one check of a file to read.
    if (const QString why = RegularFile::whyNot(fileName); !why.isEmpty()) {
        *error = tr("No se puede leer %1: %2.").arg(fileName, why);
        return false;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("No se pudo abrir el archivo %1: %2.").arg(fileName, file.errorString());
        return false;
    }
    // A PDF is read by Poppler from the file; only text is read here.
    const bool pdf = file.peek(5) == "%PDF-";
    const QByteArray bytes = pdf ? QByteArray() : file.readAll();
    if (!pdf && bytes.trimmed().isEmpty()) {
        *error = tr("El archivo %1 está vacío.").arg(fileName);
        return false;
    }
    ReadReport read;
    SourcePages pages;
    read.fromPdf = pdf;
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
