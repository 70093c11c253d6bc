#include "changelog.h"
#include "fixturereports.h"
#include "historymodel.h"
#include "programjoin.h"
#include "testsupport.h"
#include "textfold.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

/// Joining two program names into one program (issue 19), on the test
/// fixture of two services and two years (tests/support/fixturereports.h),
/// on SQLite and PostgreSQL: every row moves, the kept totals stay right,
/// the change log and the history say it, a join whose rows collide is
/// refused whole, and undo brings both programs back with their rows.
class TestProgramJoin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void joinMovesEveryRowAndKeepsTheTotals();
    void joinIsLoggedAndShownInHistory();
    void listsEachProgramsRowsAndReports();
    void collidingJoinIsRefusedAndChangesNothing_data();
    void collidingJoinIsRefusedAndChangesNothing();
    void sameProgramOrMissingProgramIsRefused();
    void undoBringsBothProgramsBackWithTheirRows();
    void undoIsRefusedWhenTheNameCameBack();

private:
    QSqlDatabase db() const { return m_fixture->db->connection(); }
    qint64 programId(const QString &name) const;
    /// Everything a join may change, as text: the programs, each result's
    /// and indicator's program and search text, the kept totals.
    QString snapshot() const;
    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
};

void TestProgramJoin::initTestCase()
{
    Format::initDefaultLocale();
}

void TestProgramJoin::init()
{
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
}

void TestProgramJoin::cleanup()
{
    m_fixture.reset();
}

qint64 TestProgramJoin::programId(const QString &name) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT id FROM program WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QString TestProgramJoin::snapshot() const
{
    return TestSupport::shownRows(db(), u"SELECT id, name, search_text FROM program ORDER BY id"_s) + u"\n--\n"_s
        + TestSupport::shownRows(db(), u"SELECT r.id, r.program_id, r.budget_mclp, r.beneficiaries, r.search_text "
                                       u"FROM result r ORDER BY r.id"_s)
        + u"\n--\n"_s
        + TestSupport::shownRows(db(), u"SELECT i.id, i.program_id, i.value, i.search_text FROM indicator i "
                                       u"ORDER BY i.id"_s)
        + u"\n--\n"_s + TestSupport::resultTotals(db(), true);
}

void TestProgramJoin::joinMovesEveryRowAndKeepsTheTotals()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const qint64 shared = programId(FixtureReports::sharedProgram);
    const qint64 lastYear = programId(FixtureReports::lastYearProgram);
    const QString sums = u"SELECT COUNT(*), SUM(budget_mclp), SUM(beneficiaries) FROM result"_s;
    const QString sumsBefore = TestSupport::shownRows(db(), sums);
    QString error;
    const std::optional<ProgramJoin::Outcome> outcome = ProgramJoin::join(db(), shared, lastYear, &error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(outcome->results, 4);
    QCOMPARE(outcome->indicators, 2);
    QCOMPARE(outcome->from, FixtureReports::sharedProgram);
    QCOMPARE(outcome->into, FixtureReports::lastYearProgram);

    // The joined program is gone; every row that named it names the kept one.
    QCOMPARE(programId(FixtureReports::sharedProgram), -1);
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT p.name, r.year, r.budget_mclp, r.beneficiary_unit FROM result r "
                                          u"JOIN program p ON p.id = r.program_id WHERE p.id = %1 "
                                          u"ORDER BY r.year, r.budget_mclp"_s.arg(lastYear)),
             QStringList({FixtureReports::lastYearProgram + u" | 2024 | 500 | empresas"_s,
                          FixtureReports::lastYearProgram + u" | 2024 | 1000 | empresas"_s,
                          FixtureReports::lastYearProgram + u" | 2025 | 600 | personas"_s,
                          FixtureReports::lastYearProgram + u" | 2025 | 800 | personas"_s,
                          FixtureReports::lastYearProgram + u" | 2025 | 1200 | empresas"_s})
                 .join(u'\n'));
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT i.year, i.value FROM indicator i WHERE i.program_id = %1 "
                                          u"ORDER BY i.year"_s.arg(lastYear)),
             u"2024 | 40\n2025 | 55"_s);
    // The search finds the moved rows by their new program's name, not the old.
    // (A result's search text begins with its program; its sentence, which
    // names the old program, stays as the report wrote it.)
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT (SELECT COUNT(*) FROM result WHERE search_text LIKE '%1%'), "
                                          u"(SELECT COUNT(*) FROM indicator WHERE search_text LIKE '%%1%'), "
                                          u"(SELECT COUNT(*) FROM result WHERE search_text LIKE '%2%')"_s
                                              .arg(TextFold::fold(FixtureReports::lastYearProgram),
                                                   TextFold::fold(FixtureReports::sharedProgram))),
             u"5 | 2 | 0"_s);

    // The totals the triggers keep are those of the rows, and no figure was
    // lost or added: the sums over every result are what they were, and the
    // kept program holds the two programs' figures together.
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    QCOMPARE(TestSupport::shownRows(db(), sums), sumsBefore);
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT SUM(result_rows), SUM(budget_mclp), SUM(beneficiaries) "
                                          u"FROM result_total WHERE program_id = %1"_s.arg(lastYear)),
             u"5 | 4100 | 73"_s);
    if (!TestSupport::testingPostgres())
        QCOMPARE(Database::checkIntegrity(db()), QString());
}

void TestProgramJoin::joinIsLoggedAndShownInHistory()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    const std::optional<ProgramJoin::Outcome> outcome = ProgramJoin::join(
        db(), programId(FixtureReports::firstYearProgram), programId(FixtureReports::lastYearProgram), &error);
    QVERIFY2(outcome, qPrintable(error));
    // Who, when, which program into which, how many rows; a line per row moved.
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT user_name, table_name, column_name, old_value, new_value, origin "
                                          u"FROM change_log WHERE id = %1"_s.arg(outcome->summaryId)),
             QStringList({ChangeLog::currentUser(), u"join"_s, FixtureReports::lastYearProgram,
                          FixtureReports::firstYearProgram, u"1 resultados, 0 indicadores"_s, u"join"_s})
                 .join(u" | "_s));
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT table_name, column_name, old_value, new_value FROM change_log "
                                          u"WHERE origin = 'join:%1' ORDER BY id"_s.arg(outcome->summaryId)),
             QStringList({u"result | program | "_s + FixtureReports::firstYearProgram + u" | "_s
                              + FixtureReports::lastYearProgram,
                          u"program | name | "_s + FixtureReports::firstYearProgram + u" | NULL"_s})
                 .join(u'\n'));

    // What the history shows a person, newest first.
    HistoryModel history(db());
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(history.refresh());
    const auto shown = [&history](int row, int column) {
        return history.index(row, column).data().toString();
    };
    // The summary goes first, so its lines can name it: it is the oldest of the three.
    QCOMPARE(history.rowCount(), 3);
    QCOMPARE(shown(2, HistoryModel::Table), u"Unión de programas"_s);
    QCOMPARE(shown(2, HistoryModel::Row), u"«%1» unido a «%2»"_s.arg(FixtureReports::firstYearProgram,
                                                                      FixtureReports::lastYearProgram));
    QCOMPARE(shown(2, HistoryModel::After), u"1 fila movida"_s);
    QCOMPARE(shown(2, HistoryModel::Who), ChangeLog::currentUser());
    QCOMPARE(shown(2, HistoryModel::Origin), u"unión de programas %1"_s.arg(outcome->summaryId));
    // The row moved: its program before and after.
    QCOMPARE(shown(1, HistoryModel::Table), u"Resultados"_s);
    QCOMPARE(shown(1, HistoryModel::ColumnName), u"Programa"_s);
    QCOMPARE(shown(1, HistoryModel::Before), FixtureReports::firstYearProgram);
    QCOMPARE(shown(1, HistoryModel::After), FixtureReports::lastYearProgram);
    QCOMPARE(shown(1, HistoryModel::Origin), u"unión de programas %1"_s.arg(outcome->summaryId));
    // The program removed.
    QCOMPARE(shown(0, HistoryModel::Table), u"Programas"_s);
    QCOMPARE(shown(0, HistoryModel::Row), FixtureReports::firstYearProgram);
    QCOMPARE(shown(0, HistoryModel::ColumnName), u"Nombre"_s);
    QCOMPARE(shown(0, HistoryModel::Before), FixtureReports::firstYearProgram);
    QCOMPARE(shown(0, HistoryModel::After), u"(quitado)"_s);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(history.index(row, 0).data(HistoryModel::JoinIdRole).toLongLong(), outcome->summaryId);
}

void TestProgramJoin::listsEachProgramsRowsAndReports()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    const std::optional<QList<ProgramJoin::Program>> programs = ProgramJoin::programs(db(), &error);
    QVERIFY2(programs, qPrintable(error));
    QStringList listed;
    for (const ProgramJoin::Program &program : *programs)
        listed << u"%1: %2 + %3 in %4"_s.arg(program.name).arg(program.results).arg(program.indicators)
                      .arg(program.reports.join(u", "_s));
    QCOMPARE(listed.join(u'\n'),
             QStringList({FixtureReports::sharedProgram + u": 4 + 2 in Prueba (fixture) 2024, Prueba (fixture) 2025"_s,
                          FixtureReports::secondServiceProgram + u": 3 + 0 in Prueba 2 (fixture) 2024, "
                                                                 u"Prueba 2 (fixture) 2025"_s,
                          FixtureReports::firstYearProgram + u": 1 + 0 in Prueba (fixture) 2024"_s,
                          FixtureReports::lastYearProgram + u": 1 + 0 in Prueba (fixture) 2025"_s})
                 .join(u'\n'));
}

void TestProgramJoin::collidingJoinIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("named");
    // A row of the 2024-only program put where the shared program has one.
    QTest::newRow("result") << u"INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, "
                               u"beneficiaries, beneficiary_unit, source_quote, search_text) "
                               u"SELECT objective_id, %1, region_id, year, 7, 7, beneficiary_unit, source_quote, "
                               u"search_text FROM result WHERE program_id = %2 AND year = 2024"_s
                            << u"objetivo 1 de Prueba (fixture) 2024, año 2024, Metropolitana"_s;
    QTest::newRow("indicator") << u"INSERT INTO indicator (objective_id, program_id, region_id, year, name, value, "
                                  u"unit, source_quote, search_text) SELECT objective_id, %1, region_id, year, name, "
                                  u"9, unit, source_quote, search_text FROM indicator "
                                  u"WHERE program_id = %2 AND year = 2025"_s
                               << u"objetivo 1 de Prueba (fixture) 2025, año 2025, Metropolitana "
                                  u"(indicador «Asesorías de prueba»)"_s;
}

void TestProgramJoin::collidingJoinIsRefusedAndChangesNothing()
{
    QFETCH(QString, copy);
    QFETCH(QString, named);
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const qint64 firstYear = programId(FixtureReports::firstYearProgram);
    const qint64 shared = programId(FixtureReports::sharedProgram);
    QSqlQuery insert(db());
    QVERIFY2(insert.exec(copy.arg(firstYear).arg(shared)), qPrintable(insert.lastError().text()));
    const QString before = snapshot();
    const QString logBefore = TestSupport::shownRows(db(), u"SELECT COUNT(*) FROM change_log"_s);

    QString error;
    QVERIFY(!ProgramJoin::join(db(), firstYear, shared, &error));
    QVERIFY2(error.startsWith(u"no se unieron: «%1» y «%2»"_s.arg(FixtureReports::firstYearProgram,
                                                                    FixtureReports::sharedProgram)),
             qPrintable(error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(snapshot(), before);
    QCOMPARE(TestSupport::shownRows(db(), u"SELECT COUNT(*) FROM change_log"_s), logBefore);
}

void TestProgramJoin::sameProgramOrMissingProgramIsRefused()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const qint64 shared = programId(FixtureReports::sharedProgram);
    const QString before = snapshot();
    QString error;
    QVERIFY(!ProgramJoin::join(db(), shared, shared, &error));
    QCOMPARE(error, u"«%1» es el mismo programa; elija dos distintos"_s.arg(FixtureReports::sharedProgram));
    QVERIFY(!ProgramJoin::join(db(), shared, 999999, &error));
    QCOMPARE(error, u"el programa ya no existe; vuelva a abrir la lista"_s);
    QCOMPARE(snapshot(), before);
}

void TestProgramJoin::undoBringsBothProgramsBackWithTheirRows()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    const QString before = snapshot();
    QString error;
    const std::optional<ProgramJoin::Outcome> joined = ProgramJoin::join(
        db(), programId(FixtureReports::sharedProgram), programId(FixtureReports::lastYearProgram), &error);
    QVERIFY2(joined, qPrintable(error));
    QVERIFY(snapshot() != before);

    const std::optional<ProgramJoin::Outcome> undone = ProgramJoin::undo(db(), joined->summaryId, &error);
    QVERIFY2(undone, qPrintable(error));
    QCOMPARE(undone->results, 4);
    QCOMPARE(undone->indicators, 2);
    // Both programs, their ids, rows, search texts and kept totals as before.
    QCOMPARE(snapshot(), before);
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    if (!TestSupport::testingPostgres())
        QCOMPARE(Database::checkIntegrity(db()), QString());

    HistoryModel history(db());
    QVERIFY(history.refresh());
    QCOMPARE(history.index(0, HistoryModel::Row).data().toString(),
             u"«%1» separado de «%2»"_s.arg(FixtureReports::sharedProgram, FixtureReports::lastYearProgram));
    QCOMPARE(history.index(0, HistoryModel::After).data().toString(), u"6 filas movidas"_s);
    QCOMPARE(history.index(0, HistoryModel::Origin).data().toString(),
             u"deshacer unión %1"_s.arg(joined->summaryId));

    // Once only.
    QVERIFY(!ProgramJoin::undo(db(), joined->summaryId, &error));
    QCOMPARE(error, u"la unión de «%1» a «%2» ya se deshizo"_s.arg(FixtureReports::sharedProgram,
                                                                  FixtureReports::lastYearProgram));
    QCOMPARE(snapshot(), before);
}

void TestProgramJoin::undoIsRefusedWhenTheNameCameBack()
{
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    const std::optional<ProgramJoin::Outcome> joined = ProgramJoin::join(
        db(), programId(FixtureReports::firstYearProgram), programId(FixtureReports::lastYearProgram), &error);
    QVERIFY2(joined, qPrintable(error));
    // An import made the joined name again, spelled otherwise.
    QSqlQuery insert(db());
    insert.prepare(u"INSERT INTO program (name, search_text) VALUES (?, ?)"_s);
    const QString again = FixtureReports::firstYearProgram.toUpper();
    insert.addBindValue(again);
    insert.addBindValue(TextFold::fold(again));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    const QString before = snapshot();
    QVERIFY(!ProgramJoin::undo(db(), joined->summaryId, &error));
    QCOMPARE(error, u"ya hay otra vez un programa «%1»; únalo a «%2» antes de deshacer esta unión"_s
                        .arg(again, FixtureReports::lastYearProgram));
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestProgramJoin)
#include "tst_programjoin.moc"
