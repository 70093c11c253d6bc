// A report read and reviewed, written into Mirador's database (DraftWriter):
// every figure with its sentence, page and review state, programs matched by
// their folded name, one transaction, and no report written twice.

#include "draftwriter.h"
#include "format.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDraftWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryFigureNotConfirmed();
    void keepsWhoConfirmedAndWhatWasCorrected();
    void matchesProgramsIgnoringAccentsAndCase();
    void refusesTheSameReportTwice();
    void refusesAReportWithoutServiceOrYear();

private:
    ReadReport m_sercotec;
};

namespace {

using TestSupport::shownRows;

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

/// A report of one objective and one action, marked as a Mirador test
/// fixture in its service's name: no service's figures.
ReportOutline fixtureOutline()
{
    ReportOutline outline;
    outline.service = u"Servicio de Prueba (fixture de Mirador)"_s;
    outline.ministry = u"Ministerio de Prueba"_s;
    outline.year = 2031;
    outline.stage = u"Etapa 1"_s;
    ObjectiveOutline objective;
    objective.number = 1;
    objective.title = u"Objetivo de prueba"_s;
    ActionOutline action;
    action.number = 1;
    objective.actions << action;
    outline.objectives << objective;
    return outline;
}

Proposal figure(Proposal::Kind kind, const QString &program, const QString &value, const QString &unit, int page)
{
    Proposal p;
    p.kind = kind;
    p.objective = 1;
    p.action = 1;
    p.program = program;
    p.value = value;
    p.unit = unit;
    p.page = page;
    p.sourceQuote = u"Oración de prueba con %1 %2."_s.arg(value, unit);
    return p;
}

} // namespace

void TestDraftWriter::initTestCase()
{
    Format::initDefaultLocale();
    QString error;
    QVERIFY2(ReportReader::read(QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt"),
                                &m_sercotec, &error),
             qPrintable(error));
}

void TestDraftWriter::writesEveryFigureNotConfirmed()
{
    TestSupport::Fixture empty(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(empty);
    TestSupport::Fixture typed;
    MIRADOR_REQUIRE_BACKEND(typed);
    QSqlDatabase db = empty.db->connection();
    QString error;
    QVERIFY2(DraftWriter::write(db, DraftWriter::unconfirmed(m_sercotec, u"informe.txt"_s), &error),
             qPrintable(error));

    // The 8 pairs of a budget and its beneficiaries are 8 results, as the
    // hand-typed dataset has them: program, M$, count and unit.
    const QString results = uR"(SELECT p.name, r.budget_mclp, r.beneficiaries, r.beneficiary_unit, r.year
        FROM result r JOIN program p ON p.id = r.program_id ORDER BY p.name)"_s;
    QCOMPARE(shownRows(db, results), shownRows(typed.db->connection(), results));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM result"_s), 8);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM indicator"_s), 34);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM milestone"_s), 11);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM objective"_s), 4);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM action"_s), 12);
    // Objectives and actions word for word, justifications too.
    const QString structure = u"SELECT o.number, o.title, a.number, a.text, a.justification FROM objective o "
                              u"JOIN action a ON a.objective_id = o.id ORDER BY o.number, a.number"_s;
    QCOMPARE(shownRows(db, structure), shownRows(typed.db->connection(), structure));
    // Nobody confirmed any of them; text input has no pages.
    for (const QString &table : {u"result"_s, u"indicator"_s, u"milestone"_s}) {
        QCOMPARE(shownRows(db, u"SELECT DISTINCT review, reviewed_by, reviewed_at, proposed, source_page FROM "_s + table),
                 u"proposed | NULL | NULL | NULL | NULL"_s);
    }
    QCOMPARE(shownRows(db, u"SELECT s.name, s.ministry, r.year, r.title, r.source_name, r.synthetic FROM report r "
                      u"JOIN service s ON s.id = r.service_id"_s),
             shownRows(typed.db->connection(), u"SELECT s.name, s.ministry, r.year, r.title, 'informe.txt', r.synthetic "
                                          u"FROM report r JOIN service s ON s.id = r.service_id"_s));
}

void TestDraftWriter::keepsWhoConfirmedAndWhatWasCorrected()
{
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    ReportDraft draft;
    draft.outline = fixtureOutline();
    draft.reviewer = u"revisora"_s;
    draft.reviewedAt = QDateTime(QDate(2031, 3, 4), QTime(10, 20, 30), Qt::UTC);
    const Proposal budget = figure(Proposal::Kind::Budget, u"Programa Uno"_s, u"1500"_s, u"M$"_s, 3);
    Proposal count = figure(Proposal::Kind::Beneficiaries, u"Programa Uno"_s, u"40"_s, u"empresas"_s, 4);
    const QString asRead = DraftWriter::describe(count);
    count.value = u"41"_s;
    const Proposal indicator = figure(Proposal::Kind::Indicator, QString(), u"51.8"_s, u"%"_s, 5);
    draft.figures = {{budget, ReviewedFigure::State::Confirmed, {}},
                     {count, ReviewedFigure::State::Corrected, asRead},
                     {indicator, ReviewedFigure::State::Confirmed, {}}};
    QSqlDatabase db = fixture.db->connection();
    QString error;
    QVERIFY2(DraftWriter::write(db, draft, &error), qPrintable(error));
    QCOMPARE(shownRows(db, u"SELECT budget_mclp, beneficiaries, beneficiary_unit, budget_source, beneficiaries_source, "
                      u"source_page, review, reviewed_by, reviewed_at, proposed FROM result"_s),
             u"1500 | 41 | empresas | 1500 | 41 | 3 | corrected | revisora | 2031-03-04T10:20:30Z | "
             u"beneficiarios 40 empresas · Programa Uno"_s);
    QCOMPARE(shownRows(db, u"SELECT name, value, unit, program_id, source_page, review, reviewed_by, proposed "
                      u"FROM indicator"_s),
             u"Porcentaje | 51.8 | % | NULL | 5 | confirmed | revisora | NULL"_s);
}

void TestDraftWriter::matchesProgramsIgnoringAccentsAndCase()
{
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    QSqlDatabase db = fixture.db->connection();
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO program (name, search_text) VALUES (?, ?)"_s));
    insert.addBindValue(u"Capital Semilla Técnica"_s);
    insert.addBindValue(u"capital semilla tecnica"_s);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    ReportDraft draft;
    draft.outline = fixtureOutline();
    draft.figures = {{figure(Proposal::Kind::Budget, u"CAPITAL  semilla tecnica"_s, u"10"_s, u"M$"_s, 0),
                      ReviewedFigure::State::Proposed, {}},
                     {figure(Proposal::Kind::Indicator, u"Capital semilla Técnica"_s, u"7"_s, u"ferias"_s, 0),
                      ReviewedFigure::State::Proposed, {}},
                     {figure(Proposal::Kind::Indicator, u"Programa Nuevo"_s, u"2"_s, u"ferias"_s, 0),
                      ReviewedFigure::State::Proposed, {}}};
    QString error;
    QVERIFY2(DraftWriter::write(db, draft, &error), qPrintable(error));
    QCOMPARE(shownRows(db, u"SELECT name FROM program ORDER BY name"_s), u"Capital Semilla Técnica\nPrograma Nuevo"_s);
    QCOMPARE(shownRows(db, u"SELECT p.name, r.budget_mclp FROM result r JOIN program p ON p.id = r.program_id"_s),
             u"Capital Semilla Técnica | 10"_s);
    QCOMPARE(shownRows(db, u"SELECT p.name, i.value FROM indicator i JOIN program p ON p.id = i.program_id "
                      u"ORDER BY i.value"_s),
             u"Programa Nuevo | 2\nCapital Semilla Técnica | 7"_s);
}

void TestDraftWriter::refusesTheSameReportTwice()
{
    TestSupport::Fixture typed;
    MIRADOR_REQUIRE_BACKEND(typed);
    QSqlDatabase db = typed.db->connection();
    const ReportDraft draft = DraftWriter::unconfirmed(m_sercotec, u"informe.txt"_s);
    ReportChanges changes;
    QString error;
    QVERIFY2(DraftWriter::compare(db, draft, &changes, &error), qPrintable(error));
    QVERIFY(changes.exists);
    QCOMPARE(changes.report, u"Servicio de Cooperación Técnica, 2025"_s);
    // What the reader gives as the dataset has it, and each difference on
    // both sides (the README's table of partial differences).
    QCOMPARE(changes.same + changes.added.size(), 8 + 34 + 11);
    QCOMPARE(changes.same + changes.missing.size(), 8 + 33 + 11);
    QVERIFY2(changes.added.contains(u"Objetivo 1 · 40 organizaciones (Creación y Fortalecimiento de Cooperativas)"_s),
             qPrintable(changes.added.join(u'\n')));
    QVERIFY2(changes.missing.contains(u"Objetivo 1 · 40 cooperativas (Creación y Fortalecimiento de Cooperativas)"_s),
             qPrintable(changes.missing.join(u'\n')));

    const QString before = shownRows(db, u"SELECT COUNT(*) FROM result UNION ALL SELECT COUNT(*) FROM indicator "
                                    u"UNION ALL SELECT COUNT(*) FROM report"_s);
    QVERIFY(!DraftWriter::write(db, draft, &error));
    QVERIFY2(error.contains(u"ya tiene el informe Servicio de Cooperación Técnica, 2025; no se duplica"_s),
             qPrintable(error));
    QCOMPARE(shownRows(db, u"SELECT COUNT(*) FROM result UNION ALL SELECT COUNT(*) FROM indicator "
                      u"UNION ALL SELECT COUNT(*) FROM report"_s),
             before);
}

void TestDraftWriter::refusesAReportWithoutServiceOrYear()
{
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    QSqlDatabase db = fixture.db->connection();
    ReportDraft draft;
    draft.outline = fixtureOutline();
    draft.outline.year = 0;
    QString error;
    QVERIFY(!DraftWriter::write(db, draft, &error));
    QCOMPARE(error, u"el informe no dice de qué servicio o de qué año es; no se escribió nada"_s);
    // A decimal M$ is no budget: refused, and nothing of the report stays.
    draft.outline = fixtureOutline();
    draft.figures = {{figure(Proposal::Kind::Budget, u"Programa Uno"_s, u"0.5"_s, u"M$"_s, 0),
                      ReviewedFigure::State::Proposed, {}}};
    QVERIFY(!DraftWriter::write(db, draft, &error));
    QVERIFY2(error.startsWith(u"«0.5» no es un número entero"_s), qPrintable(error));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM report"_s), 0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM service"_s), 0);
}

QTEST_GUILESS_MAIN(TestDraftWriter)
#include "tst_draftwriter.moc"
