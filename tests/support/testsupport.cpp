#include "testsupport.h"

#include "demodata.h"
#include "draftwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSettings>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

namespace TestSupport {

void useTestSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MiradorTest"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

bool testingPostgres()
{
    return qgetenv("MIRADOR_TEST_BACKEND") == "postgresql";
}

QString postgresServer(QString *skip)
{
    const QString dir = qEnvironmentVariable("MIRADOR_TEST_PG_DIR");
    QFile skipFile(dir + QStringLiteral("/skip"));
    if (skipFile.open(QIODevice::ReadOnly)) {
        *skip = QStringLiteral("PostgreSQL tests skipped: ") + QString::fromUtf8(skipFile.readAll()).trimmed();
        return {};
    }
    QFile url(dir + QStringLiteral("/url"));
    if (dir.isEmpty() || !url.open(QIODevice::ReadOnly)) {
        *skip = QStringLiteral("PostgreSQL tests skipped: no test server (MIRADOR_TEST_PG_DIR=%1)").arg(dir);
        return {};
    }
    return QString::fromUtf8(url.readAll()).trimmed();
}

QString newPostgresDatabase(const QString &server, QString *error)
{
    const QUrl url(server);
    const QString name = QStringLiteral("mirador_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            *error = admin.lastError().text();
        } else {
            QSqlQuery create(admin);
            // CREATE DATABASE takes no bound name; this one is made here, not typed.
            if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
                *error = create.lastError().text();
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    if (!error->isEmpty())
        return {};
    QUrl database = url;
    database.setPath(u'/' + name);
    return database.toString();
}

Fixture::Fixture(Database::Content content)
{
    QString error;
    if (testingPostgres()) {
        const QString server = postgresServer(&skipReason);
        if (server.isEmpty())
            return;
        location = newPostgresDatabase(server, &error);
        if (location.isEmpty())
            qFatal("cannot create a PostgreSQL test database: %s", qPrintable(error));
    } else {
        location = dir.filePath(QStringLiteral("mirador.sqlite"));
    }
    db = Database::create(location, content, &error);
    if (!db)
        qFatal("cannot create the test database: %s", qPrintable(error));
}

TableAway::TableAway(QSqlDatabase db, const QString &table) : m_db(std::move(db)), m_table(table)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_away").arg(m_table)))
        m_error = query.lastError().text();
}

TableAway::~TableAway()
{
    if (m_error.isEmpty())
        QSqlQuery(m_db).exec(QStringLiteral("ALTER TABLE %1_away RENAME TO %1").arg(m_table));
}

QString resultTotals(const QSqlDatabase &db, bool kept)
{
    const QString keys = QStringLiteral("objective_id, program_id, region_id, year, ");
    const QString sql = kept
        ? QStringLiteral("SELECT %1beneficiary_unit, result_rows, budget_rows, budget_mclp, beneficiaries_rows, "
                         "beneficiaries, both_rows, both_budget, both_beneficiaries FROM result_total")
              .arg(keys)
        : QStringLiteral(
              "SELECT %1COALESCE(beneficiary_unit, ''), COUNT(*), COUNT(budget_mclp), "
              "COALESCE(SUM(budget_mclp), 0), COUNT(beneficiaries), COALESCE(SUM(beneficiaries), 0), "
              "SUM(CASE WHEN budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL THEN budget_mclp ELSE 0 END), "
              "SUM(CASE WHEN budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL THEN beneficiaries ELSE 0 END) "
              "FROM result GROUP BY %1COALESCE(beneficiary_unit, '')")
              .arg(keys);
    QSqlQuery query(db);
    if (!query.exec(sql + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5")))
        return QStringLiteral("error: ") + query.lastError().text();
    return rowsText(query);
}

QString shownRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return QStringLiteral("ERROR ") + query.lastError().text();
    QStringList lines;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        lines << fields.join(QStringLiteral(" | "));
    }
    return lines.join(u'\n');
}

QString rowsText(QSqlQuery &query)
{
    const int fields = query.record().count();
    QString text;
    while (query.next()) {
        for (int i = 0; i < fields; ++i)
            text += query.value(i).toString() + u'|';
        text += u'\n';
    }
    return text;
}

std::unique_ptr<Database> generatedDemo(const QString &path, qint64 rows, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (!generateDemo(path, rows, error))
        return nullptr;
    qInfo("%lld rows generated in %lld ms", rows, timer.elapsed());
    return Database::open(path, Database::Access::ReadOnly, error);
}

qint64 resultId(const QSqlDatabase &db, const QString &program, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.id FROM result r JOIN program p ON p.id = r.program_id "
                             "WHERE p.name = ? AND r.year = ? ORDER BY r.id"));
    q.addBindValue(program);
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeUnconfirmedReport(QSqlDatabase &db, QString *error)
{
    ReadReport read;
    return ReportReader::read(QStringLiteral(MIRADOR_SOURCE_DIR "/resources/data/bgi-2025-sercotec-etapa1.txt"), &read,
                              error)
        && DraftWriter::write(db, DraftWriter::unconfirmed(read, QStringLiteral("bgi-2025-sercotec-etapa1.txt")),
                              error);
}

bool setReview(const QSqlDatabase &db, const QString &table, qint64 id, const QString &state, const QString &by,
               const QString &at, const QVariant &proposed, int page)
{
    if (table != u"result" && table != u"indicator" && table != u"milestone")
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET review = ?, reviewed_by = ?, reviewed_at = ?, proposed = ?, "
                             "source_page = ? WHERE id = ?")
                  .arg(table));
    for (const QVariant &value : {QVariant(state), QVariant(by), QVariant(at), proposed, QVariant(page), QVariant(id)})
        q.addBindValue(value);
    return q.exec() && q.numRowsAffected() == 1;
}

QSqlDatabase rawSqlite(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    return db;
}

bool alterSqlite(const QString &path, const QString &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = rawSqlite(path, QStringLiteral("alter"));
        ok = raw.open();
        QSqlQuery q(raw);
        ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        for (const QString &statement : statements.split(u';', Qt::SkipEmptyParts)) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    return ok;
}

bool buildVersion2(QSqlDatabase &db, bool postgres, QString *error)
{
    const auto run = [&](const QString &statement) {
        QSqlQuery q(db);
        if (q.exec(statement))
            return true;
        *error = statement + QStringLiteral(": ") + q.lastError().text();
        return false;
    };
    if (!db.transaction())
        return false;
    for (const char *name : {":/migrations/0001_initial.sql", ":/migrations/0002_change_log.sql"}) {
        QFile file(QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        QString script = QString::fromUtf8(file.readAll());
        script.replace(QStringLiteral("%ID%"),
                       postgres ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                : QStringLiteral("INTEGER PRIMARY KEY"));
        QStringList lines;
        for (const QString &line : script.split(u'\n')) {
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                lines << line;
        }
        for (const QString &statement : lines.join(u'\n').split(u';')) {
            if (!statement.trimmed().isEmpty() && !run(statement))
                return false;
        }
    }
    // The loader writes each figure's source too (schema 7): the columns are
    // there while it runs, as version 2 did not have them.
    static const char *const sources[] = {"budget_source", "beneficiaries_source"};
    for (const char *column : sources) {
        if (!run(QStringLiteral("ALTER TABLE result ADD COLUMN %1 BIGINT").arg(QLatin1String(column))))
            return false;
    }
    if (!Dataset::loadRegions(db, error) || !Dataset::loadEmbedded(db, error))
        return false;
    for (const char *column : sources) {
        if (!run(QStringLiteral("ALTER TABLE result DROP COLUMN %1").arg(QLatin1String(column))))
            return false;
    }
    if (postgres ? !run(QStringLiteral("CREATE TABLE mirador_schema (version INTEGER NOT NULL)"))
                       || !run(QStringLiteral("INSERT INTO mirador_schema (version) VALUES (2)"))
                 : !run(QStringLiteral("PRAGMA user_version = 2")))
        return false;
    return db.commit();
}

bool writeVersion2File(const QString &path, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase raw = rawSqlite(path, QStringLiteral("version2"));
        ok = raw.open() && buildVersion2(raw, false, error);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version2"));
    return ok;
}

/// A second service's report beside the embedded one, written as the reader
/// writes one: a test fixture, named so, with a result and an indicator.
void addSecondServiceReport(QSqlDatabase db)
{
    ReportDraft draft;
    draft.outline.service = QStringLiteral("Servicio de Prueba (fixture de Mirador)");
    draft.outline.year = 2031;
    ObjectiveOutline objective;
    objective.number = 1;
    objective.title = QStringLiteral("Objetivo de prueba");
    ActionOutline action;
    action.number = 1;
    objective.actions << action;
    draft.outline.objectives << objective;
    Proposal budget;
    budget.kind = Proposal::Kind::Budget;
    budget.objective = 1;
    budget.action = 1;
    budget.program = QStringLiteral("Programa de Prueba");
    budget.value = QStringLiteral("10");
    budget.unit = QStringLiteral("M$");
    budget.sourceQuote = QStringLiteral("Oración de prueba con M$ 10.");
    Proposal indicator = budget;
    indicator.kind = Proposal::Kind::Indicator;
    indicator.value = QStringLiteral("7");
    indicator.unit = QStringLiteral("ferias");
    draft.figures = {{budget, ReviewedFigure::State::Proposed, {}}, {indicator, ReviewedFigure::State::Proposed, {}}};
    QString error;
    if (!DraftWriter::write(db, draft, &error))
        qFatal("fixture report: %s", qPrintable(error));
}


} // namespace TestSupport
