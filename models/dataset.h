#pragma once

#include <QSqlDatabase>
#include <QString>

// Both run inside the caller's transaction.

/// Chile's 16 regions (resources/data/regions-cl.tsv) plus "Nacional", code
/// 00, for figures a report does not break down by region.
bool loadRegions(QSqlDatabase &db, QString *error);

/// The embedded dataset: every figure of Sercotec's BGI 2025, Etapa 1, each
/// with the sentence it came from (resources/data/bgi-2025-sercotec.json).
bool loadEmbeddedDataset(QSqlDatabase &db, QString *error);

/// The report's text, as published, for checking quotes against it.
QString embeddedSourceText();
