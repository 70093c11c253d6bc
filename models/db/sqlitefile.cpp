#include "sqlitefile.h"

#include "dbsupport.h"
#include "migrations.h"
#include "regularfile.h"
#include "sql.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <functional>
#include <optional>

namespace SqliteFile {
namespace {

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

} // namespace

Target target(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return {QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))
                    + QStringLiteral("?immutable=1"),
                QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")};
    return {info.absoluteFilePath(), readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
}

namespace {

/// Opens path with a read-only connection and hands it to look; the reason
/// it gives, or why SQLite could not open the file.
QString inspect(const QString &path, const std::function<QString(QSqlDatabase &)> &look)
{
    const QString name = newConnectionName();
    QString reason;
    {
        const Target readOnly = target(path, true);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(readOnly.name);
        db.setConnectOptions(readOnly.options);
        if (!db.open())
            reason = DatabaseText::tr("SQLite no la puede abrir: %1").arg(SqlError::describe(db.lastError()));
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
            return DatabaseText::tr("SQLite no la puede leer: %1").arg(SqlError::describe(version));
        *userVersion = version.value(0).toInt();
        return QString();
    });
}

/// Looks inside with a read-only connection: integrity (unless deferred,
/// see Database::integrityDeferred) and the schema at `version`.
QString checkContents(const QString &path, bool checkPages, int version)
{
    return inspect(path, [checkPages, version](QSqlDatabase &db) {
        const QString reason = checkPages ? Database::checkIntegrity(db) : QString();
        return reason.isEmpty() ? Migrations::missingSchema(db, Database::Dialect::SQLite, version) : reason;
    });
}

} // namespace

QString check(const QString &path, Database::Access access, Checked *checked)
{
    const QFileInfo info(path);
    if (const QString why = RegularFile::whyNot(path); !why.isEmpty())
        return why;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return DatabaseText::tr("falta el controlador SQLite de Qt (libqt6sql6-sqlite)");
    std::optional<int> headerVersion;
    QString reason = checkHeader(path, &headerVersion);
    int version = headerVersion.value_or(0);
    if (reason.isEmpty() && !headerVersion)
        reason = readUserVersion(path, &version);
    if (reason.isEmpty())
        reason = Migrations::versionProblem(version);
    if (reason.isEmpty() && version == 0)
        reason = DatabaseText::tr("no es una base de datos de Mirador (no tiene esquema)");
    QString readOnlyReason;
    if (access == Database::Access::ReadOnly)
        readOnlyReason = DatabaseText::tr("abierta solo para lectura");
    else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        readOnlyReason = DatabaseText::tr("el archivo o su carpeta no se pueden escribir");
    const bool readOnly = !readOnlyReason.isEmpty();
    // Every page of a small file is checked before it is shown; a large one's
    // (1,3 s for 500 MB) in the background, once the window shows its rows,
    // unless its schema is to be updated now: nothing is written into damage.
    const bool deferCheck
        = info.size() > Database::checkAtOpenBytes && (readOnly || version >= Database::schemaVersion);
    if (reason.isEmpty())
        reason = checkContents(path, !deferCheck, version);
    *checked = {version, readOnlyReason, deferCheck};
    return reason;
}

} // namespace SqliteFile
