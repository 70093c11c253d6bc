#include "catalog.h"
#include "csvexport.h"
#include "overviewmodel.h"
#include "pagedrows.h"
#include "querytablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using TestSupport::Fixture;

/// The table and overview models, and the filters that drive them, against
/// the embedded dataset.
class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester_data();
    void modelTester();
    void resultsFilter_data();
    void resultsFilter();
    void indicatorsFilter_data();
    void indicatorsFilter();
    void regionWords_data();
    void regionWords();
    void programWords();
    void hostileSearchIsData();
    void nulSeparatesSearchWords();
    void sortsInSql();
    void pagesByKeyset_data();
    void pagesByKeyset();
    void pagesHoldTheDatabasesValues_data();
    void pagesHoldTheDatabasesValues();
    void staleCountsAreDropped();
    void heldCountsWaitForRelease();
    void failedPageIsReadAndReportedOnce();
    void displaysChileanNumbers();
    void overviewPerObjective();
    void overviewFollowsFilter();
    void overviewTotalAddsNoUnlikeUnits();
    void overviewSameFromKeptTotals();
    void keptTotalsFollowEveryChange();

private:
    Filter filter(const QString &spec) const;
    QStringList column(const QueryTableModel &model, const char *csvName) const;

    std::unique_ptr<Fixture> m_fixture;
    Catalog m_catalog;
};

void TestModels::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    qInfo("backend: %s", TestSupport::testingPostgres() ? "PostgreSQL" : "SQLite");
    QString error;
    QVERIFY2(m_catalog.load(m_fixture->db->connection(), &error), qPrintable(error));
}

/// "objective=1;program=ferias;region=nacional;text=gestion;year=2025"
Filter TestModels::filter(const QString &spec) const
{
    Filter f;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        QString error;
        if (key == u"year") {
            f.year = value.toInt();
        } else if (key == u"objective") {
            f.objective = value.toInt();
        } else if (key == u"program") {
            for (const auto &p : m_catalog.findPrograms(value, &error))
                f.programIds << p.id;
            if (f.programIds.isEmpty())
                qFatal("no program %s", qPrintable(value));
        } else if (key == u"region") {
            const auto region = m_catalog.findRegion(value, &error);
            if (!region)
                qFatal("no region %s: %s", qPrintable(value), qPrintable(error));
            f.regionId = region->id;
        } else if (key == u"text") {
            f.text = value;
        }
    }
    return f;
}

QStringList TestModels::column(const QueryTableModel &model, const char *csvName) const
{
    int c = 0;
    while (c < int(model.spec().columns.size()) && qstrcmp(model.spec().columns[c].csvName, csvName) != 0)
        ++c;
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, c).data().toString();
    return values;
}

void TestModels::modelTester_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("filter");
    for (const char *table : {"results", "indicators", "milestones", "overview"}) {
        QTest::addRow("%s all", table) << table << "";
        QTest::addRow("%s objective 2", table) << table << "objective=2";
        QTest::addRow("%s none", table) << table << "text=zzzz";
    }
}

void TestModels::modelTester()
{
    QFETCH(QString, table);
    QFETCH(QString, filter);
    const QSqlDatabase db = m_fixture->db->connection();
    std::unique_ptr<QAbstractItemModel> model;
    if (table == u"overview") {
        auto *overview = new OverviewModel(db);
        model.reset(overview);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(overview->setFilter(this->filter(filter)));
        QVERIFY(overview->setFilter(Filter{}));
    } else {
        auto *tableModel = new QueryTableModel(*TableSpec::byName(table), db);
        model.reset(tableModel);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tableModel->setFilter(this->filter(filter)));
        tableModel->sort(1, Qt::DescendingOrder);
        QVERIFY(tableModel->setFilter(Filter{}));
        QVERIFY(tableModel->rowCount() > 0);
    }
}

void TestModels::resultsFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("programs");
    QTest::newRow("none") << "" << QStringList{"Fortalecimiento Gremial", "Creación y Fortalecimiento de Cooperativas",
                                             "Barrios Comerciales", "Ferias Libres", "Pymes Globales",
                                             "Crece Sostenible", "Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("objective 1") << "objective=1"
                                 << QStringList{"Fortalecimiento Gremial", "Creación y Fortalecimiento de Cooperativas",
                                                "Barrios Comerciales", "Ferias Libres"};
    QTest::newRow("objective 4") << "objective=4" << QStringList{"Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("program ferias libres") << "program=ferias libres" << QStringList{"Ferias Libres"};
    QTest::newRow("program by part, no accents")
        << "program=creacion" << QStringList{"Creación y Fortalecimiento de Cooperativas"};
    QTest::newRow("program crece is exact") << "program=CRECE SOSTENIBLE" << QStringList{"Crece Sostenible"};
    QTest::newRow("region nacional") << "region=Nacional"
                                     << QStringList{
                                            "Fortalecimiento Gremial", "Creación y Fortalecimiento de Cooperativas",
                                            "Barrios Comerciales",     "Ferias Libres",
                                            "Pymes Globales",          "Crece Sostenible",
                                            "Capital Pioneras",        "Capital Abeja Emprende"};
    QTest::newRow("region los rios: none") << "region=los rios" << QStringList{};
    QTest::newRow("text mujeres") << "text=MUJERES" << QStringList{"Capital Pioneras", "Capital Abeja Emprende"};
    QTest::newRow("text without accents")
        << "text=creacion cooperativas" << QStringList{"Creación y Fortalecimiento de Cooperativas"};
    QTest::newRow("text gestion finds gestión") << "text=gestion" << QStringList{"Fortalecimiento Gremial"};
    QTest::newRow("year 2025") << "year=2025;objective=3" << QStringList{"Crece Sostenible"};
    QTest::newRow("year 2024") << "year=2024" << QStringList{};
    QTest::newRow("combined") << "objective=1;program=barrios;region=00;text=continuidad;year=2025"
                              << QStringList{"Barrios Comerciales"};
    QTest::newRow("combined, contradicting") << "objective=2;program=barrios" << QStringList{};
}

void TestModels::resultsFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, programs);
    QueryTableModel model(TableSpec::results(), m_fixture->db->connection());
    QVERIFY2(model.setFilter(this->filter(filter)), qPrintable(model.lastError()));
    QCOMPARE(column(model, "program"), programs);
}

void TestModels::indicatorsFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("first");
    QTest::newRow("all") << "" << 33 << "Grupos pre-cooperativos apoyados";
    QTest::newRow("objective 3") << "objective=3" << 6 << "Proyectos de Ferias Libres beneficiados";
    QTest::newRow("centros de desarrollo")
        << "program=centros de desarrollo" << 15
        << "Organizaciones asesoradas por la red de Centros de Desarrollo de Negocios";
    QTest::newRow("egresadas") << "text=egresadas" << 3 << "Academias de Mujeres Empresarias ejecutadas y terminadas";
    QTest::newRow("metropolitana in a quote")
        << "text=region metropolitana" << 3 << "Formas de pago declaradas que son medios digitales";
    QTest::newRow("objective 4 program cdn") << "objective=4;program=centros de desarrollo de negocios" << 3
                                             << "Academias de Mujeres Empresarias ejecutadas y terminadas";
}

void TestModels::indicatorsFilter()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    QFETCH(QString, first);
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    QVERIFY(model.setFilter(this->filter(filter)));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(column(model, "indicator").value(0), first);
}

void TestModels::regionWords_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "14" << "14";
    QTest::newRow("code one digit") << "8" << "08";
    QTest::newRow("code two digits") << "08" << "08";
    QTest::newRow("roman") << "XIV" << "14";
    QTest::newRow("roman lower") << "viii" << "08";
    QTest::newRow("RM") << "RM" << "13";
    QTest::newRow("xiii") << "XIII" << "13";
    QTest::newRow("short name no accents") << "los rios" << "14";
    QTest::newRow("official name") << "Región de Los Ríos" << "14";
    QTest::newRow("nuble finds Ñuble") << "nuble" << "16";
    QTest::newRow("biobio") << "BIOBIO" << "08";
    QTest::newRow("partial") << "magallanes" << "12";
    QTest::newRow("nacional") << "nacional" << "00";
}

void TestModels::regionWords()
{
    QFETCH(QString, words);
    QFETCH(QString, code);
    QString error;
    const auto region = m_catalog.findRegion(words, &error);
    QVERIFY2(region, qPrintable(error));
    QCOMPARE(region->code, code);
}

void TestModels::programWords()
{
    QString error;
    QVERIFY(m_catalog.findPrograms(QStringLiteral("programa que no existe"), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("programa que no existe")));
    QVERIFY(!m_catalog.findRegion(QStringLiteral("Atlántida"), &error));
    QVERIFY(error.contains(QStringLiteral("Atlántida")));
    // "crece" is a whole program name: only that one, not Crece Sostenible.
    const auto crece = m_catalog.findPrograms(QStringLiteral("Crece"), &error);
    QCOMPARE(crece.size(), 1);
    QCOMPARE(crece.first().name, QStringLiteral("Crece"));
    // "capital" is part of three.
    QCOMPARE(m_catalog.findPrograms(QStringLiteral("capital"), &error).size(), 3);
}

void TestModels::hostileSearchIsData()
{
    // Wildcards and SQL in the search box are matched literally.
    QueryTableModel model(TableSpec::results(), m_fixture->db->connection());
    for (const char *text : {"%", "_", "' OR 1=1 --", "\"; DROP TABLE result; --", "\\"}) {
        Filter f;
        f.text = QString::fromUtf8(text);
        QVERIFY2(model.setFilter(f), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 0);
    }
    model.setFilter(Filter{});
    QCOMPARE(model.rowCount(), 8);
}

void TestModels::nulSeparatesSearchWords()
{
    // Found by fuzz_filter: a NUL between words splits them as a space does
    // (SQLite reads a LIKE pattern only up to a NUL; PostgreSQL keeps none).
    Filter f;
    f.text = QStringLiteral("gremios") + QChar(0) + QStringLiteral(" ferias") + QChar(0);
    const SqlCondition condition = buildCondition(f, TableSpec::results().filterColumns);
    QCOMPARE(condition.values, (QVariantList{QStringLiteral("%gremios%"), QStringLiteral("%ferias%")}));
}

void TestModels::sortsInSql()
{
    QueryTableModel model(TableSpec::results(), m_fixture->db->connection());
    QVERIFY(model.setFilter(Filter{}));
    int budget = 0;
    while (qstrcmp(model.spec().columns[budget].csvName, "budget_mclp") != 0)
        ++budget;
    model.sort(budget, Qt::DescendingOrder);
    QCOMPARE(column(model, "program").first(), QStringLiteral("Capital Abeja Emprende"));
    QCOMPARE(column(model, "budget_mclp").first(), QStringLiteral("4.195.051"));
    QCOMPARE(column(model, "program").last(), QStringLiteral("Pymes Globales"));
    model.sort(budget, Qt::AscendingOrder);
    QCOMPARE(column(model, "program").first(), QStringLiteral("Pymes Globales"));
    // Sorting keeps the filter.
    Filter f;
    f.objective = 1;
    model.setFilter(f);
    QCOMPARE(column(model, "budget_mclp"),
             (QStringList{"1.346.610", "1.487.480", "2.389.318", "2.509.474"}));
}

void TestModels::pagesByKeyset_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("filter");
    for (const char *table : {"results", "indicators"}) {
        const int columns = int(TableSpec::byName(QString::fromLatin1(table))->columns.size());
        QTest::addRow("%s default", table) << table << -1 << false << "";
        for (int column = 0; column < columns; ++column) {
            QTest::addRow("%s column %d asc", table, column) << table << column << false << "";
            QTest::addRow("%s column %d desc", table, column) << table << column << true << "";
        }
        QTest::addRow("%s filtered", table) << table << 4 << true << "text=de";
    }
}

void TestModels::pagesByKeyset()
{
    // Pages of 3 rows give the rows and order of one big page, whatever the
    // sort, NULLs and ties included: scrolled a page at a time before the
    // count answers, and read from the end backwards and from the middle
    // (OFFSET) after it.
    QFETCH(QString, table);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, filter);
    const TableSpec &spec = *TableSpec::byName(table);
    const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    const auto open = [&](int pageSize) {
        auto model = std::make_unique<QueryTableModel>(spec, m_fixture->db->connection());
        model->setPageSize(pageSize);
        model->setFilter(this->filter(filter));
        model->sort(column, order);
        return model;
    };
    const auto whole = open(100000);
    QVERIFY(whole->totalRows() > 3);
    const int rows = int(whole->totalRows());
    const auto idAt = [](const QueryTableModel &model, int row) {
        TestSupport::waitForRow(model, row); // read in the page reader
        return model.index(row, 0).data(QueryTableModel::RowIdRole).toLongLong();
    };

    const auto scrolled = open(3);
    QCOMPARE(scrolled->rowCount(), 3);
    while (scrolled->canFetchMore({}))
        scrolled->fetchMore({});
    QCOMPARE(scrolled->rowCount(), rows);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(idAt(*scrolled, row), idAt(*whole, row));

    const auto fromEnd = open(3);
    QTRY_COMPARE(fromEnd->totalRows(), qint64(rows));
    QCOMPARE(fromEnd->rowCount(), rows);
    for (int row = rows - 1; row >= 0; --row)
        QCOMPARE(idAt(*fromEnd, row), idAt(*whole, row));

    const auto fromMiddle = open(3);
    QTRY_COMPARE(fromMiddle->totalRows(), qint64(rows));
    const int middle = rows / 2;
    QCOMPARE(idAt(*fromMiddle, middle), idAt(*whole, middle));
    for (int row = middle; row < rows; ++row)
        QCOMPARE(idAt(*fromMiddle, row), idAt(*whole, row));
    for (int row = middle; row >= 0; --row)
        QCOMPARE(idAt(*fromMiddle, row), idAt(*whole, row));
}

void TestModels::pagesHoldTheDatabasesValues_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table : {"results", "indicators", "milestones"})
        QTest::newRow(table) << table;
}

void TestModels::pagesHoldTheDatabasesValues()
{
    // On SQLite pages are read through the C API into packed rows, not
    // through QSqlQuery: every cell must still show what QSqlQuery reads,
    // NULLs, accents and figures alike, on pages read forwards, backwards
    // (from the end) and by offset.
    QFETCH(QString, table);
    const TableSpec &spec = *TableSpec::byName(table);
    const QSqlDatabase db = m_fixture->db->connection();
    QSqlQuery query(db);
    QVERIFY2(query.exec(spec.statement(buildCondition(Filter{}, spec.filterColumns), -1, Qt::AscendingOrder)),
             qPrintable(query.lastError().text()));
    QList<QVariantList> expected;
    while (query.next()) {
        QVariantList row;
        for (int field = 0; field < query.record().count(); ++field)
            row << query.value(field);
        expected << row;
    }
    QVERIFY(expected.size() > 3);

    QueryTableModel model(spec, db);
    model.setPageSize(3);
    QVERIFY(model.setFilter(Filter{}));
    QTRY_COMPARE(model.totalRows(), qint64(expected.size()));
    const auto same = [](const QVariant &shown, const QVariant &stored) {
        return shown.isNull() == stored.isNull() && shown.toString() == stored.toString();
    };
    int nulls = 0;
    for (int row = int(expected.size()) - 1; row >= 0; --row) {
        const QVariantList &stored = expected[row];
        QVERIFY(TestSupport::waitForRow(model, row)); // read in the page reader
        const QModelIndex first = model.index(row, 0);
        QVERIFY(same(first.data(QueryTableModel::RowIdRole), stored[TableSpec::idField]));
        QVERIFY(same(first.data(QueryTableModel::ObjectiveIdRole), stored[TableSpec::objectiveIdField]));
        QVERIFY(same(first.data(QueryTableModel::ActionIdRole), stored[TableSpec::actionIdField]));
        QVERIFY(same(first.data(QueryTableModel::SourceQuoteRole), stored[spec.quoteField]));
        for (int column = 0; column < int(spec.columns.size()); ++column) {
            const QVariant shown = model.index(row, column).data(Qt::EditRole);
            const QVariant &value = stored[spec.columns[column].field];
            nulls += value.isNull();
            QVERIFY2(same(shown, value), qPrintable(QStringLiteral("row %1 column %2: «%3» for «%4»")
                                                        .arg(row).arg(column).arg(shown.toString(), value.toString())));
        }
    }
    if (table != u"milestones")
        QVERIFY(nulls > 0); // the comparison met NULLs
}

void TestModels::staleCountsAreDropped()
{
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    model.setPageSize(2);
    QSignalSpy counted(&model, &QueryTableModel::totalRowsChanged);
    model.setFilter(Filter{}); // 33 rows: counted in the background
    QCOMPARE(model.totalRows(), -1);
    model.setFilter(filter(QStringLiteral("objective=3"))); // 6 rows, superseding it
    QTRY_COMPARE(model.totalRows(), 6LL);
    QTest::qWait(200);
    QCOMPARE(model.totalRows(), 6LL);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(counted.last().first().toLongLong(), 6LL);
    for (const QList<QVariant> &signal : counted)
        QVERIFY(signal.first().toLongLong() != 33);
}

// Issue 17, item 1: a page that cannot be read was read again for every
// cell a view asked about, each time emitting queryFailed (which the window
// shows in a dialog): dozens of reads and messages for one paint.
void TestModels::failedPageIsReadAndReportedOnce()
{
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    model.setPageSize(2);
    QVERIFY(model.setFilter(Filter{}));
    QTRY_COMPARE(model.totalRows(), 33LL);
    QSignalSpy failed(&model, &QueryTableModel::queryFailed);
    // The database goes away under the model (a server gone, a drive
    // unplugged): the page reader's connection cannot open.
    QSqlDatabase db = m_fixture->db->connection();
    const QString name = db.databaseName();
    db.setDatabaseName(TestSupport::testingPostgres() ? QStringLiteral("mirador_gone")
                                                      : m_fixture->dir.filePath(QStringLiteral("gone/mirador.sqlite")));
    for (int row : {20, 21, 20})
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(model.index(row, column).data().toString() == QueryTableModel::pendingText());
    QTRY_COMPARE(failed.size(), 1);
    for (int row : {20, 21, 20})
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(row, column).data().isValid());
    QTest::qWait(200);
    db.setDatabaseName(name);
    QCOMPARE(failed.size(), 1);
    // Read afresh (the window's reload), the page is there again.
    QVERIFY(model.setFilter(Filter{}));
    QTRY_COMPARE(model.totalRows(), 33LL);
    QVERIFY(TestSupport::waitForRow(model, 20));
}

void TestModels::heldCountsWaitForRelease()
{
    // The window holds the counts until it has painted its first page.
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    model.setPageSize(2);
    model.holdCounts(true);
    QVERIFY(model.setFilter(Filter{}));
    QCOMPARE(model.rowCount(), 2);
    QTest::qWait(200);
    QCOMPARE(model.totalRows(), -1LL);
    model.holdCounts(false);
    QTRY_COMPARE(model.totalRows(), 33LL);
    QCOMPARE(model.rowCount(), 33);
}

void TestModels::displaysChileanNumbers()
{
    QueryTableModel model(TableSpec::indicators(), m_fixture->db->connection());
    Filter f;
    f.objective = 1;
    QVERIFY(model.setFilter(f));
    QStringList values = column(model, "value");
    QVERIFY2(values.contains(QStringLiteral("51,8")), qPrintable(values.join(u'|')));
    QVERIFY(values.contains(QStringLiteral("440.000")));
}

void TestModels::overviewPerObjective()
{
    OverviewModel model(m_fixture->db->connection());
    QVERIFY2(model.setFilter(Filter{}), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    const auto &rows = model.rows();
    QCOMPARE(*rows[0].objective, 1);
    QCOMPARE(*rows[0].budget, 7732882LL);
    QCOMPARE(*rows[0].beneficiaries, 384LL);
    QCOMPARE(rows[0].units, (QStringList{"barrios", "gremios", "organizaciones", "proyectos asociativos"}));
    QCOMPARE(*rows[1].budget, 131287LL);
    QCOMPARE(*rows[2].budget, 3846665LL);
    QCOMPARE(*rows[3].budget, 1512929LL + 4195051LL);
    QCOMPARE(*rows[3].beneficiaries, 309LL + 896LL);
    QVERIFY(!rows[4].objective);
    QCOMPARE(*rows[4].budget, 17418814LL);
    // What a user reads in the table.
    QCOMPARE(model.index(0, OverviewModel::BudgetColumn).data().toString(), QStringLiteral("7.732.882"));
    QCOMPARE(model.index(0, OverviewModel::PerBeneficiaryColumn).data().toString(), QStringLiteral("20.137,7"));
    QCOMPARE(model.index(4, OverviewModel::ObjectiveColumn).data().toString(), QStringLiteral("Total"));
    QCOMPARE(model.index(4, OverviewModel::BudgetColumn).data().toString(), QStringLiteral("17.418.814"));
}

void TestModels::overviewFollowsFilter()
{
    OverviewModel model(m_fixture->db->connection());
    QVERIFY(model.setFilter(filter(QStringLiteral("program=ferias libres"))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(*model.rows()[0].budget, 2509474LL);
    QCOMPARE(*model.rows()[1].budget, 2509474LL);
    QVERIFY(model.setFilter(filter(QStringLiteral("region=XIV"))));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::overviewTotalAddsNoUnlikeUnits()
{
    // The Total row showed 1.992 beneficiaries and 8.744,4 M$ per
    // beneficiary: gremios, barrios, empresas and mujeres added together.
    OverviewModel model(m_fixture->db->connection());
    QVERIFY2(model.setFilter(Filter{}), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QVERIFY(!model.rows()[4].beneficiaries);
    QVERIFY(!model.rows()[4].perBeneficiary);
    QCOMPARE(cell(4, OverviewModel::BeneficiariesColumn), QStringLiteral("—"));
    QCOMPARE(cell(4, OverviewModel::PerBeneficiaryColumn), QStringLiteral("—"));
    // What each unit holds is said instead.
    QCOMPARE(cell(4, OverviewModel::BeneficiariesColumn, Qt::ToolTipRole),
             QStringLiteral("No se suman beneficiarios de unidades distintas: 56 barrios, 104 gremios, "
                            "71 organizaciones, 153 proyectos asociativos, 403 empresas, 309 mujeres, "
                            "896 mujeres emprendedoras"));
    QVERIFY(cell(4, OverviewModel::PerBeneficiaryColumn, Qt::ToolTipRole).contains(QStringLiteral("unidades distintas")));
    QCOMPARE(cell(4, OverviewModel::BudgetColumn), QStringLiteral("17.418.814"));
    // An objective whose units differ keeps its figures, and its tooltip
    // names what they add.
    QCOMPARE(cell(0, OverviewModel::BeneficiariesColumn), QStringLiteral("384"));
    QVERIFY(cell(0, OverviewModel::BeneficiariesColumn, Qt::ToolTipRole).startsWith(QStringLiteral("Suma de unidades")));

    // One unit under the filter: the total is a true sum and a true cost.
    for (const QString &spec : {QStringLiteral("objective=3"), QStringLiteral("objective=3;text=nacional")}) {
        QVERIFY(model.setFilter(filter(spec)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(1, OverviewModel::BeneficiariesColumn), QStringLiteral("378"));
        QCOMPARE(cell(1, OverviewModel::PerBeneficiaryColumn), QStringLiteral("10.176,4"));
        QVERIFY(cell(1, OverviewModel::BeneficiariesColumn, Qt::ToolTipRole).isEmpty());
    }
}

void TestModels::overviewSameFromKeptTotals()
{
    // "nacional" is in every embedded result's text, so the overview read
    // from result (a text filter) and from result_total (none) must agree.
    std::vector<ObjectiveTotals> kept;
    std::vector<ObjectiveTotals> counted;
    QString error;
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), Filter{}, &kept, &error), qPrintable(error));
    QVERIFY2(ObjectiveTotals::read(m_fixture->db->connection(), filter(QStringLiteral("text=nacional")), &counted,
                                     &error),
             qPrintable(error));
    QCOMPARE(kept.size(), size_t(5));
    QCOMPARE(kept.back().results, 8);
    QCOMPARE(counted.size(), kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        QCOMPARE(counted[i].objective, kept[i].objective);
        QCOMPARE(counted[i].programs, kept[i].programs);
        QCOMPARE(counted[i].results, kept[i].results);
        QCOMPARE(counted[i].budget, kept[i].budget);
        QCOMPARE(counted[i].beneficiaries, kept[i].beneficiaries);
        QCOMPARE(counted[i].perBeneficiary, kept[i].perBeneficiary);
        QCOMPARE(counted[i].units, kept[i].units);
        QCOMPARE(counted[i].unitBeneficiaries, kept[i].unitBeneficiaries);
    }
}

void TestModels::keptTotalsFollowEveryChange()
{
    // Every kind of write to result, by anyone: the triggers keep
    // result_total equal to a GROUP BY over result after each.
    Fixture fixture;
    MIRADOR_REQUIRE_BACKEND(fixture);
    const QSqlDatabase db = fixture.db->connection();
    QCOMPARE(TestSupport::resultTotals(db, true), TestSupport::resultTotals(db, false));
    const QStringList changes{
        // A second call of an existing result; rows without a budget, without
        // beneficiaries, without a unit.
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, search_text, call) SELECT objective_id, program_id, region_id, "
                       "year, 1000, 7, beneficiary_unit, 'x', 'x', 'C-1' FROM result WHERE id = 1"),
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, search_text, call) SELECT objective_id, program_id, region_id, "
                       "year, NULL, 5, beneficiary_unit, 'x', 'x', 'C-2' FROM result WHERE id = 1"),
        QStringLiteral("INSERT INTO result (objective_id, program_id, region_id, year, budget_mclp, beneficiaries, "
                       "beneficiary_unit, source_quote, search_text, call) SELECT objective_id, program_id, region_id, "
                       "year + 1, 300, NULL, NULL, 'x', 'x', 'C-3' FROM result WHERE id = 2"),
        // Figures to none and back, a unit, a move to another objective and year.
        QStringLiteral("UPDATE result SET budget_mclp = NULL WHERE id = 3"),
        QStringLiteral("UPDATE result SET beneficiaries = beneficiaries + 10, budget_mclp = 5 WHERE id = 3"),
        QStringLiteral("UPDATE result SET beneficiary_unit = 'personas' WHERE id = 4"),
        QStringLiteral("UPDATE result SET objective_id = (SELECT MAX(id) FROM objective), year = 2030 WHERE id = 5"),
        QStringLiteral("UPDATE result SET note = 'nada cambia' WHERE id = 6"),
        // The last row of a group, then every row of another.
        QStringLiteral("DELETE FROM result WHERE id = 7"),
        QStringLiteral("DELETE FROM result WHERE call IS NOT NULL"),
    };
    for (const QString &change : changes) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(change), qPrintable(change + u' ' + query.lastError().text()));
        QCOMPARE(TestSupport::resultTotals(db, true), TestSupport::resultTotals(db, false));
    }
    // The deleted group left no line behind.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM result_total WHERE result_rows = 0")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM result_total")) && query.next());
    QCOMPARE(query.value(0).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
