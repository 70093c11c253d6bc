#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace SqlError {

/// A database error in the user's words when it is one a user can act on
/// (the database busy, the disk full, the server gone), followed by the
/// driver's own text in parentheses; otherwise the driver's text alone.
QString describe(const QSqlError &error);
/// True for SQLite's "the file is damaged" and "not a database".
bool isDamage(const QSqlError &error);
/// The same for a statement's error, saying so when its connection is gone.
QString describe(const QSqlQuery &query);
/// The same for a connection's own error (a transaction that would not
/// begin or commit), saying so when the connection is gone.
QString describe(const QSqlDatabase &db);

} // namespace SqlError
