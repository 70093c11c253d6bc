#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "sqlerror.h"

// What the files that open, create and migrate a database share; not for
// use outside models/db.

/// The context of the db room's messages in resources/translations: they
/// were all written in database.cpp, and keep its context.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

/// A name no other connection has ("mirador-1", "mirador-2", ...).
QString newConnectionName();

/// Runs a statement that binds nothing; false, with *error, when it fails.
bool execStatement(QSqlDatabase &db, const QString &statement, QString *error);

/// Runs work in a transaction: committed when it returns true, rolled back
/// otherwise.
template<typename Work>
bool inTransaction(QSqlDatabase &db, QString *error, Work work)
{
    if (!db.transaction()) {
        *error = SqlError::describe(db);
        return false;
    }
    if (!work() || !db.commit()) {
        if (error->isEmpty())
            *error = SqlError::describe(db);
        db.rollback();
        return false;
    }
    return true;
}
