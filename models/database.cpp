#include "database.h"

#include "dataset.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <atomic>
#include <functional>
#include <optional>

namespace {

/// The context of this file's messages in resources/translations.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mirador-%1").arg(++counter);
}

/// Reasons a file is not a database this build can open, read from the
/// 100-byte SQLite header without asking SQLite, so nothing is written.
///
/// A write-ahead log with content beside the file means a process stopped
/// before or during a checkpoint: the header may then announce pages, and a
/// schema version, that are still only in the log, which SQLite reads back
/// when it opens the file. The header's page count is not held against the
/// file then, and *userVersion is -1: ask SQLite.
QString checkHeader(const QString &path, int *userVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseText::tr("no se puede leer (%1)").arg(file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return DatabaseText::tr("el archivo está vacío; no es una base de datos de Mirador");
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return DatabaseText::tr("no es una base de datos SQLite");
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return DatabaseText::tr("está dañada: la cabecera SQLite no es válida");
    if (size % pageSize != 0)
        return DatabaseText::tr("está dañada o truncada: su tamaño (%1 bytes) no es múltiplo de la página (%2 bytes)")
            .arg(size)
            .arg(pageSize);
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pagesInHeader = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    const bool logPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!logPending && validFor == changeCounter && pagesInHeader > 0 && qint64(pagesInHeader) * pageSize > size)
        return DatabaseText::tr("está truncada: la cabecera anuncia %1 páginas y el archivo tiene %2")
            .arg(pagesInHeader)
            .arg(size / pageSize);
    *userVersion = logPending ? -1 : qFromBigEndian<qint32>(header.constData() + 60);
    return {};
}

const QStringList &requiredTables()
{
    static const QStringList tables{
        QStringLiteral("service"), QStringLiteral("report"),  QStringLiteral("objective"),
        QStringLiteral("action"),  QStringLiteral("program"), QStringLiteral("region"),
        QStringLiteral("result"),  QStringLiteral("indicator"), QStringLiteral("milestone"),
    };
    return tables;
}

/// Opens path with a read-only connection and hands it to look; the reason
/// it gives, or why SQLite could not open the file.
QString inspect(const QString &path, const std::function<QString(QSqlDatabase &)> &look)
{
    const QString name = newConnectionName();
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            reason = DatabaseText::tr("SQLite no la puede abrir (%1)").arg(db.lastError().text());
        else
            reason = look(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reason;
}

/// The schema version SQLite reads (a log included), for checkHeader's -1.
QString readUserVersion(const QString &path, int *userVersion)
{
    return inspect(path, [userVersion](QSqlDatabase &db) {
        QSqlQuery version(db);
        if (!version.exec(QString::fromLatin1(Sql::userVersion)) || !version.next())
            return DatabaseText::tr("SQLite no la puede leer (%1)").arg(version.lastError().text());
        *userVersion = version.value(0).toInt();
        return QString();
    });
}

/// Looks inside with a read-only connection: integrity (unless deferred,
/// see Database::integrityDeferred) and the tables.
QString checkContents(const QString &path, bool checkPages)
{
    return inspect(path, [checkPages](QSqlDatabase &db) {
        QString reason = checkPages ? Database::checkIntegrity(db) : QString();
        if (!reason.isEmpty())
            return reason;
        QSqlQuery tables(db);
        QStringList present;
        if (tables.exec(QString::fromLatin1(Sql::tableNames))) {
            while (tables.next())
                present << tables.value(0).toString();
        }
        for (const QString &table : requiredTables()) {
            if (!present.contains(table))
                return DatabaseText::tr("no es una base de datos de Mirador completa: falta la tabla «%1»").arg(table);
        }
        return QString();
    });
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

/// The version a PostgreSQL database's schema is at; 0 when it has none.
int postgresVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(Sql::pgSchemaVersion)) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList tableNames(QSqlDatabase &db, Database::Dialect dialect)
{
    QSqlQuery query(db);
    QStringList names;
    if (query.exec(QString::fromLatin1(dialect == Database::Dialect::SQLite ? Sql::tableNames : Sql::pgTableNames))) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

QString missingTable(const QStringList &present)
{
    for (const QString &table : requiredTables()) {
        if (!present.contains(table))
            return DatabaseText::tr("no es una base de datos de Mirador completa: falta la tabla «%1»").arg(table);
    }
    return {};
}

/// A migration file's statements for one database: the shared lines and those
/// after "--@ sqlite" or "--@ postgresql" for this one (until "--@ both"),
/// without comments, cut at each ';' that ends a line outside a trigger's
/// BEGIN ... END; or a $$-quoted function body.
QStringList migrationStatements(const QString &script, bool postgres)
{
    QStringList statements;
    QString current;
    bool wanted = true;
    bool inBlock = false;
    bool inDollar = false;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--@"))) {
            const QString part = trimmed.mid(3).trimmed();
            wanted = part == QLatin1String("both")
                || part == (postgres ? QLatin1String("postgresql") : QLatin1String("sqlite"));
            continue;
        }
        if (!wanted || (!inDollar && trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + u'\n';
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (!inDollar && trimmed == QLatin1String("BEGIN"))
            inBlock = true;
        if (inDollar || !trimmed.endsWith(u';') || (inBlock && trimmed != QLatin1String("END;")))
            continue;
        inBlock = false;
        current = current.trimmed();
        current.chop(1);
        if (!current.trimmed().isEmpty())
            statements << current;
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

/// Runs the migration files after `from` up to Database::schemaVersion, in
/// the caller's transaction.
bool migrate(QSqlDatabase &db, Database::Dialect dialect, int from, QString *error)
{
    static const char *const files[] = {":/migrations/0001_initial.sql", ":/migrations/0002_change_log.sql",
                                        ":/migrations/0003_result_call.sql", ":/migrations/0004_result_total.sql",
                                        ":/migrations/0005_program_unique_folded.sql"};
    static_assert(std::size(files) == Database::schemaVersion);
    const bool postgres = dialect == Database::Dialect::PostgreSQL;
    if (postgres && !exec(db, QString::fromLatin1(Sql::pgCreateSchemaTable), error))
        return false;
    for (int version = from + 1; version <= Database::schemaVersion; ++version) {
        QFile file(QString::fromLatin1(files[version - 1]));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = DatabaseText::tr("no se encontró la migración %1").arg(version);
            return false;
        }
        QString script = QString::fromUtf8(file.readAll());
        script.replace(QLatin1String("%ID%"),
                       postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                : QLatin1String("INTEGER PRIMARY KEY"));
        // %SYNC_ID(table)%: after rows were copied ids and all, PostgreSQL's
        // identity must go on after the highest; SQLite needs nothing.
        static const QRegularExpression syncId(QStringLiteral("%SYNC_ID\\((\\w+)\\)%"));
        script.replace(syncId,
                       postgres ? QString::fromLatin1(Sql::pgSyncIdentity).arg(QStringLiteral("\\1")) : QString());
        // %NOW%: the time of the update, as ChangeLog writes it (ISO 8601, UTC).
        script.replace(QLatin1String("%NOW%"), QLatin1String(postgres ? Sql::pgNowIso : Sql::sqliteNowIso));
        for (const QString &statement : migrationStatements(script, postgres)) {
            if (!exec(db, statement, error)) {
                *error = DatabaseText::tr("la migración %1 falló: %2").arg(version).arg(*error);
                return false;
            }
        }
    }
    if (postgres) {
        QSqlQuery insert(db);
        if (!exec(db, QString::fromLatin1(Sql::pgDeleteVersion), error)
            || !insert.prepare(QString::fromLatin1(Sql::pgInsertVersion)))
            return false;
        insert.addBindValue(Database::schemaVersion);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        return true;
    }
    return exec(db, QString::fromLatin1(Sql::setUserVersionPrefix) + QString::number(Database::schemaVersion), error);
}

/// Runs work in a transaction: committed when it returns true, rolled back
/// otherwise.
template<typename Work>
bool inTransaction(QSqlDatabase &db, QString *error, Work work)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!work() || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

/// Where the copy of a file goes before its schema changes: beside it,
/// named for the version and the time ("mirador.respaldo-esquema-3-20261124-110512.sqlite").
QString backupPath(const QFileInfo &file, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("%1.respaldo-esquema-%2-%3").arg(file.completeBaseName()).arg(version).arg(stamp);
    if (!file.suffix().isEmpty())
        name += u'.' + file.suffix();
    return file.absoluteDir().filePath(name);
}

/// Puts the copy back in the file's place, its journal files gone.
void restoreBackup(const QString &path, const QString &backup)
{
    for (const QString &journal : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(journal);
    QFile::remove(path);
    QFile::copy(backup, path);
}

QString describeFailure(const QString &location, const QString &reason)
{
    return DatabaseText::tr("No se puede abrir «%1»: %2.").arg(QDir::toNativeSeparators(location), reason);
}

struct ServerAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString shown; ///< the URL without its password
};

std::optional<ServerAddress> parseUrl(const QString &location, QString *error)
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
    return ServerAddress{url.host(), url.port(5432), url.userName(), url.password(), database,
                         shown.toString(QUrl::RemovePassword)};
}

/// Opens a connection to a PostgreSQL server; false, with the reason, if it
/// will not answer.
bool connectServer(const QString &name, const ServerAddress &address, const QString &password, QString *error,
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
    if (!check.exec(QString::fromLatin1(Sql::quickCheck)))
        return DatabaseText::tr("está dañada (%1)").arg(check.lastError().databaseText());
    if (check.next() && check.value(0).toString() != QLatin1String("ok"))
        return DatabaseText::tr("está dañada (%1)").arg(check.value(0).toString());
    return {};
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
        *error = describeFailure(m_location, db.lastError().text());
        return false;
    }
    // What open() set on the connection, set again.
    QString reason;
    const bool ok = m_dialect == Dialect::SQLite
        ? exec(db, QString::fromLatin1(Sql::foreignKeysOn), &reason)
        : !m_readOnly || exec(db, QString::fromLatin1(Sql::pgReadOnlySession), &reason);
    if (!ok)
        *error = describeFailure(m_location, reason);
    return ok;
}

QSqlDatabase Database::cloneConnection(const QString &name) const
{
    return QSqlDatabase::cloneDatabase(m_connectionName, name);
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
    if (isUrl(location)) {
        const auto address = parseUrl(location, error);
        if (!address) {
            *error = describeFailure(location, *error);
            return nullptr;
        }
        const QString name = newConnectionName();
        std::unique_ptr<Database> database(new Database(name, address->shown, Dialect::PostgreSQL));
        QString reason;
        if (!connectServer(name, *address, password, &reason, passwordRequired)) {
            *error = describeFailure(address->shown, reason);
            return nullptr;
        }
        QSqlDatabase db = database->connection();
        const int version = postgresVersion(db);
        if (version > schemaVersion)
            reason = DatabaseText::tr("fue creada por una versión más reciente de Mirador (esquema %1; esta versión "
                                      "conoce hasta el %2)")
                         .arg(version)
                         .arg(schemaVersion);
        else if (version == 0)
            reason = DatabaseText::tr("no es una base de datos de Mirador (no tiene esquema; créela con mirador init)");
        else
            reason = missingTable(tableNames(db, Dialect::PostgreSQL));
        if (reason.isEmpty()) {
            QSqlQuery canWrite(db);
            const bool writable = access == Access::ReadWrite && canWrite.exec(QString::fromLatin1(Sql::pgCanWrite))
                && canWrite.next() && canWrite.value(0).toBool();
            if (!writable) {
                database->m_readOnly = true;
                database->m_readOnlyReason = access == Access::ReadOnly
                    ? DatabaseText::tr("abierta solo para lectura")
                    : DatabaseText::tr("el usuario %1 no tiene permiso para modificarla").arg(address->user);
                exec(db, QString::fromLatin1(Sql::pgReadOnlySession), &reason);
                reason.clear();
            } else if (version < schemaVersion && !inTransaction(db, &reason, [&] {
                           return migrate(db, Dialect::PostgreSQL, version, &reason);
                       })) {
                reason = DatabaseText::tr("no se pudo actualizar su esquema: %1").arg(reason);
            }
        }
        if (!reason.isEmpty()) {
            *error = describeFailure(address->shown, reason);
            return nullptr;
        }
        return database;
    }

    const QString &path = location;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = describeFailure(path, DatabaseText::tr("el archivo no existe"));
        return nullptr;
    }
    if (info.isDir()) {
        *error = describeFailure(path, DatabaseText::tr("es una carpeta, no un archivo"));
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = describeFailure(path, DatabaseText::tr("falta el controlador SQLite de Qt (libqt6sql6-sqlite)"));
        return nullptr;
    }
    int version = 0;
    QString reason = checkHeader(path, &version);
    if (reason.isEmpty() && version < 0)
        reason = readUserVersion(path, &version);
    if (reason.isEmpty() && version > schemaVersion)
        reason = DatabaseText::tr(
                     "fue creada por una versión más reciente de Mirador (esquema %1; esta versión conoce hasta el %2)")
                     .arg(version)
                     .arg(schemaVersion);
    if (reason.isEmpty() && version == 0)
        reason = DatabaseText::tr("no es una base de datos de Mirador (no tiene esquema)");
    // Every page of a small file is checked before it is shown; a large one's
    // (1,3 s for 500 MB) in the background, once the window shows its rows.
    const bool deferCheck = info.size() > checkAtOpenBytes;
    if (reason.isEmpty())
        reason = checkContents(path, !deferCheck);
    if (!reason.isEmpty()) {
        *error = describeFailure(path, reason);
        return nullptr;
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath(), Dialect::SQLite));
    if (access == Access::ReadOnly) {
        database->m_readOnly = true;
        database->m_readOnlyReason = DatabaseText::tr("abierta solo para lectura");
    } else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        database->m_readOnly = true;
        database->m_readOnlyReason = DatabaseText::tr("el archivo o su carpeta no se pueden escribir");
    }
    database->m_integrityDeferred = deferCheck;
    const bool readOnly = database->m_readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = describeFailure(path, db.lastError().text());
        return nullptr;
    }
    if (readOnly && version < schemaVersion) {
        *error = describeFailure(
            path, DatabaseText::tr("su esquema (versión %1) debe actualizarse y no se puede escribir").arg(version));
        return nullptr;
    }
    if (!exec(db, QString::fromLatin1(Sql::foreignKeysOn), &reason)
        || (!readOnly && !exec(db, QString::fromLatin1(Sql::journalWal), &reason))) {
        *error = describeFailure(path, reason);
        return nullptr;
    }
    if (!readOnly && version < schemaVersion) {
        // A copy of the file as it is, beside it, before its schema changes.
        const QString backup = backupPath(info, version);
        QSqlQuery vacuum(db);
        bool copied = vacuum.prepare(QString::fromLatin1(Sql::vacuumInto));
        if (copied) {
            vacuum.addBindValue(backup);
            copied = vacuum.exec();
        }
        if (!copied) {
            *error = describeFailure(
                path,
                DatabaseText::tr("no se pudo guardar una copia de respaldo en «%1» antes de actualizar su "
                                 "esquema (%2)")
                    .arg(QDir::toNativeSeparators(backup), vacuum.lastError().text()));
            QFile::remove(backup);
            return nullptr;
        }
        vacuum.finish();
        if (!inTransaction(db, &reason, [&] { return migrate(db, Dialect::SQLite, version, &reason); })) {
            // The transaction rolled back; should the file be other than it
            // was all the same, the copy takes its place.
            QSqlQuery check(db);
            const bool asItWas = check.exec(QString::fromLatin1(Sql::userVersion)) && check.next()
                && check.value(0).toInt() == version;
            check.finish();
            db.close();
            if (!asItWas)
                restoreBackup(info.absoluteFilePath(), backup);
            *error = describeFailure(
                path,
                DatabaseText::tr("no se pudo actualizar su esquema (%1); el archivo quedó como estaba y "
                                 "hay una copia de respaldo en «%2»")
                    .arg(reason, QDir::toNativeSeparators(backup)));
            return nullptr;
        }
        database->m_migrationBackup = backup;
    }
    return database;
}

namespace {

/// Schema, regions and, if asked, the embedded dataset or the caller's
/// content, in one transaction.
bool populate(QSqlDatabase &db, Database::Dialect dialect, Database::Content content, const Database::Filler &fill,
              QString *error)
{
    return inTransaction(db, error, [&] {
        if (!migrate(db, dialect, 0, error))
            return false;
        switch (content) {
        case Database::Content::SchemaOnly:
            return !fill || fill(db, error);
        case Database::Content::Empty:
            return loadRegions(db, error);
        case Database::Content::EmbeddedDataset:
            return loadRegions(db, error) && loadEmbeddedDataset(db, error);
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
    if (!read.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id"))) {
        *error = read.lastError().text();
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
    if (!write.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(u',')
                       + QStringLiteral(") VALUES (") + marks.join(u',') + u')')) {
        *error = write.lastError().text();
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = QStringLiteral("%1: %2").arg(table, write.lastError().text());
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    // Identity columns on PostgreSQL go on after the highest id copied.
    if (to.driverName() == u"QPSQL") {
        QSqlQuery sequence(to);
        if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('") + table
                           + QStringLiteral("', 'id'), COALESCE((SELECT MAX(id) FROM ") + table
                           + QStringLiteral("), 0) + 1, false)"))) {
            *error = sequence.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<Database> Database::create(const QString &location, Content content, QString *error,
                                           const QString &password, const Filler &fill)
{
    if (isUrl(location)) {
        const auto address = parseUrl(location, error);
        if (!address) {
            *error = DatabaseText::tr("No se creó «%1»: %2.").arg(location, *error);
            return nullptr;
        }
        const QString name = newConnectionName();
        QString reason;
        {
            if (connectServer(name, *address, password, &reason, nullptr)) {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (tableNames(db, Dialect::PostgreSQL).contains(QStringLiteral("result")))
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

    const QString &path = location;
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

    const QString partial = info.absoluteFilePath() + QStringLiteral(".part-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const auto removePartial = [&partial] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };

    QString reason;
    {
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(partial);
            if (!db.open()) {
                reason = db.lastError().text();
            } else {
                if (!exec(db, QString::fromLatin1(Sql::foreignKeysOn), &reason)
                    || !populate(db, Dialect::SQLite, content, fill, &reason)) {
                    if (reason.isEmpty())
                        reason = DatabaseText::tr("error desconocido");
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (reason.isEmpty() && !QFile::rename(partial, info.absoluteFilePath()))
        reason = DatabaseText::tr("no se pudo mover el archivo a su lugar");
    if (!reason.isEmpty()) {
        removePartial();
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
