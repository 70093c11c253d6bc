// The proposals file (read-report --out) read back into a report to write
// (issue 18): the structure rows carry what the figures alone lack, every
// figure comes back as a person confirmed it, and a file with a problem
// gives no draft, each problem with its line and column.

#include "csvreader.h"
#include "importer.h"
#include "proposalscsv.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestProposalsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void structureRowsComeBeforeEachObjectivesFigures();
    void readBackGivesTheReportRead();
    void writtenEveryFigureConfirmed();
    void problemsNameLineAndColumn_data();
    void problemsNameLineAndColumn();
    void repeatedRowsAndMissingColumns();

private:
    ReadReport m_sercotec;
    CsvFile m_file; ///< m_sercotec's proposals file, parsed
};

namespace {

/// A parsed file read back: the draft, or the problems as the import says them.
bool readBack(const CsvFile &file, ReportDraft *draft, QStringList *problems)
{
    ProposalsCsv::Reader reader(file.header, file.headerLine);
    for (const CsvRecord &record : file.records)
        reader.add(record.line, record.fields);
    const bool read = reader.draft(u"propuestas.csv"_s, u"revisora"_s,
                                   QDateTime(QDate(2031, 3, 4), QTime(10, 20, 30), Qt::UTC), draft);
    for (const ProposalsCsv::Problem &problem : reader.problems())
        *problems << ImportProblem{problem.line, problem.column, problem.reason}.describe();
    return read;
}

/// A figure as the tests compare it: every field the file carries.
QString described(const Proposal &p)
{
    return QStringList{QString::number(int(p.kind)),
                       QString::number(p.objective),
                       p.objectiveTitle,
                       QString::number(p.action),
                       p.program,
                       p.value,
                       p.unit,
                       p.title,
                       p.counterpart,
                       QString::number(p.page),
                       p.sourceQuote}
        .join(u" | "_s);
}

QStringList structure(const ReportOutline &outline)
{
    QStringList lines{
        QStringList{outline.service, outline.ministry, QString::number(outline.year), outline.stage}.join(u" | "_s)};
    for (const ObjectiveOutline &o : outline.objectives) {
        lines << u"%1 | %2 | %3"_s.arg(o.number).arg(o.title, o.justificationIntroText());
        for (const ActionOutline &a : o.actions)
            lines << u"%1.%2 | %3 | %4"_s.arg(o.number).arg(a.number).arg(a.text(), a.justificationText());
    }
    return lines;
}

int column(const CsvFile &file, const QString &name)
{
    return int(file.header.indexOf(name));
}

/// The index in file.records of the first row of kind.
qsizetype rowOf(const CsvFile &file, const QString &kind)
{
    for (qsizetype i = 0; i < file.records.size(); ++i) {
        if (file.records.at(i).fields.value(column(file, u"kind"_s)) == kind)
            return i;
    }
    return -1;
}

} // namespace

void TestProposalsCsv::initTestCase()
{
    Format::initDefaultLocale();
    QString error;
    QVERIFY2(ReportReader::read(QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt"),
                                &m_sercotec, &error),
             qPrintable(error));
    const std::optional<CsvFile> file = CsvReader::read(ProposalsCsv::file(m_sercotec), &error);
    QVERIFY2(file, qPrintable(error));
    m_file = *file;
}

void TestProposalsCsv::structureRowsComeBeforeEachObjectivesFigures()
{
    QCOMPARE(m_file.header, ProposalsCsv::header());
    QCOMPARE(m_file.header.mid(13), (QStringList{u"ministry"_s, u"stage"_s}));
    QCOMPARE(m_file.records.size(), 61 + 4 + 12);
    // Each objective: its row, its three actions' rows, then its figures.
    QStringList kinds;
    for (const CsvRecord &record : std::as_const(m_file.records)) {
        const QString kind = record.fields.value(column(m_file, u"kind"_s));
        if (kind == u"objective" || kind == u"action")
            kinds << record.fields.value(column(m_file, u"objective"_s)) + u' ' + kind + u' '
                    + record.fields.value(column(m_file, u"action"_s));
        else if (!kinds.last().endsWith(u"figures"_s))
            kinds << record.fields.value(column(m_file, u"objective"_s)) + u" figures"_s;
        QCOMPARE(record.fields.value(column(m_file, u"stage"_s)), u"Etapa 1"_s);
        QCOMPARE(record.fields.value(column(m_file, u"ministry"_s)), m_sercotec.outline.ministry);
    }
    QStringList expected;
    for (int objective = 1; objective <= 4; ++objective) {
        expected << u"%1 objective "_s.arg(objective);
        for (int action = 1; action <= 3; ++action)
            expected << u"%1 action %2"_s.arg(objective).arg(action);
        expected << u"%1 figures"_s.arg(objective);
    }
    QCOMPARE(kinds, expected);
    // An action's row: its text as title, its paragraph of the justification as source_quote.
    const QStringList action = m_file.records.at(rowOf(m_file, u"action"_s)).fields;
    QCOMPARE(action.value(column(m_file, u"title"_s)), m_sercotec.outline.objectives.at(0).actions.at(0).text());
    QCOMPARE(action.value(column(m_file, u"source_quote"_s)),
             m_sercotec.outline.objectives.at(0).actions.at(0).justificationText());
}

void TestProposalsCsv::readBackGivesTheReportRead()
{
    ReportDraft draft;
    QStringList problems;
    QVERIFY2(readBack(m_file, &draft, &problems), qPrintable(problems.join(u'\n')));
    QCOMPARE(structure(draft.outline), structure(m_sercotec.outline));
    QStringList read, back;
    for (const Proposal &p : std::as_const(m_sercotec.proposals))
        read << described(p);
    for (const ReviewedFigure &f : std::as_const(draft.figures)) {
        back << described(f.figure);
        QCOMPARE(int(f.state), int(ReviewedFigure::State::Confirmed));
    }
    QCOMPARE(back, read);
    QCOMPARE(draft.reviewer, u"revisora"_s);
    QCOMPARE(draft.sourceName, u"propuestas.csv"_s);
}

void TestProposalsCsv::writtenEveryFigureConfirmed()
{
    TestSupport::Fixture fixture(Database::Content::Empty);
    MIRADOR_REQUIRE_BACKEND(fixture);
    ReportDraft draft;
    QStringList problems;
    QVERIFY2(readBack(m_file, &draft, &problems), qPrintable(problems.join(u'\n')));
    QSqlDatabase db = fixture.db->connection();
    QString error;
    QVERIFY2(DraftWriter::write(db, draft, &error), qPrintable(error));
    for (const QString &table : {u"result"_s, u"indicator"_s, u"milestone"_s}) {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT DISTINCT review, reviewed_by, reviewed_at, proposed FROM "_s + table));
        QCOMPARE(TestSupport::rowsText(query), u"confirmed|revisora|2031-03-04T10:20:30Z||\n"_s);
    }
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM objective UNION ALL SELECT COUNT(*) FROM action UNION ALL "
                       u"SELECT COUNT(*) FROM result UNION ALL SELECT COUNT(*) FROM indicator UNION ALL "
                       u"SELECT COUNT(*) FROM milestone"_s));
    QCOMPARE(TestSupport::rowsText(query), u"4|\n12|\n8|\n34|\n11|\n"_s);
}

void TestProposalsCsv::problemsNameLineAndColumn_data()
{
    QTest::addColumn<QString>("kind"); // the row edited: the first of this kind
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // %1: the row's line
    QTest::newRow("value not a number") << u"indicator"_s << u"value"_s << u"abc"_s
                                        << u"línea %1, value: no es un número: «abc»"_s;
    QTest::newRow("value empty") << u"indicator"_s << u"value"_s << QString() << u"línea %1, value: falta el valor"_s;
    QTest::newRow("budget not whole") << u"budget"_s << u"value"_s << u"1487480.5"_s
                                      << u"línea %1, value: debe ser un número entero: «1487480.5»"_s;
    QTest::newRow("budget negative") << u"budget"_s << u"value"_s << u"-5"_s
                                     << u"línea %1, value: no puede ser negativo: -5"_s;
    QTest::newRow("comma decimal")
        << u"indicator"_s << u"value"_s << u"51,8"_s
        << u"línea %1, value: no es un número: «51,8» (en este archivo los decimales se escriben "
           u"con punto, como 51.8)"_s;
    QTest::newRow("unknown kind") << u"budget"_s << u"kind"_s << u"presupuesto"_s
                                  << u"línea %1, kind: tipo desconocido: «presupuesto»; los tipos son objective, "
                                     u"action, budget, beneficiaries, indicator y milestone"_s;
    QTest::newRow("objective not a number") << u"indicator"_s << u"objective"_s << u"uno"_s
                                            << u"línea %1, objective: no es un número entero mayor que cero: "
                                               u"«uno»"_s;
    QTest::newRow("objective of no row") << u"milestone"_s << u"objective"_s << u"9"_s
                                         << u"línea %1, objective: no hay una fila «objective» del objetivo 9"_s;
    QTest::newRow("action of no row") << u"indicator"_s << u"action"_s << u"7"_s
                                      << u"línea %1, action: el objetivo 1 no tiene una fila «action» de la "
                                         u"acción 7"_s;
    QTest::newRow("action not a number") << u"action"_s << u"action"_s << u"2.5"_s
                                         << u"línea %1, action: no es un número entero mayor que cero: «2.5»"_s;
    QTest::newRow("page not a number") << u"budget"_s << u"page"_s << u"dos"_s
                                       << u"línea %1, page: no es un número entero mayor que cero: «dos»"_s;
    QTest::newRow("milestone without title") << u"milestone"_s << u"title"_s << QString()
                                             << u"línea %1, title: falta lo que el hito acordó, publicó o "
                                                u"estudió"_s;
    QTest::newRow("another service") << u"milestone"_s << u"service"_s << u"Otro Servicio"_s
                                     << u"línea %1, service: «Otro Servicio» no es lo que dice la línea 2 "
                                        u"(«Servicio de Cooperación Técnica»); un archivo es un solo informe"_s;
    QTest::newRow("another year") << u"indicator"_s << u"year"_s << u"2024"_s
                                  << u"línea %1, year: «2024» no es lo que dice la línea 2 («2025»); un archivo "
                                     u"es un solo informe"_s;
    QTest::newRow("NUL") << u"indicator"_s << u"unit"_s << u"a\u0000b"_s
                         << u"línea %1: contiene un carácter nulo (U+0000), que no es texto"_s;
}

void TestProposalsCsv::problemsNameLineAndColumn()
{
    QFETCH(QString, kind);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    CsvFile file = m_file;
    const qsizetype edited = rowOf(file, kind);
    QVERIFY(edited >= 0);
    file.records[edited].fields[::column(file, column)] = value;
    ReportDraft draft;
    QStringList problems;
    QVERIFY(!readBack(file, &draft, &problems));
    QCOMPARE(problems, QStringList{problem.arg(file.records.at(edited).line)});
    QVERIFY(draft.figures.isEmpty());
}

void TestProposalsCsv::repeatedRowsAndMissingColumns()
{
    // An action's row twice (a spreadsheet's copied row): the copy is named.
    CsvFile file = m_file;
    CsvRecord copy = file.records.at(rowOf(file, u"action"_s));
    copy.line = file.records.last().line + 1;
    file.records << copy;
    ReportDraft draft;
    QStringList problems;
    QVERIFY(!readBack(file, &draft, &problems));
    QCOMPARE(
        problems,
        QStringList{u"línea %1, action: la acción 1 del objetivo 1 ya tiene su fila en la línea 3"_s.arg(copy.line)});
    // A file of before the structure rows: no ministry, no stage.
    file = m_file;
    file.header = file.header.mid(0, 13);
    problems.clear();
    QVERIFY(!readBack(file, &draft, &problems));
    QCOMPARE(problems, (QStringList{u"línea 1: falta la columna ministry"_s, u"línea 1: falta la columna stage"_s}));
    file.header = m_file.header;
    file.records.clear();
    problems.clear();
    QVERIFY(!readBack(file, &draft, &problems));
    QCOMPARE(problems, QStringList{u"línea 1: el archivo no tiene filas de datos"_s});
}

QTEST_GUILESS_MAIN(TestProposalsCsv)
#include "tst_proposalscsv.moc"
