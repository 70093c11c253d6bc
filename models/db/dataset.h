#pragma once

#include <QSqlDatabase>
#include <QString>

// The loaders run inside the caller's transaction.

namespace Dataset {

/// Chile's 16 regions (resources/data/regions-cl.tsv) plus "Nacional", code
/// 00, for figures a report does not break down by region.
bool loadRegions(QSqlDatabase &db, QString *error);

/// The embedded dataset: every figure of Sercotec's BGI 2025, Etapa 1, each
/// with the sentence it came from (resources/data/bgi-2025-sercotec.json).
bool loadEmbedded(QSqlDatabase &db, QString *error);

} // namespace Dataset

/// The folded text the search box matches for a result and an indicator.
QString resultSearchText(const QString &program, const QString &regionShort, const QString &regionOfficial,
                         const QString &unit, const QString &quote);
QString indicatorSearchText(const QString &name, const QString &program, const QString &regionShort,
                            const QString &regionOfficial, const QString &unit, const QString &quote);

namespace Dataset {

/// The report's text, as published, for checking quotes against it.
QString embeddedSourceText();

} // namespace Dataset
