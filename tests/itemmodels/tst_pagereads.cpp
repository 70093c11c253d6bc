#include "filter.h"
#include "modelsupport.h"
#include "pagedrows.h"
#include "querytablemodel.h"
#include "tablespec.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using TestSupport::Fixture;
using TestSupport::waitForRow;

/// How QueryTableModel reads the pages a view asks for: in a worker, never
/// inside data(), on both backends.
class TestPageReads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dataRunsNoSql();
    void staleAnswersAreDropped();
    void readsAheadWhileScrolling();
    void filterInBackground();
    void filterInBackgroundFails();

private:
    /// The ids of the indicators under filter, in the model's default order.
    QList<qint64> ids(const Filter &filter) const;
    /// The indicators in pages of 2 rows, no filter, counted: many pages.
    /// Null if the model failed or did not count.
    std::unique_ptr<QueryTableModel> pagedIndicators() const;

    std::unique_ptr<Fixture> m_fixture;
};

void TestPageReads::initTestCase()
{
    m_fixture = std::make_unique<Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
}

QList<qint64> TestPageReads::ids(const Filter &filter) const
{
    const TableSpec &spec = TableSpec::indicators();
    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    QSqlQuery query(m_fixture->db->connection());
    query.prepare(spec.statement(condition, -1, Qt::AscendingOrder));
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(TableSpec::idField).toLongLong();
    return ids;
}

std::unique_ptr<QueryTableModel> TestPageReads::pagedIndicators() const
{
    auto model = std::make_unique<QueryTableModel>(TableSpec::indicators(), m_fixture->db->connection());
    model->setPageSize(2);
    if (!model->setFilter(Filter{}) || !QTest::qWaitFor([&model] { return model->totalRows() >= 0; }))
        return nullptr;
    return model;
}

void TestPageReads::dataRunsNoSql()
{
    // Issue 17, item 1: data() read a missing page on the GUI thread, inside
    // the view's paint. With the window's connection closed, any SQL data()
    // ran would fail: it runs none, shows the pending text for the rows not
    // read yet, and their figures once the page reader's own connection has
    // read them.
    const TableSpec &spec = TableSpec::indicators();
    QSqlDatabase db = m_fixture->db->connection();
    QString error;
    const QList<QVariantList> expected = TestSupport::tableRows(db, spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(expected.size() > 4);

    QueryTableModel model(spec, db);
    model.setPageSize(2);
    QVERIFY(model.setFilter(Filter{}));
    QTRY_COMPARE(model.totalRows(), qint64(expected.size()));
    QSignalSpy failed(&model, &QueryTableModel::queryFailed);
    db.close();
    const auto reopen = qScopeGuard([&db] { db.open(); }); // for the tests after this one
    for (int row = 2; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            QCOMPARE(cell.data().toString(), QueryTableModel::pendingText());
            QVERIFY(!cell.data(Qt::EditRole).isValid());
        }
    }
    QCOMPARE(failed.size(), 0);

    const auto same = TestSupport::sameValue;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY2(waitForRow(model, row), qPrintable(QString::number(row)));
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            const QVariant &stored = expected[row][spec.columns[column].field];
            QVERIFY2(same(cell.data(Qt::EditRole), stored),
                     qPrintable(QStringLiteral("row %1 column %2: «%3» for «%4»")
                                    .arg(row)
                                    .arg(column)
                                    .arg(cell.data(Qt::EditRole).toString(), stored.toString())));
            QVERIFY(cell.data().toString() != QueryTableModel::pendingText());
        }
    }
    QCOMPARE(failed.size(), 0);
}

void TestPageReads::staleAnswersAreDropped()
{
    // A page asked for under one filter and read after the filter changed
    // is not shown as the new filter's rows.
    const auto model = pagedIndicators();
    QVERIFY(model);
    QVERIFY(model->totalRows() > 6);
    QCOMPARE(model->index(4, 0).data().toString(), QueryTableModel::pendingText());
    Filter objective;
    objective.objective = 3;
    const QList<qint64> expected = ids(objective);
    QVERIFY(expected.size() > 4);
    QVERIFY(expected.mid(4, 2) != ids(Filter{}).mid(4, 2)); // or a stale page would look right
    QVERIFY(model->setFilter(objective)); // before the answer is handed over
    QTest::qWait(500);                   // the stale answer arrives, and is dropped
    QTRY_COMPARE(model->totalRows(), qint64(expected.size()));
    for (int row = 0; row < int(expected.size()); ++row) {
        QVERIFY(waitForRow(*model, row));
        QCOMPARE(model->index(row, 0).data(QueryTableModel::RowIdRole).toLongLong(), expected[row]);
    }
}

void TestPageReads::readsAheadWhileScrolling()
{
    // Scrolling down through a page reads the next one before the view
    // asks for it; a jump reads only the page jumped to.
    const auto model = pagedIndicators();
    QVERIFY(model);
    QVERIFY(model->totalRows() > 12);
    QVERIFY(waitForRow(*model, 8)); // a jump from the first page to the fifth
    QTest::qWait(200);
    QCOMPARE(model->cachedRows(), 4);
    QVERIFY(waitForRow(*model, 10)); // on to the next page
    QTRY_COMPARE(model->cachedRows(), 8); // and the one after it, read ahead
    const QList<qint64> expected = ids(Filter{});
    for (int row = 8; row < 14; ++row)
        QCOMPARE(model->index(row, 0).data(QueryTableModel::RowIdRole).toLongLong(), expected[row]);
}

void TestPageReads::filterInBackground()
{
    // A table on another tab takes a new filter without a read on the GUI
    // thread: empty and counting at once, then its first page and its count
    // from the workers; an older filter's page does not fill it.
    const auto model = pagedIndicators();
    QVERIFY(model);
    QVERIFY(model->totalRows() > 6);
    QSignalSpy failed(model.get(), &QueryTableModel::queryFailed);
    QSignalSpy counted(model.get(), &QueryTableModel::totalRowsChanged);
    Filter objective;
    objective.objective = 3;
    const QList<qint64> expected = ids(objective);
    QVERIFY(expected.size() > 2);
    Filter two;
    two.objective = 2;
    model->setFilterInBackground(two);
    model->setFilterInBackground(objective); // before the first one's page comes
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalRows(), -1LL);
    QCOMPARE(model->filter().objective, std::optional<int>(3));
    QTRY_COMPARE(model->totalRows(), qint64(expected.size()));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model->rowCount(), int(expected.size()));
    for (int row = 0; row < int(expected.size()); ++row) {
        QVERIFY(waitForRow(*model, row));
        QCOMPARE(model->index(row, 0).data(QueryTableModel::RowIdRole).toLongLong(), expected[row]);
    }
    QCOMPARE(failed.size(), 0);
}

void TestPageReads::filterInBackgroundFails()
{
    // The page reader cannot read the first page: reported once, and the
    // table is empty with a total, so the window stops saying it counts.
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    QVERIFY(model.setFilter(Filter{}));
    QSignalSpy failed(&model, &QueryTableModel::queryFailed);
    QSignalSpy counted(&model, &QueryTableModel::totalRowsChanged);
    {
        const TestSupport::TableAway away(m_fixture->db->connection(), QStringLiteral("indicator"));
        QVERIFY2(away.error().isEmpty(), qPrintable(away.error()));
        model.setFilterInBackground(Filter{});
        QTRY_COMPARE(failed.size(), 1);
    }
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalRows(), 0LL);
    QCOMPARE(counted.size(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QTest::qWait(200);
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(TestPageReads)
#include "tst_pagereads.moc"
