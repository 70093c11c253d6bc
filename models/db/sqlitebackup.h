#pragma once

#include <QDir>
#include <QSqlDatabase>
#include <QString>

/// Files written beside an SQLite file: a new file under a temporary name
/// until it is whole, and the copy made before a schema update.
namespace SqliteFile {

/// A name for a file being written, beside its final place: the process's
/// id in it tells a later run whether the writer is still alive.
QString temporaryName(const QString &finalPath);

/// Removes a file written under temporaryName() and its journals.
void removeTemporary(const QString &partial);

/// Removes what killed runs of Mirador left in folder: temporary files
/// (temporaryName) whose process is gone, and those of builds that put no
/// process id in the name once they are a day old.
void removeLeftovers(const QDir &folder);

/// A copy of the database on db at `version`, beside its file, before its
/// schema changes: written under a temporary name and renamed when whole, or
/// the copy an earlier, failed update left (earlierBackup). Empty, with
/// *error, when it could not be made.
QString backUp(QSqlDatabase &db, const QString &path, int version, QString *error);

/// Puts the copy back in the file's place, its journal files gone.
void restoreBackup(const QString &path, const QString &backup);

} // namespace SqliteFile
