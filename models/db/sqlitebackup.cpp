#include "sqlitebackup.h"

#include "dbsupport.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <signal.h>

#include <cerrno>
#endif

namespace SqliteFile {
namespace {

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

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

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

QString backUp(QSqlDatabase &db, const QString &path, int version, QString *error)
{
    removeLeftovers(QFileInfo(path).absoluteDir());
    // Everything committed goes into the file itself, so that its time says
    // when it last changed.
    if (!execStatement(db, QString::fromLatin1(Sql::walCheckpoint), error))
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
                          vacuum.lastError().isValid() ? SqlError::describe(vacuum) : QString());
        removeTemporary(partial);
        return {};
    }
    return backup;
}

void restoreBackup(const QString &path, const QString &backup)
{
    for (const QString &journal : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(journal);
    QFile::remove(path);
    QFile::copy(backup, path);
}

} // namespace SqliteFile
