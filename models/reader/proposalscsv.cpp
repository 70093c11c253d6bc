#include "proposalscsv.h"

#include "csvtext.h"
#include "numbers.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ProposalsCsv {

namespace {

enum Column {
    Service,
    Year,
    Objective,
    ObjectiveTitle,
    Action,
    Kind,
    Program,
    Value,
    Unit,
    Page,
    SourceQuote,
    Title,
    Counterpart,
    Ministry,
    Stage,
    ColumnCount
};

constexpr const char *columnNames[ColumnCount]
    = {"service", "year", "objective",    "objective_title", "action",      "kind",     "program", "value",
       "unit",    "page", "source_quote", "title",           "counterpart", "ministry", "stage"};

const QString objectiveKind = QStringLiteral("objective");
const QString actionKind = QStringLiteral("action");

/// A row with the report's own columns filled: service, year, ministry, stage.
QStringList reportRow(const ReportOutline &outline)
{
    QStringList row(ColumnCount);
    row[Service] = outline.service;
    row[Year] = outline.year > 0 ? QString::number(outline.year) : QString();
    row[Ministry] = outline.ministry;
    row[Stage] = outline.stage;
    return row;
}

QString pageText(int page)
{
    return page > 0 ? QString::number(page) : QString();
}

/// The page where sentences begin ("" when none or no pages).
QString firstPage(const QList<Sentence> &sentences)
{
    return pageText(sentences.isEmpty() ? 0 : sentences.first().page);
}

QStringList figureRow(const ReportOutline &outline, const Proposal &proposal)
{
    QStringList row = reportRow(outline);
    row[Objective] = QString::number(proposal.objective);
    row[ObjectiveTitle] = proposal.objectiveTitle;
    row[Action] = proposal.action > 0 ? QString::number(proposal.action) : QString();
    row[Kind] = kindName(proposal.kind);
    row[Program] = proposal.program;
    row[Value] = proposal.value;
    row[Unit] = proposal.unit;
    row[Page] = pageText(proposal.page);
    row[SourceQuote] = proposal.sourceQuote;
    row[Title] = proposal.title;
    row[Counterpart] = proposal.counterpart;
    return row;
}

std::optional<Proposal::Kind> figureKind(const QString &name)
{
    for (Proposal::Kind kind : {Proposal::Kind::Budget, Proposal::Kind::Beneficiaries, Proposal::Kind::Indicator,
                                Proposal::Kind::Milestone}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

/// One reading of a file's records into a draft, noting every problem.
class FileReader
{
public:
    FileReader(const QStringList &header, int headerLine, QList<Problem> *problems)
        : m_headerLine(headerLine),
          m_problems(problems)
    {
        for (const char *name : columnNames) {
            const QString wanted = QLatin1String(name);
            m_columns << header.indexOf(wanted);
            if (m_columns.last() < 0)
                m_problems->append({headerLine, {}, Reader::tr("falta la columna %1").arg(wanted)});
        }
    }

    bool read(const QList<QPair<int, QStringList>> &records, ReportDraft *draft)
    {
        if (records.isEmpty())
            m_problems->append({m_headerLine, {}, Reader::tr("el archivo no tiene filas de datos")});
        if (!m_problems->isEmpty())
            return false; // a column missing: every row would say so
        const Record &first = records.first();
        ReportOutline &outline = draft->outline;
        outline.service = field(first, Service);
        outline.ministry = field(first, Ministry);
        outline.stage = field(first, Stage);
        if (outline.service.trimmed().isEmpty())
            problem(first, Service, Reader::tr("falta el servicio"));
        positive(first, Year, true, &outline.year);
        // The structure first, so that a figure may come before its objective's row.
        for (const Record &record : records) {
            checkText(record);
            checkSameReport(record, first);
            if (field(record, Kind) == objectiveKind)
                readObjective(record, &outline);
        }
        for (const Record &record : records) {
            if (field(record, Kind) == actionKind)
                readAction(record, &outline);
        }
        for (const Record &record : records) {
            const QString kind = field(record, Kind);
            if (const std::optional<Proposal::Kind> figure = figureKind(kind))
                readFigure(record, *figure, outline, draft);
            else if (kind != objectiveKind && kind != actionKind)
                problem(record, Kind,
                        Reader::tr("tipo desconocido: «%1»; los tipos son objective, action, budget, beneficiaries, "
                                   "indicator y milestone")
                            .arg(kind));
        }
        std::sort(outline.objectives.begin(), outline.objectives.end(),
                  [](const ObjectiveOutline &a, const ObjectiveOutline &b) { return a.number < b.number; });
        for (ObjectiveOutline &objective : outline.objectives) {
            std::sort(objective.actions.begin(), objective.actions.end(),
                      [](const ActionOutline &a, const ActionOutline &b) { return a.number < b.number; });
        }
        return m_problems->isEmpty();
    }

private:
    using Record = QPair<int, QStringList>;

    /// The field of a column; "" (never a null string, which would be
    /// written as NULL) when the row is short.
    QString field(const Record &record, Column column) const
    {
        const QString text = record.second.value(m_columns.at(column));
        return text.isNull() ? QStringLiteral("") : text;
    }

    void problem(const Record &record, Column column, const QString &reason)
    {
        m_problems->append({record.first, QLatin1String(columnNames[column]), reason});
    }

    /// A NUL character is no text, and PostgreSQL refuses it.
    void checkText(const Record &record)
    {
        const auto nul = [](const QString &text) { return text.contains(QChar(0)); };
        if (std::any_of(record.second.cbegin(), record.second.cend(), nul))
            m_problems->append({record.first, {}, Reader::tr("contiene un carácter nulo (U+0000), que no es texto")});
    }

    /// One file is one report: the same service, year, ministry and stage on every row.
    void checkSameReport(const Record &record, const Record &first)
    {
        for (Column column : {Service, Year, Ministry, Stage}) {
            if (field(record, column) != field(first, column))
                problem(record, column,
                        Reader::tr("«%1» no es lo que dice la línea %2 («%3»); un archivo es un solo informe")
                            .arg(field(record, column))
                            .arg(first.first)
                            .arg(field(first, column)));
        }
    }

    /// A whole number above zero in column; 0 when empty and not required.
    bool positive(const Record &record, Column column, bool required, int *number)
    {
        const QString text = field(record, column);
        *number = 0;
        if (text.isEmpty() && !required)
            return true;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value > 0) {
            *number = value;
            return true;
        }
        problem(record, column,
                text.isEmpty() ? Reader::tr("falta; debe ser un número entero mayor que cero")
                               : Reader::tr("no es un número entero mayor que cero: «%1»").arg(text));
        return false;
    }

    void readObjective(const Record &record, ReportOutline *outline)
    {
        ObjectiveOutline objective;
        int page = 0;
        const bool paged = positive(record, Page, false, &page);
        if (!positive(record, Objective, true, &objective.number) || !paged)
            return;
        if (const auto seen = m_objectiveLines.constFind(objective.number); seen != m_objectiveLines.constEnd()) {
            problem(record, Objective,
                    Reader::tr("el objetivo %1 ya tiene su fila en la línea %2").arg(objective.number).arg(*seen));
            return;
        }
        m_objectiveLines.insert(objective.number, record.first);
        objective.title = field(record, Title).isEmpty() ? field(record, ObjectiveTitle) : field(record, Title);
        objective.page = page;
        if (const QString intro = field(record, SourceQuote); !intro.isEmpty())
            objective.justificationIntro = {{intro, page}};
        outline->objectives.append(objective);
    }

    /// The objective of a row, or nullptr (and a problem) when the file has no row for it.
    ObjectiveOutline *objectiveOf(const Record &record, ReportOutline *outline)
    {
        int number = 0;
        if (!positive(record, Objective, true, &number))
            return nullptr;
        for (ObjectiveOutline &objective : outline->objectives) {
            if (objective.number == number)
                return &objective;
        }
        problem(record, Objective, Reader::tr("no hay una fila «objective» del objetivo %1").arg(number));
        return nullptr;
    }

    void readAction(const Record &record, ReportOutline *outline)
    {
        ActionOutline action;
        int page = 0;
        ObjectiveOutline *objective = objectiveOf(record, outline);
        const bool paged = positive(record, Page, false, &page);
        if (!positive(record, Action, true, &action.number) && objective)
            m_unnumbered.insert(objective->number);
        if (!action.number || !paged || !objective)
            return;
        const QPair<int, int> key{objective->number, action.number};
        if (const auto seen = m_actionLines.constFind(key); seen != m_actionLines.constEnd()) {
            problem(record, Action,
                    Reader::tr("la acción %1 del objetivo %2 ya tiene su fila en la línea %3")
                        .arg(action.number)
                        .arg(objective->number)
                        .arg(*seen));
            return;
        }
        m_actionLines.insert(key, record.first);
        if (const QString text = field(record, Title); !text.isEmpty())
            action.sentences = {{text, 0}};
        if (const QString paragraph = field(record, SourceQuote); !paragraph.isEmpty())
            action.justification = {{paragraph, page}};
        objective->actions.append(action);
    }

    void readFigure(const Record &record, Proposal::Kind kind, ReportOutline &outline, ReportDraft *draft)
    {
        Proposal figure;
        figure.kind = kind;
        const ObjectiveOutline *objective = objectiveOf(record, &outline);
        // Every column checked, so that the file's every problem is said at once.
        const bool numbered = positive(record, Action, false, &figure.action);
        const bool paged = positive(record, Page, false, &figure.page);
        bool ok = readValue(record, &figure) && numbered && paged;
        // An action row without its number has said so already: its figures would only repeat it.
        if (objective && figure.action > 0 && !m_actionLines.contains({objective->number, figure.action})
            && !m_unnumbered.contains(objective->number)) {
            problem(record, Action,
                    Reader::tr("el objetivo %1 no tiene una fila «action» de la acción %2")
                        .arg(objective->number)
                        .arg(figure.action));
            ok = false;
        }
        if (!ok || !objective)
            return;
        figure.objective = objective->number;
        figure.objectiveTitle = objective->title;
        figure.program = field(record, Program);
        figure.unit = field(record, Unit);
        figure.title = field(record, Title);
        figure.counterpart = field(record, Counterpart);
        figure.sourceQuote = field(record, SourceQuote);
        draft->figures.append({figure, ReviewedFigure::State::Confirmed, {}});
    }

    /// A figure's value as a plain decimal: a whole number for a budget (M$)
    /// and a count of beneficiaries; a milestone has none.
    bool readValue(const Record &record, Proposal *figure)
    {
        if (figure->kind == Proposal::Kind::Milestone) {
            if (!field(record, Title).trimmed().isEmpty())
                return true;
            problem(record, Title, Reader::tr("falta lo que el hito acordó, publicó o estudió"));
            return false;
        }
        const QString text = field(record, Value);
        QString reason;
        std::optional<QString> value;
        if (figure->kind == Proposal::Kind::Indicator) {
            value = Numbers::exact(text, NumberStyle::Plain, &reason);
        } else if (const std::optional<qint64> whole = Numbers::parseWhole(text, NumberStyle::Plain, &reason)) {
            value = QString::number(*whole);
            if (*whole < 0)
                reason = Reader::tr("no puede ser negativo: %1").arg(text);
        }
        if (!value || !reason.isEmpty()) {
            problem(record, Value, reason.isEmpty() ? Reader::tr("falta el valor") : reason);
            return false;
        }
        figure->value = *value;
        return true;
    }

    int m_headerLine = 0;
    QList<Problem> *m_problems;
    QList<int> m_columns; ///< the file's index of each Column
    QHash<int, int> m_objectiveLines; ///< objective -> line of its row
    QHash<QPair<int, int>, int> m_actionLines; ///< objective, action -> line of its row
    QSet<int> m_unnumbered; ///< objectives with an action row whose number is wrong
};

} // namespace

QStringList header()
{
    QStringList names;
    for (const char *name : columnNames)
        names << QLatin1String(name);
    return names;
}

QString kindName(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::Budget:
        return QStringLiteral("budget");
    case Proposal::Kind::Beneficiaries:
        return QStringLiteral("beneficiaries");
    case Proposal::Kind::Indicator:
        return QStringLiteral("indicator");
    case Proposal::Kind::Milestone:
        return QStringLiteral("milestone");
    }
    return {};
}

namespace {

/// Every row after the header, objective by objective.
QList<QStringList> rows(const ReadReport &report)
{
    const ReportOutline &outline = report.outline;
    QList<QStringList> rows;
    QList<bool> written(report.proposals.size(), false);
    for (const ObjectiveOutline &objective : outline.objectives) {
        QStringList row = reportRow(outline);
        row[Objective] = QString::number(objective.number);
        row[ObjectiveTitle] = objective.title;
        row[Kind] = objectiveKind;
        row[Title] = objective.title;
        row[SourceQuote] = objective.justificationIntroText();
        row[Page] = firstPage(objective.justificationIntro);
        rows << row;
        for (const ActionOutline &action : objective.actions) {
            row[Action] = QString::number(action.number);
            row[Kind] = actionKind;
            row[Title] = action.text();
            row[SourceQuote] = action.justificationText();
            row[Page] = firstPage(action.justification);
            rows << row;
        }
        for (qsizetype i = 0; i < report.proposals.size(); ++i) {
            if (!written.at(i) && report.proposals.at(i).objective == objective.number) {
                rows << figureRow(outline, report.proposals.at(i));
                written[i] = true;
            }
        }
    }
    // A figure of no objective the outline has: still in the file, and the import names it.
    for (qsizetype i = 0; i < report.proposals.size(); ++i) {
        if (!written.at(i))
            rows << figureRow(outline, report.proposals.at(i));
    }
    return rows;
}

QByteArray line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << CsvText::field(field);
    return (quoted.join(u',') + u'\n').toUtf8();
}

} // namespace

QByteArray file(const ReadReport &report)
{
    QByteArray bytes = line(header());
    for (const QStringList &row : rows(report))
        bytes += line(row);
    return bytes;
}

bool isProposalsHeader(const QStringList &header)
{
    return header.mid(0, 6) == ProposalsCsv::header().mid(0, 6);
}

Reader::Reader(const QStringList &header, int headerLine) : m_header(header), m_headerLine(headerLine) { }

void Reader::add(int line, const QStringList &fields)
{
    m_records.append({line, fields});
}

bool Reader::draft(const QString &sourceName, const QString &reviewer, const QDateTime &reviewedAt, ReportDraft *draft)
{
    m_problems.clear();
    ReportDraft read;
    if (!FileReader(m_header, m_headerLine, &m_problems).read(m_records, &read)) {
        // In the file's order, as a person goes through it.
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [](const Problem &a, const Problem &b) { return a.line < b.line; });
        return false;
    }
    read.sourceName = sourceName;
    read.reviewer = reviewer;
    read.reviewedAt = reviewedAt;
    *draft = std::move(read);
    return true;
}

} // namespace ProposalsCsv
