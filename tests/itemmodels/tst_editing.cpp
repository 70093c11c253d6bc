#include "changelog.h"
#include "querytablemodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using TestSupport::Fixture;

/// Officers' edits, on SQLite and PostgreSQL: checked, written with their
/// change_log row, one cell changed at a time; and read-only databases.
class TestEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editWritesOneCellAndItsLog();
    void typedInput_data();
    void typedInput();
    void unitEditIsSearchable();
    void editedFigureIsFlaggedUntilUndone();
    void figureSourcesAreBounded();
    void readOnlyRefusesEdits();
    void copyKeepsEverything();
    void serverRoleWithoutWriteIsReadOnly();
    void lostServerSaysSoAndReconnects();

private:
    int budgetColumn() const;
    QVariant budgetOf(qint64 id) const;

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<QueryTableModel> m_model;
};

void TestEditing::initTestCase()
{
    Format::initDefaultLocale();
    qInfo("backend: %s", TestSupport::testingPostgres() ? "PostgreSQL" : "SQLite");
}

void TestEditing::init()
{
    m_fixture = std::make_unique<Fixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    m_model = std::make_unique<QueryTableModel>(TableSpec::results(), m_fixture->db->connection());
    QVERIFY(m_model->setFilter(Filter{}));
}

void TestEditing::cleanup()
{
    m_model.reset(); // before the database it reads
    m_fixture.reset();
}

int TestEditing::budgetColumn() const
{
    return m_model->spec().columnIndex(u"budget_mclp");
}

QVariant TestEditing::budgetOf(qint64 id) const
{
    QSqlQuery q(m_fixture->db->connection());
    q.prepare(QStringLiteral("SELECT budget_mclp FROM result WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    return q.next() ? q.value(0) : QVariant();
}

void TestEditing::editWritesOneCellAndItsLog()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QModelIndex cell = m_model->index(0, budgetColumn());
    const qint64 id = cell.data(QueryTableModel::RowIdRole).toLongLong();
    QVERIFY(m_model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(cell, QStringLiteral("1.500.000")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), cell);
    QCOMPARE(changed.first().at(1).toModelIndex(), cell);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(cell.data().toString(), QStringLiteral("1.500.000"));
    QCOMPARE(budgetOf(id).toLongLong(), 1500000LL);

    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name, table_name, row_id, column_name, old_value, new_value, origin, "
                                  "changed_at FROM change_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), ChangeLog::currentUser());
    QCOMPARE(q.value(1).toString(), QStringLiteral("result"));
    QCOMPARE(q.value(2).toLongLong(), id);
    QCOMPARE(q.value(3).toString(), QStringLiteral("budget_mclp"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("1487480"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("1500000"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("edit"));
    QVERIFY(QDateTime::fromString(q.value(7).toString(), Qt::ISODate).isValid());
    QVERIFY(!q.next());

    // Clearing a value stores no value, not zero.
    QVERIFY(m_model->setData(cell, QString()));
    QVERIFY(budgetOf(id).isNull());
    QCOMPARE(cell.data().toString(), QString());
}

void TestEditing::typedInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("chilean") << "2.000.000" << true;
    QTest::newRow("plain") << "2000000" << true;
    QTest::newRow("negative") << "-5" << false;
    QTest::newRow("text") << "mucho" << false;
    QTest::newRow("decimal") << "12,5" << false;
    QTest::newRow("bad grouping") << "1.00.000" << false;
    // A budget of 9223372036854775807 was accepted, and then every sum overflowed.
    QTest::newRow("largest") << "999.999.999.999" << true;
    QTest::newRow("past the largest") << "1.000.000.000.000" << false;
    QTest::newRow("largest 64-bit") << "9223372036854775807" << false;
}

void TestEditing::typedInput()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QSignalSpy failed(m_model.get(), &QueryTableModel::editFailed);
    const QModelIndex cell = m_model->index(1, budgetColumn());
    const QString before = cell.data().toString();
    QCOMPARE(m_model->setData(cell, typed), accepted);
    QCOMPARE(failed.count(), accepted ? 0 : 1);
    if (!accepted)
        QCOMPARE(cell.data().toString(), before);
}

// An edited budget sat beside the sentence it contradicts with no flag (issue 16, item 6):
// the figure says it was edited and what its source said, until the edit is undone.
void TestEditing::editedFigureIsFlaggedUntilUndone()
{
    const QModelIndex cell = m_model->index(0, budgetColumn());
    const qint64 id = cell.data(QueryTableModel::RowIdRole).toLongLong();
    QCOMPARE(cell.data(QueryTableModel::FigureEditedRole).toBool(), false);
    QCOMPARE(cell.data(QueryTableModel::FigureSourceRole).toLongLong(), 1487480LL);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("M$ = miles de pesos"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY2(m_model->applyEdit(id, budgetColumn(), qlonglong(1500000), QStringLiteral("edit"), &error),
             qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(QueryTableModel::FigureEditedRole));
    QCOMPARE(cell.data().toString(), QStringLiteral("1.500.000"));
    QCOMPARE(cell.data(QueryTableModel::FigureEditedRole).toBool(), true);
    QCOMPARE(cell.data(QueryTableModel::FigureSourceRole).toLongLong(), 1487480LL);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Editado: el informe dice M$ 1.487.480"));
    QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("Editado: el informe dice M$ 1.487.480"));

    // Read again from the database: the source stayed, the flag with it.
    QueryTableModel again(TableSpec::results(), m_fixture->db->connection());
    QVERIFY(again.setFilter(Filter{}));
    QCOMPARE(again.index(0, budgetColumn()).data(QueryTableModel::FigureEditedRole).toBool(), true);
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.prepare(QStringLiteral("SELECT budget_mclp, budget_source FROM result WHERE id = ?")));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), 1500000LL);
    QCOMPARE(q.value(1).toLongLong(), 1487480LL);
    q.finish();

    // Undone: the figure is its source's again, and no longer flagged.
    QVERIFY2(m_model->applyEdit(id, budgetColumn(), qlonglong(1487480), QStringLiteral("undo"), &error),
             qPrintable(error));
    QCOMPARE(cell.data(QueryTableModel::FigureEditedRole).toBool(), false);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("M$ = miles de pesos"));
    // Cleared, it still differs from a source that gave a figure.
    QVERIFY2(m_model->applyEdit(id, budgetColumn(), QVariant(QMetaType(QMetaType::LongLong)), QStringLiteral("edit"),
                                &error),
             qPrintable(error));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Editado: el informe dice M$ 1.487.480"));
}

// What the source said is a figure as the figures are (schema 6's bounds), whoever writes it.
void TestEditing::figureSourcesAreBounded()
{
    QSqlQuery q(m_fixture->db->connection());
    for (const char *statement : {"UPDATE result SET budget_source = 1000000000000",
                                  "UPDATE result SET beneficiaries_source = -1"})
        QVERIFY2(!q.exec(QLatin1String(statement)), statement);
    if (!TestSupport::testingPostgres()) // PostgreSQL's BIGINT takes no fraction at all
        QVERIFY(!q.exec(QStringLiteral("UPDATE result SET budget_source = 5.5")));
    QVERIFY2(q.exec(QStringLiteral("UPDATE result SET budget_source = 999999999999, beneficiaries_source = NULL")),
             qPrintable(q.lastError().text()));
}

void TestEditing::unitEditIsSearchable()
{
    const int unit = m_model->spec().columnIndex(u"beneficiary_unit");
    QVERIFY(m_model->setData(m_model->index(0, unit), QStringLiteral("asociaciones gremiales")));
    Filter filter;
    filter.text = QStringLiteral("asociaciones gremiales");
    QueryTableModel other(TableSpec::results(), m_fixture->db->connection());
    QVERIFY(other.setFilter(filter));
    QCOMPARE(other.rowCount(), 1);
}

void TestEditing::readOnlyRefusesEdits()
{
    m_model->setReadOnly(true);
    const QModelIndex cell = m_model->index(0, budgetColumn());
    QVERIFY(!(m_model->flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(cell, QStringLiteral("5")));
    QString error;
    QVERIFY(!m_model->applyEdit(1, budgetColumn(), 5, QStringLiteral("edit"), &error));
    if (!TestSupport::testingPostgres()) {
        const QString path = m_fixture->path();
        m_model.reset();
        m_fixture->db.reset();
        auto db = Database::open(path, Database::Access::ReadOnly, &error);
        QVERIFY(db && db->isReadOnly());
        QVERIFY(db->readOnlyReason().contains(QStringLiteral("solo para lectura")));
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE result SET budget_mclp = 1")));
    }
}

void TestEditing::copyKeepsEverything()
{
    // To SQLite, and back to this backend: every row, with its id.
    QString error;
    const QString file = m_fixture->dir.filePath(QStringLiteral("copy.sqlite"));
    auto copy = m_fixture->db->copyTo(file, &error);
    QVERIFY2(copy, qPrintable(error));
    const auto tableText = [](const QSqlDatabase &db) {
        QString text;
        for (const char *table : {"result", "indicator", "milestone", "region", "program", "action"}) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM ") + QString::fromLatin1(table) + QStringLiteral(" ORDER BY id"));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    text += (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString()) + u'|';
                text += u'\n';
            }
        }
        return text;
    };
    {
        const QString copied = tableText(copy->connection());
        const QString original = tableText(m_fixture->db->connection());
        qsizetype at = 0;
        while (at < copied.size() && at < original.size() && copied[at] == original[at])
            ++at;
        QVERIFY2(copied == original, qPrintable(copied.mid(std::max<qsizetype>(0, at - 40), 80) + QStringLiteral(" <> ")
                                                + original.mid(std::max<qsizetype>(0, at - 40), 80)));
    }
    if (TestSupport::testingPostgres()) {
        QString skip;
        const QString back = TestSupport::newPostgresDatabase(TestSupport::postgresServer(&skip), &error);
        auto again = copy->copyTo(back, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(tableText(again->connection()), tableText(m_fixture->db->connection()));
        // New rows after a copy get new ids.
        QSqlQuery q(again->connection());
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO program (name, search_text) VALUES ('Nuevo', 'nuevo') RETURNING id")),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 16);
    }
    // A target that exists is refused.
    QVERIFY(!m_fixture->db->copyTo(file, &error));
    QVERIFY(error.contains(QStringLiteral("ya existe")));
}

void TestEditing::lostServerSaysSoAndReconnects()
{
    if (!TestSupport::testingPostgres())
        QSKIP("a server going away is a server's matter");
    // The server ends Mirador's session (as a restart does): reading and
    // editing fail saying the connection was lost, the edit is not written,
    // and after reconnecting both work again.
    QSqlQuery q(m_fixture->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
    const qint64 pid = q.value(0).toLongLong();
    q.finish();
    const qint64 id = m_model->index(0, 0).data(QueryTableModel::RowIdRole).toLongLong();
    const QVariant budget = budgetOf(id);
    {
        const QUrl url(m_fixture->location);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("terminator"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery terminate(admin);
        QVERIFY(terminate.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
        terminate.addBindValue(pid);
        QVERIFY2(terminate.exec() && terminate.next() && terminate.value(0).toBool(),
                 qPrintable(terminate.lastError().text()));
        terminate.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("terminator"));

    QVERIFY(m_fixture->db->connectionLost());
    QString error;
    QVERIFY(!m_model->applyEdit(id, budgetColumn(), 777, QStringLiteral("test"), &error));
    QVERIFY2(error.contains(QStringLiteral("conexión")), qPrintable(error));
    QVERIFY(!m_model->setFilter(Filter{}));
    QVERIFY2(m_model->lastError().contains(QStringLiteral("conexión")), qPrintable(m_model->lastError()));

    QVERIFY2(m_fixture->db->reconnect(&error), qPrintable(error));
    QVERIFY(!m_fixture->db->connectionLost());
    QCOMPARE(budgetOf(id), budget); // the failed edit wrote nothing
    QVERIFY2(m_model->setFilter(Filter{}), qPrintable(m_model->lastError()));
    QCOMPARE(m_model->rowCount(), 8);
    QVERIFY2(m_model->applyEdit(id, budgetColumn(), 777, QStringLiteral("test"), &error), qPrintable(error));
    QCOMPARE(budgetOf(id).toLongLong(), 777LL);
}

void TestEditing::serverRoleWithoutWriteIsReadOnly()
{
    if (!TestSupport::testingPostgres())
        QSKIP("a PostgreSQL role is a server's matter");
    QSqlQuery q(m_fixture->db->connection());
    q.exec(QStringLiteral("DROP ROLE IF EXISTS mirador_reader"));
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE mirador_reader LOGIN")));
    QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO mirador_reader")));
    QUrl url(m_fixture->location);
    url.setUserName(QStringLiteral("mirador_reader"));
    QString error;
    auto reader = Database::open(url.toString(), Database::Access::ReadWrite, &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->isReadOnly());
    QVERIFY2(reader->readOnlyReason().contains(QStringLiteral("mirador_reader")), qPrintable(reader->readOnlyReason()));
}

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
