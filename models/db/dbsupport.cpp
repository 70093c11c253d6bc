#include "dbsupport.h"

#include <QSqlQuery>

#include <atomic>

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mirador-%1").arg(++counter);
}

bool execStatement(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = SqlError::describe(query);
    return false;
}
