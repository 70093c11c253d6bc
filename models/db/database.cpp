#include "database.h"

#include "bounds.h"

#include "dataset.h"
#include "regularfile.h"
#include "sql.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <signal.h>

#include <cerrno>
#endif

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

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
/// file then, and *userVersion is empty: ask SQLite.
QString checkHeader(const QString &path, std::optional<int> *userVersion)
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
    if (!logPending)
        *userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    return {};
}

/// How SQLite is to open a file: its name and the connection's options.
struct SqliteTarget
{
    QString name;
    QString options;
};

/// A file in a folder that cannot be written (a read-only mount) and with no
/// log beside it opens immutable: SQLite would otherwise want to create its
/// -shm file there, and fail with "unable to open database file".
SqliteTarget sqliteTarget(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return {QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))
                    + QStringLiteral("?immutable=1"),
                QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")};
    return {info.absoluteFilePath(), readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
}

/// Opens path with a read-only connection and hands it to look; the reason
/// it gives, or why SQLite could not open the file.
QString inspect(const QString &path, const std::function<QString(QSqlDatabase &)> &look)
{
    const QString name = newConnectionName();
    QString reason;
    {
        const SqliteTarget target = sqliteTarget(path, true);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target.name);
        db.setConnectOptions(target.options);
        if (!db.open())
            reason = DatabaseText::tr("SQLite no la puede abrir: %1").arg(describeSqlError(db.lastError()));
        else
            reason = look(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reason;
}

/// The schema version SQLite reads (a log included), when checkHeader leaves it to SQLite.
QString readUserVersion(const QString &path, int *userVersion)
{
    return inspect(path, [userVersion](QSqlDatabase &db) {
        QSqlQuery version(db);
        if (!version.exec(QString::fromLatin1(Sql::userVersion)) || !version.next())
            return DatabaseText::tr("SQLite no la puede leer: %1").arg(describeSqlError(version));
        *userVersion = version.value(0).toInt();
        return QString();
    });
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = describeSqlError(query);
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

/// Migration `version`'s statements for one database; empty, with *error,
/// when the file is not there.
QStringList migrationScript(int version, bool postgres, QString *error)
{
    static const char *const files[] = {":/migrations/0001_initial.sql", ":/migrations/0002_change_log.sql",
                                        ":/migrations/0003_result_call.sql", ":/migrations/0004_result_total.sql",
                                        ":/migrations/0005_program_unique_folded.sql", ":/migrations/0006_figure_bounds.sql",
                                        ":/migrations/0007_figure_source.sql"};
    static_assert(std::size(files) == Database::schemaVersion);
    QFile file(QString::fromLatin1(files[version - 1]));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = DatabaseText::tr("no se encontró la migración %1").arg(version);
        return {};
    }
    QString script = QString::fromUtf8(file.readAll());
    script.replace(QLatin1String("%ID%"),
                   postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                            : QLatin1String("INTEGER PRIMARY KEY"));
    // %SYNC_ID(table)%: after rows were copied ids and all, PostgreSQL's
    // identity must go on after the highest; SQLite needs nothing.
    static const QRegularExpression syncId(QStringLiteral("%SYNC_ID\\((\\w+)\\)%"));
    script.replace(syncId, postgres ? QString::fromLatin1(Sql::pgSyncIdentity).arg(QStringLiteral("\\1")) : QString());
    // %NOW%: the time of the update, as ChangeLog writes it (ISO 8601, UTC).
    script.replace(QLatin1String("%NOW%"), QLatin1String(postgres ? Sql::pgNowIso : Sql::sqliteNowIso));
    return migrationStatements(script, postgres);
}

/// False, with *error naming the row, when a result or an indicator holds a
/// figure past maxFigure: schema 6 bounds them, and a file written before
/// may hold one (an import took 9223372036854775807). Nothing is changed.
bool figuresWithinBounds(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(Sql::firstFigureOutOfBounds))) {
        *error = describeSqlError(query);
        return false;
    }
    for (const qint64 bound : {maxFigure, maxFigure, -maxFigure, maxFigure})
        query.addBindValue(bound);
    if (!query.exec()) {
        *error = describeSqlError(query);
        return false;
    }
    if (!query.next())
        return true;
    *error = DatabaseText::tr("la fila %1 de la tabla %2 tiene %3 = %4, fuera de lo que Mirador guarda (cifras de "
                              "-%5 a %5; presupuestos y beneficiarios desde 0). Corríjala con sqlite3 o psql y "
                              "vuelva a abrir el archivo.")
                 .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString(),
                      query.value(3).toString(), QLocale(QLocale::Spanish, QLocale::Chile).toString(maxFigure));
    return false;
}

/// Runs the migration files after `from` up to `to` (1 <= from + 1 <= to <=
/// Database::schemaVersion), in the caller's transaction.
bool migrate(QSqlDatabase &db, Database::Dialect dialect, int from, QString *error, int to = Database::schemaVersion)
{
    const bool postgres = dialect == Database::Dialect::PostgreSQL;
    if (postgres && !exec(db, QString::fromLatin1(Sql::pgCreateSchemaTable), error))
        return false;
    for (int version = from + 1; version <= to; ++version) {
        const QStringList statements = migrationScript(version, postgres, error);
        if (statements.isEmpty() || (version == 6 && !figuresWithinBounds(db, error)))
            return false;
        for (const QString &statement : statements) {
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
        insert.addBindValue(to);
        if (!insert.exec()) {
            *error = describeSqlError(insert);
            return false;
        }
        return true;
    }
    return exec(db, QString::fromLatin1(Sql::setUserVersionPrefix) + QString::number(to), error);
}

/// Mirador's schema at one version, or a database's as it is: each table,
/// index and trigger by type and name, and each table's columns.
struct Schema
{
    QList<std::pair<QString, QString>> objects; ///< (type, name), in the order they were made
    QHash<QString, QStringList> columns;        ///< a table's columns
};

const QString tableType = QStringLiteral("table");
const QString triggerType = QStringLiteral("trigger");

/// The schema of the database on db; only the columns of the tables in
/// `wanted` are read.
Schema readSchema(const QSqlDatabase &db, Database::Dialect dialect, const Schema &wanted)
{
    const bool postgres = dialect == Database::Dialect::PostgreSQL;
    Schema schema;
    QSqlQuery objects(db);
    objects.setForwardOnly(true);
    if (objects.exec(QString::fromLatin1(postgres ? Sql::pgSchemaObjects : Sql::schemaObjects))) {
        while (objects.next())
            schema.objects.append({objects.value(0).toString(), objects.value(1).toString()});
    }
    QSqlQuery columns(db);
    columns.setForwardOnly(true);
    if (!columns.prepare(QString::fromLatin1(postgres ? Sql::pgTableColumns : Sql::tableColumns)))
        return schema;
    for (const auto &object : std::as_const(wanted.objects)) {
        if (object.first != tableType || !schema.objects.contains(object))
            continue;
        columns.addBindValue(object.second);
        if (!columns.exec())
            continue;
        QStringList &names = schema.columns[object.second];
        while (columns.next())
            names << columns.value(0).toString();
    }
    return schema;
}

/// What Mirador's migrations make, at each version (index 0: version 1):
/// built once, by running them one version at a time on an in-memory SQLite
/// database, so that a new migration is checked for without anyone listing
/// its names. PostgreSQL's triggers differ from SQLite's (one function
/// serves all three), so they are taken from the migrations' PostgreSQL
/// statements. *error says why the schema could not be built, should it fail.
struct ExpectedSchemas
{
    std::vector<Schema> sqlite;
    std::vector<Schema> postgres;
    QString error;
};

const ExpectedSchemas &expectedSchemas()
{
    static const ExpectedSchemas expected = [] {
        ExpectedSchemas built;
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (!db.open())
                built.error = describeSqlError(db.lastError());
            static const QRegularExpression createTrigger(
                QStringLiteral("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?TRIGGER\\s+(\\w+)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression dropTrigger(
                QStringLiteral("^\\s*DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
                QRegularExpression::CaseInsensitiveOption);
            QStringList postgresTriggers;
            for (int version = 1; built.error.isEmpty() && version <= Database::schemaVersion; ++version) {
                if (!migrate(db, Database::Dialect::SQLite, version - 1, &built.error, version))
                    break;
                Schema schema = readSchema(db, Database::Dialect::SQLite, readSchema(db, Database::Dialect::SQLite, {}));
                for (const QString &statement : migrationScript(version, true, &built.error)) {
                    if (const auto match = createTrigger.match(statement); match.hasMatch())
                        postgresTriggers << match.captured(1);
                    else if (const auto drop = dropTrigger.match(statement); drop.hasMatch())
                        postgresTriggers.removeAll(drop.captured(1));
                }
                Schema postgres = schema;
                postgres.objects.removeIf([](const auto &object) { return object.first == triggerType; });
                for (const QString &trigger : std::as_const(postgresTriggers))
                    postgres.objects.append({triggerType, trigger});
                built.sqlite.push_back(std::move(schema));
                built.postgres.push_back(std::move(postgres));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return built;
    }();
    return expected;
}

/// What of Mirador's schema at `version` (1 to Database::schemaVersion) the
/// database on db lacks, in a sentence; empty when it has all of it. More
/// tables, indexes or columns than Mirador's are allowed.
QString missingSchema(const QSqlDatabase &db, Database::Dialect dialect, int version)
{
    const ExpectedSchemas &all = expectedSchemas();
    if (!all.error.isEmpty() || version < 1 || std::size_t(version) > all.sqlite.size())
        return DatabaseText::tr("no se pudo saber qué esquema debe tener (%1)").arg(all.error);
    const Schema &expected = (dialect == Database::Dialect::SQLite ? all.sqlite : all.postgres)[version - 1];
    const Schema present = readSchema(db, dialect, expected);
    QStringList missing;
    for (const auto &[type, name] : expected.objects) {
        if (!present.objects.contains(std::pair(type, name))) {
            missing << (type == tableType ? DatabaseText::tr("la tabla «%1»").arg(name)
                            : type == triggerType ? DatabaseText::tr("el disparador «%1»").arg(name)
                                                  : DatabaseText::tr("el índice «%1»").arg(name));
            continue;
        }
        const QStringList has = present.columns.value(name);
        for (const QString &column : expected.columns.value(name)) {
            if (!has.contains(column))
                missing << DatabaseText::tr("la columna «%1» de la tabla «%2»").arg(column, name);
        }
    }
    if (missing.isEmpty())
        return {};
    return DatabaseText::tr("no es una base de datos de Mirador completa: falta %1").arg(missing.join(QStringLiteral(", ")));
}

/// Looks inside with a read-only connection: integrity (unless deferred,
/// see Database::integrityDeferred) and the schema at `version`.
QString checkContents(const QString &path, bool checkPages, int version)
{
    return inspect(path, [checkPages, version](QSqlDatabase &db) {
        const QString reason = checkPages ? Database::checkIntegrity(db) : QString();
        return reason.isEmpty() ? missingSchema(db, Database::Dialect::SQLite, version) : reason;
    });
}

/// Why a schema version is none this build can open; empty when it can (0,
/// no schema, is for the caller).
QString versionProblem(int version)
{
    if (version > Database::schemaVersion)
        return DatabaseText::tr(
                   "fue creada por una versión más reciente de Mirador (esquema %1; esta versión conoce hasta el %2)")
            .arg(version)
            .arg(Database::schemaVersion);
    if (version < 0)
        return DatabaseText::tr("su versión de esquema (%1) no es una que Mirador haya escrito; no es una base de "
                                "datos de Mirador válida")
            .arg(version);
    return {};
}

/// Runs work in a transaction: committed when it returns true, rolled back
/// otherwise.
template<typename Work>
bool inTransaction(QSqlDatabase &db, QString *error, Work work)
{
    if (!db.transaction()) {
        *error = describeSqlError(db);
        return false;
    }
    if (!work() || !db.commit()) {
        if (error->isEmpty())
            *error = describeSqlError(db);
        db.rollback();
        return false;
    }
    return true;
}

/// Where the copy of a file goes before its schema changes: beside it,
/// named for the version and the time to the millisecond, and a counter
/// should that name be taken ("mirador.respaldo-esquema-3-20261124-110512-042.sqlite").
QString backupPath(const QFileInfo &file, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString stem = QStringLiteral("%1.respaldo-esquema-%2-%3").arg(file.completeBaseName()).arg(version).arg(stamp);
    const QString suffix = file.suffix().isEmpty() ? QString() : u'.' + file.suffix();
    QString path = file.absoluteDir().filePath(stem + suffix);
    for (int counter = 2; QFileInfo::exists(path); ++counter)
        path = file.absoluteDir().filePath(QStringLiteral("%1-%2%3").arg(stem).arg(counter).arg(suffix));
    return path;
}

/// A whole copy of the file at `version` that an earlier, failed update
/// made while the file was as it is now: a copy bears the time of the
/// file's last change, and the file changes no more once its log is
/// checkpointed. Empty when there is none.
QString earlierBackup(const QFileInfo &file, int version)
{
    const QString suffix = file.suffix().isEmpty() ? QString() : u'.' + file.suffix();
    const QString pattern
        = QStringLiteral("%1.respaldo-esquema-%2-*%3").arg(file.completeBaseName()).arg(version).arg(suffix);
    static const QRegularExpression stamped(QStringLiteral("-\\d{8}-\\d{6}-\\d{3}(-\\d+)?$"));
    const QFileInfoList copies = file.absoluteDir().entryInfoList({pattern}, QDir::Files, QDir::Time);
    for (const QFileInfo &copy : copies) {
        if (copy.completeBaseName().contains(stamped) && copy.lastModified() == file.lastModified())
            return copy.absoluteFilePath();
    }
    return {};
}

/// A name for a file being written, beside its final place: the process's
/// id in it tells a later run whether the writer is still alive.
QString temporaryName(const QString &finalPath)
{
    return finalPath
        + QStringLiteral(".part-%1-%2")
              .arg(QCoreApplication::applicationPid())
              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

void removeTemporary(const QString &partial)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

/// Removes what killed runs of Mirador left in folder: temporary files
/// (temporaryName) whose process is gone, and those of builds that put no
/// process id in the name once they are a day old.
void removeLeftovers(const QDir &folder)
{
    static const QRegularExpression withPid(QStringLiteral("\\.part-(\\d+)-[0-9a-f]{8}(-journal|-wal|-shm)?$"));
    static const QRegularExpression withoutPid(QStringLiteral("\\.part-[0-9a-f]{8}(-journal|-wal|-shm)?$"));
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.part-*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = withPid.match(file.fileName());
        const bool abandoned = match.hasMatch()
            ? !processAlive(match.captured(1).toLongLong())
            : file.fileName().contains(withoutPid) && file.lastModified() < dayAgo;
        if (abandoned)
            QFile::remove(file.absoluteFilePath());
    }
}

/// A copy of the database on db at `version`, beside its file, before its
/// schema changes: written under a temporary name and renamed when whole, or
/// the copy an earlier, failed update left (earlierBackup). Empty, with
/// *error, when it could not be made.
QString backUp(QSqlDatabase &db, const QString &path, int version, QString *error)
{
    removeLeftovers(QFileInfo(path).absoluteDir());
    // Everything committed goes into the file itself, so that its time says
    // when it last changed.
    if (!exec(db, QString::fromLatin1(Sql::walCheckpoint), error))
        return {};
    const QFileInfo file(path);
    if (const QString earlier = earlierBackup(file, version); !earlier.isEmpty())
        return earlier;
    const QString backup = backupPath(file, version);
    const QString partial = temporaryName(backup);
    QSqlQuery vacuum(db);
    bool copied = vacuum.prepare(QString::fromLatin1(Sql::vacuumInto));
    if (copied) {
        vacuum.addBindValue(partial);
        copied = vacuum.exec();
    }
    if (copied) {
        vacuum.finish();
        QFile written(partial);
        copied = written.open(QIODevice::ReadWrite)
            && written.setFileTime(file.lastModified(), QFileDevice::FileModificationTime);
        written.close();
        copied = copied && QFile::rename(partial, backup);
    }
    if (!copied) {
        *error = DatabaseText::tr("no se pudo guardar una copia de respaldo en «%1» antes de actualizar su esquema (%2)")
                     .arg(QDir::toNativeSeparators(backup),
                          vacuum.lastError().isValid() ? describeSqlError(vacuum) : QString());
        removeTemporary(partial);
        return {};
    }
    return backup;
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
    // Only SQLite's "damaged" is damage: a lock held by another program, a
    // file that cannot be written are said as what they are.
    if (!check.exec(QString::fromLatin1(Sql::quickCheck)))
        return isDamage(check.lastError()) ? DatabaseText::tr("está dañada (%1)").arg(check.lastError().databaseText())
                                           : DatabaseText::tr("no se pudo revisar: %1").arg(describeSqlError(check));
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
        *error = describeFailure(m_location, describeSqlError(db.lastError()));
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
        reason = versionProblem(version);
        if (reason.isEmpty() && version == 0)
            reason = DatabaseText::tr("no es una base de datos de Mirador (no tiene esquema; créela con mirador init)");
        else if (reason.isEmpty())
            reason = missingSchema(db, Dialect::PostgreSQL, version);
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
    if (const QString why = whyNotARegularFile(path); !why.isEmpty()) {
        *error = describeFailure(path, why);
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = describeFailure(path, DatabaseText::tr("falta el controlador SQLite de Qt (libqt6sql6-sqlite)"));
        return nullptr;
    }
    std::optional<int> headerVersion;
    QString reason = checkHeader(path, &headerVersion);
    int version = headerVersion.value_or(0);
    if (reason.isEmpty() && !headerVersion)
        reason = readUserVersion(path, &version);
    if (reason.isEmpty())
        reason = versionProblem(version);
    if (reason.isEmpty() && version == 0)
        reason = DatabaseText::tr("no es una base de datos de Mirador (no tiene esquema)");
    QString readOnlyReason;
    if (access == Access::ReadOnly)
        readOnlyReason = DatabaseText::tr("abierta solo para lectura");
    else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        readOnlyReason = DatabaseText::tr("el archivo o su carpeta no se pueden escribir");
    const bool readOnly = !readOnlyReason.isEmpty();
    // Every page of a small file is checked before it is shown; a large one's
    // (1,3 s for 500 MB) in the background, once the window shows its rows,
    // unless its schema is to be updated now: nothing is written into damage.
    const bool deferCheck = info.size() > checkAtOpenBytes && (readOnly || version >= schemaVersion);
    if (reason.isEmpty())
        reason = checkContents(path, !deferCheck, version);
    if (!reason.isEmpty()) {
        *error = describeFailure(path, reason);
        return nullptr;
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath(), Dialect::SQLite));
    database->m_readOnly = readOnly;
    database->m_readOnlyReason = readOnlyReason;
    database->m_integrityDeferred = deferCheck;
    const SqliteTarget target = sqliteTarget(info.absoluteFilePath(), readOnly);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(target.name);
    db.setConnectOptions(target.options);
    if (!db.open()) {
        *error = describeFailure(path, describeSqlError(db.lastError()));
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
        const QString backup = backUp(db, info.absoluteFilePath(), version, &reason);
        if (backup.isEmpty()) {
            *error = describeFailure(path, reason);
            return nullptr;
        }
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
        *error = describeSqlError(read);
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
        *error = describeSqlError(write);
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = QStringLiteral("%1: %2").arg(table, describeSqlError(write));
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = describeSqlError(read);
        return false;
    }
    // Identity columns on PostgreSQL go on after the highest id copied.
    if (to.driverName() == u"QPSQL") {
        QSqlQuery sequence(to);
        if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('") + table
                           + QStringLiteral("', 'id'), COALESCE((SELECT MAX(id) FROM ") + table
                           + QStringLiteral("), 0) + 1, false)"))) {
            *error = describeSqlError(sequence);
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
                QSqlQuery tables(db);
                bool taken = false;
                if (tables.exec(QString::fromLatin1(Sql::pgTableNames))) {
                    while (tables.next() && !taken)
                        taken = tables.value(0).toString() == u"result";
                }
                if (taken)
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

    removeLeftovers(info.absoluteDir());
    const QString partial = temporaryName(info.absoluteFilePath());

    QString reason;
    {
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(partial);
            if (!db.open()) {
                reason = describeSqlError(db.lastError());
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
        removeTemporary(partial);
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
