#pragma once

#include "database.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// A PostgreSQL server as Mirador reaches it: the URL it is named by, the
/// connection, and what the user's role there allows.
namespace PostgresServer {

/// Where a database is, from postgresql://user:password@host:port/dbname.
struct Address
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString shown; ///< the URL without its password
};

/// The address in location; none, with *error, when it is not one.
std::optional<Address> parseUrl(const QString &location, QString *error);

/// Opens a connection to a PostgreSQL server; false, with the reason, if it
/// will not answer.
bool connect(const QString &name, const Address &address, const QString &password, QString *error,
             bool *passwordRequired);

/// What open() asks of a database it has just connected to: a schema this
/// build knows and whole, brought up to date when the user may write (the
/// session made read-only when not, *readOnlyReason saying why). Empty when
/// the database may be used, else why not, in a phrase.
QString prepare(QSqlDatabase &db, Database::Access access, const QString &user, QString *readOnlyReason);

/// True when the database already holds Mirador's tables.
bool holdsMirador(QSqlDatabase &db);

/// Makes every later transaction of the session read-only.
bool setReadOnlySession(QSqlDatabase &db, QString *error);

} // namespace PostgresServer
