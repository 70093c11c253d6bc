#pragma once

#include <QHash>
#include <QPair>
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

/// Whether a report's figures were transcribed from it or generated
/// (report.synthetic, which the window, the exports and the PDF show).
enum class Provenance { Transcribed, Synthetic };

/// The ids loadEmbeddedStructure() gave the report's objectives, actions and
/// programs.
struct EmbeddedStructure
{
    QHash<int, qint64> objectives;          ///< objective number -> id
    QHash<QPair<int, int>, qint64> actions; ///< (objective number, action number) -> id
    QHash<QString, qint64> programs;        ///< program name -> id
};

/// The embedded dataset's structure without its figures: the service, the
/// report (marked synthetic when asked), its 4 objectives and 12 actions, the
/// 15 programs; no results, indicators or milestones. The regions must be
/// loaded already. *ids, when given, receives the new rows' ids.
bool loadEmbeddedStructure(QSqlDatabase &db, QString *error, Provenance provenance = Provenance::Transcribed,
                           EmbeddedStructure *ids = nullptr);

/// The folded text the search box matches for a result and an indicator.
QString resultSearchText(const QString &program, const QString &regionShort, const QString &regionOfficial,
                         const QString &unit, const QString &quote);
QString indicatorSearchText(const QString &name, const QString &program, const QString &regionShort,
                            const QString &regionOfficial, const QString &unit, const QString &quote);

namespace Dataset {

/// The report's text, as published, for checking quotes against it.
QString embeddedSourceText();

} // namespace Dataset
