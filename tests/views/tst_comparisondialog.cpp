#include "comparisondialog.h"
#include "fixturereports.h"
#include "mainwindow.h"
#include "windowsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

/// The comparison table as a user meets it: Ver → Comparar informes… on the
/// multi-report fixture (marked synthetic), the cells read, the rows of one
/// report marked, the columns whole, and the CSV its button writes.
class TestComparisonDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensFromTheViewMenu();
    void showsTheChangesAUserReads();
    void marksWhatIsInOneReportOnly();
    void otherReportsChosen();
    void exportsTheTableAsCsv();

private:
    /// The text of the dialog's table, a line per row, cells joined by " | ".
    QStringList shownRows() const;

    std::unique_ptr<TestSupport::MultiReportFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    ComparisonDialog *m_dialog = nullptr;
};

void TestComparisonDialog::initTestCase()
{
    Format::initDefaultLocale();
    TestSupport::useTestSettings(QStringLiteral("tst_comparisondialog"));
    m_fixture = std::make_unique<TestSupport::MultiReportFixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QString error;
    m_window = TestSupport::openWindow(m_fixture->path(), &error);
    QVERIFY2(m_window, qPrintable(error));
}

QStringList TestComparisonDialog::shownRows() const
{
    const QAbstractItemModel *model = m_dialog->table()->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

void TestComparisonDialog::opensFromTheViewMenu()
{
    QAction *compare = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Com&parar informes…"))
            compare = action;
    }
    QVERIFY(compare);
    QCOMPARE(compare->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    compare->trigger();
    m_dialog = m_window->findChild<ComparisonDialog *>();
    QVERIFY(m_dialog);
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    // The two latest years of one service, the earlier first.
    QCOMPARE(m_dialog->earlierChooser()->currentText(), QStringLiteral("Prueba (fixture) 2024"));
    QCOMPARE(m_dialog->laterChooser()->currentText(), QStringLiteral("Prueba (fixture) 2025"));
    // Synthetic, as every view says; M$ explained.
    QStringList labels;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->isVisible())
            labels << label->text();
    }
    QVERIFY2(labels.contains(Catalog::syntheticWarning()), qPrintable(labels.join(u'\n')));
    QVERIFY2(labels.join(u'\n').contains(QStringLiteral("M$ = miles de pesos")), qPrintable(labels.join(u'\n')));
}

void TestComparisonDialog::showsTheChangesAUserReads()
{
    QVERIFY(m_dialog);
    const QAbstractItemModel *model = m_dialog->table()->model();
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Programa", "Cifra", "2024", "2025", "Cambio", "Cambio %", "Nota"}));
    const QString minus = QStringLiteral("\u2212");
    const QString shared = FixtureReports::sharedProgram;
    // The program's name once, over its rows.
    QCOMPARE(m_dialog->table()->rowSpan(0, ComparisonDialog::ProgramColumn), 5);
    QCOMPARE(shownRows().mid(0, 6),
             (QStringList{
                 shared + " | Presupuesto (M$) | 1.500 | 2.000 | +500 | +33,3 % | ",
                 " | Beneficiarios (empresas) | 15 | 12 | " + minus + "3 | " + minus + "20 % | ",
                 " | M$ por empresa | 100,0 | 100,0 | 0 | 0 % | ",
                 " | Beneficiarios (personas) |  | 40 |  |  | unidad solo en 2025",
                 " | M$ por persona |  | 20,0 |  |  | unidad solo en 2025",
                 FixtureReports::firstYearProgram + " | Presupuesto (M$) | 300 |  |  |  | solo en 2024",
             }));
    QCOMPARE(shownRows().size(), 11);
    // Every column whole at the size the dialog opens with: no scrolling sideways.
    QHeaderView *header = m_dialog->table()->horizontalHeader();
    for (int column = ComparisonDialog::FigureColumn; column < model->columnCount(); ++column) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : m_dialog->table()->font());
            QVERIFY2(metrics.horizontalAdvance(index.data().toString()) < header->sectionSize(column),
                     qPrintable(index.data().toString()));
        }
    }
    QVERIFY(!m_dialog->table()->horizontalScrollBar()->isVisible());
    // A picture to look at, when asked for (the README's screenshot).
    const QString grabs = qEnvironmentVariable("MIRADOR_GRAB_DIR");
    if (!grabs.isEmpty())
        QVERIFY(m_dialog->grab().save(grabs + QStringLiteral("/comparison-fixture.png")));
}

void TestComparisonDialog::marksWhatIsInOneReportOnly()
{
    QVERIFY(m_dialog);
    const QAbstractItemModel *model = m_dialog->table()->model();
    const auto italic = [model](int row) {
        return model->index(row, ComparisonDialog::FigureColumn).data(Qt::FontRole).value<QFont>().italic();
    };
    const auto tinted = [model](int row) {
        return model->index(row, ComparisonDialog::EarlierColumn).data(Qt::BackgroundRole).isValid();
    };
    QVERIFY(!italic(0) && !tinted(0)); // in both
    QVERIFY(italic(3) && tinted(3)); // personas in 2025 only
    QVERIFY(italic(5) && tinted(5)); // a program of 2024 only
}

void TestComparisonDialog::otherReportsChosen()
{
    QVERIFY(m_dialog);
    // Reports of two services: named by their labels; nothing in common.
    QComboBox *later = m_dialog->laterChooser();
    later->setCurrentIndex(later->findText(QStringLiteral("Prueba 2 (fixture) 2025")));
    QCOMPARE(m_dialog->table()->model()->headerData(ComparisonDialog::LaterColumn, Qt::Horizontal).toString(),
             QStringLiteral("Prueba 2 (fixture) 2025"));
    const QStringList rows = shownRows();
    QCOMPARE(rows.size(), 9);
    QCOMPARE(rows.at(3),
             FixtureReports::secondServiceProgram
                 + " | Presupuesto (M$) |  | 2.500 |  |  | solo en Prueba 2 (fixture) 2025");
    // The same report twice: said, in Spanish, and no table.
    m_dialog->earlierChooser()->setCurrentIndex(later->currentIndex());
    QCOMPARE(shownRows().size(), 0);
    QStringList labels;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->isVisible())
            labels << label->text();
    }
    QVERIFY2(labels.contains(QStringLiteral("No se pudo leer la comparación: Es el mismo informe dos veces: elija dos "
                                            "informes distintos.")),
             qPrintable(labels.join(u'\n')));
    m_dialog->earlierChooser()->setCurrentIndex(m_dialog->earlierChooser()->findText("Prueba (fixture) 2024"));
    later->setCurrentIndex(later->findText(QStringLiteral("Prueba (fixture) 2025")));
    QCOMPARE(shownRows().size(), 11);
}

void TestComparisonDialog::exportsTheTableAsCsv()
{
    QVERIFY(m_dialog);
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("comparacion.csv"));
    QPushButton *button = nullptr;
    for (QPushButton *candidate : m_dialog->findChildren<QPushButton *>()) {
        if (candidate->text() == QStringLiteral("&Exportar CSV…"))
            button = candidate;
    }
    QVERIFY(button);
    // The save dialog answered as a user types a name.
    QString suggested;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        suggested = name->text();
        name->setText(fileName);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        answer.stop();
    });
    answer.start();
    button->click();
    QCOMPARE(suggested, QStringLiteral("comparacion-2024-2025.csv"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const QString shared = FixtureReports::sharedProgram;
    QCOMPARE(lines.mid(0, 4),
             (QStringList{
                 "program,figure,unit,2024,2025,change,change_percent,only_in,synthetic",
                 shared + ",budget_mclp,,1500,2000,500,33.3,,1",
                 shared + ",beneficiaries,empresas,15,12,-3,-20,,1",
                 shared + ",mclp_per_beneficiary,empresas,100,100,0,0,,1",
             }));
    QCOMPARE(lines.size(), 13);
}

QTEST_MAIN(TestComparisonDialog)
#include "tst_comparisondialog.moc"
