#include "detailpanel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "querytablemodel.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

/// The window as a reviewer uses it: filters narrow the tables and say so,
/// a selected figure shows the sentence it came from.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Format::initDefaultLocale(); }
    void init();
    void cleanup() { m_window.reset(); m_fixture.reset(); }
    void showsEveryRowAtFirst();
    void objectiveChoiceFiltersEverything();
    void typingSearchFiltersAfterAPause();
    void selectingAFigureShowsItsSentence();
    void overviewActivationFiltersByObjective();
    void sortingByHeaderClick();

private:
    QComboBox *combo(const QString &accessibleName) const;

    std::unique_ptr<TestSupport::Fixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<TestSupport::Fixture>();
    QString error;
    auto db = Database::open(m_fixture->path(), Database::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    m_fixture->db.reset();
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QComboBox *TestMainWindow::combo(const QString &accessibleName) const
{
    for (QComboBox *c : m_window->filterBar()->findChildren<QComboBox *>()) {
        if (c->accessibleName() == accessibleName)
            return c;
    }
    return nullptr;
}

void TestMainWindow::showsEveryRowAtFirst()
{
    QCOMPARE(m_window->resultsView()->model()->rowCount(), 8);
    QCOMPARE(m_window->indicatorsView()->model()->rowCount(), 33);
    const QString summary = m_window->filterSummary()->text();
    QVERIFY2(summary.contains(QStringLiteral("Sin filtros")) && summary.contains(QStringLiteral("8 resultados"))
                 && summary.contains(QStringLiteral("33 indicadores")),
             qPrintable(summary));
    QCOMPARE(m_window->overviewModel()->index(4, OverviewModel::BudgetColumn).data().toString(),
             QStringLiteral("17.418.814"));
}

void TestMainWindow::objectiveChoiceFiltersEverything()
{
    QComboBox *objective = combo(QStringLiteral("Objetivo estratégico"));
    QVERIFY(objective);
    objective->setCurrentIndex(objective->findData(4));
    QCOMPARE(m_window->resultsModel()->rowCount(), 2);
    QCOMPARE(m_window->indicatorsModel()->rowCount(), 3);
    QCOMPARE(m_window->overviewModel()->rowCount(), 2);
    QVERIFY2(m_window->filterSummary()->text().contains(QStringLiteral("Objetivo 4 — 2 resultados")),
             qPrintable(m_window->filterSummary()->text()));

    QComboBox *program = combo(QStringLiteral("Programa"));
    program->setCurrentIndex(program->findText(QStringLiteral("Capital Pioneras")));
    QCOMPARE(m_window->resultsModel()->rowCount(), 1);
    QVERIFY(m_window->filterSummary()->text().contains(QStringLiteral("Programa: Capital Pioneras — 1 resultado, ")));

    QComboBox *region = combo(QStringLiteral("Región"));
    region->setCurrentIndex(region->findText(QStringLiteral("Ñuble (XVI)")));
    QCOMPARE(m_window->resultsModel()->rowCount(), 0);
    QVERIFY(m_window->filterSummary()->text().contains(QStringLiteral("Región: Ñuble (XVI)")));

    m_window->filterBar()->clear();
    QCOMPARE(m_window->resultsModel()->rowCount(), 8);
}

void TestMainWindow::typingSearchFiltersAfterAPause()
{
    QSignalSpy spy(m_window->filterBar(), &FilterBar::filterChanged);
    QTest::keyClicks(m_window->filterBar()->searchEdit(), QStringLiteral("abeja"));
    QCOMPARE(spy.count(), 0); // not one query per keystroke
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(m_window->resultsModel()->rowCount(), 1);
    QVERIFY(m_window->filterSummary()->text().contains(QStringLiteral("Texto: «abeja»")));
}

void TestMainWindow::selectingAFigureShowsItsSentence()
{
    QTableView *view = m_window->resultsView();
    view->setFocus();
    view->selectRow(0);
    const QString detail = m_window->detailPanel()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Fortalecimiento Gremial: M$ 1.487.480 · 104 gremios")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Con recursos por M$ 1.487.480 se apoyó a 104 gremios regionales")));
    QVERIFY(detail.contains(QStringLiteral("Acción 1")));
    QVERIFY(detail.contains(QStringLiteral("Justificación")));
    QVERIFY(detail.contains(QStringLiteral("con recursos por M$ 7.732.882 se brindó apoyo a 384 organizaciones")));

    QTableView *indicators = m_window->indicatorsView();
    const auto *model = m_window->indicatorsModel();
    int row = 0;
    while (row < model->rowCount()
           && !model->index(row, 0).data(QueryTableModel::SourceQuoteRole).toString().contains(QStringLiteral("51,8%")))
        ++row;
    QVERIFY(row < model->rowCount());
    indicators->selectRow(row);
    QVERIFY(m_window->detailPanel()->toPlainText().contains(QStringLiteral("Las mujeres representan el 51,8% del sector")));
}

void TestMainWindow::overviewActivationFiltersByObjective()
{
    auto *overview = m_window->findChild<QTableView *>();
    QTableView *overviewView = nullptr;
    for (QTableView *v : m_window->findChildren<QTableView *>()) {
        if (v->model() == m_window->overviewModel())
            overviewView = v;
    }
    QVERIFY(overview && overviewView);
    Q_EMIT overviewView->activated(m_window->overviewModel()->index(2, 0));
    QCOMPARE(m_window->resultsModel()->rowCount(), 1);
    QCOMPARE(combo(QStringLiteral("Objetivo estratégico"))->currentData().toInt(), 3);
}

void TestMainWindow::sortingByHeaderClick()
{
    QTableView *view = m_window->resultsView();
    const auto &columns = m_window->resultsModel()->spec().columns;
    int budget = 0;
    while (qstrcmp(columns[budget].csvName, "budget_mclp") != 0)
        ++budget;
    view->sortByColumn(budget, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, budget).data().toString(), QStringLiteral("4.195.051"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
