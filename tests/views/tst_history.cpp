#include "changelog.h"
#include "historymodel.h"
#include "historyview.h"
#include "importer.h"
#include "importundo.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using TestSupport::Fixture;

/// The history of changes (issue 16): who changed what, when, from what, to
/// what, for a row or the whole database; and an import undone as a whole,
/// back to exactly what the database held, refused when later changes
/// touched its rows, and logged itself.
class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_fixture.reset(); }
    void editShowsWhoWhatFromTo();
    void rowFilterShowsOneRow();
    void importThenUndoRestoresEverything();
    void indicatorImportUndone();
    void editAfterImportRefusesUnlessOverridden();
    void laterImportMustBeUndoneFirst();
    void undoIsLogged();
    void windowShowsHistoryAndUndoesAnImport();

private:
    QSqlDatabase db() const { return m_fixture->db->connection(); }
    /// Every row of the tables an import writes, every column, in id order.
    QString snapshot() const;
    qint64 resultId(const QString &program, int year) const { return TestSupport::resultId(db(), program, year); }
    ImportOutcome import(const QByteArray &csv, const QString &fileName = QStringLiteral("cambios.csv"));
    qint64 lastImportId() const;

    std::unique_ptr<Fixture> m_fixture;
};

namespace {

const QByteArray resultsCsv = "year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,note,"
                              "source_quote\n"
                              "2025,1,Ferias Libres,00,2600000,160,proyectos asociativos,revisada,otra fuente\n"
                              "2026,1,Ferias Libres,08,100,1,proyectos,,nueva\n"
                              "2026,2,Programa Nuevo,13,7,2,mujeres,,nueva también\n";

} // namespace

void TestHistory::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_history"));
    qputenv("USER", "ana");
}

void TestHistory::init()
{
    m_fixture = std::make_unique<Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
}

QString TestHistory::snapshot() const
{
    QString text;
    QSqlQuery q(db());
    for (const char *table : {"result", "indicator", "milestone", "program"}) {
        text += QLatin1String(table) + u'\n';
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return QStringLiteral("cannot read %1").arg(QLatin1String(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()) + u'|';
            text += u'\n';
        }
    }
    text += TestSupport::resultTotals(db(), true);
    return text;
}

ImportOutcome TestHistory::import(const QByteArray &csv, const QString &fileName)
{
    const ImportPlan plan = Importer::prepare(db(), csv, fileName);
    if (!plan.problems.isEmpty()) {
        ImportOutcome failed;
        failed.error = plan.problems.first().describe();
        return failed;
    }
    return Importer::apply(db(), plan);
}

qint64 TestHistory::lastImportId() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT MAX(id) FROM change_log WHERE table_name = 'import' AND origin = 'import'"))
            && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

void TestHistory::editShowsWhoWhatFromTo()
{
    const qint64 row = resultId(QStringLiteral("Ferias Libres"), 2025);
    QVERIFY(row > 0);
    QVariant old;
    QString error;
    QVERIFY2(ChangeLog::update(db(), QStringLiteral("result"), QStringLiteral("budget_mclp"), row, 2600000,
                               QStringLiteral("edit"), &old, &error),
             qPrintable(error));
    HistoryModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.refresh());
    QVERIFY(model.rowCount() >= 1);
    const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(model.headerData(HistoryModel::When, Qt::Horizontal).toString(), QStringLiteral("Cuándo"));
    QCOMPARE(cell(HistoryModel::Who), QStringLiteral("ana"));
    QCOMPARE(cell(HistoryModel::Table), QStringLiteral("Resultados"));
    QCOMPARE(cell(HistoryModel::Row), QStringLiteral("Ferias Libres · Nacional · 2025"));
    QCOMPARE(cell(HistoryModel::ColumnName), QStringLiteral("Presupuesto (M$)"));
    QCOMPARE(cell(HistoryModel::Before), QStringLiteral("2.509.474"));
    QCOMPARE(cell(HistoryModel::After), QStringLiteral("2.600.000"));
    QCOMPARE(cell(HistoryModel::Origin), QStringLiteral("edición"));
    // When, in the local time and the locale's short form, not ISO text.
    QVERIFY2(!cell(HistoryModel::When).contains(u'T'), qPrintable(cell(HistoryModel::When)));
    QVERIFY(model.index(0, HistoryModel::ImportIdRole).data(HistoryModel::ImportIdRole).isNull());
}

void TestHistory::rowFilterShowsOneRow()
{
    const qint64 ferias = resultId(QStringLiteral("Ferias Libres"), 2025);
    const qint64 other = resultId(QStringLiteral("Barrios Comerciales"), 2025);
    QVERIFY(ferias > 0 && other > 0);
    QVariant old;
    QString error;
    for (const qint64 row : {ferias, other, ferias}) {
        QVERIFY2(ChangeLog::update(db(), QStringLiteral("result"), QStringLiteral("note"), row,
                                   QStringLiteral("nota %1").arg(row), QStringLiteral("edit"), &old, &error),
                 qPrintable(error));
    }
    HistoryModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // the pages are fetched below
    model.setRow(QStringLiteral("result"), ferias);
    QCOMPARE(model.rowCount(), 2);
    for (int i = 0; i < model.rowCount(); ++i) {
        QCOMPARE(model.index(i, HistoryModel::Row).data().toString(),
                 QStringLiteral("Ferias Libres · Nacional · 2025"));
        QCOMPARE(model.index(i, HistoryModel::ColumnName).data().toString(), QStringLiteral("Nota"));
    }
    // Newest first: the second edit of the row, then the first.
    QCOMPARE(model.index(0, HistoryModel::Before).data().toString(), QStringLiteral("nota %1").arg(ferias));
    QCOMPARE(model.index(1, HistoryModel::Before).data().toString(), QString());
    model.setRow({}, 0);
    QCOMPARE(model.rowCount(), 3);
    // A page at a time: two lines, then the third when the view asks.
    model.setPageSize(2);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, HistoryModel::Row).data().toString(), QStringLiteral("Ferias Libres · Nacional · 2025"));
}

void TestHistory::importThenUndoRestoresEverything()
{
    const QString before = snapshot();
    const ImportOutcome outcome = import(resultsCsv);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 2);
    QCOMPARE(outcome.updated, 1);
    QVERIFY(snapshot() != before);
    const qint64 importId = lastImportId();
    QString error;
    const auto preview = ImportUndo::preview(db(), importId, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->refusal, QString());
    QCOMPARE(preview->fileName, QStringLiteral("cambios.csv"));
    QCOMPARE(preview->rowsToRemove, 2);
    QCOMPARE(preview->rowsToRestore, 1);
    // budget, beneficiaries, their sources, note, sentence (the file has no action: each row keeps its own)
    QCOMPARE(preview->valuesToRestore, 6);
    QVERIFY(preview->later.isEmpty());
    QVERIFY2(ImportUndo::run(db(), importId, ImportUndo::Later::Refuse, &error), qPrintable(error));
    QCOMPARE(snapshot(), before);
    QCOMPARE(TestSupport::resultTotals(db(), true), TestSupport::resultTotals(db(), false));
    QCOMPARE(resultId(QStringLiteral("Programa Nuevo"), 2026), -1);
}

void TestHistory::indicatorImportUndone()
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT i.year, o.number, a.number, COALESCE(p.name, ''), g.code, i.name, i.unit "
                                  "FROM indicator i JOIN objective o ON o.id = i.objective_id "
                                  "LEFT JOIN action a ON a.id = i.action_id LEFT JOIN program p ON p.id = i.program_id "
                                  "JOIN region g ON g.id = i.region_id ORDER BY i.id LIMIT 1")));
    QVERIFY(q.next());
    QStringList cells;
    for (int i = 0; i < 7; ++i)
        cells << q.value(i).toString();
    const QString existing = QStringLiteral("%1;%2;%3;%4;%5;%6;61,5;%7;cambiada\n")
                                 .arg(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
    q.finish();
    const QString before = snapshot();
    const QByteArray csv = "Año;Objetivo;Acción;Programa;Región;Indicador;Valor;Unidad;Fuente\n" + existing.toUtf8()
        + "2026;1;3;;Nacional;Participación de las mujeres;52,4;%;nueva cifra\n";
    const ImportOutcome outcome = import(csv);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 1);
    QCOMPARE(outcome.updated, 1);
    QString error;
    QVERIFY2(ImportUndo::run(db(), lastImportId(), ImportUndo::Later::Refuse, &error), qPrintable(error));
    QCOMPARE(snapshot(), before);
}

void TestHistory::editAfterImportRefusesUnlessOverridden()
{
    const QString before = snapshot();
    QVERIFY(import(resultsCsv).ok);
    const qint64 importId = lastImportId();
    const qint64 added = resultId(QStringLiteral("Programa Nuevo"), 2026);
    QVERIFY(added > 0);
    QVariant old;
    QString error;
    QVERIFY(ChangeLog::update(db(), QStringLiteral("result"), QStringLiteral("budget_mclp"), added, 9,
                              QStringLiteral("edit"), &old, &error));
    const QString edited = snapshot();
    const auto preview = ImportUndo::preview(db(), importId, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->later.size(), 1);
    QCOMPARE(preview->later.first().rowId, added);
    QCOMPARE(preview->later.first().column, QStringLiteral("budget_mclp"));
    QCOMPARE(preview->later.first().user, QStringLiteral("ana"));
    // Refused, and nothing changed.
    QVERIFY(!ImportUndo::run(db(), importId, ImportUndo::Later::Refuse, &error));
    QCOMPARE(error, QStringLiteral("1 cambio posterior toca filas de esta importación"));
    QCOMPARE(snapshot(), edited);
    // Confirmed: the import's rows go, its old values come back; the edit
    // of a row it added goes with that row.
    QVERIFY2(ImportUndo::run(db(), importId, ImportUndo::Later::Override, &error), qPrintable(error));
    QCOMPARE(snapshot(), before);
}

void TestHistory::laterImportMustBeUndoneFirst()
{
    const QString before = snapshot();
    QVERIFY(import(resultsCsv).ok);
    const qint64 first = lastImportId();
    const QString afterFirst = snapshot();
    QVERIFY(import("year,objective,program,region,budget_mclp,beneficiaries,beneficiary_unit,source_quote\n"
                   "2026,1,ferias libres,VIII,250,2,proyectos,corregida\n",
                   QStringLiteral("segunda.csv"))
                .ok);
    const qint64 second = lastImportId();
    QVERIFY(second > first);
    QString error;
    QVERIFY(!ImportUndo::run(db(), first, ImportUndo::Later::Refuse, &error));
    const auto preview = ImportUndo::preview(db(), first, &error);
    QVERIFY(preview);
    // budget, beneficiaries, what the source says of each, and the sentence of the Biobío row
    QCOMPARE(preview->later.size(), 5);
    QCOMPARE(preview->later.first().origin, QStringLiteral("import:%1").arg(second));
    QVERIFY2(ImportUndo::run(db(), second, ImportUndo::Later::Refuse, &error), qPrintable(error));
    QCOMPARE(snapshot(), afterFirst);
    // The second undone, nothing stands in the way of the first.
    QVERIFY2(ImportUndo::run(db(), first, ImportUndo::Later::Refuse, &error), qPrintable(error));
    QCOMPARE(snapshot(), before);
}

void TestHistory::undoIsLogged()
{
    QSqlQuery action(db());
    QVERIFY(action.prepare(QStringLiteral("SELECT action_id FROM result WHERE id = ?")));
    action.addBindValue(resultId(QStringLiteral("Ferias Libres"), 2025));
    QVERIFY(action.exec() && action.next());
    const QString actionId = action.value(0).toString();
    QVERIFY(!actionId.isEmpty());
    action.finish();
    QVERIFY(import(resultsCsv).ok);
    // The file has no action column: the row keeps its action, and nothing logs one.
    QVERIFY(action.exec() && action.next());
    QCOMPARE(action.value(0).toString(), actionId);
    action.finish();
    const qint64 importId = lastImportId();
    QString error;
    QVERIFY2(ImportUndo::run(db(), importId, ImportUndo::Later::Refuse, &error), qPrintable(error));
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("SELECT table_name, column_name, old_value, new_value, user_name FROM change_log "
                                     "WHERE origin = ? ORDER BY id")));
    q.addBindValue(QStringLiteral("undo-import:%1").arg(importId));
    QVERIFY(q.exec());
    QStringList lines;
    while (q.next()) {
        // A source sentence is long: its column is enough.
        const bool quote = q.value(1).toString() == u"source_quote";
        lines << QStringLiteral("%1 %2 %3 -> %4 by %5")
                     .arg(q.value(0).toString(), q.value(1).toString(),
                          quote ? QStringLiteral("…") : q.value(2).toString(),
                          quote ? QStringLiteral("…") : q.value(3).toString(), q.value(4).toString());
    }
    // Newest first: the two inserted rows removed, the values put back,
    // the new program removed (no row names it now), then the summary.
    QCOMPARE(lines,
             (QStringList{
                 "result * Programa Nuevo · Metropolitana · 2026 ->  by ana",
                 "result * Ferias Libres · Biobío · 2026 ->  by ana",
                 "result note revisada ->  by ana",
                 "result beneficiaries_source 160 -> 153 by ana",
                 "result budget_source 2600000 -> 2509474 by ana",
                 "result source_quote … -> … by ana",
                 "result beneficiaries 160 -> 153 by ana",
                 "result budget_mclp 2600000 -> 2509474 by ana",
                 "program * Programa Nuevo ->  by ana",
                 "import cambios.csv 2 nuevas, 1 actualizadas -> deshecha: 2 filas quitadas, 1 restauradas by ana",
             }));
    // Shown in the history, and not undone twice.
    HistoryModel model(db());
    QVERIFY(model.refresh());
    QCOMPARE(model.index(0, HistoryModel::Origin).data().toString(),
             QStringLiteral("deshacer importación %1").arg(importId));
    QCOMPARE(model.index(0, HistoryModel::After).data().toString(), QStringLiteral("2 quitadas, 1 restaurada"));
    QCOMPARE(model.index(0, HistoryModel::Before).data().toString(), QStringLiteral("2 nuevas, 1 actualizada"));
    QVERIFY(!ImportUndo::run(db(), importId, ImportUndo::Later::Override, &error));
    QCOMPARE(error, QStringLiteral("la importación de «cambios.csv» ya se deshizo"));
}

void TestHistory::windowShowsHistoryAndUndoesAnImport()
{
    // The window on a connection of its own; imports come through another,
    // as ImportJob's worker writes them.
    QString error;
    const auto opened = TestSupport::openWindow(m_fixture->path(), &error,
                                                [](MainWindow &window) { window.resize(1280, 800); });
    QVERIFY2(opened, qPrintable(error));
    MainWindow &window = *opened;
    HistoryView *history = windowPart<HistoryView>(window);
    QVERIFY(!history->isVisible());
    QAction *toggle = history->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    QCOMPARE(toggle->text(), QStringLiteral("&Historial de cambios"));
    toggle->trigger();
    QVERIFY(history->isVisible());
    // A window of its own over the lower part of the window, which keeps its size.
    QVERIFY(history->isFloating());
    QCOMPARE(window.size(), QSize(1280, 800));
    HistoryModel *model = history->model();

    // An edit in the table is in the history at once.
    QueryTableModel *results = windowPart<QueryTableModel>(window, "resultsModel");
    const int budget = results->spec().columnIndex(u"budget_mclp");
    QModelIndex ferias;
    for (int r = 0; r < results->rowCount() && !ferias.isValid(); ++r) {
        if (results->index(r, budget).data().toString() == u"2.509.474")
            ferias = results->index(r, budget);
    }
    QVERIFY(ferias.isValid());
    QVERIFY(results->setData(ferias, QStringLiteral("2.600.000"), Qt::EditRole));
    QCOMPARE(windowPart<QUndoStack>(window)->count(), 1);
    QCOMPARE(model->index(0, HistoryModel::Before).data().toString(), QStringLiteral("2.509.474"));
    QCOMPARE(model->index(0, HistoryModel::After).data().toString(), QStringLiteral("2.600.000"));

    // The selected row only.
    QVERIFY(import(resultsCsv).ok);
    windowPart<QTableView>(window, "resultsView")->setCurrentIndex(ferias);
    history->rowOnlyButton()->click();
    QCOMPARE(model->rowTable(), QStringLiteral("result"));
    // the edit, and what the import changed in the row: the values importThenUndoRestoresEverything
    // restores, but the budget, which the edit had set to the file's figure already
    QCOMPARE(model->rowCount(), 6);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, HistoryModel::Row).data().toString(),
                 QStringLiteral("Ferias Libres · Nacional · 2025"));
    const QString dir = qEnvironmentVariable("MIRADOR_GRAB_DIR");
    if (!dir.isEmpty())
        history->grab().save(QDir(dir).filePath(QStringLiteral("history-row.png")));

    // The whole database; undo the import from one of its lines.
    history->wholeDatabaseButton()->click();
    QCOMPARE(model->rowTable(), QString());
    QVERIFY(!history->undoImportButton()->isEnabled());
    history->table()->setCurrentIndex(model->index(0, HistoryModel::Origin));
    QCOMPARE(model->index(0, HistoryModel::Origin).data().toString(),
             QStringLiteral("importación %1").arg(lastImportId()));
    QVERIFY(history->undoImportButton()->isEnabled());
    if (!dir.isEmpty())
        history->grab().save(QDir(dir).filePath(QStringLiteral("history-whole.png")));
    QString asked;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text() + u'\n' + box->informativeText();
        if (!dir.isEmpty())
            box->grab().save(QDir(dir).filePath(QStringLiteral("history-confirm.png")));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QSignalSpy undone(history, &HistoryView::importUndone);
    history->undoImportButton()->click();
    QCOMPARE(undone.count(), 1);
    QCOMPARE(asked,
             QStringLiteral("¿Deshacer la importación de «cambios.csv» (importación %1)?\n"
                            "Se quitarán 2 filas que agregó y se restaurarán los valores anteriores de 1 fila "
                            "que cambió, en una sola operación que queda en el historial.")
                 .arg(lastImportId()));
    // The window read its rows again: the edited budget is back, the new rows gone.
    QCOMPARE(windowPart<QUndoStack>(window)->count(), 0);
    QCOMPARE(resultId(QStringLiteral("Programa Nuevo"), 2026), -1);
    QCOMPARE(model->index(0, HistoryModel::Origin).data().toString(),
             QStringLiteral("deshacer importación %1").arg(lastImportId()));
    bool shown = false;
    for (int r = 0; r < results->rowCount(); ++r)
        shown = shown || results->index(r, budget).data().toString() == u"2.600.000";
    QVERIFY(shown);
    if (!dir.isEmpty()) {
        history->grab().save(QDir(dir).filePath(QStringLiteral("history-undone.png")));
        window.grab().save(QDir(dir).filePath(QStringLiteral("window-after-undo.png")));
    }
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
