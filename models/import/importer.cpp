#include "importer.h"

#include "importertext.h"
#include "regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

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
    QString reason = RegularFile::whyNot(fileName);
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
