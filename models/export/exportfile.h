#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDevice;
class QIODevice;

/// The file an export writes, the same for every export of the command line
/// and of the window (CSV, the PDF report, the charts in PDF, PNG and SVG).
///
/// refusal() decides where an export may go. It never replaces the open
/// database (the same path once symbolic links are resolved, the same file by
/// device and inode, or its -wal, -shm or -journal file), any SQLite database
/// (a file that starts with "SQLite format 3\0"), or anything that is not a
/// regular file (a folder, a device, a FIFO, a socket). "-" and "/dev/stdout"
/// are the standard output, unless it is the open database.
///
/// A file is written through a QSaveFile: every write is checked (a short
/// write too, which QSaveFile itself lets pass), then the buffer is flushed
/// and synced, and only then the file replaced. On any failure the file that
/// was there is left as it was, no new file appears, and the message says why
/// in the user's words ("no queda espacio en el disco").
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    /// fileName: where to write. openDatabase: the file of the database the
    /// export reads, which it must never replace; empty, or a server's URL,
    /// when there is none.
    ExportFile(QString fileName, QString openDatabase);
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    /// "-", "/dev/stdout", "/dev/fd/1" and "/proc/self/fd/1".
    static bool isStandardOutput(const QString &fileName);
    /// Why an export may not write fileName while openDatabase is open ("es
    /// la base de datos abierta", "es una carpeta"...); empty when it may.
    /// Looks without opening anything but a regular file, so a FIFO never
    /// makes it wait.
    static QString refusal(const QString &fileName, const QString &openDatabase);
    /// refusal() as open() says it ("No se escribió «x»: es una carpeta.");
    /// empty when the export may write there. The window asks before it
    /// starts an export in a worker, so the answer comes at once.
    static QString refusalMessage(const QString &fileName, const QString &openDatabase);
    /// The file's name for messages: the path as given, or "la salida estándar".
    static QString displayName(const QString &fileName);
    /// A file error in the user's words: "no queda espacio en el disco" for
    /// ENOSPC, likewise for a quota, a read-only disk, a missing folder...;
    /// Qt's own text otherwise.
    static QString describe(const QFileDevice &file);

    /// Checks refusal() and opens the file (a temporary one beside it) or the
    /// standard output. False with *error set, the target untouched.
    bool open(QString *error);
    /// Where the writer writes, once open.
    QIODevice *device() const;
    /// Checks every write, flushes, syncs and replaces the file. False with
    /// *error set, and the old file (or no file) left in place.
    bool commit(QString *error);
    /// Gives up with the writer's own reason ("no se pudo codificar la imagen
    /// PNG"), or the device's, which is the real one when there is one (a full
    /// disk makes the PNG encoder fail). Always false, with *error set.
    bool fail(const QString &reason, QString *error);

    bool isStandardOutput() const { return isStandardOutput(m_fileName); }

private:
    QString message(const QString &reason) const;

    QString m_fileName;
    QString m_openDatabase;
    bool m_existed = false;
    std::unique_ptr<QFileDevice> m_file;
    QString m_writeError; ///< the first write that failed, in the user's words
};
