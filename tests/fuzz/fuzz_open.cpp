// Database::open(), as the window and the command line call it, on a real
// Mirador file damaged by the fuzzer's bytes: the first says whether to cut
// the file after some page, each five after it flip bits at an offset. The
// file is refused with a sentence naming it, or opened, and then answers a
// query; never a crash or a hang.

#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstring>

namespace {

/// The bytes of a whole Mirador file (the embedded dataset), its log
/// emptied into it: made once per run.
const QByteArray &pristine()
{
    static const QByteArray bytes = [] {
        const FuzzSupport::Fixture &fixture = FuzzSupport::fixture();
        QSqlQuery checkpoint(fixture.db->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile file(fixture.db->path());
        if (!file.open(QIODevice::ReadOnly))
            FuzzSupport::fail(__FILE__, __LINE__, "file.open()", file.errorString());
        return file.readAll();
    }();
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray &original = pristine();
    static QTemporaryDir dir;
    QByteArray bytes = original;
    constexpr qsizetype pageSize = 4096;
    if (size > 0 && data[0] != 0) {
        // Cut after a page, as a disk that filled up would.
        const qsizetype pages = original.size() / pageSize;
        bytes.truncate((data[0] % (pages + 1)) * pageSize);
    }
    for (size_t i = 1; i + 5 <= size && !bytes.isEmpty(); i += 5) {
        quint32 offset = 0;
        std::memcpy(&offset, data + i, 4);
        bytes[qsizetype(offset % quint32(bytes.size()))] ^= char(data[i + 4]);
    }
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        FuzzSupport::fail(__FILE__, __LINE__, "file.write()", file.errorString());
    file.close();

    QString error;
    {
        const auto db = Database::open(path, Database::Access::ReadWrite, &error);
        if (db) {
            QSqlQuery count(db->connection());
            count.exec(QStringLiteral("SELECT COUNT(*) FROM result"));
        } else {
            FUZZ_CHECK(error.contains(path), error);
        }
    }
    // What the open left (a log, a copy made before a schema update) goes.
    QDir folder(dir.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        folder.remove(name);
    return 0;
}
