// Mirador against SQLite itself on a large database (issue 5).
//
// Not a test: ctest does not run it. It prints one line per operation,
//   op=<name> mirador_ms=<x> mirador_ms_range=<low..high> sqlite_ms=<y>
//   sqlite_ms_range=<low..high> ratio=<x/y> ratio_range=<low..high> runs=5 load1=<l>
// where mirador_ms is the time Mirador's own code takes and sqlite_ms the
// time of the same SQL text, with the same bound values, run through the
// SQLite C API in this process, reading every column of every row it steps.
// Each figure is the median of 5 runs after 1 untimed warm-up, with the
// database file in the operating system's cache, followed by the lowest and
// highest of the runs and the machine's load average: a single run cannot
// tell a regression from a loaded machine.
//
//   bench_mirador [--db PATH] [--rows N] [--ops first_page,count,...]
//
// A missing database is made with `mirador generate-demo`. The benchmark
// database is never written: imports go into a copy of it.

#include "bgipdf.h"
#include "catalog.h"
#include "csvexport.h"
#include "csvtext.h"
#include "database.h"
#include "exportbench.h"
#include "filter.h"
#include "format.h"
#include "importbaseline.h"
#include "importpg.h"
#include "importer.h"
#include "importjob.h"
#include "overviewmodel.h"
#include "pdftext.h"
#include "querytablemodel.h"
#include "reportlayout.h"
#include "reportproposals.h"
#include "reportstructure.h"
#include "screenpoll.h"
#include "sql.h"
#include "stallmeter.h"
#include "windowstall.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <sqlite3.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int warmUps = 1;
constexpr int runs = 5;
// The model's page; set explicitly so the SQLite side reads the same LIMIT.
constexpr int pageSize = 500;
constexpr int countTimeoutMs = 10 * 60 * 1000;

const QString tempDir = QStringLiteral("/tmp");
const QString childLog = tempDir + QStringLiteral("/mirador-bench-child.log");

// Why the last measurement failed, for the "not measured" line.
QString failure;
// Every value read on the SQLite side goes here, so none is optimised away.
volatile quint64 sink = 0;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// 1–2 decimals, always with a dot, whatever the locale.
QString figure(double value)
{
    return QString::number(value, 'f', value < 100 ? 2 : 1);
}

void print(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

/// The load averages over 1, 5 and 15 minutes and the running/all tasks, as
/// /proc/loadavg gives them.
QString loadAverageAll()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 3);
}

/// The 1-minute load average of the machine (/proc/loadavg), as printed
/// beside every figure: on a shared machine it says what a figure is worth.
QString loadAverage()
{
    return loadAverageAll().section(u' ', 0, 0);
}

void notMeasured(const QString &name, const QString &why)
{
    print(QStringLiteral("# op=%1 not measured: %2").arg(name, why.simplified()));
}

/// The middle of the timings (the mean of the two middle ones for an even count).
double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    const size_t middle = times.size() / 2;
    return times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}

/// The spread of the timings: "lowest..highest".
QString spread(const std::vector<double> &times)
{
    const auto [low, high] = std::minmax_element(times.begin(), times.end());
    return figure(*low) + QStringLiteral("..") + figure(*high);
}

/// A single figure's runs: "name=median name_range=lowest..highest".
QString figureRuns(const QString &name, const std::vector<double> &values)
{
    return QStringLiteral("%1=%2 %1_range=%3").arg(name, figure(median(values)), spread(values));
}

/// One operation's timed runs, Mirador's and the baseline's taken in turns.
struct Runs
{
    std::vector<double> mirador;
    std::vector<double> sqlite;
};

/// op=NAME mirador_ms=M mirador_ms_range=A..B sqlite_ms=S sqlite_ms_range=C..D
/// ratio=M/S ratio_range=E..F runs=N load1=L. The ratio is of the medians;
/// its range is that of the ratios of the runs taken in turns.
void printOp(const QString &name, const Runs &timed)
{
    std::vector<double> ratios;
    for (size_t i = 0; i < timed.mirador.size() && i < timed.sqlite.size(); ++i)
        ratios.push_back(timed.mirador[i] / std::max(timed.sqlite[i], 0.001));
    const auto [low, high] = std::minmax_element(ratios.begin(), ratios.end());
    print(QStringLiteral("op=%1 %2 %3 ratio=%4 ratio_range=%5..%6 runs=%7 load1=%8")
              .arg(name, figureRuns(QStringLiteral("mirador_ms"), timed.mirador),
                   figureRuns(QStringLiteral("sqlite_ms"), timed.sqlite),
                   QString::number(median(timed.mirador) / std::max(median(timed.sqlite), 0.001), 'f', 2),
                   QString::number(*low, 'f', 2), QString::number(*high, 'f', 2))
              .arg(timed.mirador.size())
              .arg(loadAverage()));
}

/// Measures both sides of one operation and prints its line: `warmUps`
/// untimed runs, then the median of `runs`. The two sides take turns, run by
/// run, so that a change in the machine's load falls on both. Each call
/// returns its own milliseconds, or null (with failure set) if it failed.
void compare(const QString &name, const std::function<std::optional<double>()> &mirador,
             const std::function<std::optional<double>()> &sqlite)
{
    Runs timed;
    for (int i = 0; i < warmUps + runs; ++i) {
        const std::optional<double> miradorMs = mirador();
        if (!miradorMs)
            return notMeasured(name, QStringLiteral("Mirador: ") + failure);
        const std::optional<double> sqliteMs = sqlite();
        if (!sqliteMs)
            return notMeasured(name, QStringLiteral("SQLite: ") + failure);
        if (i >= warmUps) {
            timed.mirador.push_back(*miradorMs);
            timed.sqlite.push_back(*sqliteMs);
        }
    }
    printOp(name, timed);
}

// --- SQLite through its C API ----------------------------------------------------

/// A read-only connection of SQLite's own: runs the statements Mirador runs,
/// with the same values bound, and reads every column of every row.
class DirectSqlite
{
public:
    explicit DirectSqlite(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    ~DirectSqlite() { sqlite3_close(m_db); }
    DirectSqlite(const DirectSqlite &) = delete;
    DirectSqlite &operator=(const DirectSqlite &) = delete;

    QString error() const { return m_error; }

    /// Prepares sql, binds values, and calls row (by default: read every
    /// column) for each row. The rows stepped, or -1 with failure set.
    qint64 run(const QString &sql, const QVariantList &values,
               const std::function<void(sqlite3_stmt *)> &row = readRow) const
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
            return fail(statement);
        int index = 1;
        for (const QVariant &value : values) {
            int rc;
            if (value.isNull()) {
                rc = sqlite3_bind_null(statement, index);
            } else if (value.typeId() == QMetaType::QString) {
                const QByteArray utf8 = value.toString().toUtf8();
                rc = sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else if (value.typeId() == QMetaType::Double) {
                rc = sqlite3_bind_double(statement, index, value.toDouble());
            } else {
                rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            }
            if (rc != SQLITE_OK)
                return fail(statement);
            ++index;
        }
        qint64 rows = 0;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            row(statement);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            return fail(statement);
        sqlite3_finalize(statement);
        return rows;
    }

    /// The first column of the first row as an integer, or -1.
    qint64 integer(const QString &sql, const QVariantList &values = {}) const
    {
        qint64 value = -1;
        if (run(sql, values, [&](sqlite3_stmt *s) { value = sqlite3_column_int64(s, 0); }) < 0)
            return -1;
        return value;
    }

    static void readRow(sqlite3_stmt *statement)
    {
        quint64 sum = 0;
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER:
                sum += quint64(sqlite3_column_int64(statement, c));
                break;
            case SQLITE_FLOAT:
                sum += quint64(sqlite3_column_double(statement, c));
                break;
            case SQLITE_TEXT: {
                const unsigned char *text = sqlite3_column_text(statement, c);
                sum += quint64(sqlite3_column_bytes(statement, c)) + (text ? text[0] : 0);
                break;
            }
            case SQLITE_BLOB:
                sqlite3_column_blob(statement, c);
                sum += quint64(sqlite3_column_bytes(statement, c));
                break;
            default:
                break;
            }
        }
        sink = sink + sum;
    }

private:
    qint64 fail(sqlite3_stmt *statement) const
    {
        failure = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return -1;
    }

    sqlite3 *m_db = nullptr;
    QString m_error;
};

/// Milliseconds for DirectSqlite::run, or null if it failed.
std::optional<double> timeDirect(const DirectSqlite &direct, const QString &sql, const QVariantList &values)
{
    const auto start = Clock::now();
    if (direct.run(sql, values) < 0)
        return std::nullopt;
    return msSince(start);
}

// --- child processes -------------------------------------------------------------

struct ChildRun
{
    int exitCode = -1;
    double ms = 0;
    double peakRssMb = 0;
};

/// Runs a program and waits for it, measuring its wall time and its peak
/// resident memory (wait4). Its output goes to childLog unless showOutput.
/// Null, with failure set, if it could not start or did not exit 0.
std::optional<ChildRun> runChild(const QString &program, const QStringList &arguments, bool offscreen = false,
                                 bool showOutput = false)
{
    std::vector<QByteArray> argStorage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argStorage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : argStorage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStorage;
    for (char **entry = environ; *entry; ++entry) {
        if (offscreen && std::strncmp(*entry, "QT_QPA_PLATFORM=", 16) == 0)
            continue;
        envStorage.emplace_back(*entry);
    }
    if (offscreen)
        envStorage.emplace_back("QT_QPA_PLATFORM=offscreen");
    std::vector<char *> envp;
    for (QByteArray &entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray log = QFile::encodeName(childLog);
    if (!showOutput) {
        posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    pid_t pid = 0;
    const auto start = Clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        failure = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return std::nullopt;
    }
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid) {
        failure = QStringLiteral("wait4 failed for %1").arg(program);
        return std::nullopt;
    }
    ChildRun run;
    run.ms = msSince(start);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (run.exitCode != 0) {
        QFile output(childLog);
        QString tail;
        if (!showOutput && output.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(output.readAll().right(400));
        failure = QStringLiteral("%1 %2 exited with %3: %4")
                      .arg(QFileInfo(program).fileName(), arguments.join(u' '))
                      .arg(WIFEXITED(status) ? QString::number(run.exitCode) : QStringLiteral("a signal"), tail);
        return std::nullopt;
    }
    return run;
}

/// Milliseconds of one run of mirador with these arguments.
std::function<std::optional<double>()> miradorRun(const QStringList &arguments, bool offscreen = false)
{
    return [arguments, offscreen]() -> std::optional<double> {
        const auto run = runChild(QStringLiteral(MIRADOR_BINARY), arguments, offscreen);
        return run ? std::optional<double>(run->ms) : std::nullopt;
    };
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// --- the model's signals -----------------------------------------------------------

/// Calls action, then runs the event loop until the model has its row count
/// (COUNT(*) answers from its worker thread; a first page that holds every
/// row answers inside action). The milliseconds from the start of action to
/// the count, or null with failure set.
std::optional<double> untilCounted(QueryTableModel &model, const std::function<void()> &action)
{
    QEventLoop loop;
    QObject context;
    std::optional<double> elapsed;
    bool failed = false;
    Clock::time_point start;
    QObject::connect(&model, &QueryTableModel::totalRowsChanged, &context, [&] {
        if (!elapsed)
            elapsed = msSince(start);
        loop.quit();
    });
    QObject::connect(&model, &QueryTableModel::queryFailed, &context, [&](const QString &message) {
        failed = true;
        failure = message;
        loop.quit();
    });
    start = Clock::now();
    action();
    if (!elapsed && !failed) {
        QTimer::singleShot(countTimeoutMs, &context, [&] { loop.quit(); });
        loop.exec();
    }
    if (!elapsed && !failed)
        failure = QStringLiteral("no count within %1 s").arg(countTimeoutMs / 1000);
    return failed ? std::nullopt : elapsed;
}

// --- machine -------------------------------------------------------------------------

QString procField(const QString &file, const QString &key)
{
    // /proc files say they are empty: read them whole, not up to their size.
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key.toLatin1()))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

// --- the import file -----------------------------------------------------------------

/// The objectives an import file's rows go to, each with its service's short
/// name: with one report, its objectives and no name; with several, the
/// objectives of each service's newest report (where a year after the last
/// one lands) and the service that tells apart their objective N, as
/// export-csv's service column does.
QList<std::pair<Catalog::Objective, QString>> importObjectives(const Catalog &catalog)
{
    QHash<qint64, QString> newest; // report id -> its service's short name
    QSet<qint64> services;
    for (const Catalog::ReportInfo &report : catalog.reports()) { // the newest year first
        if (!services.contains(report.serviceId)) {
            services.insert(report.serviceId);
            newest.insert(report.id, catalog.reports().size() > 1 ? report.serviceShortName : QString());
        }
    }
    QList<std::pair<Catalog::Objective, QString>> objectives;
    for (const Catalog::Objective &objective : catalog.objectives()) {
        if (newest.contains(objective.reportId))
            objectives.append({objective, newest.value(objective.reportId)});
    }
    return objectives;
}

/// An import file of `wanted` new results in export-csv's format (its header,
/// plain numbers, quoted text, the service column with several reports).
/// Every row is new: each year after the last one the database holds, 200
/// new programs, each objective (of each service) and region, so no row
/// matches an existing result (year, objective, program, region).
/// The rows written, or -1 with failure set.
qint64 writeImportFile(const Catalog &catalog, qint64 wanted, const QString &fileName)
{
    const QList<int> &years = catalog.years();
    const QList<std::pair<Catalog::Objective, QString>> objectives = importObjectives(catalog);
    const bool severalReports = catalog.reports().size() > 1;
    if (years.isEmpty() || objectives.isEmpty() || catalog.regions().isEmpty()) {
        failure = QStringLiteral("the database holds no years, objectives or regions");
        return -1;
    }
    QFile out(fileName);
    if (!out.open(QIODevice::WriteOnly)) {
        failure = out.errorString();
        return -1;
    }
    QStringList header;
    for (const TableSpec::Column &column : TableSpec::results().columns) {
        if (column.inCsv)
            header << QString::fromLatin1(column.csvName);
    }
    if (severalReports)
        header << QStringLiteral("service");
    out.write(header.join(u',').toUtf8() + '\n');
    constexpr int programs = 200;
    const QStringList units{QStringLiteral("personas"), QStringLiteral("empresas"), QStringLiteral("mujeres"),
                            QStringLiteral("organizaciones")};
    qint64 rows = 0;
    quint32 random = 12345; // a fixed sequence: the same file every time
    const auto next = [&random] {
        random = random * 1103515245u + 12345u;
        return qint64(random >> 8);
    };
    for (int year = *std::max_element(years.begin(), years.end()) + 1; rows < wanted && year <= 2100; ++year) {
        for (int program = 1; program <= programs && rows < wanted; ++program) {
            const QString programName
                = QStringLiteral("Programa sintético de carga %1").arg(program, 3, 10, QLatin1Char('0'));
            for (const auto &[objective, service] : objectives) {
                for (const Catalog::Region &region : catalog.regions()) {
                    if (rows >= wanted)
                        break;
                    const qint64 budget = 1000 + next() % 500000;
                    const qint64 beneficiaries = 1 + next() % 5000;
                    const QString unit = units.at(int(next() % units.size()));
                    QStringList fields;
                    for (const TableSpec::Column &column : TableSpec::results().columns) {
                        if (!column.inCsv)
                            continue;
                        const QByteArray name(column.csvName);
                        QString value;
                        if (name == "year")
                            value = QString::number(year);
                        else if (name == "objective")
                            value = QString::number(objective.number);
                        else if (name == "objective_name")
                            value = objective.shortName;
                        else if (name == "action")
                            value = QString::number(1 + (program + region.id) % 3);
                        else if (name == "program")
                            value = programName;
                        else if (name == "region_code")
                            value = region.code;
                        else if (name == "region")
                            value = region.shortName;
                        else if (name == "budget_mclp")
                            value = QString::number(budget);
                        else if (name == "beneficiaries")
                            value = QString::number(beneficiaries);
                        else if (name == "beneficiary_unit")
                            value = unit;
                        else if (name == "source_quote")
                            value = QStringLiteral("Dato sintético: en %1, el %2 atendió a %3 %4 en %5, con M$ %6.")
                                        .arg(year)
                                        .arg(programName)
                                        .arg(beneficiaries)
                                        .arg(unit, region.shortName)
                                        .arg(budget);
                        fields << CsvText::field(value);
                    }
                    if (severalReports)
                        fields << CsvText::field(service);
                    out.write(fields.join(u',').toUtf8() + '\n');
                    ++rows;
                }
            }
        }
    }
    if (!out.flush()) {
        failure = out.errorString();
        return -1;
    }
    return rows;
}

// --- the operations --------------------------------------------------------------------

struct Bench
{
    QString path;
    qint64 rows = 0;
    QStringList only;
    std::unique_ptr<Database> database;
    std::unique_ptr<DirectSqlite> direct;
    Catalog catalog;
    QString embedded = tempDir + QStringLiteral("/mirador-bench-embedded.sqlite");
    QHash<QString, Runs> tableResults; ///< op -> its runs, from tableOps()
    QString stallCountLines;
    QString countNote;
    QString jumpNote;

    bool wanted(const QString &op) const { return only.isEmpty() || only.contains(op); }
    QSqlDatabase connection() const { return database->connection(); }
    const TableSpec &spec() const { return TableSpec::results(); }

    /// The SQLite side of a first page under filter, in the default order.
    std::function<std::optional<double>()> sqliteFirstPage(const Filter &filter) const
    {
        const SqlCondition condition = buildCondition(filter, spec().filterColumns);
        const QString sql = spec().statement(condition, -1, Qt::AscendingOrder, TableSpec::Anchor::Start);
        const QVariantList values = condition.values + QVariantList{pageSize};
        return [this, sql, values] { return timeDirect(*direct, sql, values); };
    }

    /// setFilter: the first page, read at once; the count is waited for
    /// after the timing, so that it does not run beside the next run.
    void filterOp(const QString &name, const Filter &filter)
    {
        if (!wanted(name))
            return;
        QueryTableModel model(spec(), connection());
        model.setPageSize(pageSize);
        compare(
            name,
            [&]() -> std::optional<double> {
                double ms = 0;
                bool ok = false;
                if (!untilCounted(model, [&] {
                        const auto start = Clock::now();
                        ok = model.setFilter(filter);
                        ms = msSince(start);
                    }))
                    return std::nullopt;
                if (!ok || model.rowCount() == 0) {
                    failure = ok ? QStringLiteral("no rows") : model.lastError();
                    return std::nullopt;
                }
                return ms;
            },
            sqliteFirstPage(filter));
    }

    /// first_page, count, gui_stall_count, jump_to_end and sort_budget share
    /// one fresh model per run, each step leaving the state the next one
    /// measures from (every refresh starts a COUNT(*) that must end before
    /// the next run, and a sort by budget takes seconds: a model of its own
    /// per operation would not fit the benchmark in its time):
    ///   setFilter(Filter{})       -> first_page (the call), count (until totalRowsChanged),
    ///                                gui_stall_count (from its return to the count)
    ///   last row's data()         -> jump_to_end: page 0 is the only cached page; until
    ///                                the page reader's worker has read the last one. The
    ///                                worker reads on a connection of its own, which has
    ///                                not read those pages: the SQLite side runs the same
    ///                                statement on a connection just opened (untimed), and
    ///                                the note gives it on the warm one too
    ///   sort(budget, descending)  -> sort_budget (the call; its count is waited for, untimed)
    /// The SQLite side runs the same statements after each run.
    void tableOps()
    {
        const QStringList ops{QStringLiteral("first_page"), QStringLiteral("count"), QStringLiteral("jump_to_end"),
                              QStringLiteral("sort_budget"), QStringLiteral("gui_stall_count")};
        if (std::none_of(ops.begin(), ops.end(), [this](const QString &op) { return wanted(op); }))
            return;
        const int budget = spec().columnIndex(u"budget_mclp");
        const SqlCondition condition = buildCondition(Filter{}, spec().filterColumns);
        const QVariantList page = condition.values + QVariantList{pageSize};
        const QString firstSql = spec().statement(condition, -1, Qt::AscendingOrder, TableSpec::Anchor::Start);
        // The count the model runs: for no filter, a sum over result_total.
        QVariantList countValues;
        const QString countSql = spec().countStatement(Filter{}, &countValues);
        const QString endSql = spec().statement(condition, -1, Qt::AscendingOrder, TableSpec::Anchor::End);
        const QString sortSql = spec().statement(condition, budget, Qt::DescendingOrder, TableSpec::Anchor::Start);

        std::vector<double> first[2], counted[2], jump[2], sort[2], gaps, countOnly, textCounts, jumpWarm;
        StallMeter meter;
        const auto fail = [this](const QString &side) {
            for (const QString &op : {QStringLiteral("first_page"), QStringLiteral("count"),
                                      QStringLiteral("jump_to_end"), QStringLiteral("sort_budget"),
                                      QStringLiteral("gui_stall_count")})
                notMeasured(op, side + failure);
        };
        for (int i = 0; i < warmUps + runs; ++i) {
            const bool timed = i >= warmUps;
            QueryTableModel model(spec(), connection());
            model.setPageSize(pageSize);
            double firstMs = 0;
            bool ok = false;
            const auto countMs = untilCounted(model, [&] {
                const auto start = Clock::now();
                ok = model.setFilter(Filter{});
                firstMs = msSince(start);
                meter.start();
            });
            meter.stop();
            if (!ok || !countMs || model.totalRows() <= 0) {
                if (!ok)
                    failure = model.lastError();
                else if (countMs)
                    failure = QStringLiteral("no rows");
                return fail(QStringLiteral("Mirador: "));
            }
            const qint64 total = model.totalRows();
            if (timed) {
                first[0].push_back(firstMs);
                counted[0].push_back(*countMs);
                countOnly.push_back(*countMs - firstMs);
            }
            // The GUI thread while a real COUNT(*) runs: a text filter's,
            // over every row, in the worker thread.
            {
                QueryTableModel searched(spec(), connection());
                searched.setPageSize(pageSize);
                Filter text;
                text.text = QStringLiteral("empresas");
                const auto searchedMs = untilCounted(searched, [&] {
                    searched.setFilter(text);
                    meter.start();
                });
                meter.stop();
                if (!searchedMs)
                    return fail(QStringLiteral("Mirador: "));
                if (timed) {
                    gaps.push_back(meter.maxGapMs());
                    textCounts.push_back(*searchedMs);
                }
            }

            // The view asks for the last row; its page is read in the page
            // reader's worker, and the time runs until it is there.
            auto start = Clock::now();
            const QModelIndex lastIndex = model.index(model.rowCount() - 1, 0);
            QVariant last = lastIndex.data(QueryTableModel::RowIdRole);
            if (!last.isValid()) {
                QEventLoop arrived;
                QObject::connect(&model, &QAbstractItemModel::dataChanged, &arrived, [&] {
                    if (lastIndex.data(QueryTableModel::RowIdRole).isValid())
                        arrived.quit();
                });
                QObject::connect(&model, &QueryTableModel::queryFailed, &arrived, &QEventLoop::quit);
                QTimer::singleShot(60000, &arrived, &QEventLoop::quit);
                arrived.exec();
                last = lastIndex.data(QueryTableModel::RowIdRole);
            }
            const double jumpMs = msSince(start);
            if (!last.isValid()) {
                failure = QStringLiteral("the last row read nothing");
                return fail(QStringLiteral("Mirador: "));
            }
            double sortMs = 0;
            if (!untilCounted(model, [&] {
                    const auto sortStart = Clock::now();
                    model.sort(budget, Qt::DescendingOrder);
                    sortMs = msSince(sortStart);
                }))
                return fail(QStringLiteral("Mirador: "));
            if (timed) {
                jump[0].push_back(jumpMs);
                sort[0].push_back(sortMs);
            }

            // The model reads the last page backwards: LIMIT is what is left after the full pages.
            const qint64 lastPageStart = ((total - 1) / pageSize) * pageSize;
            const auto a = timeDirect(*direct, firstSql, page);
            const auto b = timeDirect(*direct, countSql, countValues);
            const QVariantList endValues = condition.values + QVariantList{total - lastPageStart};
            const auto c = timeDirect(DirectSqlite(path), endSql, endValues);
            const auto cWarm = timeDirect(*direct, endSql, endValues);
            const auto d = timeDirect(*direct, sortSql, page);
            if (!a || !b || !c || !cWarm || !d)
                return fail(QStringLiteral("SQLite: "));
            if (timed) {
                first[1].push_back(*a);
                counted[1].push_back(*b);
                jump[1].push_back(*c);
                jumpWarm.push_back(*cWarm);
                sort[1].push_back(*d);
            }
        }
        // Printed in the order of the issue, after the filters.
        tableResults.insert(QStringLiteral("first_page"), {first[0], first[1]});
        tableResults.insert(QStringLiteral("sort_budget"), {sort[0], sort[1]});
        tableResults.insert(QStringLiteral("jump_to_end"), {jump[0], jump[1]});
        jumpNote = QStringLiteral("# jump_to_end: sqlite_ms on a connection just opened, as the page reader's; "
                                  "on the connection that has read them before, %1 ms (ratio %2)")
                       .arg(figure(median(jumpWarm)), figure(median(jump[0]) / median(jumpWarm)));
        tableResults.insert(QStringLiteral("count"), {counted[0], counted[1]});
        countNote = QStringLiteral("# count: mirador_ms runs from setFilter's call, so it holds its first page "
                                   "(first_page); the COUNT(*) in its worker thread, from setFilter's return to "
                                   "totalRowsChanged, took %1 ms (median)")
                        .arg(figure(median(countOnly)));
        stallCountLines
            = QStringLiteral("# gui_stall_count: a 5 ms timer on the main thread from setFilter's return to "
                             "the count from its worker thread, under a text filter («empresas»: "
                             "COUNT(*) over every row, %1 ms); %2 runs\n"
                             "op=gui_stall_count %3 runs=%2 load1=%4")
                  .arg(figure(median(textCounts)))
                  .arg(runs)
                  .arg(figureRuns(QStringLiteral("max_gap_ms"), gaps), loadAverage());
    }

    /// Prints the line of an operation tableOps() measured, if wanted.
    void printResult(const QString &name)
    {
        const auto found = tableResults.constFind(name);
        if (found != tableResults.constEnd() && wanted(name))
            printOp(name, *found);
    }

    void objectiveTotals()
    {
        if (!wanted(QStringLiteral("objective_totals")))
            return;
        OverviewModel overview(connection());
        const Filter filter;
        // OverviewModel::refresh runs both: the totals, then the units per
        // objective; for no filter, over result_total.
        const AggregateQueries &sql = AggregateQueries::forFilter(filter);
        const SqlCondition condition = buildCondition(filter, sql.columns);
        const QString totals = QString::fromUtf8(sql.objectiveTotals) + condition.where
            + QString::fromUtf8(Sql::groupObjectiveTotals);
        const QString units = QString::fromUtf8(sql.objectiveUnits) + condition.where
            + QString::fromUtf8(sql.unitsOrder);
        compare(
            QStringLiteral("objective_totals"),
            [&]() -> std::optional<double> {
                const auto start = Clock::now();
                const bool ok = overview.setFilter(filter);
                const double ms = msSince(start);
                if (!ok || overview.rowCount() == 0) {
                    failure = ok ? QStringLiteral("no rows") : overview.lastError();
                    return std::nullopt;
                }
                return ms;
            },
            [&]() -> std::optional<double> {
                const auto start = Clock::now();
                if (direct->run(totals, condition.values) < 0 || direct->run(units, condition.values) < 0)
                    return std::nullopt;
                return msSince(start);
            });
    }

    /// export_csv: `mirador export-csv` of every row against `sqlite3 -csv
    /// -header` writing the same SELECT's columns (ExportBench::shellStatement)
    /// to a file, each a whole process. export_csv_process: export-csv's own
    /// time and peak memory.
    void exportCsv()
    {
        const QString miradorFile = tempDir + QStringLiteral("/mirador-bench-export.csv");
        const QString sqliteFile = tempDir + QStringLiteral("/mirador-bench-sqlite.csv");
        if (wanted(QStringLiteral("export_csv"))) {
            const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
            const QString select = ExportBench::shellStatement(connection(), spec(), &failure);
            if (shell.isEmpty() || select.isEmpty())
                return notMeasured(QStringLiteral("export_csv"), shell.isEmpty() ? QStringLiteral("no sqlite3") : failure);
            print(QStringLiteral("# export_csv: `mirador export-csv --db DB --out FILE` (whole process) against "
                                 "`sqlite3 -csv -header DB \"<the same SELECT, the columns export-csv writes>\" > FILE` "
                                 "(whole process; it replaces the in-process fprintf baseline); load %1")
                      .arg(loadAverageAll()));
            compare(
                QStringLiteral("export_csv"),
                [&]() -> std::optional<double> {
                    const auto run = runChild(QStringLiteral(MIRADOR_BINARY),
                                              {QStringLiteral("export-csv"), QStringLiteral("--db"), path,
                                               QStringLiteral("--out"), miradorFile});
                    QFile::remove(miradorFile);
                    return run ? std::optional<double>(run->ms) : std::nullopt;
                },
                [&]() -> std::optional<double> {
                    const auto run = runChild(QStringLiteral("/bin/sh"),
                                              {QStringLiteral("-c"), QStringLiteral("exec \"$0\" -csv -header \"$1\" \"$2\" > \"$3\""),
                                               shell, path, select, sqliteFile});
                    QFile::remove(sqliteFile);
                    return run ? std::optional<double>(run->ms) : std::nullopt;
                });
        }
        if (wanted(QStringLiteral("export_csv_process"))) {
            const QString processFile = tempDir + QStringLiteral("/mirador-bench-process.csv");
            std::vector<double> peaks, seconds;
            for (int i = 0; i < runs; ++i) {
                const auto run = runChild(QStringLiteral(MIRADOR_BINARY),
                                          {QStringLiteral("export-csv"), QStringLiteral("--db"), path,
                                           QStringLiteral("--out"), processFile});
                QFile::remove(processFile);
                if (!run)
                    return notMeasured(QStringLiteral("export_csv_process"), failure);
                peaks.push_back(run->peakRssMb);
                seconds.push_back(run->ms / 1000);
            }
            print(QStringLiteral("op=export_csv_process %1 %2 runs=%3 load1=%4")
                      .arg(figureRuns(QStringLiteral("peak_rss_mb"), peaks), figureRuns(QStringLiteral("seconds"), seconds))
                      .arg(runs)
                      .arg(loadAverage()));
        }
    }

    /// export_csv_window: the window's export of the table under objective 1
    /// (ExportJob in its worker, progress to an ExportProgress dialog on this
    /// thread, from start to the finished signal here) against `mirador
    /// export-csv --objective 1` as a whole process; and the longest stall of
    /// this thread meanwhile.
    void exportCsvWindow()
    {
        const QString name = QStringLiteral("export_csv_window");
        if (!wanted(name))
            return;
        const QString windowFile = tempDir + QStringLiteral("/mirador-bench-window.csv");
        const QString cliFile = tempDir + QStringLiteral("/mirador-bench-cli.csv");
        Filter filter;
        filter.objective = 1;
        QVariantList values;
        const qint64 total = direct->integer(spec().countStatement(filter, &values), values);
        print(QStringLiteral("# export_csv_window: mirador_ms = the window's export of objective 1 (%1 rows; ExportJob "
                             "in its worker, progress into the dialog on the main thread, start to finished); "
                             "sqlite_ms = `mirador export-csv --objective 1` as a whole process; load %2")
                  .arg(total)
                  .arg(loadAverageAll()));
        std::vector<double> stalls;
        compare(
            name,
            [&]() -> std::optional<double> {
                double stall = 0;
                const auto ms = ExportBench::windowExportMs(*database, spec(), filter, total, windowFile, &stall, &failure);
                stalls.push_back(stall);
                QFile::remove(windowFile);
                return ms;
            },
            miradorRun({QStringLiteral("export-csv"), QStringLiteral("--db"), path, QStringLiteral("--objective"),
                        QStringLiteral("1"), QStringLiteral("--out"), cliFile}));
        QFile::remove(cliFile);
        if (stalls.size() > size_t(warmUps)) {
            stalls.erase(stalls.begin(), stalls.begin() + warmUps);
            print(QStringLiteral("op=export_csv_window_stall %1 runs=%2 load1=%3")
                      .arg(figureRuns(QStringLiteral("max_gap_ms"), stalls))
                      .arg(stalls.size())
                      .arg(loadAverage()));
        }
    }

    /// The embedded dataset (mirador init), made afresh for each benchmark.
    bool makeEmbedded()
    {
        removeDatabaseFiles(embedded);
        return bool(runChild(QStringLiteral(MIRADOR_BINARY), {QStringLiteral("init"), embedded}));
    }

    /// read_pdf_60: a BGI of 60 pages and more, made from the report's text
    /// as a PDF (the tests' fixture, BgiPdf: marked so in its metadata), read
    /// by Mirador in this process (Poppler's words, lines and columns, then
    /// the paragraphs, the structure and the proposals) against `pdftotext` writing the same
    /// file's text (a whole process).
    void readPdf()
    {
        const QString name = QStringLiteral("read_pdf_60");
        if (!wanted(name))
            return;
        const QString pdf = tempDir + QStringLiteral("/mirador-bench-bgi-fixture.pdf");
        const QString text = tempDir + QStringLiteral("/mirador-bench-bgi-fixture.txt");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QString error;
        const SourcePages drawn = BgiPdf::write(pdf, BgiPdf::sercotecLines(), &error, 60);
        if (drawn.isEmpty() || pdftotext.isEmpty())
            return notMeasured(name, drawn.isEmpty() ? error : QStringLiteral("no pdftotext"));
        int objectives = 0;
        int proposals = 0;
        print(QStringLiteral("# read_pdf_60: a %1-page BGI made as a PDF from the report's text (a test fixture); "
                             "mirador_ms: PdfText, ReportLayout, ReportStructure and ReportProposals in this process; sqlite_ms "
                             "holds pdftotext writing its text (a whole process)")
                  .arg(drawn.size()));
        compare(
            name,
            [&]() -> std::optional<double> {
                const auto start = Clock::now();
                SourcePages pages;
                if (!PdfText::read(pdf, &pages, &failure))
                    return std::nullopt;
                const ReportOutline outline = ReportStructure::read(ReportLayout::paragraphs(pages));
                proposals = int(ReportProposals::propose(outline).size());
                objectives = int(outline.objectives.size());
                return msSince(start);
            },
            [&]() -> std::optional<double> {
                const auto run = runChild(pdftotext, {pdf, text});
                return run ? std::optional<double>(run->ms) : std::nullopt;
            });
        print(QStringLiteral("# read_pdf_60: %1 objectives and %2 proposals read").arg(objectives).arg(proposals));
        QFile::remove(pdf);
        QFile::remove(text);
    }

    /// time_to_pixels: the window of a whole mirador process on an X display
    /// (--read-only --quit-after-load), watched from this process by polling
    /// the root window (what X shows): from the start of the process to the
    /// first grab whose results table shows lines of text (ScreenPoll::
    /// textLines), on the 1M-row database and on the embedded report. A run
    /// whose rows were never on screen before the exit is a failure.
    void timeToPixels()
    {
        const QString name = QStringLiteral("time_to_pixels");
        if (QGuiApplication::platformName() != u"xcb")
            return notMeasured(name, QStringLiteral("the benchmark runs on the %1 platform, not on an X display: run it "
                                                    "with QT_QPA_PLATFORM=xcb DISPLAY=:N, e.g. of `Xvfb :93 -screen 0 "
                                                    "1280x1024x24`")
                                         .arg(QGuiApplication::platformName()));
        QString error;
        const std::optional<ScreenPoll::Layout> big = ScreenPoll::layout(path, &error);
        const std::optional<ScreenPoll::Layout> small = big ? ScreenPoll::layout(embedded, &error) : std::nullopt;
        if (!big || !small)
            return notMeasured(name, error);
        print(QStringLiteral("# time_to_pixels: mirador --read-only --quit-after-load on this X display, its root "
                             "window grabbed every few ms from this process: from the start of the process to the "
                             "first grab whose results table (where a first start lays it out) shows %1+ lines of "
                             "text; mirador_ms on the database, sqlite_ms on the embedded report (mirador init). "
                             "exit_ms: to the end of the process.")
                  .arg(ScreenPoll::rowLines));
        std::vector<double> exits[2], pixels[2], charts[2];
        QImage firstRows;
        const auto poll = [&](const QString &db, int side) {
            return [&, db, side]() -> std::optional<double> {
                const std::optional<ScreenPoll::Run> run = ScreenPoll::watch(
                    QStringLiteral(MIRADOR_BINARY),
                    {QStringLiteral("--db"), db, QStringLiteral("--read-only"), QStringLiteral("--quit-after-load")},
                    side ? *small : *big, &failure);
                if (!run)
                    return std::nullopt;
                if (run->rowsMs < 0 || run->chartMs < 0) {
                    failure = QStringLiteral("the %1 were not on screen before the exit (at %2 ms, %3 grabs, window %4)")
                                  .arg(run->rowsMs < 0 ? QStringLiteral("rows") : QStringLiteral("chart"),
                                       figure(run->exitMs))
                                  .arg(run->grabs)
                                  .arg(run->window.isEmpty() ? QStringLiteral("never drawn")
                                                             : QStringLiteral("drawn"));
                    return std::nullopt;
                }
                exits[side].push_back(run->exitMs);
                pixels[side].push_back(run->rowsMs);
                charts[side].push_back(run->chartMs);
                if (side == 0)
                    firstRows = run->firstRows;
                return run->rowsMs;
            };
        };
        compare(name, poll(path, 0), poll(embedded, 1));
        if (pixels[1].size() < size_t(warmUps + runs))
            return;
        const auto timed = [](const QString &figureName, std::vector<double> times) {
            times.erase(times.begin(), times.begin() + warmUps);
            return figureRuns(figureName, times);
        };
        for (int side : {0, 1}) {
            print(QStringLiteral("# time_to_pixels %1: %2 %3 %4 (median and lowest..highest of %5 runs)")
                      .arg(side ? QStringLiteral("embedded") : QStringLiteral("database"),
                           timed(QStringLiteral("rows_ms"), pixels[side]),
                           timed(QStringLiteral("chart_ms"), charts[side]),
                           timed(QStringLiteral("exit_ms"), exits[side]))
                      .arg(runs));
        }
        const QString png = tempDir + QStringLiteral("/mirador-bench-first-rows.png");
        if (firstRows.save(png))
            print(QStringLiteral("# time_to_pixels: the screen when the rows were first seen (last run, database): %1")
                      .arg(png));
    }

    void processOps()
    {
        const bool firstRows = wanted(QStringLiteral("time_to_first_rows"));
        const bool pixels = wanted(QStringLiteral("time_to_pixels"));
        const bool pdf = wanted(QStringLiteral("export_pdf"));
        if (!firstRows && !pixels && !pdf)
            return;
        if (!makeEmbedded()) {
            for (const QString &op : {QStringLiteral("time_to_first_rows"), QStringLiteral("time_to_pixels"),
                                      QStringLiteral("export_pdf")}) {
                if (wanted(op))
                    notMeasured(op, failure);
            }
            return;
        }
        if (firstRows) {
            print(QStringLiteral("# time_to_first_rows and export_pdf are whole mirador processes; their sqlite_ms "
                                 "column holds the same process on the embedded 8-row dataset (mirador init), "
                                 "not SQLite alone. The window runs with --read-only --quit-after-load, "
                                 "QT_QPA_PLATFORM=offscreen: to its exit, once its first rows and chart are painted "
                                 "and flushed (to the offscreen platform's screen)."));
            const auto window = [](const QString &db) {
                return miradorRun({QStringLiteral("--db"), db, QStringLiteral("--read-only"),
                                   QStringLiteral("--quit-after-load")},
                                  true);
            };
            compare(QStringLiteral("time_to_first_rows"), window(path), window(embedded));
        }
        if (pixels)
            timeToPixels();
        if (pdf) {
            const QString out = tempDir + QStringLiteral("/mirador-bench.pdf");
            const auto report = [&out](const QString &db) {
                return miradorRun(
                    {QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}, true);
            };
            compare(QStringLiteral("export_pdf"), report(path), report(embedded));
            QFile::remove(out);
        }
        removeDatabaseFiles(embedded);
    }

    /// A copy of the benchmark database, opened for writing.
    std::unique_ptr<Database> openCopy(const QString &copy) const
    {
        removeDatabaseFiles(copy);
        if (!QFile::copy(path, copy)) {
            failure = QStringLiteral("cannot copy %1 to %2").arg(path, copy);
            return nullptr;
        }
        QString error;
        auto db = Database::open(copy, Database::Access::ReadWrite, &error);
        if (!db)
            failure = error;
        return db;
    }

    /// generate_demo (issue 20): `mirador generate-demo --rows <rows> --out F`,
    /// the whole process, against the database itself writing the same rows:
    /// the sqlite3 shell, as a whole process, attaching a file generate-demo
    /// made and copying every generated table into a new `mirador init
    /// --empty` file (the same schema, its indexes and result_total's
    /// triggers, and the same regions; made untimed before each run) by one
    /// INSERT … SELECT per table in one transaction. Both write a new file
    /// and commit it. Also prints the children's user+sys CPU seconds
    /// (getrusage) and the 1-minute load average before and after.
    void generateDemo()
    {
        if (!wanted(QStringLiteral("generate_demo")))
            return;
        const QString name = QStringLiteral("generate_demo");
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            return notMeasured(name, QStringLiteral("no sqlite3 shell on PATH (Debian package sqlite3)"));
        const QString out = tempDir + QStringLiteral("/mirador-bench-generated.sqlite");
        const QString source = tempDir + QStringLiteral("/mirador-bench-generated-src.sqlite");
        const QString target = tempDir + QStringLiteral("/mirador-bench-generated-copy.sqlite");
        const QStringList generate{QStringLiteral("generate-demo"), QStringLiteral("--rows"), QString::number(rows),
                                   QStringLiteral("--out")};
        const auto childCpuSeconds = [] {
            struct rusage usage = {};
            getrusage(RUSAGE_CHILDREN, &usage);
            return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        };
        removeDatabaseFiles(source);
        if (!runChild(QStringLiteral(MIRADOR_BINARY), generate + QStringList{source}))
            return notMeasured(name, failure);
        QStringList copy{QStringLiteral("ATTACH '%1' AS src; BEGIN;").arg(source)};
        for (const char *table : {"service", "report", "objective", "action", "program", "result", "indicator",
                                  "milestone"})
            copy << QStringLiteral("INSERT INTO %1 SELECT * FROM src.%1;").arg(QLatin1String(table));
        copy << QStringLiteral("COMMIT;");

        std::vector<double> cpu;
        const QString loadBefore = loadAverage();
        compare(
            name,
            [&]() -> std::optional<double> {
                removeDatabaseFiles(out);
                const double cpuBefore = childCpuSeconds();
                const auto run = runChild(QStringLiteral(MIRADOR_BINARY), generate + QStringList{out});
                cpu.push_back(childCpuSeconds() - cpuBefore);
                removeDatabaseFiles(out);
                return run ? std::optional<double>(run->ms) : std::nullopt;
            },
            [&]() -> std::optional<double> {
                removeDatabaseFiles(target);
                if (!runChild(QStringLiteral(MIRADOR_BINARY),
                              {QStringLiteral("init"), target, QStringLiteral("--empty")}))
                    return std::nullopt;
                const auto run = runChild(shell, {target, copy.join(u' ')});
                const qint64 copied = run ? DirectSqlite(target).integer(QStringLiteral(
                                                "SELECT (SELECT COUNT(*) FROM result) + (SELECT SUM(result_rows) "
                                                "FROM result_total)"))
                                          : -1;
                removeDatabaseFiles(target);
                if (!run)
                    return std::nullopt;
                if (copied != 2 * rows) {
                    failure = QStringLiteral("the shell copied %1 results and totals, not %2").arg(copied).arg(2 * rows);
                    return std::nullopt;
                }
                return run->ms;
            });
        removeDatabaseFiles(source);
        std::vector<double> timed(cpu.begin() + std::min<qsizetype>(warmUps, qsizetype(cpu.size())), cpu.end());
        if (timed.empty())
            return;
        print(QStringLiteral("# generate_demo: %1 rows; mirador's user+sys CPU seconds: %2; load average (1 min) "
                             "before %3, after %4; sqlite: the sqlite3 shell's INSERT ... SELECT of the same "
                             "generated tables into a new `mirador init --empty` file (indexes and triggers on)")
                  .arg(rows)
                  .arg(figureRuns(QStringLiteral("cpu_s"), timed), loadBefore, loadAverage()));
    }

    void importOps()
    {
        const bool import = wanted(QStringLiteral("import_200k"));
        const bool stallImport = wanted(QStringLiteral("gui_stall_import"));
        // This process's own files: other sessions may run the benchmark at the same time.
        const QString own = QStringLiteral("-%1").arg(QCoreApplication::applicationPid());
        const QString csv = tempDir + QStringLiteral("/mirador-bench-import%1.csv").arg(own);
        const QString copy = tempDir + QStringLiteral("/mirador-bench-import%1.sqlite").arg(own);
        const qint64 importRows = std::max<qint64>(1, rows / 5);
        qint64 written = -1;
        if (import || stallImport) {
            written = writeImportFile(catalog, importRows, csv);
            if (written < 0) {
                if (import)
                    notMeasured(QStringLiteral("import_200k"), failure);
                if (stallImport)
                    notMeasured(QStringLiteral("gui_stall_import"), failure);
            } else {
                print(QStringLiteral(
                          "# import_200k: %1 new results in export-csv's format (%2 MB): 200 new programs x "
                          "objectives (of each service's newest report, named in a service column when the "
                          "database has several reports) x regions x years after the last. Mirador: "
                          "Importer::prepare + apply into a copy of the database (copying and opening it "
                          "untimed). Two baselines: op=import_200k, sqlite: the sqlite3 shell's .import --csv "
                          "into a bare table of a new database (a whole process); op=import_200k_insert_select, "
                          "sqlite: the physical limit, the same rows by ONE INSERT ... SELECT into the same "
                          "schema (indexes, foreign keys and result_total's per-row trigger, as the file "
                          "has it: schema 9's asks result_total_paused first), from the CSV .import-ed untimed into a table of a copy of the database, "
                          "joined to program, region, objective and action, with the new programs, in one "
                          "transaction, through the C API with Mirador's import settings.")
                          .arg(written)
                          .arg(figure(double(QFileInfo(csv).size()) / (1024 * 1024))));
            }
        }
        if (import && written > 0) {
            const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
            const QString bare = tempDir + QStringLiteral("/mirador-bench-bare%1.sqlite").arg(own);
            double prepareMs = 0;
            double applyMs = 0;
            const auto mirador = [&] { return importOnce(csv, copy, written, &prepareMs, &applyMs); };
            compare(QStringLiteral("import_200k_insert_select"), mirador, [&] {
                return insertSelectMs(path, csv, tempDir + QStringLiteral("/mirador-bench-staged%1.sqlite").arg(own), written,
                                      &failure);
            });
            print(QStringLiteral("# import_200k: the last Mirador run: Importer::prepare %1 ms, Importer::apply %2 ms")
                      .arg(figure(prepareMs), figure(applyMs)));
            compare(
                QStringLiteral("import_200k"), mirador,
                [&]() -> std::optional<double> {
                    if (shell.isEmpty()) {
                        failure = QStringLiteral("no sqlite3 shell on PATH (Debian package sqlite3)");
                        return std::nullopt;
                    }
                    removeDatabaseFiles(bare);
                    const auto run = runChild(shell, {bare, QStringLiteral(".import --csv %1 t").arg(csv)});
                    const qint64 imported
                        = run ? DirectSqlite(bare).integer(QStringLiteral("SELECT COUNT(*) FROM t")) : -1;
                    removeDatabaseFiles(bare);
                    if (!run)
                        return std::nullopt;
                    if (imported != written) {
                        failure = QStringLiteral("the shell imported %1 rows, not %2").arg(imported).arg(written);
                        return std::nullopt;
                    }
                    return run->ms;
                });
        }
        if (stallImport && written > 0)
            stallDuringImport(csv, copy, written);
        QFile::remove(csv);
        if (wanted(QStringLiteral("import_200k_pg")))
            importPostgres(importRows, own);
    }

    /// import_200k_pg: the same kind of file into a database of a throw-away
    /// PostgreSQL server, against psql's \copy of it into a bare table.
    void importPostgres(qint64 importRows, const QString &own) const
    {
        const QString name = QStringLiteral("import_200k_pg");
        const PgBenchServer server(tempDir + QStringLiteral("/mirador-bench-pg%1").arg(own));
        if (server.url.isEmpty())
            return notMeasured(name, QStringLiteral("no PostgreSQL server: ") + server.why);
        const QString location = server.newDatabase(&failure);
        const auto db = location.isEmpty() ? nullptr : Database::open(location, Database::Access::ReadOnly, &failure);
        Catalog pgCatalog;
        if (!db || !pgCatalog.load(db->connection(), &failure))
            return notMeasured(name, failure);
        const QString csv = tempDir + QStringLiteral("/mirador-bench-import-pg%1.csv").arg(own);
        const qint64 written = writeImportFile(pgCatalog, importRows, csv);
        if (written < 0)
            return notMeasured(name, failure);
        print(QStringLiteral("# import_200k_pg: %1 new results made as import_200k's file is, for the embedded "
                             "dataset's report (each run into a new database of it on a throw-away server, made "
                             "untimed). Mirador: Importer::prepare + apply. Two baselines: op=import_200k_pg, sqlite: "
                             "psql's \\copy of the file into a bare table of text columns (a whole psql process); "
                             "op=import_200k_pg_insert_select, sqlite: the limit, the same rows by ONE INSERT ... "
                             "SELECT into result of such a database (its indexes, foreign keys and statement-level "
                             "result_total triggers) with the new programs, in one transaction, from the file "
                             "\\copy-ed untimed into a table of it (a whole psql process).")
                  .arg(written));
        const auto mirador = [&] { return server.importMs(csv, written, &failure); };
        compare(name, mirador, [&] { return server.psqlCopyMs(csv, written, &failure); });
        compare(name + QStringLiteral("_insert_select"), mirador,
                [&] { return server.insertSelectMs(csv, written, &failure); });
        QFile::remove(csv);
    }

    /// One import of the benchmark's file into a copy of the database, as a
    /// person's import runs: Importer::prepare then apply. Its milliseconds
    /// (each phase's in *prepareMs and *applyMs), or null with failure set.
    std::optional<double> importOnce(const QString &csv, const QString &copy, qint64 written, double *prepareMs,
                                     double *applyMs) const
    {
        auto db = openCopy(copy);
        if (!db)
            return std::nullopt;
        const auto start = Clock::now();
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly)) {
            failure = file.errorString();
            return std::nullopt;
        }
        const ImportPlan plan = Importer::prepare(db->connection(), file.readAll(), csv);
        if (!plan.problems.isEmpty()) {
            failure = QStringLiteral("%1 problems, the first: %2")
                          .arg(plan.problems.size())
                          .arg(plan.problems.first().describe());
            return std::nullopt;
        }
        *prepareMs = msSince(start);
        const auto applied = Clock::now();
        const ImportOutcome outcome = Importer::apply(db->connection(), plan);
        const double ms = msSince(start);
        *applyMs = msSince(applied);
        db.reset();
        removeDatabaseFiles(copy);
        if (!outcome.ok || outcome.inserted != written) {
            failure = outcome.ok ? QStringLiteral("%1 inserted, %2 updated; expected %3 inserted")
                                       .arg(outcome.inserted)
                                       .arg(outcome.updated)
                                       .arg(written)
                                 : outcome.error;
            return std::nullopt;
        }
        return ms;
    }

    void stallDuringImport(const QString &csv, const QString &copy, qint64 written)
    {
        const QString name = QStringLiteral("gui_stall_import");
        std::vector<double> gaps, applied;
        for (int i = 0; i < runs; ++i) {
            const std::optional<double> gap = importStall(csv, copy, &applied);
            if (!gap)
                return notMeasured(name, failure);
            gaps.push_back(*gap);
        }
        print(QStringLiteral("# gui_stall_import: ImportJob::apply of the %1 rows in its worker, %2 runs: %3")
                  .arg(written)
                  .arg(runs)
                  .arg(figureRuns(QStringLiteral("apply_ms"), applied)));
        print(QStringLiteral("op=%1 %2 runs=%3 load1=%4")
                  .arg(name, figureRuns(QStringLiteral("max_gap_ms"), gaps))
                  .arg(runs)
                  .arg(loadAverage()));
    }

    /// One import of csv into a fresh copy by ImportJob, as the window runs
    /// it: the longest gap of a 5 ms timer on this thread meanwhile, or null
    /// with failure set. The apply's milliseconds go to *applied.
    std::optional<double> importStall(const QString &csv, const QString &copy, std::vector<double> *applied)
    {
        auto db = openCopy(copy);
        if (!db)
            return std::nullopt;
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly)) {
            failure = file.errorString();
            return std::nullopt;
        }
        const ImportPlan plan = Importer::prepare(db->connection(), file.readAll(), csv);
        if (!plan.isValid()) {
            failure = QStringLiteral("the plan has %1 problems").arg(plan.problems.size());
            return std::nullopt;
        }
        StallMeter meter;
        QEventLoop loop;
        ImportOutcome outcome;
        {
            ImportJob job(*db);
            // As the window's progress bar does: every progress signal reaches the main thread.
            QObject::connect(&job, &ImportJob::progress, &loop, [] {});
            QObject::connect(&job, &ImportJob::finished, &loop, [&](const ImportOutcome &result) {
                outcome = result;
                loop.quit();
            });
            const auto start = Clock::now();
            meter.start();
            job.apply(plan);
            loop.exec();
            meter.stop();
            applied->push_back(msSince(start));
        }
        db.reset();
        removeDatabaseFiles(copy);
        if (!outcome.ok) {
            failure = outcome.error;
            return std::nullopt;
        }
        return meter.maxGapMs();
    }

    /// The window on this database, a word searched then the report exported:
    /// how long its GUI thread stops answering (issue 17, item 8).
    void windowStall()
    {
        const QString name = QStringLiteral("gui_stall_window");
        if (!wanted(name))
            return;
        const QString word = QStringLiteral("barrios");
        std::vector<double> searchMs, searchGaps, reportMs, reportGaps, gaps;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            QString error;
            const std::optional<WindowStall> stall = WindowStall::measure(path, word, &error);
            if (!stall)
                return notMeasured(name, error);
            searchMs.push_back(stall->searchMs);
            searchGaps.push_back(stall->searchGapMs);
            reportMs.push_back(stall->reportMs);
            reportGaps.push_back(stall->reportGapMs);
            gaps.push_back(std::max(stall->searchGapMs, stall->reportGapMs));
            pages = stall->pages;
        }
        print(QStringLiteral("# gui_stall_window: the window (offscreen, 1280x800) on this database, %1 runs "
                             "(median, lowest..highest): the search \"%2\" applied, its totals, charts and first "
                             "rows shown in %3 ms (longest gap %4 ms); then Exportar informe PDF, %5 pages in %6 ms "
                             "from the save dialog's answer (longest gap %7 ms); a 5 ms timer on the GUI thread; "
                             "target <= 50 ms")
                  .arg(runs)
                  .arg(word, figure(median(searchMs)) + u' ' + spread(searchMs),
                       figure(median(searchGaps)) + u' ' + spread(searchGaps))
                  .arg(pages)
                  .arg(figure(median(reportMs)) + u' ' + spread(reportMs),
                       figure(median(reportGaps)) + u' ' + spread(reportGaps)));
        print(QStringLiteral("op=%1 %2 runs=%3 load1=%4")
                  .arg(name, figureRuns(QStringLiteral("max_gap_ms"), gaps))
                  .arg(runs)
                  .arg(loadAverage()));
    }

    int run()
    {
        const QString sqliteVersion = QString::fromLatin1(sqlite3_libversion());
        QString qtSqlite;
        {
            QSqlQuery version(connection());
            if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
                qtSqlite = version.value(0).toString();
        }
        const qint64 results = direct->integer(QStringLiteral("SELECT COUNT(*) FROM result"));
        if (results > 0)
            rows = results; // the import is a fifth of what the database holds
        const double memoryGb
            = procField(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal")).section(u' ', 0, 0).toDouble()
            / (1024.0 * 1024.0);
        print(QStringLiteral("# machine: nproc=%1 cpu=\"%2\" mem_total_gb=%3 qt=%4 sqlite=%5 qt_sqlite_driver=%6 "
                             "rows=%7 db=%8 db_mb=%9")
                  .arg(sysconf(_SC_NPROCESSORS_ONLN))
                  .arg(procField(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
                  .arg(figure(memoryGb))
                  .arg(QString::fromLatin1(qVersion()), sqliteVersion, qtSqlite)
                  .arg(results)
                  .arg(path)
                  .arg(figure(double(QFileInfo(path).size()) / (1024 * 1024))));
        print(QStringLiteral(
                  "# median of %1 runs after %2 warm-up, each with its _range (lowest..highest of the "
                  "runs) and the 1-minute load average when it was printed (load1); mirador_ms: Mirador's code "
                  "in this process; sqlite_ms: the same SQL text and values through sqlite3_prepare_v2/step, "
                  "every column read; page size %3 rows; load average at the start: %4")
                  .arg(runs)
                  .arg(warmUps)
                  .arg(pageSize)
                  .arg(loadAverageAll()));
        const auto benchStart = Clock::now();

        tableOps();
        printResult(QStringLiteral("first_page"));
        QString error;
        if (wanted(QStringLiteral("filter_region"))) {
            if (const auto region = catalog.findRegion(QStringLiteral("Los Ríos"), &error)) {
                Filter filter;
                filter.regionId = region->id;
                filter.regionLabel = region->shortName;
                filterOp(QStringLiteral("filter_region"), filter);
            } else {
                notMeasured(QStringLiteral("filter_region"), error);
            }
        }
        if (wanted(QStringLiteral("filter_program"))) {
            const QList<Catalog::Program> programs = catalog.findPrograms(QStringLiteral("Ferias Libres"), &error);
            if (!programs.isEmpty()) {
                Filter filter;
                for (const Catalog::Program &program : programs)
                    filter.programIds << program.id;
                filter.programLabel = programs.first().name;
                filterOp(QStringLiteral("filter_program"), filter);
            } else {
                notMeasured(QStringLiteral("filter_program"), error);
            }
        }
        Filter text;
        text.text = QStringLiteral("barrios");
        filterOp(QStringLiteral("filter_text"), text);
        printResult(QStringLiteral("sort_budget"));
        printResult(QStringLiteral("jump_to_end"));
        if (!jumpNote.isEmpty() && wanted(QStringLiteral("jump_to_end")))
            print(jumpNote);
        printResult(QStringLiteral("count"));
        if (!countNote.isEmpty() && wanted(QStringLiteral("count")))
            print(countNote);
        objectiveTotals();
        exportCsv();
        exportCsvWindow();
        readPdf();
        processOps();
        importOps();
        generateDemo();
        windowStall();
        if (!stallCountLines.isEmpty() && wanted(QStringLiteral("gui_stall_count")))
            print(stallCountLines);
        QFile::remove(childLog);
        print(QStringLiteral("# total %1 s; load average at the end: %2")
                  .arg(figure(msSince(benchStart) / 1000), loadAverageAll()));
        return 0;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // The window's stall (gui_stall_window) is measured in this process.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Format::initDefaultLocale();

    Bench bench;
    bench.path = tempDir + QStringLiteral("/mirador-bench-1m.sqlite");
    bench.rows = 1000000;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--db" && hasValue) {
            bench.path = arguments[++i];
        } else if (argument == u"--rows" && hasValue) {
            bool ok = false;
            bench.rows = arguments[++i].toLongLong(&ok);
            if (!ok || bench.rows < 1) {
                std::fprintf(stderr, "bench_mirador: --rows wants a positive whole number\n");
                return 2;
            }
        } else if (argument == u"--ops" && hasValue) {
            bench.only = arguments[++i].split(u',', Qt::SkipEmptyParts);
        } else {
            std::fprintf(stderr,
                         "usage: bench_mirador [--db PATH] [--rows N] [--ops OP,OP...]\n"
                         "  --db    the database to measure (default /tmp/mirador-bench-1m.sqlite);\n"
                         "          made with `mirador generate-demo --rows N` if missing\n"
                         "  --rows  rows of a database it makes (default 1000000)\n"
                         "  --ops   only these operations (first_page, filter_region, filter_program,\n"
                         "          filter_text, sort_budget, jump_to_end, count, objective_totals,\n"
                         "          export_csv, export_csv_process, export_csv_window, time_to_first_rows,\n"
                         "          time_to_pixels (on an X display: QT_QPA_PLATFORM=xcb DISPLAY=:N), export_pdf,\n"
                         "          import_200k, import_200k_pg, gui_stall_import, gui_stall_count,\n"
                         "          generate_demo (whole process, --rows N rows),\n"
                         "          gui_stall_window)\n");
            return argument == u"--help" ? 0 : 2;
        }
    }
    bench.path = QFileInfo(bench.path).absoluteFilePath();

    if (!QFileInfo::exists(bench.path)) {
        print(QStringLiteral("# making %1: mirador generate-demo --rows %2").arg(bench.path).arg(bench.rows));
        const auto made = runChild(QStringLiteral(MIRADOR_BINARY),
                                   {QStringLiteral("generate-demo"), QStringLiteral("--rows"),
                                    QString::number(bench.rows), QStringLiteral("--out"), bench.path},
                                   false, true);
        if (!made) {
            std::fprintf(stderr, "bench_mirador: %s\n", failure.toUtf8().constData());
            return 1;
        }
        print(QStringLiteral("# made in %1 s").arg(figure(made->ms / 1000)));
    }

    QString error;
    bench.database = Database::open(bench.path, Database::Access::ReadOnly, &error);
    if (!bench.database || !bench.catalog.load(bench.database->connection(), &error)) {
        std::fprintf(stderr, "bench_mirador: %s\n", error.toUtf8().constData());
        return 1;
    }
    bench.direct = std::make_unique<DirectSqlite>(bench.path);
    if (!bench.direct->error().isEmpty()) {
        std::fprintf(stderr, "bench_mirador: SQLite cannot open %s: %s\n", bench.path.toUtf8().constData(),
                     bench.direct->error().toUtf8().constData());
        return 1;
    }
    const int status = bench.run();
    bench.direct.reset();
    bench.database.reset();
    return status;
}
