#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// Edits and imports, each written together with a change_log row that says
/// who changed what, from what, to what, when and how.
namespace ChangeLog {

/// The person editing: the operating-system user.
QString currentUser();

/// Sets table.column of one row to value and logs it, in one transaction;
/// *old receives what was there. table and column are constants of Mirador's
/// (TableSpec), never user text. False, with *error set, if anything failed:
/// then nothing is written.
bool update(const QSqlDatabase &db, const QString &table, const QString &column, qint64 rowId, const QVariant &value,
            const QString &origin, QVariant *old, QString *error);

/// Logs an import (one row), inside the caller's transaction.
bool logImport(const QSqlDatabase &db, const QString &fileName, qint64 inserted, qint64 updated, QString *error);

} // namespace ChangeLog
