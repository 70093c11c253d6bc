#pragma once

#include <QString>

namespace TextFold {

/// Folds text for searching: lower case, accents and other combining marks
/// removed, runs of white space collapsed ("Región de Ñuble" -> "region de nuble").
/// SQLite's lower() and LIKE fold ASCII only and PostgreSQL's LIKE is case
/// sensitive, so Mirador stores this folded form in search columns and folds
/// every search term the same way.
QString fold(QStringView text);

/// Escapes LIKE wildcards (% _ and the escape character itself) so that user
/// text is matched literally with "LIKE ? ESCAPE '\'".
QString escapeLike(const QString &folded);

} // namespace TextFold
