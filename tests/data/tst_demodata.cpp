#include "database.h"
#include "dataset.h"
#include "demodata.h"
#include "importer.h"
#include "sql.h"
#include "querytablemodel.h"
#include "textfold.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

/// Synthetic data (generate-demo): several made-up services and years, every
/// report marked synthetic; and the schema version 3 it needs: a
/// result's call, with the report's own figures unchanged. The generated file
/// is SQLite; the migration from version 2 runs on SQLite and PostgreSQL.
class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsAndSyntheticMarks();
    void yearsRegionsBudgetsAndCalls();
    void programsBelongToOneServiceAcrossItsYears();
    void namesNoRealServiceOrProgram();
    void shapeIsChosen();
    void badShapeIsRefused();
    void commandLineChoosesTheShape();
    void searchTextIsTheRowsOwn();
    void sameRowsGiveTheSameDatabase();
    void refusesAnExistingPath();
    void refusesNoRows();
    void cancelLeavesNoFile();
    void version2DatabaseMigratesUnchanged();
    void twinProgramsAreMergedByTheUpdate();
    void figurePastTheBoundStopsTheUpdate();
    void updateFindsWhatEditedFiguresWereAtTheSource();
    void failedMigrationLeavesTheFileAsItWas();

private:
    bool sqliteOnly();
    QVariant scalar(const QString &statement) const;
    static QByteArray checksum(const QSqlDatabase &db);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    static constexpr qint64 rows = 20000;
};

void TestDemoData::initTestCase()
{
    Format::initDefaultLocale();
    if (TestSupport::testingPostgres())
        return; // only the migration test runs on PostgreSQL
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    m_db = TestSupport::generatedDemo(m_path, rows, &error);
    QVERIFY2(m_db, qPrintable(error));
}

bool TestDemoData::sqliteOnly()
{
    return !TestSupport::testingPostgres();
}

QVariant TestDemoData::scalar(const QString &statement) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0);
}

/// Every generated row, in id order.
QByteArray TestDemoData::checksum(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *statement : {"SELECT * FROM result ORDER BY id", "SELECT * FROM indicator ORDER BY id",
                                  "SELECT * FROM program ORDER BY id", "SELECT * FROM report ORDER BY id",
                                  "SELECT * FROM service ORDER BY id", "SELECT * FROM objective ORDER BY id",
                                  "SELECT * FROM action ORDER BY id", "SELECT * FROM milestone ORDER BY id"}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(statement)))
            return {};
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData((q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString()).toUtf8() + '|');
            hash.addData("\n");
        }
    }
    return hash.result();
}

void TestDemoData::countsAndSyntheticMarks()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result")).toLongLong(), rows);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM indicator")).toLongLong(), rows / 10);
    // One milestone per objective and report.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM milestone")).toLongLong(), 36);
    // The totals the database keeps add up every generated row.
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(result_rows) FROM result_total")).toLongLong(), rows);
    QCOMPARE(TestSupport::resultTotals(m_db->connection(), true), TestSupport::resultTotals(m_db->connection(), false));
    // By default 3 services x 3 years: 9 reports of 4 objectives of 3 actions; 5 programs a service.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM service")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report")).toInt(), 9);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT service_id || '/' || year) FROM report")).toInt(), 9);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM objective")).toInt(), 36);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM action")).toInt(), 108);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM program")).toInt(), 15);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM region")).toInt(), 17);
    // Every report marked synthetic, where the window and the exports look, and in its title.
    QCOMPARE(scalar(QString::fromLatin1(Sql::selectAnySynthetic)).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report WHERE synthetic = 1 "
                                   "AND title LIKE '%(datos sintéticos)'"))
                 .toInt(),
             9);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM milestone WHERE source_quote LIKE "
                                   "'Dato sintético generado por Mirador para pruebas (%'"))
                 .toInt(),
             36);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE source_quote LIKE "
                                   "'Dato sintético generado por Mirador para pruebas (fila %'"))
                 .toLongLong(),
             rows);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM indicator WHERE source_quote LIKE "
                                   "'Dato sintético generado por Mirador para pruebas (indicador %'"))
                 .toLongLong(),
             rows / 10);
}

void TestDemoData::yearsRegionsBudgetsAndCalls()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT year FROM result ORDER BY year")));
    QList<int> years;
    while (q.next())
        years << q.value(0).toInt();
    QCOMPARE(years, (QList<int>{2023, 2024, 2025}));
    // A result is of its report's year; every report has results.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result r JOIN objective o ON o.id = r.objective_id "
                                   "JOIN report p ON p.id = o.report_id WHERE p.year <> r.year"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT o.report_id) FROM result r "
                                   "JOIN objective o ON o.id = r.objective_id"))
                 .toInt(),
             9);
    // Its action is one of its objective's.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result r JOIN action a ON a.id = r.action_id "
                                   "WHERE a.objective_id <> r.objective_id"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT region_id) FROM result")).toInt(), 16);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result r JOIN region g ON g.id = r.region_id "
                                   "WHERE g.code = '00'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT objective_id) FROM result")).toInt(), 36);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT program_id) FROM result")).toInt(), 15);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE budget_mclp < 0 OR beneficiaries < 1")).toInt(),
             0);
    // About 2 % without a budget.
    const int noBudget = scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE budget_mclp IS NULL")).toInt();
    QVERIFY2(noBudget > rows / 100 && noBudget < rows * 3 / 100, qPrintable(QString::number(noBudget)));
    // Every row a call of its own: named, and unique within its program, year and region.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE call IS NULL OR call NOT LIKE 'Convocatoria %'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT objective_id, program_id, year, region_id, "
                                   "call FROM result) d"))
                 .toLongLong(),
             rows);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result r JOIN region g ON g.id = r.region_id "
                                   "WHERE g.code = '13' AND r.call NOT LIKE '%-RM-%'"))
                 .toInt(),
             0);
}

// The same program in two years of one service is one program (issue 19): one row, its results in
// every year it runs, under one service, one objective number and one unit.
void TestDemoData::programsBelongToOneServiceAcrossItsYears()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.name, COUNT(DISTINCT s.id), COUNT(DISTINCT o.number), COUNT(DISTINCT r.beneficiary_unit), "
        "GROUP_CONCAT(DISTINCT r.year), MIN(s.name) FROM result r JOIN program p ON p.id = r.program_id "
        "JOIN objective o ON o.id = r.objective_id JOIN report rp ON rp.id = o.report_id "
        "JOIN service s ON s.id = rp.service_id GROUP BY p.id, p.name ORDER BY p.id")));
    QHash<QString, QStringList> yearsByService; // service -> each program's years, in program order
    while (q.next()) {
        const QString program = q.value(0).toString();
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toInt(), 1);
        QStringList years = q.value(4).toString().split(u',');
        years.sort();
        yearsByService[q.value(5).toString()] << years.join(u' ');
        // Its name says whose it is.
        QVERIFY2(program.endsWith(QStringLiteral("(sintético %1)").arg(q.value(5).toString().right(1))),
                 qPrintable(program));
    }
    const QStringList expected{"2023 2024 2025", "2023 2024 2025", "2023 2024 2025", "2023 2024 2025", "2025"};
    QCOMPARE(yearsByService.keys().size(), 3);
    for (const char *service : {"Servicio sintético A", "Servicio sintético B", "Servicio sintético C"})
        QCOMPARE(yearsByService.value(QString::fromUtf8(service)), expected);
    // One program row per folded name: no twin across years or services.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT search_text) FROM program")).toInt(), 15);
    // An objective keeps its title year after year, and no two services share one.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT short_name) FROM objective")).toInt(), 12);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT title) FROM objective")).toInt(), 12);
}

// Nothing invented passes for a real service's: no service, program or objective bears a name
// of the embedded report's, and each says it is synthetic.
void TestDemoData::namesNoRealServiceOrProgram()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    const auto names = [](const QSqlDatabase &db, const char *sql) {
        QSet<QString> found;
        QSqlQuery q(db);
        q.exec(QString::fromLatin1(sql));
        while (q.next())
            found << TextFold::fold(q.value(0).toString());
        return found;
    };
    TestSupport::Fixture embedded;
    for (const char *sql :
         {"SELECT name FROM service", "SELECT short_name FROM service", "SELECT name FROM program",
          "SELECT short_name FROM objective", "SELECT title FROM objective", "SELECT title FROM report"}) {
        const QSet<QString> demo = names(m_db->connection(), sql);
        const QSet<QString> real = names(embedded.db->connection(), sql);
        QVERIFY2(!demo.isEmpty() && !real.isEmpty(), sql);
        QVERIFY2(!demo.intersects(real), sql);
        for (const QString &name : demo)
            QVERIFY2(name.contains(QStringLiteral("sintetic")), qPrintable(name));
    }
}

void TestDemoData::shapeIsChosen()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    const QString path = m_dir.filePath(QStringLiteral("shaped.sqlite"));
    QString error;
    QVERIFY2(generateDemo(path, 500, &error, {}, DemoShape{5, 2}), qPrintable(error));
    const auto db = Database::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.name, GROUP_CONCAT(r.year) FROM service s JOIN report r "
                                  "ON r.service_id = s.id WHERE r.synthetic = 1 GROUP BY s.id, s.name ORDER BY s.id")));
    QStringList reports;
    while (q.next())
        reports << q.value(0).toString() + u' ' + q.value(1).toString();
    QCOMPARE(reports,
             (QStringList{"Servicio sintético A 2024,2025", "Servicio sintético B 2024,2025",
                          "Servicio sintético C 2024,2025", "Servicio sintético D 2024,2025",
                          "Servicio sintético E 2024,2025"}));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT program_id), MIN(year), MAX(year) FROM result")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 500);
    QCOMPARE(q.value(1).toInt(), 25);
    QCOMPARE(q.value(2).toInt(), 2024);
    QCOMPARE(q.value(3).toInt(), 2025);
    q.finish();

    // One service, one year: every program runs in it.
    const QString single = m_dir.filePath(QStringLiteral("single.sqlite"));
    QVERIFY2(generateDemo(single, 200, &error, {}, DemoShape{1, 1}), qPrintable(error));
    const auto one = Database::open(single, Database::Access::ReadOnly, &error);
    QVERIFY2(one, qPrintable(error));
    QSqlQuery o(one->connection());
    QVERIFY(o.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM report), (SELECT MAX(year) FROM report), "
                                  "COUNT(DISTINCT program_id) FROM result")));
    QVERIFY(o.next());
    QCOMPARE(o.value(0).toInt(), 1);
    QCOMPARE(o.value(1).toInt(), 2025);
    QCOMPARE(o.value(2).toInt(), 5);
}

void TestDemoData::badShapeIsRefused()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    for (const DemoShape &shape : {DemoShape{0, 3}, DemoShape{27, 3}, DemoShape{3, 0}, DemoShape{3, 11}}) {
        const QString path = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QString error;
        QVERIFY(!generateDemo(path, 10, &error, {}, shape));
        QVERIFY2(error.contains(QStringLiteral("de 1 a 26 servicios y de 1 a 10 años")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
}

// mirador generate-demo --services K --years A: the shape asked for, said on the way out; a
// shape out of range is a usage error that writes nothing.
void TestDemoData::commandLineChoosesTheShape()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    const auto run = [](const QStringList &arguments, QString *out, QString *err) {
        QProcess process;
        process.start(QStringLiteral(MIRADOR_BINARY), QStringList{QStringLiteral("generate-demo")} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("--rows"), QStringLiteral("300"), QStringLiteral("--out"), path,
                  QStringLiteral("--services"), QStringLiteral("2"), QStringLiteral("--years"), QStringLiteral("4")},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("2 servicios sintéticos, con un informe por año de 2022 a 2025")),
             qPrintable(out));
    {
        QString error;
        const auto db = Database::open(path, Database::Access::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT service_id), COUNT(*), MIN(year), MAX(year), "
                                      "MIN(synthetic) FROM report")));
        QVERIFY(q.next());
        QCOMPARE(QStringList({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()}),
                 (QStringList{"2", "8", "2022", "2025", "1"}));
    }
    const QString bad = m_dir.filePath(QStringLiteral("cli-bad.sqlite"));
    for (const QStringList &shape :
         {QStringList{"--services", "27"}, QStringList{"--years", "0"}, QStringList{"--years", "tres"}}) {
        QCOMPARE(run(QStringList{"--rows", "10", "--out", bad} + shape, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("%1 espera un número entero de 1 a").arg(shape.first())), qPrintable(err));
        QVERIFY(!QFileInfo::exists(bad));
    }
}

void TestDemoData::searchTextIsTheRowsOwn()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    // The same text an edit would write (changelog recomputes it from these parts).
    QSqlQuery parts(m_db->connection());
    QVERIFY(parts.prepare(QString::fromLatin1(Sql::selectResultSearchParts)));
    for (const qint64 id : {qint64(1), qint64(777), rows}) {
        parts.addBindValue(id);
        QVERIFY(parts.exec() && parts.next());
        const QString expected
            = resultSearchText(parts.value(0).toString(), parts.value(1).toString(), parts.value(2).toString(),
                               parts.value(3).toString(), parts.value(4).toString());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT search_text FROM result WHERE id = ?")));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), expected);
        QVERIFY(expected.contains(QStringLiteral("dato sintetico")));
    }
}

void TestDemoData::sameRowsGiveTheSameDatabase()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    QString error;
    QVERIFY2(generateDemo(again, rows, &error), qPrintable(error));
    const auto second = Database::open(again, Database::Access::ReadOnly, &error);
    QVERIFY2(second, qPrintable(error));
    const QByteArray first = checksum(m_db->connection());
    QVERIFY(!first.isEmpty());
    QCOMPARE(checksum(second->connection()).toHex(), first.toHex());
    // Another shape, another database.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY2(generateDemo(other, rows, &error, {}, DemoShape{2, 3}), qPrintable(error));
    const auto third = Database::open(other, Database::Access::ReadOnly, &error);
    QVERIFY2(third, qPrintable(error));
    QVERIFY(checksum(third->connection()) != first);
}

void TestDemoData::refusesAnExistingPath()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    const QByteArray before = TestSupport::fileHash(m_path);
    QString error;
    QVERIFY(!generateDemo(m_path, 10, &error));
    QVERIFY2(error.contains(QStringLiteral("ya existe")), qPrintable(error));
    QCOMPARE(TestSupport::fileHash(m_path), before);
}

void TestDemoData::refusesNoRows()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    const QString path = m_dir.filePath(QStringLiteral("none.sqlite"));
    QString error;
    QVERIFY(!generateDemo(path, 0, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestDemoData::cancelLeavesNoFile()
{
    if (!sqliteOnly())
        QSKIP("generate-demo writes SQLite files");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.sqlite"));
    QString error;
    qint64 seen = 0;
    qint64 seenTotal = 0;
    QVERIFY(!generateDemo(path, rows, &error, [&](qint64 done, qint64 total) {
        seen = done;
        seenTotal = total;
        return done < rows / 2;
    }));
    QVERIFY2(error.contains(QStringLiteral("cancelada")), qPrintable(error));
    QCOMPARE(seen, rows / 2);
    QCOMPARE(seenTotal, rows);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

namespace {

/// A connection straight to location, without Database: to build an old schema.
QSqlDatabase rawConnection(const QString &location, const QString &name)
{
    QSqlDatabase db;
    if (Database::isUrl(location)) {
        const QUrl url(location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
    }
    return db;
}

QString resultsSnapshot(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT id, objective_id, action_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, note, source_quote, search_text FROM result ORDER BY id"));
    return TestSupport::rowsText(q);
}

/// What an SQLite file holds after a failed or backed-up update: its
/// user_version (-1 when the file could not be opened or read) and its
/// results as resultsSnapshot() gives them, read on a connection named name
/// that is gone again on return.
struct SqliteFile
{
    int version = -1;
    QString results;
};

SqliteFile readSqliteFile(const QString &path, const QString &name)
{
    SqliteFile file;
    {
        QSqlDatabase db = rawConnection(path, name);
        if (db.open()) {
            QSqlQuery version(db);
            if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
                file.version = version.value(0).toInt();
            version.finish();
            file.results = resultsSnapshot(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return file;
}

/// A place for a new database: v2.sqlite in dir, or a fresh database on the
/// test server. Empty (and the test skipped) where the server is missing.
QString newDatabaseLocation(const QTemporaryDir &dir)
{
    if (!TestSupport::testingPostgres())
        return dir.filePath(QStringLiteral("v2.sqlite"));
    QString skip;
    const QString server = TestSupport::postgresServer(&skip);
    if (server.isEmpty()) {
        QTest::qSkip(qPrintable(skip), __FILE__, __LINE__);
        return {};
    }
    QString error;
    const QString location = TestSupport::newPostgresDatabase(server, &error);
    if (location.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return location;
}

/// Writes a version 2 database at location, runs each of `changes` on it as
/// sqlite3 or psql would, and gives its results as resultsSnapshot() does;
/// empty, the test failed, when a step fails.
QString writeVersion2(const QString &location, const QStringList &changes = {})
{
    const QString name = QStringLiteral("version2");
    QString snapshot;
    {
        QSqlDatabase raw = rawConnection(location, name);
        QString error;
        bool ok = raw.open() && TestSupport::buildVersion2(raw, TestSupport::testingPostgres(), &error);
        if (!ok && error.isEmpty())
            error = raw.lastError().text();
        QSqlQuery q(raw);
        for (const QString &change : changes) {
            if (ok && !q.exec(change)) {
                ok = false;
                error = change + QStringLiteral(": ") + q.lastError().text();
            }
        }
        q.finish();
        if (ok)
            snapshot = resultsSnapshot(raw);
        else
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return snapshot;
}

} // namespace

void TestDemoData::version2DatabaseMigratesUnchanged()
{
    // A database written before results had a call opens, migrates to
    // version 3 with its rows and ids as they were, and the importer still
    // updates a real result rather than adding a second one (NULL calls are
    // distinct to UNIQUE, so only its own look-up keeps that promise).
    QTemporaryDir dir;
    const bool postgres = TestSupport::testingPostgres();
    const QString location = newDatabaseLocation(dir);
    if (location.isEmpty())
        return;
    const QString before = writeVersion2(location);
    QCOMPARE(before.count(u'\n'), 8);

    QString error;
    const auto db = Database::open(location, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(postgres ? QStringLiteral("SELECT MAX(version) FROM mirador_schema")
                            : QStringLiteral("PRAGMA user_version")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Database::schemaVersion);
    QCOMPARE(resultsSnapshot(db->connection()), before);
    if (postgres) {
        QCOMPARE(db->migrationBackup(), QString()); // a server's copies are its administrator's
    } else {
        // The copy beside it, made before the update: version 2, the same rows.
        const QString backup = db->migrationBackup();
        QCOMPARE(QFileInfo(backup).dir(), QFileInfo(location).dir());
        QVERIFY2(QFileInfo(backup).fileName().startsWith(QLatin1String("v2.respaldo-esquema-2-")), qPrintable(backup));
        const SqliteFile copy = readSqliteFile(backup, QStringLiteral("backup"));
        QCOMPARE(copy.version, 2);
        QCOMPARE(copy.results, before);
    }
    // Version 4 filled result_total from the rows.
    QCOMPARE(TestSupport::resultTotals(db->connection(), true).count(u'\n'), 8);
    QCOMPARE(TestSupport::resultTotals(db->connection(), true), TestSupport::resultTotals(db->connection(), false));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result WHERE call IS NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    // The indexes made again, and the new ones.
    QVERIFY(q.exec(
        postgres ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'result'")
                 : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'result'")));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    for (const char *index : {"result_program_idx", "result_region_idx", "result_year_idx", "result_budget_key_idx",
                              "result_beneficiaries_key_idx", "result_objective_year_idx"})
        QVERIFY2(indexes.contains(QLatin1String(index)), index);

    // An existing real result: updated, never duplicated.
    const QByteArray existing
        = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
          "2025,1,Ferias Libres,00,2509475,153,proyectos asociativos,corregida\n";
    ImportPlan plan = Importer::prepare(db->connection(), existing, QStringLiteral("uno.csv"));
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    ImportOutcome outcome = Importer::apply(db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.inserted, 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);

    // A new one takes the next id: the identity goes on after the copied ids.
    const QByteArray fresh = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                             "2026,1,Ferias Libres,08,100,1,proyectos,nueva\n";
    plan = Importer::prepare(db->connection(), fresh, QStringLiteral("nueva.csv"));
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).describe()));
    outcome = Importer::apply(db->connection(), plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 1);
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM result")) && q.next());
    QCOMPARE(q.value(0).toInt(), 9);
}

// Two imports at once could make one program twice ("Carrera Común", "carrera común"); the
// update to schema 5 merges such twins, keeps the newer of two rows they make alike, logs the other.
void TestDemoData::twinProgramsAreMergedByTheUpdate()
{
    QTemporaryDir dir;
    const QString location = newDatabaseLocation(dir);
    if (location.isEmpty())
        return;
    // The twin, as the race wrote it: the first result's program under another spelling, with a
    // result alike to that first one (same objective, year, region) and one of its own.
    const QString first = QStringLiteral("(SELECT MIN(id) FROM result)");
    QStringList changes{QStringLiteral("INSERT INTO program (name, search_text) SELECT UPPER(p.name), p.search_text "
                                       "FROM program p JOIN result r ON r.program_id = p.id WHERE r.id = %1")
                            .arg(first)};
    for (const char *year : {"2025", "2027"}) {
        changes << QStringLiteral("INSERT INTO result (objective_id, action_id, program_id, region_id, year, "
                                  "budget_mclp, beneficiaries, beneficiary_unit, source_quote, search_text) "
                                  "SELECT objective_id, action_id, (SELECT MAX(id) FROM program), region_id, %1, 7, "
                                  "3, beneficiary_unit, 'nueva', search_text FROM result WHERE id = %2")
                       .arg(QLatin1String(year), first);
    }
    const QStringList firstRow = writeVersion2(location, changes).section(u'\n', 0, 0).split(u'|');
    QVERIFY(firstRow.size() > 6);
    const QString older = firstRow.at(0);
    const QString kept = firstRow.at(3);
    const QString oldBudget = firstRow.at(6);

    QString error;
    const auto db = Database::open(location, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM program GROUP BY search_text HAVING COUNT(*) > 1")));
    QVERIFY2(!q.next(), "a folded name still has two programs");
    // Both of the twin's results now belong to the kept program; the older alike row is gone.
    QVERIFY(q.exec(QStringLiteral("SELECT year, budget_mclp, source_quote FROM result WHERE program_id = %1 "
                                  "AND (year = 2027 OR source_quote = 'nueva' OR id = %2) ORDER BY year")
                       .arg(kept, older)));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    QCOMPARE(rows, (QStringList{"2025 7 nueva", "2027 7 nueva"}));
    // What it held is in the change log.
    QVERIFY(q.exec(QStringLiteral("SELECT column_name, old_value, origin FROM change_log WHERE row_id = %1 "
                                  "AND table_name = 'result' ORDER BY column_name")
                       .arg(older)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("beneficiaries"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("beneficiary_unit"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("budget_mclp"));
    QCOMPARE(q.value(1).toString(), oldBudget);
    QVERIFY2(q.value(2).toString().startsWith(QLatin1String("esquema 5")), qPrintable(q.value(2).toString()));
    q.finish();
    QCOMPARE(TestSupport::resultTotals(db->connection(), true), TestSupport::resultTotals(db->connection(), false));
}

// A budget of 9223372036854775807 taken before schema 6 bounded the figures: the update cannot
// take it, so it names the row and leaves the file as it was.
void TestDemoData::figurePastTheBoundStopsTheUpdate()
{
    QTemporaryDir dir;
    const QString location = newDatabaseLocation(dir);
    if (location.isEmpty())
        return;
    const QString before = writeVersion2(location, {QStringLiteral("UPDATE result SET budget_mclp = "
                                                                   "9223372036854775807 WHERE id = 8")});
    QVERIFY(!before.isEmpty());

    QString error;
    QVERIFY(!Database::open(location, Database::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("la fila 8 de la tabla result tiene budget_mclp = 9223372036854775807, "
                                           "fuera de lo que Mirador guarda")),
             qPrintable(error));
    {
        QSqlDatabase raw = rawConnection(location, QStringLiteral("past-after"));
        QVERIFY(raw.open());
        QCOMPARE(resultsSnapshot(raw), before);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("past-after"));
}

// Schema 7 keeps each figure as its source gave it, so that an edit is flagged. A database
// written before holds what was imported, except cells edited since: their source is the
// value before the first edit after the last import, which change_log keeps.
void TestDemoData::updateFindsWhatEditedFiguresWereAtTheSource()
{
    QTemporaryDir dir;
    const QString location = newDatabaseLocation(dir);
    if (location.isEmpty())
        return;
    const auto idOf = [](const char *program) {
        return QStringLiteral("(SELECT r.id FROM result r JOIN program p ON p.id = r.program_id WHERE p.name = '%1')")
            .arg(QLatin1String(program));
    };
    const auto logged = [](const QString &row, const char *column, const char *old, const char *now,
                           const char *origin) {
        return QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, "
                              "old_value, new_value, origin) VALUES ('2026-01-01T00:00:00Z', 'ana', 'result', %1, "
                              "'%2', %3, '%4', '%5')")
            .arg(row, QLatin1String(column), old ? QStringLiteral("'%1'").arg(QLatin1String(old)) : QStringLiteral("NULL"),
                 QLatin1String(now), QLatin1String(origin));
    };
    const QString ferias = idOf("Ferias Libres");
    const QString gremial = idOf("Fortalecimiento Gremial");
    const QString barrios = idOf("Barrios Comerciales");
    writeVersion2(location,
                  {// Edited, then imported over: the import's figure is the source.
                   logged(gremial, "budget_mclp", "1", "1487480", "edit"),
                   QStringLiteral("INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, "
                                  "old_value, new_value, origin) VALUES ('2026-01-02T00:00:00Z', 'ana', 'import', "
                                  "NULL, 'bgi.csv', NULL, '0 nuevas, 8 actualizadas', 'import')"),
                   // Edited twice, and undone and done again: the first value is the source.
                   QStringLiteral("UPDATE result SET budget_mclp = 2700000, beneficiaries = 160 WHERE id = %1")
                       .arg(ferias),
                   logged(ferias, "budget_mclp", "2509474", "2600000", "edit"),
                   logged(ferias, "budget_mclp", "2600000", "2700000", "edit"),
                   logged(ferias, "beneficiaries", "153", "160", "redo"),
                   // A logged value that is no figure leaves the figure as its own source.
                   logged(barrios, "budget_mclp", "abc", "2389318", "edit")});

    QString error;
    const auto db = Database::open(location, Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT p.name, r.budget_mclp, r.budget_source, r.beneficiaries, "
                                  "r.beneficiaries_source FROM result r JOIN program p ON p.id = r.program_id "
                                  "WHERE COALESCE(r.budget_mclp, -1) <> COALESCE(r.budget_source, -1) "
                                  "OR COALESCE(r.beneficiaries, -1) <> COALESCE(r.beneficiaries_source, -1)")));
    QStringList differing;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << q.value(i).toString();
        differing << fields.join(u' ');
    }
    QCOMPARE(differing, QStringList{QStringLiteral("Ferias Libres 2700000 2509474 160 153")});
    // Every other figure is its own source, a missing one included.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result WHERE budget_mclp IS NULL AND budget_source IS NULL")));
    QVERIFY(q.next());
    const int withoutBudget = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM result WHERE budget_mclp IS NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), withoutBudget);
    q.finish();

    // The table flags it.
    QueryTableModel model(TableSpec::results(), db->connection());
    QVERIFY(model.setFilter(Filter{}));
    int flagged = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            flagged += model.index(row, column).data(QueryTableModel::FigureEditedRole).toBool();
    }
    QCOMPARE(flagged, 2);
}

void TestDemoData::failedMigrationLeavesTheFileAsItWas()
{
    if (!sqliteOnly())
        QSKIP("on PostgreSQL the update is one transaction of the server's; no file to copy");
    // A version 2 file that already holds a table the update must create:
    // the update fails, the file stays at version 2 with its rows, and the
    // message names the copy.
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("v2.sqlite"));
    QString before;
    {
        QSqlDatabase raw = rawConnection(location, QStringLiteral("v2-bad"));
        QVERIFY(raw.open());
        QString error;
        QVERIFY2(TestSupport::buildVersion2(raw, false, &error), qPrintable(error));
        QSqlQuery stray(raw);
        QVERIFY(stray.exec(QStringLiteral("CREATE TABLE result_total (x INTEGER)")));
        before = resultsSnapshot(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2-bad"));

    QString error;
    QVERIFY(!Database::open(location, Database::Access::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("no se pudo actualizar su esquema")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("copia de respaldo en «%1").arg(dir.path())), qPrintable(error));
    const SqliteFile after = readSqliteFile(location, QStringLiteral("v2-after"));
    QCOMPARE(after.version, 2);
    QCOMPARE(after.results, before);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
