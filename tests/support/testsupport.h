#pragma once

// Helpers shared by the tests: a fresh database on the backend under test.
//
// MIRADOR_TEST_BACKEND=postgresql runs a test against the throw-away server
// that tests/pg/pgserver.sh starts (its folder in MIRADOR_TEST_PG_DIR);
// otherwise it runs against an SQLite file in a temporary folder.

// The tests that include this file take the database, dataset and format
// headers, and Qt's file and SQL classes, from here too.
#include "database.h"
#include "dataset.h"
#include "format.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace TestSupport {

/// Settings in Qt's test folder (~/.qttest), under the test's own name and
/// emptied, never the user's own: for a test that opens the window.
void useTestSettings(const QString &testName);

bool testingPostgres();

/// The test server's URL, or empty with *skip saying why there is none.
QString postgresServer(QString *skip);

/// A new, empty database on the test server; its URL, or empty with *error.
QString newPostgresDatabase(const QString &server, QString *error);

/// A database with the embedded dataset (or empty), on the backend under
/// test. When that backend cannot run, skipReason says why and db is null.
struct Fixture
{
    QTemporaryDir dir;
    QString location;
    QString skipReason;
    std::unique_ptr<Database> db;

    explicit Fixture(Database::Content content = Database::Content::EmbeddedDataset);
    QString path() const { return location; }
};

/// Skips the test when its backend is not available.
#define MIRADOR_REQUIRE_BACKEND(fixture)                                                                      \
    do {                                                                                                     \
        if (!(fixture).db)                                                                                   \
            QSKIP(qPrintable((fixture).skipReason));                                                         \
    } while (false)

/// result_total as the triggers keep it (kept) or as a GROUP BY over
/// result computes it now, one line per group: the two are equal when the
/// kept totals are right.
QString resultTotals(const QSqlDatabase &db, bool kept);

/// The rows an executed query still has to give, as text: each field's
/// toString() followed by '|', a line per row.
QString rowsText(QSqlQuery &query);

/// The rows sql gives on db, as a person reads them in a failed comparison:
/// a line per row, fields joined by " | ", NULL as "NULL" (so it is not
/// taken for an empty text); "ERROR …" when the query fails.
QString shownRows(const QSqlDatabase &db, const QString &sql);

/// generate-demo's database of rows results, written at path and opened
/// read-only; how long it took to write goes to the test's log. Null, with
/// *error, when it could not be written or opened.
std::unique_ptr<Database> generatedDemo(const QString &path, qint64 rows, QString *error);

QByteArray fileHash(const QString &path);

/// Writes the Sercotec report, read from its text
/// (resources/data/bgi-2025-sercotec-etapa1.txt), into db with every figure
/// unconfirmed, as `mirador read-report --accept-all` writes it (schema 8:
/// review 'proposed'); false, with *error set.
bool writeUnconfirmedReport(QSqlDatabase &db, QString *error);

/// A person's review of row id of table ("result", "indicator",
/// "milestone"): state 'confirmed' or 'corrected', who, when (ISO 8601 UTC),
/// what the reader had proposed (null unless corrected) and the page, all
/// bound; false when the update failed or changed no row.
bool setReview(const QSqlDatabase &db, const QString &table, qint64 id, const QString &state, const QString &by,
               const QString &at, const QVariant &proposed, int page);

/// The id of program's first result of year (by id), as the tests that edit
/// a figure find it; -1 when there is none or it could not be read.
qint64 resultId(const QSqlDatabase &db, const QString &program, int year);

/// Renames a table away through db for as long as it lives: every read of
/// it fails, on every connection, open or not (a database that changed
/// under the window). The table is back when it goes, even after a failed
/// check returned early.
class TableAway
{
public:
    TableAway(QSqlDatabase db, const QString &table);
    ~TableAway();
    TableAway(const TableAway &) = delete;
    TableAway &operator=(const TableAway &) = delete;
    /// Empty when the table was renamed, else why not.
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_error;
};

/// A plain connection named name to the SQLite file at path, as another
/// program would open it.
QSqlDatabase rawSqlite(const QString &path, const QString &name);

/// Runs statements (';'-separated) on the SQLite file at path, outside
/// Mirador, with the file left in rollback-journal mode so that it is whole
/// by itself; false when one fails.
bool alterSqlite(const QString &path, const QString &statements);

/// The schema as version 2 of Mirador wrote it, with the embedded dataset.
bool buildVersion2(QSqlDatabase &db, bool postgres, QString *error);

/// An SQLite file at path as version 2 of Mirador wrote it; false, with
/// *error, when it could not be made.
bool writeVersion2File(const QString &path, QString *error);

/// A second service's report (2031) beside what db holds, written as the
/// reader writes one (DraftWriter): a test fixture, so named
/// ("Servicio de Prueba (fixture de Mirador)"), with one objective, a
/// budget of "Programa de Prueba" and an indicator in "ferias".
void addSecondServiceReport(QSqlDatabase db);

} // namespace TestSupport
