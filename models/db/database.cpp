#include "database.h"

#include "dataset.h"
#include "dbsupport.h"
#include "migrations.h"
#include "postgresserver.h"
#include "sql.h"
#include "sqlitebackup.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

// Opening, creating and copying a database. What a file must be before it
// opens is sqlitefile.cpp's, the copy before its schema changes
// sqlitebackup.cpp's, the server and its URL postgresserver.cpp's, the
// schema's versions migrations.cpp's.

namespace {

QString describeFailure(const QString &location, const QString &reason)
{
    return DatabaseText::tr("No se puede abrir «%1»: %2.").arg(QDir::toNativeSeparators(location), reason);
}

/// Brings an SQLite file's schema from `version` up to date, after a copy
/// of it (*backup) is made; false, with *reason, when it could not.
bool updateSchema(QSqlDatabase &db, const QString &file, int version, QString *backup, QString *reason)
{
    const QString copy = SqliteFile::backUp(db, file, version, reason);
    if (copy.isEmpty())
        return false;
    if (!inTransaction(db, reason,
                       [&] { return Migrations::migrate(db, Database::Dialect::SQLite, version, reason); })) {
        // The transaction rolled back; should the file be other than it
        // was all the same, the copy takes its place.
        QSqlQuery check(db);
        const bool asItWas = check.exec(QString::fromLatin1(Sql::userVersion)) && check.next()
            && check.value(0).toInt() == version;
        check.finish();
        db.close();
        if (!asItWas)
            SqliteFile::restoreBackup(file, copy);
        *reason = DatabaseText::tr("no se pudo actualizar su esquema (%1); el archivo quedó como estaba y "
                                   "hay una copia de respaldo en «%2»")
                      .arg(*reason, QDir::toNativeSeparators(copy));
        return false;
    }
    *backup = copy;
    return true;
}

/// Schema, regions and, if asked, the embedded dataset or the caller's
/// content, in one transaction.
bool populate(QSqlDatabase &db, Database::Dialect dialect, Database::Content content, const Database::Filler &fill,
              QString *error)
{
    return inTransaction(db, error, [&] {
        if (!Migrations::migrate(db, dialect, 0, error))
            return false;
        switch (content) {
        case Database::Content::SchemaOnly:
            return !fill || fill(db, error);
        case Database::Content::Empty:
            return Dataset::loadRegions(db, error);
        case Database::Content::EmbeddedDataset:
            return Dataset::loadRegions(db, error) && Dataset::loadEmbedded(db, error);
        }
        return false;
    });
}

/// The tables in the order their foreign keys allow.
const QStringList &copyOrder()
{
    static const QStringList tables{
        QStringLiteral("service"), QStringLiteral("report"),    QStringLiteral("objective"),
        QStringLiteral("action"),  QStringLiteral("program"),   QStringLiteral("region"),
        QStringLiteral("result"),  QStringLiteral("indicator"), QStringLiteral("milestone"),
        QStringLiteral("change_log"),
    };
    return tables;
}

/// Copies one table, row by row with bound values. Table and column names
/// come from Mirador's own schema, never from input.
bool copyTable(const QSqlDatabase &from, QSqlDatabase &to, const QString &table, QString *error)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QString::fromLatin1(Sql::selectWholeTable).arg(table))) {
        *error = SqlError::describe(read);
        return false;
    }
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery write(to);
    if (!write.prepare(QString::fromLatin1(Sql::insertWholeRow).arg(table, columns.join(u','), marks.join(u',')))) {
        *error = SqlError::describe(write);
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = QStringLiteral("%1: %2").arg(table, SqlError::describe(write));
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = SqlError::describe(read);
        return false;
    }
    // Identity columns on PostgreSQL go on after the highest id copied.
    if (to.driverName() == u"QPSQL") {
        QSqlQuery sequence(to);
        if (!sequence.exec(QString::fromLatin1(Sql::pgSyncIdentity).arg(table))) {
            *error = SqlError::describe(sequence);
            return false;
        }
    }
    return true;
}

/// Writes a new SQLite file at partial: the schema and the content, in one
/// transaction. Empty when done, else why not.
QString writeFile(const QString &partial, Database::Content content, const Database::Filler &fill)
{
    QString reason;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(partial);
        if (!db.open()) {
            reason = SqlError::describe(db.lastError());
        } else {
            if (!execStatement(db, QString::fromLatin1(Sql::foreignKeysOn), &reason)
                || !populate(db, Database::Dialect::SQLite, content, fill, &reason)) {
                if (reason.isEmpty())
                    reason = DatabaseText::tr("error desconocido");
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return reason;
}

} // namespace

Database::Database(QString connectionName, QString location, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_dialect(dialect)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::checkIntegrity(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    // Only SQLite's "damaged" is damage: a lock held by another program, a
    // file that cannot be written are said as what they are.
    if (!check.exec(QString::fromLatin1(Sql::quickCheck)))
        return SqlError::isDamage(check.lastError()) ? DatabaseText::tr("está dañada (%1)").arg(check.lastError().databaseText())
                                           : DatabaseText::tr("no se pudo revisar: %1").arg(SqlError::describe(check));
    if (check.next() && check.value(0).toString() != QLatin1String("ok"))
        return DatabaseText::tr("está dañada (%1)").arg(check.value(0).toString());
    return {};
}

QString Database::checkBeforeWriting()
{
    if (!m_integrityDeferred)
        return {};
    const QString damage = checkIntegrity(connection());
    m_integrityDeferred = false;
    if (!damage.isEmpty())
        setReadOnly(damage);
    return damage;
}

void Database::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
}

bool Database::connectionLost() const
{
    QSqlQuery ping(connection());
    return !ping.exec(QString::fromLatin1(Sql::ping)) || !ping.next();
}

bool Database::reconnect(QString *error)
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        *error = describeFailure(m_location, SqlError::describe(db.lastError()));
        return false;
    }
    // What open() set on the connection, set again.
    QString reason;
    const bool ok = m_dialect == Dialect::SQLite
        ? execStatement(db, QString::fromLatin1(Sql::foreignKeysOn), &reason)
        : !m_readOnly || PostgresServer::setReadOnlySession(db, &reason);
    if (!ok)
        *error = describeFailure(m_location, reason);
    return ok;
}

bool Database::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<Database> Database::open(const QString &location, Access access, QString *error,
                                         const QString &password, bool *passwordRequired)
{
    if (passwordRequired)
        *passwordRequired = false;
    return isUrl(location) ? openServer(location, access, error, password, passwordRequired)
                           : openFile(location, access, error);
}

std::unique_ptr<Database> Database::openServer(const QString &location, Access access, QString *error,
                                               const QString &password, bool *passwordRequired)
{
    const auto address = PostgresServer::parseUrl(location, error);
    if (!address) {
        *error = describeFailure(location, *error);
        return nullptr;
    }
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, address->shown, Dialect::PostgreSQL));
    QString reason;
    if (!PostgresServer::connect(name, *address, password, &reason, passwordRequired)) {
        *error = describeFailure(address->shown, reason);
        return nullptr;
    }
    QSqlDatabase db = database->connection();
    reason = PostgresServer::prepare(db, access, address->user, &database->m_readOnlyReason);
    if (!reason.isEmpty()) {
        *error = describeFailure(address->shown, reason);
        return nullptr;
    }
    database->m_readOnly = !database->m_readOnlyReason.isEmpty();
    return database;
}

std::unique_ptr<Database> Database::openFile(const QString &path, Access access, QString *error)
{
    SqliteFile::Checked checked;
    QString reason = SqliteFile::check(path, access, &checked);
    if (!reason.isEmpty()) {
        *error = describeFailure(path, reason);
        return nullptr;
    }
    const QFileInfo info(path);
    const bool readOnly = !checked.readOnlyReason.isEmpty();
    const int version = checked.version;
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath(), Dialect::SQLite));
    database->m_readOnly = readOnly;
    database->m_readOnlyReason = checked.readOnlyReason;
    database->m_integrityDeferred = checked.deferCheck;
    const SqliteFile::Target target = SqliteFile::target(info.absoluteFilePath(), readOnly);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(target.name);
    db.setConnectOptions(target.options);
    if (!db.open()) {
        *error = describeFailure(path, SqlError::describe(db.lastError()));
        return nullptr;
    }
    if (readOnly && version < schemaVersion) {
        *error = describeFailure(
            path, DatabaseText::tr("su esquema (versión %1) debe actualizarse y no se puede escribir").arg(version));
        return nullptr;
    }
    if (!execStatement(db, QString::fromLatin1(Sql::foreignKeysOn), &reason)
        || (!readOnly && !execStatement(db, QString::fromLatin1(Sql::journalWal), &reason))
        || (!readOnly && version < schemaVersion
            && !updateSchema(db, info.absoluteFilePath(), version, &database->m_migrationBackup, &reason))) {
        *error = describeFailure(path, reason);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::create(const QString &location, Content content, QString *error,
                                           const QString &password, const Filler &fill)
{
    return isUrl(location) ? createOnServer(location, content, error, password, fill)
                           : createFile(location, content, error, fill);
}

std::unique_ptr<Database> Database::createOnServer(const QString &location, Content content, QString *error,
                                                   const QString &password, const Filler &fill)
{
    const auto address = PostgresServer::parseUrl(location, error);
    if (!address) {
        *error = DatabaseText::tr("No se creó «%1»: %2.").arg(location, *error);
        return nullptr;
    }
    const QString name = newConnectionName();
    QString reason;
    {
        if (PostgresServer::connect(name, *address, password, &reason, nullptr)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (PostgresServer::holdsMirador(db))
                reason = DatabaseText::tr("ya contiene una base de datos de Mirador");
            else if (!populate(db, Dialect::PostgreSQL, content, fill, &reason) && reason.isEmpty())
                reason = DatabaseText::tr("error desconocido");
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!reason.isEmpty()) {
        *error = DatabaseText::tr("No se creó «%1»: %2.").arg(address->shown, reason);
        return nullptr;
    }
    return open(location, Access::ReadWrite, error, password);
}

std::unique_ptr<Database> Database::createFile(const QString &path, Content content, QString *error,
                                               const Filler &fill)
{
    const QFileInfo info(path);
    if (info.exists()) {
        *error = DatabaseText::tr("No se creó «%1»: ya existe.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (!info.absoluteDir().exists()) {
        *error = DatabaseText::tr("No se creó «%1»: la carpeta «%2» no existe.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = DatabaseText::tr("No se creó «%1»: falta el controlador SQLite de Qt (libqt6sql6-sqlite).")
                     .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }

    SqliteFile::removeLeftovers(info.absoluteDir());
    const QString partial = SqliteFile::temporaryName(info.absoluteFilePath());
    QString reason = writeFile(partial, content, fill);
    if (reason.isEmpty() && !QFile::rename(partial, info.absoluteFilePath()))
        reason = DatabaseText::tr("no se pudo mover el archivo a su lugar");
    if (!reason.isEmpty()) {
        SqliteFile::removeTemporary(partial);
        *error = DatabaseText::tr("No se creó «%1»: %2.").arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    }
    return open(info.absoluteFilePath(), Access::ReadWrite, error);
}

std::unique_ptr<Database> Database::copyTo(const QString &target, QString *error) const
{
    const QSqlDatabase source = connection();
    return create(target, Content::SchemaOnly, error, {}, [&source](QSqlDatabase &db, QString *reason) {
        for (const QString &table : copyOrder()) {
            if (!copyTable(source, db, table, reason))
                return false;
        }
        return true;
    });
}

QString Database::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/Mirador/mirador");
    return folder + QStringLiteral("/mirador.sqlite");
}

std::unique_ptr<Database> Database::openDefault(QString *error)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, Access::ReadWrite, error);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = DatabaseText::tr("No se pudo crear la carpeta de datos «%1».")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return nullptr;
    }
    return create(path, Content::EmbeddedDataset, error);
}
