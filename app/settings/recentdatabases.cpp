#include "recentdatabases.h"

#include "database.h"

#include <QFileInfo>
#include <QSettings>

namespace RecentDatabases {

namespace {

const QString key = QStringLiteral("recentDatabases");

void store(const QStringList &locations)
{
    QSettings().setValue(key, locations);
}

} // namespace

QStringList list()
{
    return QSettings().value(key).toStringList();
}

void remember(const QString &location)
{
    QStringList locations = list();
    locations.removeAll(location);
    locations.prepend(location);
    while (locations.size() > maximum)
        locations.removeLast();
    store(locations);
}

void forget(const QString &location)
{
    QStringList locations = list();
    locations.removeAll(location);
    store(locations);
}

QString lastFile()
{
    for (const QString &location : list()) {
        if (Database::isUrl(location))
            continue;
        return QFileInfo::exists(location) ? location : QString();
    }
    return {};
}

} // namespace RecentDatabases
