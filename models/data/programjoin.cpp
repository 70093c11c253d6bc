#include "programjoin.h"

#include "boundquery.h"
#include "changelog.h"
#include "sql.h"
#include "sqlerror.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace ProgramJoin {
namespace {

/// The context of this file's messages in resources/translations.
struct JoinText
{
    Q_DECLARE_TR_FUNCTIONS(ProgramJoin)
};

constexpr QStringView movedTables[] = {u"result", u"indicator"};
/// How many colliding rows a refusal names.
constexpr int collisionsShown = 5;

QString joinOrigin(qint64 summaryId)
{
    return QStringLiteral("join:%1").arg(summaryId);
}

QString undoOrigin(qint64 summaryId)
{
    return QStringLiteral("undo-join:%1").arg(summaryId);
}

/// SQLite's write lock at once, as an import takes it, or no start at all.
bool begin(QSqlDatabase &db, QString *error)
{
    QSqlQuery begin(db);
    const bool ok = db.driverName() == QLatin1String("QSQLITE") ? begin.exec(QString::fromLatin1(Sql::beginImmediate))
                                                               : db.transaction();
    if (!ok)
        *error = db.driverName() == QLatin1String("QSQLITE") ? SqlError::describe(begin) : SqlError::describe(db);
    return ok;
}

/// A program's name; empty when there is no such program.
std::optional<QString> programName(const QSqlDatabase &db, qint64 id, QString *error)
{
    BoundQuery name(db, Sql::selectProgramLabel);
    if (!name.run({id}, error))
        return std::nullopt;
    return name.first().toString();
}

/// change_log lines of one join or undo, with one time and one person.
class Log
{
public:
    explicit Log(const QSqlDatabase &db)
        : m_line(db, Sql::insertChangeLogReturning),
          m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
          m_user(ChangeLog::currentUser())
    {
    }
    std::optional<qint64> write(const QString &table, const QVariant &rowId, const QString &column,
                                const QVariant &before, const QVariant &after, const QString &origin, QString *error)
    {
        qint64 id = 0;
        if (!m_line.insert({m_at, m_user, table, rowId, column, before, after, origin}, error, &id))
            return std::nullopt;
        return id;
    }
    const QString &at() const { return m_at; }
    const QString &user() const { return m_user; }

private:
    BoundQuery m_line;
    QString m_at;
    QString m_user;
};

/// "objetivo 1 de Prueba 2024, año 2024, Metropolitana (convocatoria X)" for
/// each row of from that would take the place of one of into's, the first
/// collisionsShown of them, and "…" when there are more.
std::optional<QStringList> collisions(const QSqlDatabase &db, qint64 from, qint64 into, QString *error)
{
    QStringList found;
    for (const char *sql : {Sql::joinCollidingResults, Sql::joinCollidingIndicators}) {
        const bool result = sql == Sql::joinCollidingResults;
        QSqlQuery query(db);
        if (!BoundQuery::run(query, QString::fromLatin1(sql), {from, into, collisionsShown + 1}, error))
            return std::nullopt;
        while (query.next()) {
            QString place = JoinText::tr("objetivo %1 de %2 %3, año %4, %5")
                                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString());
            const QString extra = query.value(5).toString();
            if (!extra.isEmpty())
                place += result ? JoinText::tr(" (convocatoria %1)").arg(extra)
                                : JoinText::tr(" (indicador «%1»)").arg(extra);
            found << place;
        }
    }
    if (found.size() > collisionsShown) {
        found = found.mid(0, collisionsShown);
        found << JoinText::tr("y otras");
    }
    return found;
}

/// Moves table's rows from one program to the other, logging each, and
/// writes their search text again (it holds the program's name). The rows
/// moved, or nullopt.
std::optional<qint64> moveRows(const QSqlDatabase &db, Log &log, QStringView table, qint64 from, qint64 into,
                               const QString &fromName, const QString &intoName, const QString &origin,
                               QString *error)
{
    QSqlQuery ids(db);
    if (!BoundQuery::run(ids, QString::fromLatin1(Sql::programRowIds).arg(table), {from}, error))
        return std::nullopt;
    QList<qint64> rows;
    while (ids.next())
        rows << ids.value(0).toLongLong();
    ids.finish();
    BoundQuery logRows(db, QString::fromLatin1(Sql::logProgramRows).arg(table));
    BoundQuery move(db, QString::fromLatin1(Sql::moveProgramRows).arg(table));
    if (!logRows.run({log.at(), log.user(), fromName, intoName, origin, from}, error) || !move.run({into, from}, error))
        return std::nullopt;
    ChangeLog::SearchText search(db);
    for (const qint64 row : std::as_const(rows)) {
        if (!search.refresh(table, row, error))
            return std::nullopt;
    }
    return rows.size();
}

/// Inside the transaction: the checks, the moves, the lines.
std::optional<Outcome> joinWithin(const QSqlDatabase &db, qint64 from, qint64 into, QString *error)
{
    Outcome outcome;
    const std::optional<QString> fromName = programName(db, from, error);
    const std::optional<QString> intoName = fromName ? programName(db, into, error) : std::nullopt;
    if (!intoName)
        return std::nullopt;
    if (fromName->isEmpty() || intoName->isEmpty()) {
        *error = JoinText::tr("el programa ya no existe; vuelva a abrir la lista");
        return std::nullopt;
    }
    if (from == into) {
        *error = JoinText::tr("«%1» es el mismo programa; elija dos distintos").arg(*fromName);
        return std::nullopt;
    }
    const std::optional<QStringList> colliding = collisions(db, from, into, error);
    if (!colliding)
        return std::nullopt;
    if (!colliding->isEmpty()) {
        *error = JoinText::tr("no se unieron: «%1» y «%2» tienen cifras en el mismo lugar, y una reemplazaría a la "
                              "otra: %3. Quite o corrija una de cada par y vuelva a unirlos.")
                     .arg(*fromName, *intoName, colliding->join(QStringLiteral("; ")));
        return std::nullopt;
    }
    Log log(db);
    const std::optional<qint64> summary = log.write(QStringLiteral("join"), into, *intoName, *fromName, {},
                                                    QStringLiteral("join"), error);
    if (!summary)
        return std::nullopt;
    outcome = {*summary, *fromName, *intoName, 0, 0};
    const QString origin = joinOrigin(*summary);
    for (const QStringView table : movedTables) {
        const std::optional<qint64> moved = moveRows(db, log, table, from, into, *fromName, *intoName, origin, error);
        if (!moved)
            return std::nullopt;
        (table == movedTables[0] ? outcome.results : outcome.indicators) = *moved;
    }
    BoundQuery remove(db, QString::fromLatin1(Sql::deleteRow).arg(QStringLiteral("program")));
    BoundQuery counts(db, Sql::updateChangeLogNewValue);
    if (!log.write(QStringLiteral("program"), from, QStringLiteral("name"), *fromName, {}, origin, error)
        || !remove.run({from}, error) || !counts.run({countsText(outcome.results, outcome.indicators), *summary}, error))
        return std::nullopt;
    return outcome;
}

/// The rows a join moved, by table, and the id its removed program had.
struct Moved
{
    QList<QPair<QString, qint64>> rows;
    qint64 programId = 0;
};

std::optional<Moved> movedBy(const QSqlDatabase &db, qint64 summaryId, QString *error)
{
    QSqlQuery lines(db);
    if (!BoundQuery::run(lines, QString::fromLatin1(Sql::selectJoinLines), {joinOrigin(summaryId)}, error))
        return std::nullopt;
    Moved moved;
    while (lines.next()) {
        const QString table = lines.value(0).toString();
        if (table == u"program")
            moved.programId = lines.value(1).toLongLong();
        else
            moved.rows.append({table, lines.value(1).toLongLong()});
    }
    return moved;
}

/// Why the join at summaryId cannot be undone now (empty when it can);
/// nullopt when the database could not say.
std::optional<QString> undoRefusal(const QSqlDatabase &db, qint64 summaryId, const Outcome &join, qint64 into,
                                   QString *error)
{
    BoundQuery undone(db, Sql::selectJoinUndone);
    const std::optional<QString> kept = programName(db, into, error);
    BoundQuery twin(db, Sql::findProgramByFoldedName);
    if (!kept || !undone.run({undoOrigin(summaryId)}, error))
        return std::nullopt;
    if (!undone.first().isNull())
        return JoinText::tr("la unión de «%1» a «%2» ya se deshizo").arg(join.from, join.into);
    if (kept->isEmpty())
        return JoinText::tr("«%1» ya no existe (se unió a otro programa después); deshaga primero esa unión")
            .arg(join.into);
    if (!twin.run({TextFold::fold(join.from)}, error))
        return std::nullopt;
    if (const QVariant other = twin.first(); !other.isNull()) {
        const std::optional<QString> name = programName(db, other.toLongLong(), error);
        if (!name)
            return std::nullopt;
        return JoinText::tr("ya hay otra vez un programa «%1»; únalo a «%2» antes de deshacer esta unión")
            .arg(*name, join.into);
    }
    return QString();
}

/// The removed program again: under its old id when no program took it.
std::optional<qint64> remake(const QSqlDatabase &db, qint64 oldId, const QString &name, QString *error)
{
    const std::optional<QString> holder = oldId > 0 ? programName(db, oldId, error) : std::optional<QString>(QString());
    if (!holder)
        return std::nullopt;
    if (oldId > 0 && holder->isEmpty()) {
        BoundQuery insert(db, Sql::insertProgramWithId);
        return insert.run({oldId, name, TextFold::fold(name)}, error) ? std::optional<qint64>(oldId) : std::nullopt;
    }
    BoundQuery insert(db, Sql::insertProgram);
    qint64 id = 0;
    return insert.insert({name, TextFold::fold(name)}, error, &id) ? std::optional<qint64>(id) : std::nullopt;
}

/// Inside the transaction: the rows the join moved go back.
std::optional<Outcome> undoWithin(const QSqlDatabase &db, qint64 summaryId, QString *error)
{
    BoundQuery summary(db, Sql::selectJoinSummary);
    if (!summary.run({summaryId}, error))
        return std::nullopt;
    const QVariantList line = summary.firstRow();
    if (line.isEmpty()) {
        *error = JoinText::tr("esta línea del historial no es una unión de programas");
        return std::nullopt;
    }
    const qint64 into = line.at(0).toLongLong();
    Outcome outcome{0, line.at(2).toString(), line.at(1).toString(), 0, 0};
    const std::optional<QString> refusal = undoRefusal(db, summaryId, outcome, into, error);
    if (!refusal)
        return std::nullopt;
    if (!refusal->isEmpty()) {
        *error = *refusal;
        return std::nullopt;
    }
    const std::optional<Moved> moved = movedBy(db, summaryId, error);
    const std::optional<qint64> from = moved ? remake(db, moved->programId, outcome.from, error) : std::nullopt;
    if (!from)
        return std::nullopt;
    Log log(db);
    const QString origin = undoOrigin(summaryId);
    ChangeLog::SearchText search(db);
    QSqlQuery backResult(db);
    QSqlQuery backIndicator(db);
    if (!backResult.prepare(QString::fromLatin1(Sql::moveProgramRowBack).arg(movedTables[0]))
        || !backIndicator.prepare(QString::fromLatin1(Sql::moveProgramRowBack).arg(movedTables[1]))) {
        *error = SqlError::describe(backResult.lastError().isValid() ? backResult : backIndicator);
        return std::nullopt;
    }
    for (const auto &[table, row] : moved->rows) {
        QSqlQuery &move = table == movedTables[0] ? backResult : backIndicator;
        move.addBindValue(*from);
        move.addBindValue(row);
        move.addBindValue(into);
        if (!move.exec()) {
            *error = SqlError::describe(move);
            return std::nullopt;
        }
        if (move.numRowsAffected() != 1)
            continue; // gone since (an import undone): nothing to bring back
        if (!log.write(table, row, QStringLiteral("program"), outcome.into, outcome.from, origin, error)
            || !search.refresh(table, row, error))
            return std::nullopt;
        ++(table == u"result" ? outcome.results : outcome.indicators);
    }
    const QString counts = QStringLiteral("deshecha: ") + countsText(outcome.results, outcome.indicators);
    const std::optional<qint64> undoSummary = log.write(QStringLiteral("program"), *from, QStringLiteral("name"), {},
                                                        outcome.from, origin, error)
        ? log.write(QStringLiteral("join"), into, outcome.into, outcome.from, counts, origin, error)
        : std::nullopt;
    if (!undoSummary)
        return std::nullopt;
    outcome.summaryId = *undoSummary;
    return outcome;
}

/// Runs work in one transaction: committed when it gives an outcome.
template<typename Work>
std::optional<Outcome> transaction(const QSqlDatabase &database, QString *error, Work work)
{
    QSqlDatabase db = database;
    if (!begin(db, error))
        return std::nullopt;
    std::optional<Outcome> outcome = work(db);
    if (outcome && !db.commit()) {
        *error = SqlError::describe(db);
        outcome.reset();
    }
    if (!outcome)
        db.rollback();
    return outcome;
}

} // namespace

std::optional<QList<Program>> programs(const QSqlDatabase &db, QString *error)
{
    QSqlQuery names(db);
    if (!BoundQuery::run(names, QString::fromLatin1(Sql::selectPrograms), {}, error))
        return std::nullopt;
    QList<Program> list;
    QHash<qint64, qsizetype> index;
    while (names.next()) {
        index.insert(names.value(0).toLongLong(), list.size());
        list.append({names.value(0).toLongLong(), names.value(1).toString(), 0, 0, {}});
    }
    QSqlQuery reports(db);
    if (!BoundQuery::run(reports, QString::fromLatin1(Sql::joinProgramReports), {}, error))
        return std::nullopt;
    QHash<qint64, QList<QPair<int, QString>>> named; // program -> (year, service)
    while (reports.next()) {
        const auto found = index.constFind(reports.value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        Program &program = list[*found];
        program.results += reports.value(3).toLongLong();
        program.indicators += reports.value(4).toLongLong();
        const QPair<int, QString> report{reports.value(2).toInt(), reports.value(1).toString()};
        if (!named[program.id].contains(report))
            named[program.id].append(report);
    }
    for (Program &program : list) {
        QList<QPair<int, QString>> each = named.value(program.id);
        std::sort(each.begin(), each.end());
        for (const auto &[year, service] : std::as_const(each))
            program.reports << QStringLiteral("%1 %2").arg(service).arg(year);
    }
    return list;
}

std::optional<Outcome> join(const QSqlDatabase &db, qint64 from, qint64 into, QString *error)
{
    return transaction(db, error, [&](QSqlDatabase &connection) { return joinWithin(connection, from, into, error); });
}

std::optional<Outcome> undo(const QSqlDatabase &db, qint64 summaryId, QString *error)
{
    return transaction(db, error, [&](QSqlDatabase &connection) { return undoWithin(connection, summaryId, error); });
}

QVariant joinOf(qint64 changeLogId, const QString &tableName, const QString &origin)
{
    return ChangeLog::summaryOf(changeLogId, tableName, origin, QLatin1StringView("join"));
}

QString rowCounts(qint64 results, qint64 indicators)
{
    const int r = int(results);
    const int i = int(indicators);
    return JoinText::tr("%1, %2").arg(r == 1 ? JoinText::tr("%Ln resultado", nullptr, r)
                                             : JoinText::tr("%Ln resultados", nullptr, r),
                                      i == 1 ? JoinText::tr("%Ln indicador", nullptr, i)
                                             : JoinText::tr("%Ln indicadores", nullptr, i));
}

QString countsText(qint64 results, qint64 indicators)
{
    // Plain digits and fixed words, as an import's summary logs its counts:
    // the history shows them in the reader's language and locale.
    return QStringLiteral("%1 resultados, %2 indicadores").arg(results).arg(indicators);
}

bool parseCounts(const QString &text, qint64 *results, qint64 *indicators, bool *undone)
{
    static const QRegularExpression pattern(QStringLiteral("^(deshecha: )?(\\d+) resultados, (\\d+) indicadores$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *undone = match.capturedLength(1) > 0;
    *results = match.captured(2).toLongLong();
    *indicators = match.captured(3).toLongLong();
    return true;
}

} // namespace ProgramJoin
