#include "postgresserver.h"

#include "dbsupport.h"
#include "migrations.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace PostgresServer {
namespace {

/// The version a PostgreSQL database's schema is at; 0 when it has none.
int postgresVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(Sql::pgSchemaVersion)) || !query.next())
        return 0;
    return query.value(0).toInt();
}

/// True when the user's role may change the database's rows.
bool mayWrite(QSqlDatabase &db)
{
    QSqlQuery canWrite(db);
    return canWrite.exec(QString::fromLatin1(Sql::pgCanWrite)) && canWrite.next() && canWrite.value(0).toBool();
}

} // namespace

std::optional<Address> parseUrl(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/')) {
        *error = DatabaseText::tr(
                     "«%1» no es una dirección válida; se espera postgresql://usuario@servidor:puerto/basededatos")
                     .arg(location);
        return std::nullopt;
    }
    QUrl shown = url;
    shown.setPassword(QString());
    return Address{url.host(), url.port(5432), url.userName(), url.password(), database,
                         shown.toString(QUrl::RemovePassword)};
}

bool connect(const QString &name, const Address &address, const QString &password, QString *error,
             bool *passwordRequired)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = DatabaseText::tr("falta el controlador PostgreSQL de Qt (libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    // Without a password libpq looks in PGPASSWORD and ~/.pgpass itself.
    const QString secret = password.isEmpty() ? address.password : password;
    if (!secret.isEmpty())
        db.setPassword(secret);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=mirador"));
    if (db.open())
        return true;
    const QString text = db.lastError().text();
    if (passwordRequired)
        *passwordRequired = text.contains(QLatin1String("password"), Qt::CaseInsensitive);
    *error = DatabaseText::tr("el servidor no aceptó la conexión (%1)").arg(text.trimmed());
    return false;
}

QString prepare(QSqlDatabase &db, Database::Access access, const QString &user, QString *readOnlyReason)
{
    const int version = postgresVersion(db);
    QString reason = Migrations::versionProblem(version);
    if (reason.isEmpty() && version == 0)
        reason = DatabaseText::tr("no es una base de datos de Mirador (no tiene esquema; créela con mirador init)");
    else if (reason.isEmpty())
        reason = Migrations::missingSchema(db, Database::Dialect::PostgreSQL, version);
    if (!reason.isEmpty())
        return reason;
    if (access != Database::Access::ReadWrite || !mayWrite(db)) {
        *readOnlyReason = access == Database::Access::ReadOnly
            ? DatabaseText::tr("abierta solo para lectura")
            : DatabaseText::tr("el usuario %1 no tiene permiso para modificarla").arg(user);
        setReadOnlySession(db, &reason);
        return {};
    }
    if (version < Database::schemaVersion && !inTransaction(db, &reason, [&] {
            return Migrations::migrate(db, Database::Dialect::PostgreSQL, version, &reason);
        }))
        return DatabaseText::tr("no se pudo actualizar su esquema: %1").arg(reason);
    return {};
}

bool holdsMirador(QSqlDatabase &db)
{
    QSqlQuery tables(db);
    bool taken = false;
    if (tables.exec(QString::fromLatin1(Sql::pgTableNames))) {
        while (tables.next() && !taken)
            taken = tables.value(0).toString() == u"result";
    }
    return taken;
}

bool setReadOnlySession(QSqlDatabase &db, QString *error)
{
    return execStatement(db, QString::fromLatin1(Sql::pgReadOnlySession), error);
}

} // namespace PostgresServer
