#include "regularfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

/// The context of this file's messages in resources/translations.
struct RegularFileText
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)
};

} // namespace

QString RegularFile::whyNot(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return RegularFileText::tr("el archivo no existe");
    if (info.isDir())
        return RegularFileText::tr("es una carpeta, no un archivo");
    if (!info.isFile())
        return RegularFileText::tr("no es un archivo común (es una tubería, un dispositivo o un socket)");
    return {};
}
