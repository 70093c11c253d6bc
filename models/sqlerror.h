#pragma once

#include <QSqlError>
#include <QString>

/// A database error in the user's words when it is one a user can act on
/// (the database busy, the disk full, the server gone), followed by the
/// driver's own text in parentheses; otherwise the driver's text alone.
QString describeSqlError(const QSqlError &error);
