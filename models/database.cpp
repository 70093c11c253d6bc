#include "database.h"

#include "dataset.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

#include <atomic>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mirador-%1").arg(++counter);
}

/// Reasons a file is not a database this build can open, read from the
/// 100-byte SQLite header without asking SQLite, so nothing is written.
QString checkHeader(const QString &path, int *userVersion)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("no se puede leer (%1)").arg(file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return tr("el archivo está vacío; no es una base de datos de Mirador");
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return tr("no es una base de datos SQLite");
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return tr("está dañada: la cabecera SQLite no es válida");
    if (size % pageSize != 0)
        return tr("está dañada o truncada: su tamaño (%1 bytes) no es múltiplo de la página (%2 bytes)")
            .arg(size)
            .arg(pageSize);
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pagesInHeader = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (validFor == changeCounter && pagesInHeader > 0 && qint64(pagesInHeader) * pageSize > size)
        return tr("está truncada: la cabecera anuncia %1 páginas y el archivo tiene %2")
            .arg(pagesInHeader)
            .arg(size / pageSize);
    *userVersion = qFromBigEndian<qint32>(header.constData() + 60);
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

/// Looks inside with a read-only connection: integrity and the tables.
QString checkContents(const QString &path)
{
    const QString name = newConnectionName();
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            reason = tr("SQLite no la puede abrir (%1)").arg(db.lastError().text());
        } else {
            QSqlQuery check(db);
            if (!check.exec(QString::fromLatin1(Sql::quickCheck))) {
                reason = tr("está dañada (%1)").arg(check.lastError().databaseText());
            } else if (check.next() && check.value(0).toString() != QLatin1String("ok")) {
                reason = tr("está dañada (%1)").arg(check.value(0).toString());
            } else {
                QSqlQuery tables(db);
                QStringList present;
                if (tables.exec(QString::fromLatin1(Sql::tableNames))) {
                    while (tables.next())
                        present << tables.value(0).toString();
                }
                for (const QString &table : requiredTables()) {
                    if (!present.contains(table)) {
                        reason = tr("no es una base de datos de Mirador completa: falta la tabla «%1»").arg(table);
                        break;
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return reason;
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

/// Runs the migration files after `from` up to Database::schemaVersion.
bool migrate(QSqlDatabase &db, int from, QString *error)
{
    static const char *const files[] = {":/migrations/0001_initial.sql"};
    static_assert(std::size(files) == Database::schemaVersion);
    for (int version = from + 1; version <= Database::schemaVersion; ++version) {
        QFile file(QString::fromLatin1(files[version - 1]));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = tr("no se encontró la migración %1").arg(version);
            return false;
        }
        QString script = QString::fromUtf8(file.readAll());
        script.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY"));
        QStringList lines;
        for (const QString &line : script.split(u'\n')) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines << line;
        }
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (const QString &statement : lines.join(u'\n').split(u';')) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!exec(db, statement, error)) {
                db.rollback();
                *error = tr("la migración %1 falló: %2").arg(version).arg(*error);
                return false;
            }
        }
        if (!exec(db, QString::fromLatin1(Sql::setUserVersionPrefix) + QString::number(version), error)
            || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

QString describeFailure(const QString &path, const QString &reason)
{
    return tr("No se puede abrir «%1»: %2.").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_readOnly(readOnly)
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

std::unique_ptr<Database> Database::open(const QString &path, Access access, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = describeFailure(path, tr("el archivo no existe"));
        return nullptr;
    }
    if (info.isDir()) {
        *error = describeFailure(path, tr("es una carpeta, no un archivo"));
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = describeFailure(path, tr("falta el controlador SQLite de Qt (libqt6sql6-sqlite)"));
        return nullptr;
    }
    int version = 0;
    QString reason = checkHeader(path, &version);
    if (reason.isEmpty() && version > schemaVersion)
        reason = tr("fue creada por una versión más reciente de Mirador (esquema %1; esta versión conoce hasta el %2)")
                     .arg(version)
                     .arg(schemaVersion);
    if (reason.isEmpty() && version == 0)
        reason = tr("no es una base de datos de Mirador (no tiene esquema)");
    if (reason.isEmpty())
        reason = checkContents(path);
    if (!reason.isEmpty()) {
        *error = describeFailure(path, reason);
        return nullptr;
    }

    const bool readOnly = access == Access::ReadOnly || !info.isWritable()
        || !QFileInfo(info.absolutePath()).isWritable();
    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath(), readOnly));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString sqlError;
    if (!db.open()) {
        *error = describeFailure(path, db.lastError().text());
        return nullptr;
    }
    if (!exec(db, QString::fromLatin1(Sql::foreignKeysOn), &sqlError)
        || (!readOnly && !exec(db, QString::fromLatin1(Sql::journalWal), &sqlError))
        || (!readOnly && version < schemaVersion && !migrate(db, version, &sqlError))) {
        *error = describeFailure(path, sqlError);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::create(const QString &path, Content content, QString *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        *error = tr("No se creó «%1»: ya existe.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (!info.absoluteDir().exists()) {
        *error = tr("No se creó «%1»: la carpeta «%2» no existe.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("No se creó «%1»: falta el controlador SQLite de Qt (libqt6sql6-sqlite).")
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
                if (!exec(db, QString::fromLatin1(Sql::foreignKeysOn), &reason) || !migrate(db, 0, &reason)
                    || !loadRegions(db, &reason)
                    || (content == Content::EmbeddedDataset && !loadEmbeddedDataset(db, &reason))) {
                    if (reason.isEmpty())
                        reason = tr("error desconocido");
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (reason.isEmpty() && !QFile::rename(partial, info.absoluteFilePath()))
        reason = tr("no se pudo mover el archivo a su lugar");
    if (!reason.isEmpty()) {
        removePartial();
        *error = tr("No se creó «%1»: %2.").arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    }
    return open(info.absoluteFilePath(), Access::ReadWrite, error);
}

QString Database::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/mirador");
    return folder + QStringLiteral("/mirador.sqlite");
}

std::unique_ptr<Database> Database::openDefault(QString *error)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return open(path, Access::ReadWrite, error);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("No se pudo crear la carpeta de datos «%1».")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return nullptr;
    }
    return create(path, Content::EmbeddedDataset, error);
}
