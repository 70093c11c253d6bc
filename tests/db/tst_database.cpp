#include "database.h"
#include "integritycheck.h"
#include "sql.h"
#include "sqlerror.h"
#include "testsupport.h"
#include "workerthreads.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using TestSupport::fileHash;
using TestSupport::Fixture;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Format::initDefaultLocale(); }
    void createsSchemaWithForeignKeysAndWal();
    void objectiveOneTotalsMatchTheReport();
    void everyFigureIsNational2025();
    void emptyDatabaseHasRegionsOnly();
    void createRefusesAnExistingFile();
    void createLeavesNothingWhenTheFolderIsMissing();
    void refusesAndLeavesUnchanged_data();
    void refusesAndLeavesUnchanged();
    void missingPathIsNotCreated();
    void backgroundCheckFindsDamagedPages();
    void workersYieldToTheGuiThread();
    void interruptedCheckpointOpensFromTheLog();
    void defaultPathHonoursXdgDataHome();
    void notARegularFileIsRefusedAtOnce_data();
    void notARegularFileIsRefusedAtOnce();
    void lockedFileIsBusyNotDamaged();
    void readOnlyMountOpensReadOnly();
    void failedUpdateRetryReusesItsBackup();
    void sqliteErrorsAreSaidInSpanish_data();
    void sqliteErrorsAreSaidInSpanish();
};

void TestDatabase::createsSchemaWithForeignKeysAndWal()
{
    Fixture f;
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::schemaVersion);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // A dangling reference is refused.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO action (objective_id, number, text) VALUES (9999, 1, 'x')")));
}

void TestDatabase::objectiveOneTotalsMatchTheReport()
{
    // The report's justification of objective 1, action 1: "con recursos por
    // M$ 7.732.882 se brindó apoyo a 384 organizaciones".
    Fixture f;
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(r.budget_mclp), SUM(r.beneficiaries) FROM result r "
                                  "JOIN objective o ON o.id = r.objective_id WHERE o.number = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QCOMPARE(q.value(1).toLongLong(), 7732882LL);
    QCOMPARE(q.value(2).toLongLong(), 384LL);
    // And the report states that total itself, as an indicator.
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM indicator WHERE unit = 'M$' AND value = 7732882")));
    QVERIFY(q.next());
}

void TestDatabase::everyFigureIsNational2025()
{
    Fixture f;
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result r JOIN region g ON g.id = r.region_id "
                                  "WHERE g.code <> '00' OR r.year <> 2025")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM result), (SELECT COUNT(*) FROM indicator), "
                                  "(SELECT COUNT(*) FROM milestone), (SELECT COUNT(*) FROM objective), "
                                  "(SELECT COUNT(*) FROM action), (SELECT COUNT(*) FROM region)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    QCOMPARE(q.value(1).toInt(), 33);
    QCOMPARE(q.value(2).toInt(), 11);
    QCOMPARE(q.value(3).toInt(), 4);
    QCOMPARE(q.value(4).toInt(), 12);
    QCOMPARE(q.value(5).toInt(), 17);
}

void TestDatabase::emptyDatabaseHasRegionsOnly()
{
    Fixture f(Database::Content::Empty);
    QSqlQuery q(f.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM result), (SELECT COUNT(*) FROM region)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 17);
}

void TestDatabase::createRefusesAnExistingFile()
{
    Fixture f;
    f.db.reset();
    const QByteArray before = fileHash(f.path());
    QString error;
    QVERIFY(!Database::create(f.path(), Database::Content::Empty, &error));
    QVERIFY2(error.contains(QStringLiteral("ya existe")), qPrintable(error));
    QCOMPARE(fileHash(f.path()), before);
}

void TestDatabase::createLeavesNothingWhenTheFolderIsMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/m.sqlite"));
    QString error;
    QVERIFY(!Database::create(path, Database::Content::EmbeddedDataset, &error));
    QVERIFY2(error.contains(QStringLiteral("no existe")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestDatabase::refusesAndLeavesUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not sqlite") << "text" << "no es una base de datos SQLite";
    QTest::newRow("empty file") << "empty" << "vacío";
    QTest::newRow("zeros") << "zeros" << "no es una base de datos SQLite";
    QTest::newRow("truncated") << "truncated" << "trunc";
    QTest::newRow("damaged page") << "damaged" << "dañada";
    QTest::newRow("newer version") << "newer" << "versión más reciente de Mirador";
    QTest::newRow("not mirador") << "foreign" << "no es una base de datos de Mirador";
    QTest::newRow("table missing") << "missing-table" << "falta la tabla «milestone»";
    // A negative user_version indexed the migrations at -1 and crashed (SIGSEGV).
    QTest::newRow("negative version") << "negative" << "versión de esquema (-100000) no es una que Mirador haya escrito";
    // A missing table, column, index or trigger was found only by a later
    // command's raw SQL error, or never (wrong totals).
    QTest::newRow("result_total missing") << "drop:DROP TABLE result_total" << "falta la tabla «result_total»";
    QTest::newRow("change_log missing") << "drop:DROP TABLE change_log" << "falta la tabla «change_log»";
    QTest::newRow("trigger missing") << "drop:DROP TRIGGER result_total_update"
                                     << "falta el disparador «result_total_update»";
    QTest::newRow("index missing") << "drop:DROP INDEX result_year_idx" << "falta el índice «result_year_idx»";
    QTest::newRow("column missing") << "drop:ALTER TABLE change_log DROP COLUMN origin"
                                    << "falta la columna «origin» de la tabla «change_log»";
    // Schema 7: what the source said, beside each editable figure.
    QTest::newRow("figure source missing") << "drop:ALTER TABLE result DROP COLUMN budget_source"
                                           << "falta la columna «budget_source» de la tabla «result»";
}

void TestDatabase::refusesAndLeavesUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    const auto makeValid = [&] {
        QString error;
        auto db = Database::create(path, Database::Content::EmbeddedDataset, &error);
        QVERIFY2(db, qPrintable(error));
    };
    const auto alter = [&](const QString &statement) { QVERIFY(TestSupport::alterSqlite(path, statement)); };

    QFile file(path);
    if (kind == u"text") {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("year,objective\n2025,1\n");
        file.close();
    } else if (kind == u"empty") {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
    } else if (kind == u"zeros") {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\0'));
        file.close();
    } else if (kind == u"truncated") {
        makeValid();
        alter(QStringLiteral("SELECT 1"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2 + 100));
        file.close();
    } else if (kind == u"damaged") {
        makeValid();
        alter(QStringLiteral("SELECT 1"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Scribble over the pages after the first: the header stays valid,
        // the b-trees do not.
        const qint64 size = file.size();
        for (qint64 offset = 4096; offset < size; offset += 4096) {
            file.seek(offset);
            file.write(QByteArray(64, '\x5a'));
        }
        file.close();
    } else if (kind == u"newer") {
        makeValid();
        alter(QStringLiteral("PRAGMA user_version = %1").arg(Database::schemaVersion + 1));
    } else if (kind == u"foreign") {
        alter(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    } else if (kind == u"missing-table") {
        makeValid();
        alter(QStringLiteral("DROP TABLE milestone"));
    } else if (kind == u"negative") {
        makeValid();
        alter(QStringLiteral("PRAGMA user_version = -100000"));
    } else if (kind.startsWith(u"drop:")) {
        makeValid();
        alter(kind.mid(5));
    }

    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QString error;
    QVERIFY(!Database::open(path, Database::Access::ReadWrite, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::backgroundCheckFindsDamagedPages()
{
    // The check a large file gets after the window opens it, here on small
    // files: a whole one passes, one with scribbled pages does not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    QString error;
    QVERIFY2(Database::create(path, Database::Content::EmbeddedDataset, &error), qPrintable(error));
    const auto check = [&path](QString *problem) {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
            raw.setDatabaseName(path);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!raw.open())
                return false;
            IntegrityCheck integrity(QStringLiteral("raw-check"));
            QSignalSpy finished(&integrity, &IntegrityCheck::finished);
            integrity.start();
            if (!finished.wait(30000))
                return false;
            *problem = finished.first().first().toString();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
        return true;
    };
    QString problem = QStringLiteral("not run");
    QVERIFY(check(&problem));
    QCOMPARE(problem, QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (qint64 offset = 8192; offset < file.size(); offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(64, '\x5a'));
    }
    file.close();
    QVERIFY(check(&problem));
    QVERIFY2(problem.contains(QStringLiteral("dañada")), qPrintable(problem));
}

void TestDatabase::workersYieldToTheGuiThread()
{
#ifdef Q_OS_LINUX
    // The row count, the facets, the aggregates and the check run nicer than
    // the thread that starts them: a window painting while they read keeps
    // its core (QThread::LowPriority does nothing on Linux).
    const int guiNice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    std::atomic<int> workerNice = -100;
    {
        WorkerThreads workers;
        workers.start([&workerNice] { workerNice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); });
    }
    QCOMPARE(workerNice.load(), std::min(guiNice + WorkerThreads::niceIncrement, 19));
    QVERIFY(workerNice.load() > guiNice || guiNice == 19);
    // The thread that started them keeps its own.
    QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), guiNice);
#else
    QSKIP("a thread's nice value is Linux's");
#endif
}

void TestDatabase::missingPathIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    QString error;
    QVERIFY(!Database::open(path, Database::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("no existe")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabase::interruptedCheckpointOpensFromTheLog()
{
    // A process killed while SQLite copied its log into the file (the
    // checkpoint writes page 1 first) leaves a header announcing pages, and
    // a schema version, that are still only in the -wal file. SQLite reads
    // them back; Mirador refused it as "truncada" (tst_faults met it once).
    Fixture f;
    const QString copy = f.dir.filePath(QStringLiteral("stopped.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(f.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                                      "INSERT INTO filler SELECT randomblob(1000) FROM n")));
        // The files as a process killed now would leave them.
        QVERIFY(QFile::copy(f.path(), copy));
        QVERIFY(QFile::copy(f.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    f.db.reset();
    QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    // The header as the interrupted checkpoint wrote it: 200 pages more than
    // the file holds, and a schema version still in the log.
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray header = file.read(100);
    const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    qToBigEndian<quint32>(quint32(file.size() / pageSize + 200), header.data() + 28);
    qToBigEndian<quint32>(0, header.data() + 60);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(header), qint64(100));
    file.close();

    QString error;
    const auto db = Database::open(copy, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(Database::checkIntegrity(db->connection()), QString());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && q.next());
    QCOMPARE(q.value(0).toInt(), 500);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
}

void TestDatabase::defaultPathHonoursXdgDataHome()
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.path().toLocal8Bit());
    QCoreApplication::setApplicationName(QStringLiteral("mirador"));
    QCOMPARE(Database::defaultPath(), dir.filePath(QStringLiteral("mirador/mirador.sqlite")));
    QString error;
    {
        auto db = Database::openDefault(&error);
        QVERIFY2(db, qPrintable(error));
    }
    QVERIFY(QFileInfo::exists(Database::defaultPath()));
    // The second start opens what the first one made.
    auto again = Database::openDefault(&error);
    QVERIFY2(again, qPrintable(error));
    QSqlQuery q(again->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    qunsetenv("XDG_DATA_HOME");
}

void TestDatabase::notARegularFileIsRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << "fifo";
    QTest::newRow("device") << "device";
    QTest::newRow("socket") << "socket";
}

void TestDatabase::notARegularFileIsRefusedAtOnce()
{
    // A FIFO given as --db made Mirador wait for a writer until killed.
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("pipe.sqlite"));
    const QByteArray encoded = QFile::encodeName(path);
    int listener = -1;
    const auto closeListener = qScopeGuard([&listener] {
        if (listener >= 0)
            ::close(listener);
    });
    if (kind == u"fifo") {
        QCOMPARE(::mkfifo(encoded.constData(), 0600), 0);
    } else if (kind == u"device") {
        path = QStringLiteral("/dev/zero");
    } else {
        listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
        std::copy(encoded.begin(), encoded.end(), address.sun_path);
        QCOMPARE(::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
    }
    QString error;
    bool opened = true;
    std::unique_ptr<QThread> opening(QThread::create([&] {
        opened = bool(Database::open(path, Database::Access::ReadWrite, &error));
    }));
    opening->start();
    const bool finished = opening->wait(5000);
    if (!finished) {
        // Let the waiting reader go: a writer that closes at once.
        const int fd = ::open(encoded.constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        opening->wait();
    }
    QVERIFY2(finished, "Database::open() waited on the file");
    QVERIFY(!opened);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no es un archivo común")), qPrintable(error));
}

void TestDatabase::lockedFileIsBusyNotDamaged()
{
    // A file another program held locked was refused as "dañada (database is locked)".
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    QString error;
    QVERIFY2(Database::create(path, Database::Content::Empty, &error), qPrintable(error));
    QVERIFY(TestSupport::alterSqlite(path, QStringLiteral("SELECT 1")));
    {
        QSqlDatabase holder = TestSupport::rawSqlite(path, QStringLiteral("holder"));
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(!Database::open(path, Database::Access::ReadWrite, &error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY2(error.contains(QStringLiteral("ocupada por otro programa")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("dañada")), qPrintable(error));
    // Once the other program lets go it opens.
    QVERIFY2(Database::open(path, Database::Access::ReadWrite, &error), qPrintable(error));
}

void TestDatabase::readOnlyMountOpensReadOnly()
{
    // A healthy file on a read-only mount was refused as "dañada (attempt to
    // write a readonly database)"; the README promises it opens read-only.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(source));
    QString error;
    QVERIFY2(Database::create(source + QStringLiteral("/m.sqlite"), Database::Content::EmbeddedDataset, &error),
             qPrintable(error));
    // Root writes through file permissions: it needs a read-only mount.
    QString folder = source;
    bool mounted = false;
    if (::geteuid() == 0) {
        folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), source, folder}) == 0;
        if (mounted
            && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder})
                != 0) {
            QProcess::execute(QStringLiteral("umount"), {folder});
            mounted = false;
        }
        if (!mounted)
            QSKIP("running as root, where only a read-only mount stops writes, and mount --bind failed "
                  "(no CAP_SYS_ADMIN in this container)");
    } else {
        QVERIFY(QFile::setPermissions(source + QStringLiteral("/m.sqlite"), QFile::ReadOwner));
        QVERIFY(QFile::setPermissions(source, QFile::ReadOwner | QFile::ExeOwner));
    }
    const auto restore = qScopeGuard([&] {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {folder});
        else
            QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        const auto db = Database::open(folder + QStringLiteral("/m.sqlite"), Database::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isReadOnly());
        QVERIFY2(db->readOnlyReason().contains(QStringLiteral("no se pueden escribir")),
                 qPrintable(db->readOnlyReason()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("m.sqlite")});
}

void TestDatabase::failedUpdateRetryReusesItsBackup()
{
    // Two failed schema updates within a second: the second failed with
    // "output file already exists", and every retry wrote another copy.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    QString error;
    QVERIFY2(TestSupport::writeVersion2File(path, &error), qPrintable(error));
    // A table the update must create, already there: the update fails.
    QVERIFY(TestSupport::alterSqlite(path, QStringLiteral("CREATE TABLE result_total (x INTEGER)")));
    QStringList messages;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QVERIFY(!Database::open(path, Database::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("no se pudo actualizar su esquema")), qPrintable(error));
        messages << error;
    }
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("*respaldo-esquema*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(messages.last().contains(backups.first()), qPrintable(messages.last()));
}

void TestDatabase::sqliteErrorsAreSaidInSpanish_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("meaning");
    QTest::newRow("busy") << "5" << "database is locked" << "ocupada por otro programa";
    QTest::newRow("locked") << "6" << "database table is locked" << "ocupada por otro programa";
    QTest::newRow("readonly") << "8" << "attempt to write a readonly database" << "no se pueden escribir";
    QTest::newRow("ioerr") << "10" << "disk I/O error" << "no pudo leer o escribir";
    QTest::newRow("corrupt") << "11" << "database disk image is malformed" << "dañado";
    QTest::newRow("full") << "13" << "database or disk is full" << "no queda espacio";
    QTest::newRow("cantopen") << "14" << "unable to open database file" << "no se puede abrir";
    QTest::newRow("notadb") << "26" << "file is not a database" << "dañado";
}

void TestDatabase::sqliteErrorsAreSaidInSpanish()
{
    // "database is locked No es posible obtener la fila": SQLite's English
    // and Qt's driver text were glued into Spanish sentences.
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, meaning);
    const QSqlError error(QStringLiteral("Unable to fetch row"), english, QSqlError::StatementError, code);
    const QString said = SqlError::describe(error);
    QVERIFY2(said.startsWith(QStringLiteral("la ")) || said.startsWith(QStringLiteral("el ")) || said.startsWith(QStringLiteral("no ")),
             qPrintable(said));
    QVERIFY2(said.contains(meaning), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("(%1)").arg(english)), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("Unable to fetch row")), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
