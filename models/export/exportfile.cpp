#include "exportfile.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// The files SQLite keeps beside a database: replacing one loses data too.
constexpr const char *companionSuffixes[] = {"-wal", "-shm", "-journal"};

/// A system error in the user's words, for the errors a user can act on.
QString describeErrno(int code)
{
    switch (code) {
    case ENOSPC:
        return ExportFile::tr("no queda espacio en el disco");
    case EDQUOT:
        return ExportFile::tr("se agotó la cuota de disco del usuario");
    case EFBIG:
        return ExportFile::tr("el archivo es más grande de lo que admite el disco");
    case EROFS:
        return ExportFile::tr("el disco es de solo lectura");
    case EACCES:
    case EPERM:
        return ExportFile::tr("no hay permiso para escribir ahí");
    case ENOENT:
        return ExportFile::tr("la carpeta no existe");
    case ENOTDIR:
        return ExportFile::tr("una parte de la ruta no es una carpeta");
    case ENAMETOOLONG:
        return ExportFile::tr("el nombre es demasiado largo");
    case EIO:
        return ExportFile::tr("error de entrada y salida del disco");
    case EPIPE:
        return ExportFile::tr("quien leía la salida la cerró");
    default:
        return qt_error_string(code);
    }
}

/// What ExportFile needs of its device beyond QFileDevice.
class Drainable
{
public:
    virtual ~Drainable() = default;
    /// Writes out what is buffered; false once any write failed.
    virtual bool drain() = 0;
};

/// A Qt file device, opened unbuffered, that buffers here instead and
/// remembers the first write that did not write all it was given, in the
/// user's words. Qt 6.4 loses that reason: QSaveFile lets a short write pass
/// (the disk took part of a block, then was full), its commit() ignores a
/// flush that fails, and a flush's error says only "Unknown error" (QImageWriter
/// flushes and ignores the result too). errno holds the reason right after
/// the write that failed, and every write goes through drain().
template <class Base> class CheckedFile : public Base, public Drainable
{
public:
    template <class... Args>
    explicit CheckedFile(QString *firstError, Args &&...args)
        : Base(std::forward<Args>(args)...),
          m_firstError(firstError)
    { }

    bool drain() override
    {
        if (!m_firstError->isEmpty())
            return false;
        qint64 done = 0;
        while (done < m_buffer.size()) {
            const qint64 length = m_buffer.size() - done;
            errno = 0;
            const qint64 written = Base::writeData(m_buffer.constData() + done, length);
            if (written <= 0) {
                const int code = errno;
                *m_firstError = code != 0 ? describeErrno(code)
                    : this->error() != QFileDevice::NoError
                    ? ExportFile::describe(*this)
                    : ExportFile::tr("se escribieron %1 de %2 bytes").arg(done).arg(m_buffer.size());
                m_buffer.clear();
                return false;
            }
            done += written; // a short write: the rest again, which says why it fails
        }
        m_buffer.clear();
        return true;
    }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (!m_firstError->isEmpty())
            return -1;
        m_buffer.append(data, length);
        if (m_buffer.size() >= bufferSize && !drain())
            return -1;
        return length;
    }

private:
    static constexpr qsizetype bufferSize = 64 * 1024;
    QString *m_firstError;
    QByteArray m_buffer;
};

/// Where fileName leads: symbolic links followed (a dangling one too: the
/// file a write would make), then the canonical path, or the canonical
/// folder and the name when the file does not exist.
QString resolvedPath(const QString &fileName)
{
    QFileInfo info(fileName);
    for (int depth = 0; info.isSymLink() && depth < 40; ++depth)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// Why the open database (or one of its companions) is fileName, whose
/// stat() is target (null when it does not exist); empty when it is not.
QString openDatabaseRefusal(const QString &fileName, const struct stat *target, const QString &openDatabase)
{
    if (openDatabase.isEmpty() || Database::isUrl(openDatabase))
        return {};
    const QString database = resolvedPath(openDatabase);
    const QString resolved = resolvedPath(fileName);
    const auto sameAs = [&](const QString &path) {
        struct stat info;
        return resolved == path
            || (target && ::stat(QFile::encodeName(path).constData(), &info) == 0 && sameFile(info, *target));
    };
    const QString shown = QDir::toNativeSeparators(database);
    if (sameAs(database)) {
        const bool givenAsIs = QFileInfo(fileName).absoluteFilePath() == database;
        return givenAsIs
            ? ExportFile::tr("es la base de datos abierta; una exportación nunca la reemplaza")
            : ExportFile::tr("es la base de datos abierta («%1»); una exportación nunca la reemplaza").arg(shown);
    }
    for (const char *suffix : companionSuffixes) {
        if (sameAs(database + QLatin1String(suffix)))
            return ExportFile::tr("es el archivo «%1» de la base de datos abierta «%2»; una exportación nunca lo "
                                  "reemplaza")
                .arg(QLatin1String(suffix), shown);
    }
    return {};
}

} // namespace

ExportFile::ExportFile(QString fileName, QString openDatabase)
    : m_fileName(std::move(fileName)),
      m_openDatabase(std::move(openDatabase))
{ }

ExportFile::~ExportFile() = default;

bool ExportFile::isStandardOutput(const QString &fileName)
{
    return fileName == u"-" || fileName == u"/dev/stdout" || fileName == u"/dev/fd/1" || fileName == u"/proc/self/fd/1";
}

QString ExportFile::displayName(const QString &fileName)
{
    return isStandardOutput(fileName) ? tr("la salida estándar") : QDir::toNativeSeparators(fileName);
}

QString ExportFile::refusal(const QString &fileName, const QString &openDatabase)
{
    if (isStandardOutput(fileName)) {
        // "export-csv --db x.sqlite --out - >> x.sqlite": what stdout is matters, not its name.
        struct stat output;
        if (::fstat(STDOUT_FILENO, &output) != 0 || !S_ISREG(output.st_mode))
            return {};
        return openDatabaseRefusal(fileName, &output, openDatabase);
    }
    if (fileName.isEmpty())
        return tr("falta el nombre del archivo");

    const QByteArray native = QFile::encodeName(fileName);
    struct stat target;
    const bool exists = ::stat(native.constData(), &target) == 0;
    const QString database = openDatabaseRefusal(fileName, exists ? &target : nullptr, openDatabase);
    if (!database.isEmpty())
        return database;
    if (!exists)
        return {};

    // Only a regular file may be replaced: never a device, a FIFO (opening one
    // waits for a reader), a socket or a folder.
    if (S_ISDIR(target.st_mode))
        return tr("es una carpeta");
    if (S_ISCHR(target.st_mode) || S_ISBLK(target.st_mode))
        return tr("es un dispositivo, no un archivo común");
    if (S_ISFIFO(target.st_mode))
        return tr("es una tubería con nombre (FIFO), no un archivo común");
    if (S_ISSOCK(target.st_mode))
        return tr("es un socket, no un archivo común");
    if (!S_ISREG(target.st_mode))
        return tr("no es un archivo común");

    // Any SQLite database, open or not, starts with these 16 bytes.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return tr("no se puede leer para comprobar que no sea una base de datos: %1").arg(describeErrno(errno));
    char header[16] = {};
    struct stat opened;
    const bool regular = ::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode);
    const ssize_t got = regular ? ::read(fd, header, sizeof header) : 0;
    ::close(fd);
    if (!regular)
        return tr("no es un archivo común");
    if (got == ssize_t(sizeof header) && std::memcmp(header, "SQLite format 3", sizeof header) == 0)
        return tr("es una base de datos SQLite; una exportación nunca reemplaza una base de datos");
    return {};
}

QString ExportFile::describe(const QFileDevice &file)
{
    const QString text = file.errorString();
    for (const int code : {ENOSPC, EDQUOT, EFBIG, EROFS, EACCES, EPERM, ENOENT, ENOTDIR, ENAMETOOLONG, EIO, EPIPE}) {
        if (text == qt_error_string(code))
            return describeErrno(code);
    }
    return text;
}

QString ExportFile::message(const QString &reason) const
{
    if (isStandardOutput())
        return tr("No se pudo escribir en la salida estándar: %1.").arg(reason);
    return (m_existed ? tr("No se pudo escribir «%1»: %2. El archivo que había quedó como estaba.")
                      : tr("No se pudo escribir «%1»: %2. No se creó ningún archivo."))
        .arg(QDir::toNativeSeparators(m_fileName), reason);
}

QString ExportFile::refusalMessage(const QString &fileName, const QString &openDatabase)
{
    const QString refused = refusal(fileName, openDatabase);
    if (refused.isEmpty())
        return {};
    return isStandardOutput(fileName)
        ? tr("No se escribió en la salida estándar: %1.").arg(refused)
        : tr("No se escribió «%1»: %2.").arg(QDir::toNativeSeparators(fileName), refused);
}

bool ExportFile::open(QString *error)
{
    const QString refused = refusalMessage(m_fileName, m_openDatabase);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    m_writeError.clear();
    if (isStandardOutput()) {
        auto output = std::make_unique<CheckedFile<QFile>>(&m_writeError);
        if (!output->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)) {
            *error = message(describe(*output));
            return false;
        }
        m_file = std::move(output);
        return true;
    }
    m_existed = QFileInfo::exists(m_fileName);
    auto file = std::make_unique<CheckedFile<QSaveFile>>(&m_writeError, m_fileName);
    // Never write in place: the old file stays whole until the new one is.
    file->setDirectWriteFallback(false);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = message(describe(*file));
        return false;
    }
    m_file = std::move(file);
    return true;
}

QIODevice *ExportFile::device() const
{
    return m_file.get();
}

bool ExportFile::fail(const QString &reason, QString *error)
{
    // The device's own failure is the real reason: a full disk makes the PNG encoder fail too.
    QString why = m_writeError;
    if (why.isEmpty() && m_file && m_file->error() != QFileDevice::NoError)
        why = describe(*m_file);
    if (why.isEmpty())
        why = reason.isEmpty() ? tr("error desconocido al escribir") : reason;
    *error = message(why);
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
        save->cancelWriting();
    m_file.reset(); // a QSaveFile removes its temporary file
    return false;
}

bool ExportFile::commit(QString *error)
{
    if (!m_file)
        return fail(tr("no se abrió"), error);
    if (!dynamic_cast<Drainable &>(*m_file).drain() || m_file->error() != QFileDevice::NoError)
        return fail({}, error);
    auto *save = qobject_cast<QSaveFile *>(m_file.get());
    if (save) {
        // A file system may report a lack of space only now (NFS, delayed allocation).
        if (::fsync(save->handle()) != 0 && errno != EINVAL) {
            m_writeError = describeErrno(errno);
            return fail({}, error);
        }
        if (!save->commit()) {
            const QString reason = describe(*save);
            m_file.reset();
            *error = message(reason);
            return false;
        }
    }
    m_file.reset();
    return true;
}
