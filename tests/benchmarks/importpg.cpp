#include "importpg.h"

#include "database.h"
#include "importbaseline.h"
#include "importer.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {

/// Runs a program to its end; its stderr, or empty when it exited with 0.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1))
        return program + QStringLiteral(": ") + process.errorString();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError()).simplified();
    return {};
}

const QString script = QStringLiteral(MIRADOR_SOURCE_DIR "/tests/pg/pgserver.sh");

} // namespace

PgBenchServer::PgBenchServer(const QString &dir) : m_dir(dir)
{
    why = run(script, {QStringLiteral("start"), m_dir});
    if (!why.isEmpty())
        return;
    QFile skip(m_dir + QStringLiteral("/skip"));
    QFile address(m_dir + QStringLiteral("/url"));
    if (skip.open(QIODevice::ReadOnly))
        why = QString::fromUtf8(skip.readAll()).trimmed();
    else if (address.open(QIODevice::ReadOnly))
        url = QString::fromUtf8(address.readAll()).trimmed();
    else
        why = QStringLiteral("pgserver.sh wrote no url");
}

PgBenchServer::~PgBenchServer()
{
    run(script, {QStringLiteral("stop"), m_dir});
}

QString PgBenchServer::newDatabase(QString *failure) const
{
    QString error; // newPostgresDatabase() reads a non-empty error as its own failure
    const QString location = TestSupport::newPostgresDatabase(url, &error);
    if (location.isEmpty()) {
        *failure = error;
        return {};
    }
    const auto db = Database::create(location, Database::Content::EmbeddedDataset, failure);
    return db ? location : QString();
}

std::optional<double> PgBenchServer::importMs(const QString &csv, qint64 written, QString *failure) const
{
    const QString location = newDatabase(failure);
    auto db = location.isEmpty() ? nullptr : Database::open(location, Database::Access::ReadWrite, failure);
    QFile file(csv);
    if (!db || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    const ImportPlan plan = Importer::prepare(db->connection(), file.readAll(), csv);
    const ImportOutcome outcome = Importer::apply(db->connection(), plan);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (outcome.ok && outcome.inserted == written)
        return ms;
    *failure = !plan.problems.isEmpty() ? plan.problems.first().describe()
        : outcome.ok                    ? QStringLiteral("%1 inserted, not %2").arg(outcome.inserted).arg(written)
                                        : outcome.error;
    return std::nullopt;
}

QString PgBenchServer::stagedDatabase(const QString &csv, bool dataset, bool copyRows, QString *failure) const
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        *failure = QStringLiteral("no psql on PATH (Debian package postgresql-client)");
        return {};
    }
    QString error;
    const QString location = dataset ? newDatabase(&error) : TestSupport::newPostgresDatabase(url, &error);
    QFile file(csv);
    if (location.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *failure = error.isEmpty() ? file.errorString() : error;
        return {};
    }
    QStringList columns = QString::fromUtf8(file.readLine().trimmed()).split(u',');
    for (QString &column : columns)
        column = u'"' + column + QStringLiteral("\" TEXT");
    error = run(psql, {location, QStringLiteral("-c"),
                       QStringLiteral("CREATE TABLE staged (%1)").arg(columns.join(QStringLiteral(", ")))});
    if (error.isEmpty() && copyRows)
        error = run(psql, {location, QStringLiteral("-c"), QStringLiteral("\\copy staged FROM '%1' CSV HEADER").arg(csv)});
    if (error.isEmpty())
        return location;
    *failure = error;
    return {};
}

/// Rows in table of the database at location, or -1.
static qint64 rowsIn(const QString &location, const QString &sql)
{
    QProcess count;
    count.start(QStandardPaths::findExecutable(QStringLiteral("psql")), {location, QStringLiteral("-tAc"), sql});
    count.waitForFinished(-1);
    bool ok = false;
    const qint64 rows = count.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? rows : -1;
}

std::optional<double> PgBenchServer::psqlCopyMs(const QString &csv, qint64 written, QString *failure) const
{
    const QString location = stagedDatabase(csv, false, false, failure);
    if (location.isEmpty())
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    const QString error = run(QStandardPaths::findExecutable(QStringLiteral("psql")),
                              {location, QStringLiteral("-c"), QStringLiteral("\\copy staged FROM '%1' CSV HEADER").arg(csv)});
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 copied = rowsIn(location, QStringLiteral("SELECT COUNT(*) FROM staged"));
    if (error.isEmpty() && copied == written)
        return ms;
    *failure = error.isEmpty() ? QStringLiteral("psql copied %1 rows, not %2").arg(copied).arg(written) : error;
    return std::nullopt;
}

std::optional<double> PgBenchServer::insertSelectMs(const QString &csv, qint64 written, QString *failure) const
{
    const QString location = stagedDatabase(csv, true, true, failure);
    if (location.isEmpty())
        return std::nullopt;
    const qint64 before = rowsIn(location, QStringLiteral("SELECT COUNT(*) FROM result"));
    const QString script = QStringLiteral("BEGIN; %1; %2; COMMIT;")
                               .arg(QString::fromUtf8(insertProgramsSql()), QString::fromUtf8(insertSelectSql(csv)));
    QElapsedTimer timer;
    timer.start();
    const QString error = run(QStandardPaths::findExecutable(QStringLiteral("psql")),
                              {location, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                               script});
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 inserted = rowsIn(location, QStringLiteral("SELECT COUNT(*) FROM result")) - before;
    if (error.isEmpty() && inserted == written)
        return ms;
    *failure = error.isEmpty() ? QStringLiteral("INSERT ... SELECT wrote %1 rows, not %2").arg(inserted).arg(written)
                               : error;
    return std::nullopt;
}
