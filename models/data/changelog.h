#pragma once

#include "boundquery.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// Edits, each written together with a change_log row that says who changed
/// what, from what, to what, when and how (imports log theirs through
/// ImportJournal).
namespace ChangeLog {

/// The bulk change (an import, a join) a change_log line belongs to: its
/// summary line's id. The summary is the line whose table and origin are
/// both kind ("import", "join"); its lines and their undoing carry origin
/// "kind:ID" and "undo-kind:ID". Null for a line of no such change.
QVariant summaryOf(qint64 changeLogId, const QString &tableName, const QString &origin, QLatin1StringView kind);

/// The person editing: the operating-system user.
QString currentUser();

/// Sets table.column of one row to value and logs it, in one transaction;
/// *old receives what was there. table and column are constants of Mirador's
/// (TableSpec), never user text. False, with *error set, if anything failed:
/// then nothing is written.
bool update(const QSqlDatabase &db, const QString &table, const QString &column, qint64 rowId, const QVariant &value,
            const QString &origin, QVariant *old, QString *error);

/// Makes a result's or an indicator's search_text again from its program,
/// region, unit and sentence (after one of them changed); nothing for other
/// tables or a row that is gone. Its statements are prepared once, for the
/// many rows an undone import gives back.
class SearchText
{
public:
    explicit SearchText(const QSqlDatabase &db);
    bool refresh(QStringView table, qint64 rowId, QString *error);

private:
    BoundQuery m_resultParts;
    BoundQuery m_indicatorParts;
    BoundQuery m_resultUpdate;
    BoundQuery m_indicatorUpdate;
};

} // namespace ChangeLog
