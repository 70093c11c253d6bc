#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QString>

/// The schema's versions: running the migration files in
/// resources/migrations on SQLite or PostgreSQL, and telling whether a
/// database holds all of Mirador's schema at its version.
namespace Migrations {

/// Runs the migration files after `from` up to `to` (1 <= from + 1 <= to <=
/// Database::schemaVersion), in the caller's transaction.
bool migrate(QSqlDatabase &db, Database::Dialect dialect, int from, QString *error, int to = Database::schemaVersion);

/// What of Mirador's schema at `version` (1 to Database::schemaVersion) the
/// database on db lacks, in a sentence; empty when it has all of it. More
/// tables, indexes or columns than Mirador's are allowed.
QString missingSchema(const QSqlDatabase &db, Database::Dialect dialect, int version);

/// Why a schema version is none this build can open; empty when it can (0,
/// no schema, is for the caller).
QString versionProblem(int version);

} // namespace Migrations
