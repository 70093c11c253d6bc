#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

/// Undoes an import as a whole, from what ImportJournal logged: the rows it
/// inserted are removed (and the programs it made, when no row names them
/// any more), the values it changed get back what they held before. All in
/// one transaction, and logged in change_log with origin
/// "undo-import:<summary id>", with a summary line of its own, so the
/// history stays true.
///
/// The safe rule: when a row the import wrote was changed after it (an edit,
/// or a later import not undone since), the undo is refused unless the
/// caller passes Later::Override, after telling the person what happens
/// then: the import's rows are removed and its values restored all the
/// same, so those later changes to them are lost (they stay in the history).
namespace ImportUndo {

/// A change made after the import to one of its rows.
struct LaterChange
{
    QString changedAt;
    QString user;
    QString table;
    qint64 rowId = 0;
    QString column;
    QString origin;
};

/// What undoing an import would do.
struct Preview
{
    qint64 summaryId = 0;
    QString fileName;
    QString summary; ///< "3 nuevas, 1 actualizadas", as the import logged it
    qint64 rowsToRemove = 0; ///< rows it inserted (results, indicators)
    qint64 rowsToRestore = 0; ///< rows it changed
    qint64 valuesToRestore = 0;
    QList<LaterChange> later; ///< oldest first
    /// Why it cannot be undone at all (not an import, undone already,
    /// nothing logged); empty when it can.
    QString refusal;
};

/// What the change_log line with this id, an import's summary, did.
std::optional<Preview> preview(const QSqlDatabase &db, qint64 summaryId, QString *error);

/// The summary id of the import a change_log line belongs to (the summary
/// itself or one of its lines, by origin); null when it is none.
QVariant importOf(qint64 changeLogId, const QString &tableName, const QString &origin);

enum class Later { Refuse, Override };

/// Undoes it. False, with *error set and nothing changed, if it cannot be
/// undone, if there are later changes and later is Refuse, or if the
/// database refused.
bool run(const QSqlDatabase &db, qint64 summaryId, Later later, QString *error);

} // namespace ImportUndo
