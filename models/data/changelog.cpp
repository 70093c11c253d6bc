#include "changelog.h"

#include "boundquery.h"
#include "dataset.h"
#include "sql.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ChangeLog {
namespace {

bool insertLog(const QSqlDatabase &db, const QString &table, const QVariant &rowId, const QString &column,
               const QVariant &oldValue, const QVariant &newValue, const QString &origin, QString *error)
{
    QSqlQuery log(db);
    if (!log.prepare(QString::fromLatin1(Sql::insertChangeLog))) {
        *error = SqlError::describe(log);
        return false;
    }
    const auto text = [](const QVariant &value) {
        return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
    };
    log.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    log.addBindValue(currentUser());
    log.addBindValue(table);
    log.addBindValue(rowId);
    log.addBindValue(column);
    log.addBindValue(text(oldValue));
    log.addBindValue(text(newValue));
    log.addBindValue(origin);
    if (!log.exec()) {
        *error = SqlError::describe(log);
        return false;
    }
    return true;
}

} // namespace

SearchText::SearchText(const QSqlDatabase &db)
    : m_resultParts(db, Sql::selectResultSearchParts),
      m_indicatorParts(db, Sql::selectIndicatorSearchParts),
      m_resultUpdate(db, Sql::updateResultSearchText),
      m_indicatorUpdate(db, Sql::updateIndicatorSearchText)
{
}

bool SearchText::refresh(QStringView table, qint64 rowId, QString *error)
{
    const bool result = table == u"result";
    if (!result && table != u"indicator")
        return true;
    BoundQuery &parts = result ? m_resultParts : m_indicatorParts;
    if (!parts.run({rowId}, error))
        return false;
    const QVariantList p = parts.firstRow();
    if (p.isEmpty())
        return true; // the row is gone
    const QString text = result
        ? resultSearchText(p[0].toString(), p[1].toString(), p[2].toString(), p[3].toString(), p[4].toString())
        : indicatorSearchText(p[0].toString(), p[1].toString(), p[2].toString(), p[3].toString(), p[4].toString(),
                              p[5].toString());
    return (result ? m_resultUpdate : m_indicatorUpdate).run({text, rowId}, error);
}

QVariant summaryOf(qint64 changeLogId, const QString &tableName, const QString &origin, QLatin1StringView kind)
{
    if (tableName == kind && origin == kind)
        return changeLogId;
    for (const QString &prefix : {kind + u':', QStringLiteral("undo-") + kind + u':'}) {
        if (origin.startsWith(prefix)) {
            bool ok = false;
            const qint64 id = origin.mid(prefix.size()).toLongLong(&ok);
            if (ok)
                return id;
        }
    }
    return {};
}

QString currentUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // A service or a cron job may start without USER; the account is known.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("?");
}

bool update(const QSqlDatabase &db, const QString &table, const QString &column, qint64 rowId, const QVariant &value,
            const QString &origin, QVariant *old, QString *error)
{
    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        *error = SqlError::describe(connection);
        return false;
    }
    const auto fail = [&](const QString &reason) {
        *error = reason;
        connection.rollback();
        return false;
    };
    // Table and column are Mirador's own constants; the values are bound.
    QSqlQuery select(connection);
    if (!select.prepare(QString::fromLatin1(Sql::selectCell).arg(table, column)))
        return fail(SqlError::describe(select));
    select.addBindValue(rowId);
    if (!select.exec() || !select.next())
        return fail(select.lastError().isValid() ? SqlError::describe(select)
                                                 : QStringLiteral("la fila %1 ya no existe").arg(rowId));
    *old = select.value(0);
    select.finish();

    QSqlQuery write(connection);
    if (!write.prepare(QString::fromLatin1(Sql::updateCell).arg(table, column)))
        return fail(SqlError::describe(write));
    write.addBindValue(value);
    write.addBindValue(rowId);
    if (!write.exec())
        return fail(SqlError::describe(write));
    QString reason;
    if (table == u"result" && column == u"beneficiary_unit" && !SearchText(connection).refresh(table, rowId, &reason))
        return fail(reason);
    if (!insertLog(connection, table, rowId, column, *old, value, origin, &reason))
        return fail(reason);
    if (!connection.commit())
        return fail(SqlError::describe(connection));
    return true;
}

} // namespace ChangeLog
