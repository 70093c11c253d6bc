#include "importbaseline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

#include <memory>

namespace {

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The benchmark's own SQL: not Mirador's, so not in sql.h. The CSV's
// columns are export-csv's names; "service" only with several reports.
constexpr char insertPrograms[]
    = "INSERT INTO program (name, search_text) SELECT DISTINCT program, lower(program) FROM staged "
      "WHERE program NOT IN (SELECT name FROM program)";
constexpr char insertResults[]
    = "INSERT INTO result (objective_id, action_id, program_id, region_id, year, budget_mclp, beneficiaries, "
      "beneficiary_unit, source_quote, note, search_text, call, budget_source, beneficiaries_source) "
      "SELECT o.id, a.id, p.id, g.id, CAST(t.year AS INTEGER), CAST(NULLIF(t.budget_mclp, '') AS INTEGER), "
      "CAST(NULLIF(t.beneficiaries, '') AS INTEGER), NULLIF(t.beneficiary_unit, ''), t.source_quote, "
      "%note, lower(t.program || ' ' || g.short_name || ' ' || g.official_name || ' ' || "
      "COALESCE(t.beneficiary_unit, '') || ' ' || t.source_quote), %call, CAST(NULLIF(%budget_source, '') AS INTEGER), "
      "CAST(NULLIF(%beneficiaries_source, '') AS INTEGER) "
      "FROM staged t JOIN program p ON p.name = t.program JOIN region g ON g.code = t.region_code "
      "JOIN (SELECT o.id, o.number, s.short_name FROM objective o JOIN report r ON r.id = o.report_id "
      "      JOIN service s ON s.id = r.service_id "
      "      WHERE r.year = (SELECT MAX(year) FROM report WHERE service_id = r.service_id)) o "
      "  ON o.number = CAST(t.objective AS INTEGER) AND %service "
      "LEFT JOIN action a ON a.objective_id = o.id AND a.number = CAST(NULLIF(t.action, '') AS INTEGER)";

} // namespace

const char *insertProgramsSql()
{
    return insertPrograms;
}

QByteArray insertSelectSql(const QString &csv)
{
    // The file's optional columns, or what Mirador's import takes without them.
    QFile file(csv);
    const QList<QByteArray> header
        = file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().split(',') : QList<QByteArray>();
    const auto column = [&header](const char *name, const char *without) {
        return header.contains(name) ? QByteArray("NULLIF(t.") + name + ", '')" : QByteArray(without);
    };
    return QByteArray(insertResults)
        .replace("%service", header.contains("service") ? "o.short_name = t.service" : "true")
        .replace("%note", column("note", "NULL"))
        .replace("%call", column("call", "NULL"))
        .replace("%budget_source", column("budget_source", "t.budget_mclp"))
        .replace("%beneficiaries_source", column("beneficiaries_source", "t.beneficiaries"));
}

namespace {

bool exec(sqlite3 *db, const QByteArray &sql, QString *failure)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *failure = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql.left(60)), QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

/// Opens copy, sets Mirador's import settings, and times the transaction.
std::optional<double> timedInsert(const QString &copy, const QString &csv, qint64 expectedRows, QString *failure)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open(QFile::encodeName(copy).constData(), &raw);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    const QByteArray results = insertSelectSql(csv);
    std::optional<double> ms;
    if (opened == SQLITE_OK
        && exec(raw, "PRAGMA foreign_keys = ON; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY", failure)) {
        QElapsedTimer timer;
        timer.start();
        if (exec(raw, "BEGIN IMMEDIATE", failure) && exec(raw, insertProgramsSql(), failure)
            && exec(raw, results, failure)) {
            const qint64 inserted = sqlite3_changes64(raw);
            if (exec(raw, "COMMIT", failure))
                ms = double(timer.nsecsElapsed()) / 1e6;
            if (ms && inserted != expectedRows) {
                *failure = QStringLiteral("INSERT ... SELECT wrote %1 rows, not %2").arg(inserted).arg(expectedRows);
                ms.reset();
            }
        }
    } else if (opened != SQLITE_OK) {
        *failure = QStringLiteral("cannot open %1").arg(copy);
    }
    return ms;
}

} // namespace

std::optional<double> insertSelectMs(const QString &database, const QString &csv, const QString &copy,
                                     qint64 expectedRows, QString *failure)
{
    removeFiles(copy);
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty() || !QFile::copy(database, copy)) {
        *failure = shell.isEmpty() ? QStringLiteral("no sqlite3 shell on PATH (Debian package sqlite3)")
                                   : QStringLiteral("cannot copy %1 to %2").arg(database, copy);
        return std::nullopt;
    }
    QProcess import;
    import.start(shell, {copy, QStringLiteral(".import --csv %1 staged").arg(csv)});
    if (!import.waitForFinished(-1) || import.exitCode() != 0) {
        *failure = QStringLiteral("sqlite3 .import: ") + QString::fromUtf8(import.readAllStandardError());
        return std::nullopt;
    }
    const std::optional<double> ms = timedInsert(copy, csv, expectedRows, failure);
    removeFiles(copy);
    return ms;
}
