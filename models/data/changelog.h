#pragma once

#include "boundquery.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// Edits, each written together with a change_log row that says who changed
/// what, from what, to what, when and how (imports log theirs through
/// ImportJournal).
namespace ChangeLog {

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
