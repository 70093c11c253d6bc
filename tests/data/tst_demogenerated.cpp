#include "database.h"
#include "dataset.h"
#include "sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

/// What generate-demo writes now that it sets the indexes and result_total's
/// triggers aside while the rows go in (issue 20): the file a user gets is
/// the one `mirador init` makes, filled, with totals that add up and stay
/// right after it. Runs the command itself, as the user does. SQLite only.
class TestDemoGenerated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void schemaIsThatOfInit();
    void totalsAreTheGroupByOfResult();
    void triggersKeepTheTotalsAfterIt();
    void rowsAreExactAndMarkedSynthetic();
    void everySearchTextIsTheRowsOwn();
    void interruptLeavesNothing();

private:
    static int run(const QStringList &arguments, QString *err);
    QVariant scalar(const QString &statement) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    // Not a multiple of the progress step nor of 10: every row counts.
    static constexpr qint64 rows = 12347;
};

int TestDemoGenerated::run(const QStringList &arguments, QString *err)
{
    QProcess process;
    process.start(QStringLiteral(MIRADOR_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

QVariant TestDemoGenerated::scalar(const QString &statement) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(statement) || !q.next())
        return QStringLiteral("ERROR ") + q.lastError().text();
    return q.value(0);
}

void TestDemoGenerated::initTestCase()
{
    Format::initDefaultLocale();
    if (TestSupport::testingPostgres())
        QSKIP("generate-demo writes SQLite files");
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString err;
    const int code = run({QStringLiteral("generate-demo"), QStringLiteral("--rows"), QString::number(rows),
                          QStringLiteral("--out"), path},
                         &err);
    QVERIFY2(code == 0, qPrintable(err));
    QString error;
    m_db = Database::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(m_db, qPrintable(error));
}

// Every table, index and trigger, with the text that made it, as `mirador init` leaves them:
// none left out, none made twice, none changed.
void TestDemoGenerated::schemaIsThatOfInit()
{
    const QString initPath = m_dir.filePath(QStringLiteral("init.sqlite"));
    QString err;
    QCOMPARE(run({QStringLiteral("init"), initPath}, &err), 0);
    QString error;
    const auto init = Database::open(initPath, Database::Access::ReadOnly, &error);
    QVERIFY2(init, qPrintable(error));
    const QString schema = QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    const QString expected = TestSupport::shownRows(init->connection(), schema);
    QVERIFY(expected.contains(QStringLiteral("trigger | result_total_insert")));
    QVERIFY(expected.contains(QStringLiteral("index | result_budget_key_idx")));
    QCOMPARE(TestSupport::shownRows(m_db->connection(), schema), expected);
}

void TestDemoGenerated::totalsAreTheGroupByOfResult()
{
    const QString kept = TestSupport::resultTotals(m_db->connection(), true);
    QVERIFY(kept.count(u'\n') > 100);
    QCOMPARE(kept, TestSupport::resultTotals(m_db->connection(), false));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(result_rows) FROM result_total")).toLongLong(), rows);
}

// A later writer (sqlite3, an import, the window) keeps the totals: the triggers are there and work.
void TestDemoGenerated::triggersKeepTheTotalsAfterIt()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    for (const char *statement :
         {"INSERT INTO result (objective_id, action_id, program_id, region_id, year, budget_mclp, beneficiaries, "
          "beneficiary_unit, source_quote, search_text) SELECT objective_id, action_id, program_id, region_id, year, "
          "5, 2, 'otra unidad', 'nueva', 'nueva' FROM result WHERE id = 3",
          "UPDATE result SET budget_mclp = 1, beneficiaries = NULL WHERE id = 10",
          "DELETE FROM result WHERE id IN (20, 21, 22)"})
        QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
    const QString kept = TestSupport::resultTotals(m_db->connection(), true);
    const QString computed = TestSupport::resultTotals(m_db->connection(), false);
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(kept.contains(QStringLiteral("otra unidad|1|1|5|1|2|1|5|2|")));
    QCOMPARE(kept, computed);
}

void TestDemoGenerated::rowsAreExactAndMarkedSynthetic()
{
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result")).toLongLong(), rows);
    QCOMPARE(scalar(QStringLiteral("SELECT MAX(id) FROM result")).toLongLong(), rows);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM indicator")).toLongLong(), rows / 10);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report WHERE synthetic = 1")).toInt(), 9);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report WHERE synthetic IS NOT 1")).toInt(), 0);
    QCOMPARE(scalar(QString::fromLatin1(Sql::selectAnySynthetic)).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE source_quote LIKE "
                                   "'Dato sintético generado por Mirador para pruebas (fila %'"))
                 .toLongLong(),
             rows);
    const QString last = scalar(QStringLiteral("SELECT source_quote FROM result WHERE id = %1").arg(rows)).toString();
    QVERIFY2(last.startsWith(
                 QStringLiteral("Dato sintético generado por Mirador para pruebas (fila %1, Convocatoria ").arg(rows)),
             qPrintable(last));
}

// The search text is folded in parts (demodata.cpp says why); each row's must be the one an edit
// would write from its own program, region, unit and quote.
void TestDemoGenerated::everySearchTextIsTheRowsOwn()
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT p.name, g.short_name, g.official_name, r.beneficiary_unit, r.source_quote, "
                                  "r.search_text, r.id FROM result r JOIN program p ON p.id = r.program_id "
                                  "JOIN region g ON g.id = r.region_id ORDER BY r.id")));
    qint64 seen = 0;
    while (q.next()) {
        const QString expected = resultSearchText(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(4).toString());
        if (q.value(5).toString() != expected)
            QFAIL(qPrintable(QStringLiteral("row %1: «%2», expected «%3»")
                                 .arg(q.value(6).toString(), q.value(5).toString(), expected)));
        ++seen;
    }
    QCOMPARE(seen, rows);
}

// Ctrl+C while it writes: the command says it stopped and leaves no file behind, neither at --out
// nor the temporary one beside it.
void TestDemoGenerated::interruptLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stopped.sqlite"));
    QProcess process;
    process.start(QStringLiteral(MIRADOR_BINARY),
                  {QStringLiteral("generate-demo"), QStringLiteral("--rows"), QStringLiteral("3000000"),
                   QStringLiteral("--out"), path});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    while (!err.contains("10 %") && process.state() == QProcess::Running) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains("10 %"), err.constData());
    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("generación cancelada"), err.constData());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestDemoGenerated)
#include "tst_demogenerated.moc"
