#include "draftwriter.h"

#include "boundquery.h"
#include "dataset.h"
#include "dbsupport.h"
#include "format.h"
#include "sql.h"
#include "textfold.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <optional>

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

const QVariant nullId{QMetaType(QMetaType::LongLong)};

/// Text for a NOT NULL column: "" where the report said nothing (a null
/// QString would bind as NULL).
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// A figure as the tables hold it: a result (a budget and its
/// beneficiaries, either may be missing), an indicator or a milestone.
struct Row
{
    enum class Table { Result, Indicator, Milestone };
    Table table = Table::Indicator;
    int objective = 0;
    int action = 0;
    QString program;
    std::optional<qint64> budget;
    std::optional<qint64> beneficiaries;
    QString value; ///< indicators: plain decimal
    QString unit;  ///< results: the beneficiaries'; indicators: theirs; milestones: their kind
    QString name;  ///< indicators: name; milestones: title
    QString counterpart;
    QString quote;
    int page = 0;
    ReviewedFigure::State state = ReviewedFigure::State::Proposed;
    QStringList proposed;

    /// What a person reads for it, and compares: the same text for a row of
    /// the database and one of a draft.
    QString line() const
    {
        const QString where = DraftWriter::tr("Objetivo %1").arg(objective);
        switch (table) {
        case Table::Result: {
            QStringList parts;
            if (budget)
                parts << Format::withUnit(double(*budget), QStringLiteral("M$"));
            if (beneficiaries)
                parts << Format::withUnit(double(*beneficiaries), unit);
            return QStringLiteral("%1 · %2: %3").arg(where, program, parts.join(QLatin1String("; ")));
        }
        case Table::Indicator:
            return program.isEmpty()
                ? QStringLiteral("%1 · %2").arg(where, Format::withUnit(value.toDouble(), unit))
                : QStringLiteral("%1 · %2 (%3)").arg(where, Format::withUnit(value.toDouble(), unit), program);
        case Table::Milestone:
            return QStringLiteral("%1 · %2: %3").arg(where, unit, name);
        }
        return {};
    }
};

/// The whole number a budget or a count is stored as, or nothing (with
/// *error) for a decimal ("0.5" M$ is 500 pesos: no M$ figure).
std::optional<qint64> wholeFigure(const Proposal &p, QString *error)
{
    bool ok = false;
    const qint64 value = p.value.toLongLong(&ok);
    if (ok && value >= 0)
        return value;
    *error = DraftWriter::tr("«%1» no es un número entero, y un presupuesto (en M$) o un número de beneficiarios "
                              "lo es: %2")
                 .arg(p.value, DraftWriter::describe(p));
    return std::nullopt;
}

ReviewedFigure::State combined(ReviewedFigure::State a, ReviewedFigure::State b)
{
    using State = ReviewedFigure::State;
    if (a == State::Proposed || b == State::Proposed)
        return State::Proposed;
    return a == State::Corrected || b == State::Corrected ? State::Corrected : State::Confirmed;
}

/// The draft's figures as rows: a budget and the beneficiaries of one
/// objective, action and program are one result; a budget or a count with
/// no program is an indicator (a result needs its program).
bool rowsOf(const ReportDraft &draft, QList<Row> *rows, QString *error)
{
    QHash<QString, qsizetype> results; // objective / action / folded program -> index in rows
    for (const ReviewedFigure &reviewed : draft.figures) {
        const Proposal &p = reviewed.figure;
        Row row;
        row.objective = p.objective;
        row.action = p.action;
        row.program = p.program;
        row.quote = p.sourceQuote;
        row.page = p.page;
        row.state = reviewed.state;
        if (!reviewed.proposed.isEmpty())
            row.proposed << reviewed.proposed;
        const bool resultPart = (p.kind == Proposal::Kind::Budget || p.kind == Proposal::Kind::Beneficiaries)
            && !p.program.trimmed().isEmpty();
        if (p.kind == Proposal::Kind::Milestone) {
            row.table = Row::Table::Milestone;
            row.unit = p.unit;
            row.name = p.title;
            row.counterpart = p.counterpart;
        } else if (!resultPart) {
            row.table = Row::Table::Indicator;
            row.value = p.value;
            row.unit = p.unit;
            row.name = p.title.isEmpty() ? DraftWriter::indicatorName(p) : p.title;
        } else {
            const std::optional<qint64> figure = wholeFigure(p, error);
            if (!figure)
                return false;
            const QString key = QStringLiteral("%1/%2/%3").arg(p.objective).arg(p.action).arg(TextFold::fold(p.program));
            const bool budget = p.kind == Proposal::Kind::Budget;
            const auto found = results.constFind(key);
            if (found != results.constEnd()) {
                Row &pair = (*rows)[*found];
                if (budget ? pair.budget.has_value() : pair.beneficiaries.has_value()) {
                    *error = DraftWriter::tr("el programa %1 tiene dos %2 en el objetivo %3, acción %4; deje uno")
                                 .arg(p.program,
                                      budget ? DraftWriter::tr("presupuestos") : DraftWriter::tr("cifras de beneficiarios"))
                                 .arg(p.objective)
                                 .arg(p.action);
                    return false;
                }
                (budget ? pair.budget : pair.beneficiaries) = *figure;
                if (!budget)
                    pair.unit = p.unit;
                if (pair.quote != p.sourceQuote && !pair.quote.contains(p.sourceQuote))
                    pair.quote = budget ? p.sourceQuote + u' ' + pair.quote : pair.quote + u' ' + p.sourceQuote;
                if (budget && p.page)
                    pair.page = pair.page ? std::min(pair.page, p.page) : p.page;
                pair.state = combined(pair.state, reviewed.state);
                pair.proposed << row.proposed;
                continue;
            }
            row.table = Row::Table::Result;
            (budget ? row.budget : row.beneficiaries) = *figure;
            if (!budget)
                row.unit = p.unit;
            results.insert(key, rows->size());
        }
        rows->append(row);
    }
    return true;
}

QString serviceKey(const QString &name)
{
    return TextFold::fold(name.simplified());
}

/// The service's id when db has it, by its name or short name folded; 0
/// when not.
bool findService(const QSqlDatabase &db, const QString &name, qint64 *id, QString *error)
{
    QSqlQuery query(db);
    if (!BoundQuery::run(query, QString::fromLatin1(Sql::selectServices), {}, error))
        return false;
    *id = 0;
    const QString wanted = serviceKey(name);
    while (query.next()) {
        if (serviceKey(query.value(1).toString()) == wanted || serviceKey(query.value(2).toString()) == wanted) {
            *id = query.value(0).toLongLong();
            break;
        }
    }
    return true;
}

/// The report's id, 0 when db does not have it.
bool findReport(const QSqlDatabase &db, const ReportOutline &outline, qint64 *id, QString *error)
{
    qint64 serviceId = 0;
    *id = 0;
    if (!findService(db, outline.service, &serviceId, error))
        return false;
    if (!serviceId)
        return true;
    BoundQuery query(db, Sql::findReport);
    if (!query.run({serviceId, outline.year}, error))
        return false;
    *id = query.first().toLongLong();
    return true;
}

/// The database's figures of a report, as rows for line().
bool storedRows(const QSqlDatabase &db, qint64 reportId, QList<Row> *rows, QString *error)
{
    QSqlQuery query(db);
    if (!BoundQuery::run(query, QString::fromLatin1(Sql::reportResults), {reportId}, error))
        return false;
    while (query.next()) {
        Row row;
        row.table = Row::Table::Result;
        row.objective = query.value(0).toInt();
        row.program = query.value(1).toString();
        if (!query.value(2).isNull())
            row.budget = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            row.beneficiaries = query.value(3).toLongLong();
        row.unit = query.value(4).toString();
        rows->append(row);
    }
    if (!BoundQuery::run(query, QString::fromLatin1(Sql::reportIndicators), {reportId}, error))
        return false;
    while (query.next()) {
        Row row;
        row.objective = query.value(0).toInt();
        row.program = query.value(1).toString();
        row.value = Format::plain(query.value(2).toDouble());
        row.unit = query.value(3).toString();
        rows->append(row);
    }
    if (!BoundQuery::run(query, QString::fromLatin1(Sql::reportMilestones), {reportId}, error))
        return false;
    while (query.next()) {
        Row row;
        row.table = Row::Table::Milestone;
        row.objective = query.value(0).toInt();
        row.unit = query.value(1).toString();
        row.name = query.value(2).toString();
        rows->append(row);
    }
    return true;
}

/// Writes a draft's rows once its report is known to be new.
class RowWriter
{
public:
    RowWriter(QSqlDatabase &db, const ReportDraft &draft, QString *error) : m_db(db), m_draft(draft), m_error(error)
    {
    }

    bool write(const QList<Row> &rows)
    {
        return writeReport() && writeStructure() && writeRows(rows);
    }

private:
    bool writeReport()
    {
        const ReportOutline &outline = m_draft.outline;
        qint64 serviceId = 0;
        if (!findService(m_db, outline.service, &serviceId, m_error))
            return false;
        if (!serviceId) {
            BoundQuery insert(m_db, Sql::insertService);
            const QString name = outline.service.simplified();
            if (!insert.insert({name, name, nullIfEmpty(outline.ministry)}, m_error, &serviceId))
                return false;
        }
        QString title = DraftWriter::tr("Balance de Gestión Integral %1").arg(outline.year);
        if (!outline.stage.isEmpty())
            title += QStringLiteral(" – ") + outline.stage;
        BoundQuery insert(m_db, Sql::insertReport);
        return insert.insert({serviceId, outline.year, title, nullIfEmpty(m_draft.sourceName), 0}, m_error,
                             &m_reportId);
    }

    bool writeStructure()
    {
        BoundQuery insertObjective(m_db, Sql::insertObjective);
        BoundQuery insertAction(m_db, Sql::insertAction);
        for (const ObjectiveOutline &o : m_draft.outline.objectives) {
            qint64 objectiveId = 0;
            if (!insertObjective.insert({m_reportId, o.number, notNull(o.title),
                                         DraftWriter::tr("Objetivo %1").arg(o.number),
                                         nullIfEmpty(o.justificationIntroText())},
                                        m_error, &objectiveId))
                return false;
            m_objectives.insert(o.number, objectiveId);
            for (const ActionOutline &a : o.actions) {
                qint64 actionId = 0;
                if (!insertAction.insert({objectiveId, a.number, notNull(a.text()), nullIfEmpty(a.justificationText())},
                                         m_error, &actionId))
                    return false;
                m_actions.insert({o.number, a.number}, actionId);
            }
        }
        BoundQuery region(m_db, Sql::regionByCode);
        if (!region.run({QStringLiteral("00")}, m_error))
            return false;
        m_region = region.firstRow();
        if (m_region.size() != 3) {
            *m_error = DraftWriter::tr("la base de datos no tiene la región «Nacional» (código 00)");
            return false;
        }
        return true;
    }

    /// The program's id: the database's of the same folded name, or a new one.
    bool programId(const QString &name, QVariant *id)
    {
        if (name.trimmed().isEmpty()) {
            *id = nullId;
            return true;
        }
        const QString folded = TextFold::fold(name.simplified());
        if (const auto found = m_programs.constFind(folded); found != m_programs.constEnd()) {
            *id = *found;
            return true;
        }
        BoundQuery find(m_db, Sql::findProgramByFoldedName);
        if (!find.run({folded}, m_error))
            return false;
        qint64 programId = find.first().toLongLong();
        BoundQuery insert(m_db, Sql::insertProgram);
        if (!programId && !insert.insert({name.simplified(), folded}, m_error, &programId))
            return false;
        m_programs.insert(folded, programId);
        *id = programId;
        return true;
    }

    /// The review columns of a row: page, review, reviewed_by, reviewed_at, proposed.
    QVariantList review(const Row &row) const
    {
        static const char *const states[] = {"proposed", "confirmed", "corrected"};
        const bool reviewed = row.state != ReviewedFigure::State::Proposed;
        return {row.page > 0 ? QVariant(row.page) : QVariant(QMetaType(QMetaType::Int)),
                QString::fromLatin1(states[int(row.state)]),
                reviewed ? nullIfEmpty(m_draft.reviewer) : nullIfEmpty({}),
                reviewed ? QVariant(m_draft.reviewedAt.toUTC().toString(Qt::ISODate)) : nullIfEmpty({}),
                row.state == ReviewedFigure::State::Corrected ? nullIfEmpty(row.proposed.join(QLatin1String("; ")))
                                                              : nullIfEmpty({})};
    }

    bool writeRows(const QList<Row> &rows)
    {
        BoundQuery insertResult(m_db, Sql::insertReadResult);
        BoundQuery insertIndicator(m_db, Sql::insertReadIndicator);
        BoundQuery insertMilestone(m_db, Sql::insertReadMilestone);
        const int year = m_draft.outline.year;
        const QString regionShort = m_region.at(1).toString();
        const QString regionOfficial = m_region.at(2).toString();
        for (const Row &row : rows) {
            if (!m_objectives.contains(row.objective)
                || (row.action && !m_actions.contains({row.objective, row.action}))) {
                *m_error = DraftWriter::tr("%1: el informe no tiene ese objetivo o esa acción").arg(row.line());
                return false;
            }
            const qint64 objective = m_objectives.value(row.objective);
            const QVariant action = row.action ? QVariant(m_actions.value({row.objective, row.action})) : nullId;
            QVariant program;
            if (!programId(row.program, &program))
                return false;
            const QVariant none(QMetaType(QMetaType::LongLong));
            bool ok = false;
            switch (row.table) {
            case Row::Table::Result: {
                const QVariant budget = row.budget ? QVariant(*row.budget) : none;
                const QVariant beneficiaries = row.beneficiaries ? QVariant(*row.beneficiaries) : none;
                ok = insertResult.run(QVariantList{objective, action, program, m_region.at(0), year, budget,
                                                   beneficiaries, nullIfEmpty(row.unit), row.quote,
                                                   resultSearchText(row.program, regionShort, regionOfficial,
                                                                    row.unit, row.quote),
                                                   budget, beneficiaries}
                                          + review(row),
                                      m_error);
                break;
            }
            case Row::Table::Indicator:
                ok = insertIndicator.run(QVariantList{objective, action, program, m_region.at(0), year, row.name,
                                                      row.value.toDouble(), row.unit, row.quote,
                                                      indicatorSearchText(row.name, row.program, regionShort,
                                                                          regionOfficial, row.unit, row.quote)}
                                             + review(row),
                                         m_error);
                break;
            case Row::Table::Milestone:
                ok = insertMilestone.run(
                    QVariantList{objective, action, row.unit, row.name, nullIfEmpty(row.counterpart), row.quote,
                                 TextFold::fold(QStringList{row.unit, row.name, row.counterpart, row.quote}.join(u' '))}
                        + review(row),
                    m_error);
                break;
            }
            if (!ok)
                return false;
        }
        return true;
    }

    QSqlDatabase &m_db;
    const ReportDraft &m_draft;
    QString *m_error;
    qint64 m_reportId = 0;
    QHash<int, qint64> m_objectives;
    QHash<QPair<int, int>, qint64> m_actions;
    QHash<QString, qint64> m_programs;
    QVariantList m_region; ///< id, short_name, official_name of "Nacional"
};

} // namespace

bool DraftWriter::compare(const QSqlDatabase &db, const ReportDraft &draft, ReportChanges *changes, QString *error)
{
    *changes = {};
    qint64 reportId = 0;
    if (!findReport(db, draft.outline, &reportId, error))
        return false;
    if (!reportId)
        return true;
    changes->exists = true;
    changes->report = QStringLiteral("%1, %2").arg(draft.outline.service.simplified()).arg(draft.outline.year);
    QList<Row> drafted;
    QList<Row> stored;
    if (!rowsOf(draft, &drafted, error) || !storedRows(db, reportId, &stored, error))
        return false;
    // Lines compared folded (accents and case aside, as programs are matched).
    QMap<QString, QStringList> have;
    for (const Row &row : std::as_const(stored))
        have[TextFold::fold(row.line())] << row.line();
    for (const Row &row : std::as_const(drafted)) {
        auto found = have.find(TextFold::fold(row.line()));
        if (found == have.end() || found->isEmpty()) {
            changes->added << row.line();
            continue;
        }
        found->removeLast();
        ++changes->same;
    }
    for (const QStringList &left : std::as_const(have))
        changes->missing << left;
    changes->added.sort();
    changes->missing.sort();
    return true;
}

bool DraftWriter::write(QSqlDatabase &db, const ReportDraft &draft, QString *error)
{
    const ReportOutline &outline = draft.outline;
    if (outline.service.trimmed().isEmpty() || outline.year <= 0) {
        *error = tr("el informe no dice de qué servicio o de qué año es; no se escribió nada");
        return false;
    }
    QList<Row> rows;
    if (!rowsOf(draft, &rows, error))
        return false;
    return inTransaction(db, error, [&] {
        ReportChanges changes;
        if (!compare(db, draft, &changes, error))
            return false;
        if (changes.exists) {
            *error = tr("la base de datos ya tiene el informe %1; no se duplica (%n cifras iguales, %2 nuevas, %3 "
                        "que la lectura no trae)",
                        nullptr, changes.same)
                         .arg(changes.report)
                         .arg(changes.added.size())
                         .arg(changes.missing.size());
            return false;
        }
        return RowWriter(db, draft, error).write(rows);
    });
}

QString DraftWriter::describe(const Proposal &figure)
{
    const QString program = figure.program.isEmpty() ? QString() : QStringLiteral(" · ") + figure.program;
    switch (figure.kind) {
    case Proposal::Kind::Budget:
        return tr("presupuesto %1").arg(Format::withUnit(figure.value.toDouble(), QStringLiteral("M$"))) + program;
    case Proposal::Kind::Beneficiaries:
        return tr("beneficiarios %1").arg(Format::withUnit(figure.value.toDouble(), figure.unit)) + program;
    case Proposal::Kind::Indicator:
        return tr("indicador %1").arg(Format::withUnit(figure.value.toDouble(), figure.unit)) + program;
    case Proposal::Kind::Milestone:
        return tr("hito %1: %2").arg(figure.unit, figure.title)
            + (figure.counterpart.isEmpty() ? QString() : tr(" (con %1)").arg(figure.counterpart));
    }
    return {};
}

QString DraftWriter::indicatorName(const Proposal &figure)
{
    if (figure.unit == QLatin1String("%"))
        return tr("Porcentaje");
    QString name = figure.unit.simplified();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

ReportDraft DraftWriter::unconfirmed(const ReadReport &read, const QString &sourceName)
{
    ReportDraft draft;
    draft.outline = read.outline;
    draft.sourceName = sourceName;
    for (const Proposal &p : read.proposals)
        draft.figures.append({p, ReviewedFigure::State::Proposed, {}});
    return draft;
}
