#pragma once

#include "database.h"

#include <QString>

/// An SQLite file as Mirador finds it, before it opens it: what the file
/// must be (a regular file, a whole SQLite header, a log beside it or not,
/// who may write it, a schema version this build knows, every page whole
/// when it is small) and how SQLite is then to open it. Nothing here writes
/// to the file.
namespace SqliteFile {

/// How SQLite is to open a file: its name and the connection's options.
struct Target
{
    QString name;
    QString options;
};

/// A file in a folder that cannot be written (a read-only mount) and with no
/// log beside it opens immutable: SQLite would otherwise want to create its
/// -shm file there, and fail with "unable to open database file".
Target target(const QString &path, bool readOnly);

/// What open() may do with a file that check() let through.
struct Checked
{
    int version = 0;         ///< the schema version it is at
    QString readOnlyReason;  ///< why it opens read-only, for the user; empty when it can be written
    bool deferCheck = false; ///< its pages are left to IntegrityCheck (Database::integrityDeferred)
};

/// Why the file at path is not one Mirador may open, in a phrase for
/// "No se puede abrir «...»: %1."; empty when it may, with *checked said.
QString check(const QString &path, Database::Access access, Checked *checked);

} // namespace SqliteFile
