#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

/// Joins two names that are one program: the reader and the importer match
/// a program by its folded name, so "Capital Semilla" and "Capital Semilla
/// Emprende" in two years of one service stay two programs until a person
/// says they are one. Every row of the program joined (results and
/// indicators, the only tables with a program_id; result_total follows by
/// its triggers) moves to the program kept, and the first is removed, in one
/// transaction. Where a row of each would then be the same row for the
/// importer (same objective, year, region and call; an indicator's name),
/// the join is refused and nothing is written: which of two figures is right
/// is a person's call, never Mirador's.
///
/// The join is logged in change_log as an import is (sql.h says how), so
/// the history shows it and undo() can take it back exactly.
namespace ProgramJoin {

/// A program as the join dialog lists it.
struct Program
{
    qint64 id = 0;
    QString name;
    qint64 results = 0;
    qint64 indicators = 0;
    /// "SERCOTEC 2025": the reports whose rows name it, by year, then service.
    QStringList reports;
};

/// Every program, by name, with its rows and reports.
std::optional<QList<Program>> programs(const QSqlDatabase &db, QString *error);

/// What a join (or its undo) did.
struct Outcome
{
    qint64 summaryId = 0; ///< the change_log summary line
    QString from; ///< the program joined (removed; back after an undo)
    QString into; ///< the program kept
    qint64 results = 0; ///< rows moved
    qint64 indicators = 0;
};

/// Moves every row of program from to program into and removes from. False
/// (nullopt) with *error in Spanish, and nothing written, when either is
/// missing, they are the same, their rows collide (the message names the
/// first ones: objective, report, year, region) or the database refused.
std::optional<Outcome> join(const QSqlDatabase &db, qint64 from, qint64 into, QString *error);

/// The summary id of the join a change_log line belongs to (its summary,
/// one of its lines, or a line of its undo); null when it is none.
QVariant joinOf(qint64 changeLogId, const QString &tableName, const QString &origin);

/// Takes back the join logged at summaryId: its program again, under its own
/// id when that is free, with the rows the join moved that are still the
/// kept program's (rows added to it since stay). Refused, with nothing
/// written, when it was undone already, the kept program is gone (joined on
/// into another) or a program of the same folded name exists again.
std::optional<Outcome> undo(const QSqlDatabase &db, qint64 summaryId, QString *error);

/// "4 resultados, 2 indicadores" as a person reads it: the locale's
/// numbers, the singular for one.
QString rowCounts(qint64 results, qint64 indicators);

/// The counts a summary line logs ("3 resultados, 1 indicadores"), and back.
QString countsText(qint64 results, qint64 indicators);
bool parseCounts(const QString &text, qint64 *results, qint64 *indicators, bool *undone);

} // namespace ProgramJoin
