#include "boundquery.h"
#include "database.h"
#include "format.h"
#include "pagedrows.h"
#include "querytablemodel.h"
#include "rowcounter.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

/// The results table model on a generated database of 100.000 rows, checked
/// against direct SQL: the first page at once and more by fetchMore before
/// the count arrives, every row after it; sorting across page boundaries;
/// jumps to the end and into the middle; counts of a superseded filter
/// dropped; QAbstractItemModelTester while all this happens. SQLite only:
/// generate-demo writes SQLite files.
class TestBigModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesGrowThenCountArrives();
    void sortsAcrossPages_data();
    void sortsAcrossPages();
    void jumpsToEndAndMiddle_data();
    void jumpsToEndAndMiddle();
    void staleCountsAreDropped_data();
    void staleCountsAreDropped();
    void filtersMatchSql_data();
    void filtersMatchSql();
    void modelTester_data();
    void modelTester();

private:
    /// The first column of every row sql gives, in its order.
    bool sqlIds(const QString &sql, const QVariantList &values, QList<qint64> *ids, QString *error) const;
    qint64 regionId(const QString &code) const;
    Filter filterFor(const QString &regionCode, const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    static constexpr qint64 rows = 100000;
    static constexpr int pageSize = 500; ///< QueryTableModel's default; the tests never set it
    /// The longest a count may take before a test gives up: generous, as
    /// the machine may be busy; a passing run waits only as long as it takes.
    /// The tests wait for a count to arrive and then compare it, so a wrong
    /// count fails at once rather than after QTRY_COMPARE's timeouts.
    static constexpr int countTimeout = 30000;
};

namespace {

int columnOf(const char *csvName)
{
    const int column = TableSpec::results().columnIndex(QString::fromLatin1(csvName));
    if (column < 0)
        qFatal("no results column %s", csvName);
    return column;
}

/// The row's id, once its page is there (-1 if it never came).
qint64 idAt(const QueryTableModel &model, int row)
{
    if (!TestSupport::waitForRow(model, row))
        return -1;
    return model.index(row, 0).data(QueryTableModel::RowIdRole).toLongLong();
}

/// The ids of the model's rows from first to last, read in that direction
/// (last < first reads backwards, as a user scrolling up from the end).
QList<qint64> modelIds(const QueryTableModel &model, int first, int last)
{
    QList<qint64> ids;
    const int step = last >= first ? 1 : -1;
    for (int row = first; row != last + step; row += step)
        ids << idAt(model, row);
    return ids;
}

/// The same rows of the SQL order, in the same direction.
QList<qint64> expectedIds(const QList<qint64> &all, int first, int last)
{
    QList<qint64> ids;
    const int step = last >= first ? 1 : -1;
    for (int row = first; row != last + step; row += step)
        ids << all.value(row, -1);
    return ids;
}

/// Where rows first..last break the order the user asked for, by the values
/// the sorted column shows and then the id; empty if they do not.
QString orderBreak(const QueryTableModel &model, int column, Qt::SortOrder order, int first, int last)
{
    const TableSpec::Column &spec = model.spec().columns[column];
    const auto compare = [&spec](const QVariant &a, const QVariant &b) {
        if (spec.kind == TableSpec::Kind::Text)
            return QString::compare(a.toString(), b.toString());
        // An empty budget sorts as -1, before every figure.
        const qint64 x = a.isNull() ? -1 : a.toLongLong();
        const qint64 y = b.isNull() ? -1 : b.toLongLong();
        return x < y ? -1 : x > y ? 1 : 0;
    };
    const int sign = order == Qt::DescendingOrder ? -1 : 1;
    for (int row = first; row < last; ++row) {
        idAt(model, row + 1); // both rows' pages there
        idAt(model, row);
        const QVariant a = model.index(row, column).data(Qt::EditRole);
        const QVariant b = model.index(row + 1, column).data(Qt::EditRole);
        int c = compare(a, b);
        if (c == 0)
            c = idAt(model, row) < idAt(model, row + 1) ? -1 : 1;
        if (c * sign > 0)
            return QStringLiteral("rows %1 and %2 out of order: %3 (id %4), %5 (id %6)")
                .arg(row)
                .arg(row + 1)
                .arg(a.toString())
                .arg(idAt(model, row))
                .arg(b.toString())
                .arg(idAt(model, row + 1));
    }
    return {};
}

/// Waits for every count the model started and delivers the answers (the
/// counter's queued signals) to it, so a test knows the stale ones arrived.
void deliverCounts(QueryTableModel &model)
{
    auto *counter = model.findChild<RowCounter *>();
    QVERIFY(counter);
    counter->waitAll();
    QCoreApplication::sendPostedEvents();
}

QString shown(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

} // namespace

void TestBigModel::initTestCase()
{
    Format::initDefaultLocale();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    m_db = TestSupport::generatedDemo(path, rows, &error);
    QVERIFY2(m_db, qPrintable(error));
    QList<qint64> ids;
    QVERIFY2(sqlIds(QStringLiteral("SELECT id FROM result ORDER BY id"), {}, &ids, &error), qPrintable(error));
    QCOMPARE(qint64(ids.size()), rows);
}

bool TestBigModel::sqlIds(const QString &sql, const QVariantList &values, QList<qint64> *ids, QString *error) const
{
    QSqlQuery query(m_db->connection());
    if (!BoundQuery::run(query, sql, values, error)) {
        *error = sql + QStringLiteral(": ") + *error;
        return false;
    }
    ids->clear();
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

qint64 TestBigModel::regionId(const QString &code) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id FROM region WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        qFatal("no region %s", qPrintable(code));
    return query.value(0).toLongLong();
}

Filter TestBigModel::filterFor(const QString &regionCode, const QString &text) const
{
    Filter filter;
    if (!regionCode.isEmpty())
        filter.regionId = regionId(regionCode);
    filter.text = text;
    return filter;
}

void TestBigModel::pagesGrowThenCountArrives()
{
    // What a view shows on a big table: one page at once, a page more each
    // time it scrolls to the bottom, every row when the count arrives; and
    // each row, wherever it is, the one SQL puts there (default order: id).
    QueryTableModel model(TableSpec::results(), m_db->connection());
    QSignalSpy counted(&model, &QueryTableModel::totalRowsChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY2(model.setFilter(Filter{}), qPrintable(model.lastError()));

    // The count answers through the event loop, which has not run yet.
    QCOMPARE(model.totalRows(), -1);
    QCOMPARE(model.rowCount(), pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * pageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), pageSize);
    QCOMPARE(inserted.last().at(2).toInt(), 2 * pageSize - 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 3 * pageSize);
    QCOMPARE(model.totalRows(), -1);
    QCOMPARE(counted.size(), 0);

    const int budget = columnOf("budget_mclp");
    const auto checkRow = [&](int row) {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id, budget_mclp FROM result ORDER BY id LIMIT 1 OFFSET ?"));
        query.addBindValue(row);
        if (!query.exec() || !query.next())
            return QStringLiteral("row %1: no row in SQL: %2").arg(row).arg(query.lastError().text());
        const QString expected = QStringLiteral("%1 %2").arg(query.value(0).toLongLong()).arg(shown(query.value(1)));
        const qint64 id = idAt(model, row);
        const QString actual =
            QStringLiteral("%1 %2").arg(id).arg(shown(model.index(row, budget).data(Qt::EditRole)));
        return actual == expected ? QString()
                                  : QStringLiteral("row %1: model %2, SQL %3").arg(row).arg(actual, expected);
    };
    for (const int row : {0, 499, 500, 999, 1000, 1499}) {
        const QString mismatch = checkRow(row);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    QTRY_VERIFY_WITH_TIMEOUT(model.totalRows() >= 0, countTimeout);
    QCOMPARE(model.totalRows(), rows);
    QCOMPARE(model.rowCount(), int(rows));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().first().toLongLong(), rows);
    // The rows the count adds come after the ones already shown.
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.last().at(1).toInt(), 3 * pageSize);
    QCOMPARE(inserted.last().at(2).toInt(), int(rows) - 1);
    for (const int row : {0, 499, 500, 1500, 50000, 61234, 99499, 99500, 99999}) {
        const QString mismatch = checkRow(row);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
    QVERIFY(!model.index(int(rows), 0).isValid());
}

void TestBigModel::sortsAcrossPages_data()
{
    QTest::addColumn<QByteArray>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("sql"); // the same order, by the same key and then the id

    QTest::newRow("budget descending")
        << QByteArray("budget_mclp") << Qt::DescendingOrder
        << QStringLiteral("SELECT id FROM result ORDER BY COALESCE(budget_mclp, -1) DESC, id DESC");
    QTest::newRow("budget ascending, empty budgets first")
        << QByteArray("budget_mclp") << Qt::AscendingOrder
        << QStringLiteral("SELECT id FROM result ORDER BY COALESCE(budget_mclp, -1), id");
    QTest::newRow("beneficiaries descending")
        << QByteArray("beneficiaries") << Qt::DescendingOrder
        << QStringLiteral("SELECT id FROM result ORDER BY COALESCE(beneficiaries, -1) DESC, id DESC");
    QTest::newRow("program ascending")
        << QByteArray("program") << Qt::AscendingOrder
        << QStringLiteral("SELECT r.id FROM result r JOIN program p ON p.id = r.program_id ORDER BY p.name, r.id");
    QTest::newRow("program descending")
        << QByteArray("program") << Qt::DescendingOrder
        << QStringLiteral(
               "SELECT r.id FROM result r JOIN program p ON p.id = r.program_id ORDER BY p.name DESC, r.id DESC");
    QTest::newRow("region, by its place in the country")
        << QByteArray("region") << Qt::AscendingOrder
        << QStringLiteral(
               "SELECT r.id FROM result r JOIN region g ON g.id = r.region_id ORDER BY g.sort_order, r.id");
}

void TestBigModel::sortsAcrossPages()
{
    // The first rows, the rows either side of each page boundary and the
    // last rows are the ones SQL's ORDER BY gives, and the sorted column's
    // values never go back across a boundary.
    QFETCH(QByteArray, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, sql);
    QList<qint64> expected;
    QString error;
    QVERIFY2(sqlIds(sql, {}, &expected, &error), qPrintable(error));
    QCOMPARE(qint64(expected.size()), rows);

    const int sorted = columnOf(column.constData());
    QueryTableModel model(TableSpec::results(), m_db->connection());
    QVERIFY2(model.setFilter(Filter{}), qPrintable(model.lastError()));
    model.sort(sorted, order);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    // Before the count: the first page, then one more by keyset.
    QCOMPARE(modelIds(model, 0, pageSize - 1), expectedIds(expected, 0, pageSize - 1));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * pageSize);
    QCOMPARE(modelIds(model, pageSize - 2, 2 * pageSize - 1), expectedIds(expected, pageSize - 2, 2 * pageSize - 1));

    QTRY_VERIFY_WITH_TIMEOUT(model.totalRows() >= 0, countTimeout);
    QCOMPARE(model.totalRows(), rows);
    QCOMPARE(model.rowCount(), int(rows));
    const int last = int(rows) - 1;
    QCOMPARE(modelIds(model, 0, 3 * pageSize + 1), expectedIds(expected, 0, 3 * pageSize + 1));
    QCOMPARE(idAt(model, last), expected.last());
    QCOMPARE(modelIds(model, last - 3 * pageSize / 2, last), expectedIds(expected, last - 3 * pageSize / 2, last));
    if (model.spec().columns[sorted].keyField < 0) { // the column shows its sort key
        QString broken = orderBreak(model, sorted, order, 0, 3 * pageSize + 1);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        broken = orderBreak(model, sorted, order, last - 3 * pageSize / 2, last);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
}

void TestBigModel::jumpsToEndAndMiddle_data()
{
    QTest::addColumn<QByteArray>("column"); // empty: the default order
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("sql");

    QTest::newRow("default order") << QByteArray() << Qt::AscendingOrder
                                   << QStringLiteral("SELECT id FROM result ORDER BY id");
    QTest::newRow("budget descending")
        << QByteArray("budget_mclp") << Qt::DescendingOrder
        << QStringLiteral("SELECT id FROM result ORDER BY COALESCE(budget_mclp, -1) DESC, id DESC");
    QTest::newRow("program ascending")
        << QByteArray("program") << Qt::AscendingOrder
        << QStringLiteral("SELECT r.id FROM result r JOIN program p ON p.id = r.program_id ORDER BY p.name, r.id");
}

void TestBigModel::jumpsToEndAndMiddle()
{
    // Dropping the scroll bar at the bottom shows the last rows at once,
    // without reading those in between; scrolling up from there, or either
    // way from a jump into the middle, shows the rows SQL has there.
    QFETCH(QByteArray, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, sql);
    QList<qint64> expected;
    QString error;
    QVERIFY2(sqlIds(sql, {}, &expected, &error), qPrintable(error));
    QCOMPARE(qint64(expected.size()), rows);
    const int last = int(rows) - 1;

    const auto open = [&] {
        auto model = std::make_unique<QueryTableModel>(TableSpec::results(), m_db->connection());
        model->setFilter(Filter{});
        if (!column.isEmpty())
            model->sort(columnOf(column.constData()), order);
        return model;
    };

    const auto toEnd = open();
    QTRY_VERIFY_WITH_TIMEOUT(toEnd->totalRows() >= 0, countTimeout);
    QCOMPARE(toEnd->totalRows(), rows);
    QCOMPARE(idAt(*toEnd, last), expected.last());
    // The first page and the last: nothing between was read.
    QVERIFY2(toEnd->cachedRows() <= 2 * pageSize, qPrintable(QString::number(toEnd->cachedRows())));
    QCOMPARE(modelIds(*toEnd, last, last - 1200), expectedIds(expected, last, last - 1200));

    const auto toMiddle = open();
    QTRY_VERIFY_WITH_TIMEOUT(toMiddle->totalRows() >= 0, countTimeout);
    QCOMPARE(toMiddle->totalRows(), rows);
    const int middle = 61234;
    QCOMPARE(idAt(*toMiddle, middle), expected.at(middle));
    QVERIFY2(toMiddle->cachedRows() <= 2 * pageSize, qPrintable(QString::number(toMiddle->cachedRows())));
    QCOMPARE(modelIds(*toMiddle, middle, middle + 800), expectedIds(expected, middle, middle + 800));
    QCOMPARE(modelIds(*toMiddle, middle, middle - 800), expectedIds(expected, middle, middle - 800));
}

void TestBigModel::staleCountsAreDropped_data()
{
    QTest::addColumn<QString>("firstRegion"); // a region code, or empty
    QTest::addColumn<QString>("firstText");
    QTest::addColumn<QString>("secondRegion");
    QTest::addColumn<QString>("secondText");
    QTest::addColumn<QString>("secondSql"); // the second filter's rows
    QTest::addColumn<QVariantList>("secondValues");

    QTest::newRow("everything, then one region")
        << QString() << QString() << QStringLiteral("13") << QString()
        << QStringLiteral(
               "SELECT r.id FROM result r JOIN region g ON g.id = r.region_id WHERE g.code = ? ORDER BY r.id")
        << QVariantList{QStringLiteral("13")};
    QTest::newRow("one region, then everything")
        << QStringLiteral("13") << QString() << QString() << QString()
        << QStringLiteral("SELECT id FROM result ORDER BY id") << QVariantList{};
    QTest::newRow("one word, then two")
        << QString() << QStringLiteral("cooperativas") << QString() << QStringLiteral("capital mujeres")
        << QStringLiteral("SELECT id FROM result WHERE search_text LIKE ? AND search_text LIKE ? ORDER BY id")
        << QVariantList{QStringLiteral("%capital%"), QStringLiteral("%mujeres%")};
}

void TestBigModel::staleCountsAreDropped()
{
    // A count that answers after the user changed the filter is not shown,
    // not even for a moment: totalRowsChanged reports only the count of the
    // filter in force, and the rows are that filter's.
    QFETCH(QString, firstRegion);
    QFETCH(QString, firstText);
    QFETCH(QString, secondRegion);
    QFETCH(QString, secondText);
    QFETCH(QString, secondSql);
    QFETCH(QVariantList, secondValues);

    QList<qint64> expected;
    QString error;
    QVERIFY2(sqlIds(secondSql, secondValues, &expected, &error), qPrintable(error));
    QVERIFY(expected.size() > pageSize); // or the second count would be known at once

    QueryTableModel model(TableSpec::results(), m_db->connection());
    QSignalSpy counted(&model, &QueryTableModel::totalRowsChanged);
    QVERIFY2(model.setFilter(filterFor(firstRegion, firstText)), qPrintable(model.lastError()));
    QCOMPARE(model.totalRows(), -1);
    QVERIFY2(model.setFilter(filterFor(secondRegion, secondText)), qPrintable(model.lastError()));
    QCOMPARE(model.totalRows(), -1);

    QTRY_VERIFY_WITH_TIMEOUT(model.totalRows() >= 0, countTimeout);
    QCOMPARE(model.totalRows(), qint64(expected.size()));
    // The superseded count may answer later still: wait for both to finish
    // and hand their answers to the model, instead of sleeping and hoping.
    deliverCounts(model);
    QCOMPARE(model.totalRows(), qint64(expected.size()));
    QCOMPARE(model.rowCount(), int(expected.size()));
    QStringList reported; // every count totalRowsChanged reported
    for (const QList<QVariant> &signal : std::as_const(counted))
        reported << signal.first().toString();
    QCOMPARE(reported.join(u' '), QString::number(expected.size()));
    QCOMPARE(modelIds(model, 0, pageSize + 10), expectedIds(expected, 0, pageSize + 10));
    QCOMPARE(idAt(model, int(expected.size()) - 1), expected.last());
}

void TestBigModel::filtersMatchSql_data()
{
    QTest::addColumn<QString>("region"); // a region code, or empty
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("column"); // empty: the default order
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    QTest::newRow("region 13")
        << QStringLiteral("13") << QString() << QByteArray() << Qt::AscendingOrder
        << QStringLiteral(
               "SELECT r.id FROM result r JOIN region g ON g.id = r.region_id WHERE g.code = ? ORDER BY r.id")
        << QVariantList{QStringLiteral("13")};
    QTest::newRow("region 08 by budget, descending")
        << QStringLiteral("08") << QString() << QByteArray("budget_mclp") << Qt::DescendingOrder
        << QStringLiteral("SELECT r.id FROM result r JOIN region g ON g.id = r.region_id WHERE g.code = ? "
                          "ORDER BY COALESCE(r.budget_mclp, -1) DESC, r.id DESC")
        << QVariantList{QStringLiteral("08")};
    QTest::newRow("text, accents and capitals ignored")
        << QString() << QStringLiteral("Creación COOPERATIVAS") << QByteArray() << Qt::AscendingOrder
        << QStringLiteral("SELECT id FROM result WHERE search_text LIKE ? AND search_text LIKE ? ORDER BY id")
        << QVariantList{QStringLiteral("%creacion%"), QStringLiteral("%cooperativas%")};
    QTest::newRow("text by program, descending")
        << QString() << QStringLiteral("capital mujeres") << QByteArray("program") << Qt::DescendingOrder
        << QStringLiteral("SELECT r.id FROM result r JOIN program p ON p.id = r.program_id "
                          "WHERE r.search_text LIKE ? AND r.search_text LIKE ? ORDER BY p.name DESC, r.id DESC")
        << QVariantList{QStringLiteral("%capital%"), QStringLiteral("%mujeres%")};
    QTest::newRow("region and text")
        << QStringLiteral("08") << QStringLiteral("empresas") << QByteArray("beneficiaries") << Qt::AscendingOrder
        << QStringLiteral("SELECT r.id FROM result r JOIN region g ON g.id = r.region_id "
                          "WHERE g.code = ? AND r.search_text LIKE ? ORDER BY COALESCE(r.beneficiaries, -1), r.id")
        << QVariantList{QStringLiteral("08"), QStringLiteral("%empresas%")};
    // "1234" is in the source sentence of rows 1234, 11234, 12340 ... (20
    // rows): less than a page, counted by the first page alone.
    QTest::newRow("text, less than a page")
        << QString() << QStringLiteral("1234") << QByteArray() << Qt::AscendingOrder
        << QStringLiteral("SELECT id FROM result WHERE search_text LIKE ? ORDER BY id")
        << QVariantList{QStringLiteral("%1234%")};
    QTest::newRow("text, no row") << QString() << QStringLiteral("zzzz") << QByteArray() << Qt::AscendingOrder
                                  << QStringLiteral("SELECT id FROM result WHERE search_text LIKE ? ORDER BY id")
                                  << QVariantList{QStringLiteral("%zzzz%")};
}

void TestBigModel::filtersMatchSql()
{
    // A filter shows as many rows as SQL counts, and the first and last of
    // them in SQL's order.
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(QByteArray, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QList<qint64> expected;
    QString error;
    QVERIFY2(sqlIds(sql, values, &expected, &error), qPrintable(error));

    QueryTableModel model(TableSpec::results(), m_db->connection());
    QVERIFY2(model.setFilter(filterFor(region, text)), qPrintable(model.lastError()));
    if (!column.isEmpty())
        model.sort(columnOf(column.constData()), order);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    if (expected.size() < pageSize)
        QCOMPARE(model.totalRows(), qint64(expected.size())); // no count needed
    QTRY_VERIFY_WITH_TIMEOUT(model.totalRows() >= 0, countTimeout);
    QCOMPARE(model.totalRows(), qint64(expected.size()));
    const int count = int(expected.size());
    QCOMPARE(model.rowCount(), count);
    if (count == 0)
        return;
    const int head = std::min(count, 3 * pageSize) - 1;
    QCOMPARE(modelIds(model, 0, head), expectedIds(expected, 0, head));
    const int tail = std::max(0, count - pageSize - 100);
    QCOMPARE(modelIds(model, count - 1, tail), expectedIds(expected, count - 1, tail));
}

void TestBigModel::modelTester_data()
{
    QTest::addColumn<bool>("useFetchMore");
    QTest::newRow("fetch-more off") << false;
    QTest::newRow("fetch-more on") << true;
}

void TestBigModel::modelTester()
{
    // QAbstractItemModelTester checks every signal the model sends while it
    // is filtered, sorted and its counts arrive. With fetch-more on, the
    // tester scrolls too: it calls fetchMore() each time it runs.
    QFETCH(bool, useFetchMore);
    QueryTableModel model(TableSpec::results(), m_db->connection());
    std::unique_ptr<QAbstractItemModelTester> tester;
    const auto attach = [&] {
        tester = std::make_unique<QAbstractItemModelTester>(&model,
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester->setUseFetchMore(useFetchMore);
    };
    // Qt 6.4's tester, with fetch-more on, calls fetchMore() from its own
    // modelReset slot before it has marked the reset finished, and reports
    // the rows fetched as inserted during the reset (so it does for a bare
    // QAbstractListModel that can fetch more after a reset). With fetch-more
    // on it therefore watches from just after each reset to the next.
    const auto change = [&](const std::function<void()> &apply) {
        if (useFetchMore)
            tester.reset();
        apply();
        if (useFetchMore)
            attach();
    };
    if (!useFetchMore)
        attach();

    QList<qint64> regionRows;
    QString error;
    QVERIFY2(sqlIds(QStringLiteral("SELECT r.id FROM result r JOIN region g ON g.id = r.region_id WHERE g.code = ? "
                                   "ORDER BY COALESCE(r.budget_mclp, -1) DESC, r.id DESC"),
                    {QStringLiteral("13")}, &regionRows, &error),
             qPrintable(error));
    change([&] {
        model.setFilter(filterFor(QStringLiteral("13"), {}));
        model.sort(columnOf("budget_mclp"), Qt::DescendingOrder);
    });
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(model.totalRows() >= 0, countTimeout);
    QCOMPARE(model.totalRows(), qint64(regionRows.size()));
    // The tester reports from inside the model's signals; once it has, the
    // QTRY_* below would stop waiting and fail on their own: stop here.
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model.rowCount(), int(regionRows.size()));
    QCOMPARE(idAt(model, int(regionRows.size()) - 1), regionRows.last());
    QCOMPARE(idAt(model, 0), regionRows.first());

    QList<qint64> all;
    QVERIFY2(sqlIds(QStringLiteral("SELECT r.id FROM result r JOIN program p ON p.id = r.program_id "
                                   "ORDER BY p.name, r.id"),
                    {}, &all, &error),
             qPrintable(error));
    change([&] {
        model.setFilter(Filter{});
        model.sort(columnOf("program"), Qt::AscendingOrder);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.totalRows() >= 0, countTimeout);
    QCOMPARE(model.totalRows(), rows);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model.rowCount(), int(rows));
    QCOMPARE(idAt(model, int(rows) - 1), all.last());
    QCOMPARE(idAt(model, 61234), all.at(61234));
    QCOMPARE(modelIds(model, 0, 2 * pageSize + 1), expectedIds(all, 0, 2 * pageSize + 1));

    // Superseded before its count arrives, by a filter that matches nothing.
    change([&] {
        model.setFilter(filterFor({}, QStringLiteral("cooperativas")));
        model.setFilter(filterFor({}, QStringLiteral("zzzz")));
    });
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalRows(), 0);
    deliverCounts(model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalRows(), 0);
}

QTEST_GUILESS_MAIN(TestBigModel)
#include "tst_bigmodel.moc"
