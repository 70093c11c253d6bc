#include "database.h"
#include "integritycheck.h"
#include "sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

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
    void interruptedCheckpointOpensFromTheLog();
    void defaultPathHonoursXdgDataHome();
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
    const auto alter = [&](const QString &statement) {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            for (const QString &s : statement.split(u';', Qt::SkipEmptyParts))
                QVERIFY2(q.exec(s), qPrintable(s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    };

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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
