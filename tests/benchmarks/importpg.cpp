#include "importpg.h"

#include "database.h"
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

std::optional<double> PgBenchServer::psqlCopyMs(const QString &csv, qint64 written, QString *failure) const
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    QString error;
    const QString location = psql.isEmpty() ? QString() : TestSupport::newPostgresDatabase(url, &error);
    if (location.isEmpty()) {
        *failure = psql.isEmpty() ? QStringLiteral("no psql on PATH (Debian package postgresql-client)") : error;
        return std::nullopt;
    }
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringList columns = QString::fromUtf8(file.readLine().trimmed()).split(u',');
    for (QString &column : columns)
        column = u'"' + column + QStringLiteral("\" TEXT");
    // The bare table, untimed; then the timed psql process.
    error = run(psql, {location, QStringLiteral("-c"),
                               QStringLiteral("CREATE TABLE t (%1)").arg(columns.join(QStringLiteral(", ")))});
    QElapsedTimer timer;
    timer.start();
    if (error.isEmpty())
        error = run(psql, {location, QStringLiteral("-c"), QStringLiteral("\\copy t FROM '%1' CSV HEADER").arg(csv)});
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QProcess count;
    count.start(psql, {location, QStringLiteral("-tAc"), QStringLiteral("SELECT COUNT(*) FROM t")});
    count.waitForFinished(-1);
    const qint64 copied = count.readAllStandardOutput().trimmed().toLongLong();
    if (error.isEmpty() && copied == written)
        return ms;
    *failure = error.isEmpty() ? QStringLiteral("psql copied %1 rows, not %2").arg(copied).arg(written) : error;
    return std::nullopt;
}
