#include "fixturereports.h"
#include "historymodel.h"
#include "historyview.h"
#include "mainwindow.h"
#include "programjoindialog.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

/// Editar → Unir programas… in the window, on the fixture of two services
/// and two years: the dialog lists each program with its rows and reports,
/// asks, joins, and the window shows the joined program gone and says what
/// it did; a colliding join is refused in the dialog; History undoes a join;
/// a read-only database has the action off. MIRADOR_GRAB_DIR, when set,
/// gets PNGs of the dialog and of History.
class TestProgramJoinDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogJoinsAndTheWindowShowsIt();
    void collidingJoinIsRefusedInTheDialog();
    void longListsGetAFilterBox();
    void historyUndoesAJoin();
    void readOnlyDatabaseHasTheActionOff();

private:
    /// Runs the menu entry, letting act drive the dialog once it is up.
    void runDialog(const std::function<void(ProgramJoinDialog *)> &act);
    /// Whether the window's program filter lists name.
    bool filterLists(const QString &name) const;

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

/// Calls act on the modal widget of type T once it is up (polled from the
/// event loop that shows it); nothing if none comes within 5 seconds.
template<typename T>
void whenModal(QObject *context, const std::function<void(T *)> &act, int tries = 250)
{
    QTimer::singleShot(20, context, [context, act, tries] {
        if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget()))
            act(widget);
        else if (tries > 0)
            whenModal<T>(context, act, tries - 1);
    });
}

/// Answers a question or a warning with its accepting button; its text in *text.
void answer(QObject *context, QString *text, const QString &grabAs = {})
{
    whenModal<QMessageBox>(context, [text, grabAs](QMessageBox *box) {
        *text = box->text();
        const QString dir = qEnvironmentVariable("MIRADOR_GRAB_DIR");
        if (!dir.isEmpty() && !grabAs.isEmpty())
            box->grab().save(QDir(dir).filePath(grabAs));
        for (QAbstractButton *button : box->buttons()) {
            const QMessageBox::ButtonRole role = box->buttonRole(button);
            if (role == QMessageBox::YesRole || role == QMessageBox::AcceptRole)
                button->click();
        }
    });
}

void choose(QListWidget *list, const QString &name)
{
    const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
    if (found.size() == 1)
        list->setCurrentItem(found.first());
}

/// The dialog's label that starts with start; empty when none.
QString labelStarting(const QWidget *dialog, const QString &start)
{
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog) && label->text().startsWith(start))
            return label->text();
    }
    return {};
}

} // namespace

void TestProgramJoinDialog::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(u"tst_programjoindialog"_s);
}

void TestProgramJoinDialog::init()
{
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    if (!m_fixture->db)
        return;
    m_fixture->db.reset(); // the window's connection is the only one
    QString error;
    m_window = TestSupport::openWindow(m_fixture->path(), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestProgramJoinDialog::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestProgramJoinDialog::runDialog(const std::function<void(ProgramJoinDialog *)> &act)
{
    auto *action = windowPart<QAction>(*m_window, "joinProgramsAction");
    QCOMPARE(action->text(), u"&Unir programas…"_s);
    QVERIFY(action->isEnabled());
    bool ran = false;
    whenModal<ProgramJoinDialog>(m_window.get(), [&](ProgramJoinDialog *dialog) {
        ran = true;
        act(dialog);
    });
    action->trigger();
    QVERIFY(ran);
}

bool TestProgramJoinDialog::filterLists(const QString &name) const
{
    for (const QComboBox *combo : m_window->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == u"Programa")
            return combo->findText(name) >= 0;
    }
    return false;
}

void TestProgramJoinDialog::dialogJoinsAndTheWindowShowsIt()
{
    if (!m_fixture->db && !m_window)
        QSKIP(qPrintable(m_fixture->skipReason));
    QVERIFY(filterLists(FixtureReports::firstYearProgram));
    QString asked;
    QString fromDetails;
    QString intoDetails;
    runDialog([&](ProgramJoinDialog *dialog) {
        QCOMPARE(dialog->fromList()->count(), 4);
        QCOMPARE(dialog->intoList()->count(), 4);
        // Four programs: no filter box needed.
        QVERIFY(!dialog->findChild<QLineEdit *>()->isVisibleTo(dialog));
        QVERIFY(!dialog->joinButton()->isEnabled());
        choose(dialog->fromList(), FixtureReports::sharedProgram);
        choose(dialog->intoList(), FixtureReports::sharedProgram);
        QVERIFY(!dialog->joinButton()->isEnabled()); // a program into itself
        choose(dialog->intoList(), FixtureReports::lastYearProgram);
        QVERIFY(dialog->joinButton()->isEnabled());
        fromDetails = labelStarting(dialog, u"4 resultados"_s);
        intoDetails = labelStarting(dialog, u"1 resultado,"_s);
        const QString dir = qEnvironmentVariable("MIRADOR_GRAB_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(u"join-dialog.png"_s));
        answer(m_window.get(), &asked, u"join-confirm.png"_s);
        dialog->joinButton()->click();
    });
    QCOMPARE(fromDetails, u"4 resultados, 2 indicadores; en Prueba (fixture) 2024, Prueba (fixture) 2025."_s);
    QCOMPARE(intoDetails, u"1 resultado, 0 indicadores; en Prueba (fixture) 2025."_s);
    QCOMPARE(asked, u"¿Unir «%1» a «%2»?\n\nSus 4 resultados, 2 indicadores pasan a «%2», y «%1» deja de existir. "
                    u"El historial de cambios lo registra y puede deshacerlo."_s
                        .arg(FixtureReports::sharedProgram, FixtureReports::lastYearProgram));
    // The window read its data again and says what was done.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"«%1» unido a «%2»: 6 filas movidas"_s.arg(FixtureReports::sharedProgram,
                                                         FixtureReports::lastYearProgram));
    QVERIFY(!filterLists(FixtureReports::sharedProgram));
    QVERIFY(filterLists(FixtureReports::lastYearProgram));
}

void TestProgramJoinDialog::collidingJoinIsRefusedInTheDialog()
{
    if (!m_fixture->db && !m_window)
        QSKIP(qPrintable(m_fixture->skipReason));
    // The 2024-only program gets a result where the shared program has one
    // (objective 1 of 2024, Metropolitana), written by another connection.
    {
        QString error;
        auto other = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        QSqlQuery insert(other->connection());
        QVERIFY2(insert.exec(u"INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, "
                             u"beneficiaries, beneficiary_unit, source_quote, search_text) "
                             u"SELECT r.objective_id, f.id, r.region_id, r.year, 7, 7, r.beneficiary_unit, "
                             u"r.source_quote, r.search_text FROM result r JOIN program p ON p.id = r.program_id "
                             u"JOIN region g ON g.id = r.region_id JOIN program f ON f.name = '%1' "
                             u"WHERE p.name = '%2' AND r.year = 2024 AND g.code = '13'"_s
                                 .arg(FixtureReports::firstYearProgram, FixtureReports::sharedProgram)),
                 qPrintable(insert.lastError().text()));
    }
    QString asked;
    QString warned;
    QString shownInDialog;
    runDialog([&](ProgramJoinDialog *dialog) {
        choose(dialog->fromList(), FixtureReports::firstYearProgram);
        choose(dialog->intoList(), FixtureReports::sharedProgram);
        whenModal<QMessageBox>(m_window.get(), [&](QMessageBox *question) {
            asked = question->text();
            answer(m_window.get(), &warned, u"join-refused.png"_s); // the refusal that follows
            question->button(QMessageBox::Yes)->click();
        });
        dialog->joinButton()->click();
        // Still open, saying why, for another choice.
        QVERIFY(dialog->isVisible());
        shownInDialog = labelStarting(dialog, u"No se unieron"_s);
        dialog->reject();
    });
    QVERIFY(asked.startsWith(u"¿Unir «%1» a «%2»?"_s.arg(FixtureReports::firstYearProgram,
                                                          FixtureReports::sharedProgram)));
    const QString why = u"No se unieron: «%1» y «%2» tienen cifras en el mismo lugar, y una reemplazaría a la otra: "
                        u"objetivo 1 de Prueba (fixture) 2024, año 2024, Metropolitana."_s
                            .arg(FixtureReports::firstYearProgram, FixtureReports::sharedProgram);
    QVERIFY2(warned.startsWith(why), qPrintable(warned));
    QCOMPARE(shownInDialog, warned);
    // Nothing changed: both programs are still there.
    QVERIFY(filterLists(FixtureReports::firstYearProgram));
    QVERIFY(filterLists(FixtureReports::sharedProgram));
    QCOMPARE(m_window->statusBar()->currentMessage().contains(u"unido a"_s), false);
}

void TestProgramJoinDialog::longListsGetAFilterBox()
{
    if (!m_fixture->db && !m_window)
        QSKIP(qPrintable(m_fixture->skipReason));
    // The fixture beside Sercotec's real report: more programs than fit at a glance.
    m_window.reset();
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>(Database::Content::EmbeddedDataset);
    m_fixture->db.reset();
    QString error;
    m_window = TestSupport::openWindow(m_fixture->path(), &error);
    QVERIFY2(m_window, qPrintable(error));
    QStringList shown;
    bool filterShown = false;
    QString stale = u"not read"_s;
    runDialog([&](ProgramJoinDialog *dialog) {
        QVERIFY(dialog->fromList()->count() > ProgramJoinDialog::filterFrom);
        auto *filter = dialog->findChild<QLineEdit *>();
        filterShown = filter->isVisibleTo(dialog);
        // A program chosen, then hidden by the filter: chosen no more.
        choose(dialog->fromList(), FixtureReports::firstYearProgram);
        QVERIFY(labelStarting(dialog, u"1 resultado, 0 indicadores; en Prueba (fixture) 2024."_s).size() > 0);
        // Accents and case do not matter.
        QTest::keyClicks(filter, u"COMPARTÍDO"_s);
        stale = labelStarting(dialog, u"1 resultado, 0 indicadores; en Prueba (fixture) 2024."_s);
        for (int row = 0; row < dialog->fromList()->count(); ++row) {
            if (!dialog->fromList()->item(row)->isHidden())
                shown << dialog->fromList()->item(row)->text();
        }
        const QString dir = qEnvironmentVariable("MIRADOR_GRAB_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(u"join-dialog-filter.png"_s));
        dialog->reject();
    });
    QVERIFY(filterShown);
    QCOMPARE(shown, QStringList{FixtureReports::sharedProgram});
    QCOMPARE(stale, QString()); // the hidden program's details went with it
}

void TestProgramJoinDialog::historyUndoesAJoin()
{
    if (!m_fixture->db && !m_window)
        QSKIP(qPrintable(m_fixture->skipReason));
    QString asked;
    runDialog([&](ProgramJoinDialog *dialog) {
        choose(dialog->fromList(), FixtureReports::firstYearProgram);
        choose(dialog->intoList(), FixtureReports::lastYearProgram);
        answer(m_window.get(), &asked);
        dialog->joinButton()->click();
    });
    QVERIFY(!filterLists(FixtureReports::firstYearProgram));
    auto *history = windowPart<HistoryView>(*m_window);
    history->show();
    history->wholeDatabaseButton()->click();
    QTRY_COMPARE(history->model()->rowCount(), 3);
    QCOMPARE(history->model()->index(2, HistoryModel::Row).data().toString(),
             u"«%1» unido a «%2»"_s.arg(FixtureReports::firstYearProgram, FixtureReports::lastYearProgram));
    QVERIFY(!history->undoJoinButton()->isEnabled());
    history->table()->setCurrentIndex(history->model()->index(2, HistoryModel::Row));
    QVERIFY(history->undoJoinButton()->isEnabled());
    QVERIFY(!history->undoImportButton()->isEnabled());
    const QString dir = qEnvironmentVariable("MIRADOR_GRAB_DIR");
    if (!dir.isEmpty()) {
        history->resize(1280, 240);
        history->grab().save(QDir(dir).filePath(u"join-history.png"_s));
    }
    answer(m_window.get(), &asked);
    history->undoJoinButton()->click();
    QCOMPARE(asked.left(48), u"¿Separar otra vez los dos programas de esta unió"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Unión deshecha: «%1» separado de «%2»"_s.arg(FixtureReports::firstYearProgram,
                                                           FixtureReports::lastYearProgram));
    QVERIFY(filterLists(FixtureReports::firstYearProgram));
    QCOMPARE(history->model()->index(0, HistoryModel::Row).data().toString(),
             u"«%1» separado de «%2»"_s.arg(FixtureReports::firstYearProgram, FixtureReports::lastYearProgram));
    if (!dir.isEmpty())
        history->grab().save(QDir(dir).filePath(u"join-history-undone.png"_s));
}

void TestProgramJoinDialog::readOnlyDatabaseHasTheActionOff()
{
    if (!m_fixture->db && !m_window)
        QSKIP(qPrintable(m_fixture->skipReason));
    m_window.reset();
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    MainWindow window(std::move(db));
    QVERIFY(!windowPart<QAction>(window, "joinProgramsAction")->isEnabled());
}

QTEST_MAIN(TestProgramJoinDialog)
#include "tst_programjoindialog.moc"
