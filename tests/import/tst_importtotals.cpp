#include "importer.h"
#include "importundo.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using TestSupport::Fixture;

/// result_total through an import, on SQLite and PostgreSQL (issue 20): an
/// import adds the totals of its new rows once per group, not once per row,
/// and the totals stay those of a GROUP BY over result after the import,
/// after its undo, after a cancel, and after any plain SQL write.
class TestImportTotals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newRowsOfOneGroupAddTheirTotalsOnce();
    void totalsRightAfterImportUndoAndPlainSql();
    void cancelledImportLeavesTotalsAsTheyWere();
    void cancelWhileMovingTheRowsIn();
    void searchTextIsTheWholeRowFolded();

private:
    QSqlDatabase db() const { return m_fixture->db->connection(); }
    ImportOutcome import(const QByteArray &bytes, const std::function<bool(qint64, qint64)> &progress = {});
    /// Counts, from now on, every row written to result_total, whoever writes it.
    void countTotalWrites();
    int totalWrites() const;
    int paused() const;

    std::unique_ptr<Fixture> m_fixture;
};

namespace {

const QByteArray header = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,call,source_quote\n";

/// rows new results of one group (year, objective, program, region, unit),
/// told apart by their call; every third without a budget.
QByteArray oneGroup(int rows, int year)
{
    QByteArray bytes;
    for (int i = 1; i <= rows; ++i)
        bytes += QStringLiteral("%1,1,Programa de un grupo,08,%2,%3,personas,C-%3,fila %3\n")
                     .arg(year)
                     .arg(i % 3 == 0 ? QString() : QString::number(i * 100))
                     .arg(i)
                     .toUtf8();
    return bytes;
}

} // namespace

void TestImportTotals::init()
{
    m_fixture = std::make_unique<Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
}

ImportOutcome TestImportTotals::import(const QByteArray &bytes, const std::function<bool(qint64, qint64)> &progress)
{
    const ImportPlan plan = Importer::prepare(db(), bytes, QStringLiteral("totales.csv"));
    if (!plan.isValid()) {
        ImportOutcome outcome;
        outcome.error = plan.problems.isEmpty() ? QStringLiteral("no rows") : plan.problems.first().describe();
        return outcome;
    }
    return Importer::apply(db(), plan, progress);
}

void TestImportTotals::countTotalWrites()
{
    const bool postgres = TestSupport::testingPostgres();
    const QStringList statements = postgres
        ? QStringList{QStringLiteral("CREATE TABLE total_writes (n INTEGER NOT NULL)"),
                      QStringLiteral("INSERT INTO total_writes VALUES (0)"),
                      QStringLiteral("CREATE FUNCTION count_total_write() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$ BEGIN UPDATE total_writes SET n = n + 1; RETURN NULL; END $$"),
                      QStringLiteral("CREATE TRIGGER count_total_write AFTER INSERT OR UPDATE ON result_total "
                                     "FOR EACH ROW EXECUTE FUNCTION count_total_write()")}
        // Not TEMP: the import's BulkCache sets temp_store, which drops a connection's temporary tables.
        : QStringList{QStringLiteral("CREATE TABLE total_writes (n INTEGER NOT NULL)"),
                      QStringLiteral("INSERT INTO total_writes VALUES (0)"),
                      QStringLiteral("CREATE TRIGGER count_total_insert AFTER INSERT ON result_total "
                                     "BEGIN UPDATE total_writes SET n = n + 1; END"),
                      QStringLiteral("CREATE TRIGGER count_total_update AFTER UPDATE ON result_total "
                                     "BEGIN UPDATE total_writes SET n = n + 1; END")};
    QSqlQuery query(db());
    for (const QString &statement : statements)
        QVERIFY2(query.exec(statement), qPrintable(statement + u' ' + query.lastError().text()));
}

int TestImportTotals::totalWrites() const
{
    QSqlQuery query(db());
    return query.exec(QStringLiteral("SELECT n FROM total_writes")) && query.next() ? query.value(0).toInt() : -1;
}

int TestImportTotals::paused() const
{
    QSqlQuery query(db());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM result_total_paused")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

void TestImportTotals::newRowsOfOneGroupAddTheirTotalsOnce()
{
    // 250 rows of one group and 2 of another without a unit: a trigger per
    // row wrote result_total 252 times, and a statement-level one, fired by
    // each INSERT of 100 rows, 4 times; the import writes each group once.
    countTotalWrites();
    const QByteArray bytes = header + oneGroup(250, 2026)
        + "2026,1,Otro programa,09,,5,,,sin unidad\n2026,1,Otro programa,09,70,,,C-2,sin unidad\n";
    const ImportOutcome outcome = import(bytes);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 252);
    QCOMPARE(totalWrites(), 2);
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    QCOMPARE(TestSupport::shownRows(db(), QStringLiteral("SELECT result_rows, budget_rows, budget_mclp, "
                                                         "beneficiaries_rows, beneficiaries, both_rows FROM "
                                                         "result_total WHERE year = 2026 ORDER BY result_rows")),
             QStringLiteral("2 | 1 | 70 | 1 | 5 | 0\n250 | 167 | 2091700 | 250 | 31375 | 167"));
}

void TestImportTotals::totalsRightAfterImportUndoAndPlainSql()
{
    const QString before = TestSupport::resultTotals(db(), true);
    // New rows, and a row of the dataset updated (Ferias Libres, 2025, objective 1, Nacional).
    const ImportOutcome outcome
        = import(header + oneGroup(12, 2027) + "2025,1,Ferias Libres,00,2600000,160,proyectos asociativos,,otra\n");
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 12);
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(paused(), 0);
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    QVERIFY(TestSupport::resultTotals(db(), true) != before);

    // Plain SQL after an import: the trigger is not left paused.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, beneficiary_unit, "
        "source_quote, search_text, call) SELECT objective_id, program_id, region_id, year, 9, 9, beneficiary_unit, "
        "'x', 'x', 'SQL' FROM result WHERE year = 2027 AND call = 'C-1'")));
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM result WHERE call = 'SQL'")));
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));

    QVERIFY(query.exec(QStringLiteral("SELECT MAX(id) FROM change_log WHERE table_name = 'import'")) && query.next());
    QString error;
    QVERIFY2(ImportUndo::run(db(), query.value(0).toLongLong(), ImportUndo::Later::Refuse, &error), qPrintable(error));
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    QCOMPARE(TestSupport::resultTotals(db(), true), before);
}

void TestImportTotals::cancelledImportLeavesTotalsAsTheyWere()
{
    const QString before = TestSupport::resultTotals(db(), true);
    qint64 seen = 0;
    const ImportOutcome outcome = import(header + oneGroup(1200, 2028), [&seen](qint64 done, qint64) {
        seen = done;
        return done < 1000;
    });
    QVERIFY(outcome.cancelled);
    QVERIFY(seen >= 1000);
    QCOMPARE(paused(), 0);
    QCOMPARE(TestSupport::resultTotals(db(), true), before);
    QCOMPARE(TestSupport::resultTotals(db(), false), before);
}

void TestImportTotals::cancelWhileMovingTheRowsIn()
{
    if (TestSupport::testingPostgres())
        QSKIP("On PostgreSQL the rows go by COPY, and the end of a COPY is not asked about");
    // Every row staged, progress says so: until the import ends, the bar
    // keeps hearing of it and a cancel is still heard, while the rows are
    // moved into result and their totals added, before the journal.
    const QByteArray bytes = header + oneGroup(5000, 2029);
    int toldAll = 0;
    const ImportOutcome written = import(bytes, [&toldAll](qint64 done, qint64 total) {
        toldAll += done == total;
        return true;
    });
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY2(toldAll >= 2, qPrintable(QStringLiteral("told %1 times that every row was in").arg(toldAll)));

    const QString before = TestSupport::resultTotals(db(), true);
    QSqlQuery count(db());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && count.next());
    const qint64 results = count.value(0).toLongLong();
    count.finish();
    const ImportOutcome cancelled = import(header + oneGroup(5000, 2030), [](qint64 done, qint64 total) {
        return done < total; // Cancelar as soon as every row is staged
    });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(paused(), 0);
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM result")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), results);
    QCOMPARE(TestSupport::resultTotals(db(), true), before);
    QCOMPARE(TestSupport::resultTotals(db(), false), before);
}

void TestImportTotals::searchTextIsTheWholeRowFolded()
{
    // The bulk path folds a row's program, region and unit once for many
    // rows: the text the search box matches must be the same as folding
    // the whole row (accents, runs of spaces, a sentence that starts with
    // a combining accent, a no-break space, no unit).
    const QByteArray bytes = header
        + QStringLiteral("2029,1,Programa Ñandú  Ágil,08,1,1,Personas  Jurídicas,,Él   dijo: «sí»\n"
                         "2029,1,Programa Ñandú  Ágil,09,1,1,,,\u0301acento suelto y\u00a0espacio\n"
                         "2029,1,Programa Ñandú  Ágil,10,1,1,Personas  Jurídicas,,ÁRBOL\n")
              .toUtf8();
    const ImportOutcome outcome = import(bytes);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT r.search_text, p.name, g.short_name, g.official_name, COALESCE(r.beneficiary_unit, ''), r.source_quote "
        "FROM result r JOIN program p ON p.id = r.program_id JOIN region g ON g.id = r.region_id "
        "WHERE r.year = 2029 ORDER BY r.id")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        QCOMPARE(query.value(0).toString(),
                 resultSearchText(query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString(), query.value(5).toString()));
    }
    QCOMPARE(rows, 3);
}

QTEST_GUILESS_MAIN(TestImportTotals)
#include "tst_importtotals.moc"
