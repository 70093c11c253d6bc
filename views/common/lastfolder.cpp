#include "lastfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace LastFolder {

namespace {

QString key(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Database:
        return QStringLiteral("lastFolder/database");
    case Purpose::Import:
        return QStringLiteral("lastFolder/import");
    case Purpose::Export:
        return QStringLiteral("lastFolder/export");
    }
    return {};
}

} // namespace

QString folder(Purpose purpose, const QString &fallback)
{
    const QString kept = QSettings().value(key(purpose)).toString();
    if (!kept.isEmpty() && QFileInfo(kept).isDir())
        return kept;
    return fallback.isEmpty() ? QDir::homePath() : fallback;
}

QString suggest(Purpose purpose, const QString &fileName)
{
    return QDir(folder(purpose)).filePath(fileName);
}

void remember(Purpose purpose, const QString &chosenFile)
{
    if (chosenFile.isEmpty())
        return;
    QSettings().setValue(key(purpose), QFileInfo(chosenFile).absolutePath());
}

} // namespace LastFolder
