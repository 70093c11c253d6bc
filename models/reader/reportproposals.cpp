#include "reportproposals.h"

#include "reportmilestones.h"
#include "spanishfigures.h"
#include "textfold.h"

#include <QRegularExpression>

namespace {

/// Lower-case words that may stand between the capitalised words of a name
/// ("Creación y Fortalecimiento de Cooperativas"), never at its end.
bool isNameConnector(const QString &word)
{
    static const QStringList connectors = {QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"),
                                           QStringLiteral("las"), QStringLiteral("los"), QStringLiteral("el"),
                                           QStringLiteral("y"), QStringLiteral("e"), QStringLiteral("para"),
                                           QStringLiteral("en")};
    return connectors.contains(word);
}

const QRegularExpression &programWord()
{
    static const QRegularExpression re(QStringLiteral("\\b(?:programa|fondo concursable|fondo)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &instrumentWords()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:mediante|a través de)\\s+(?:(?:el|la|los|las)\\s+)?(?:red\\s+de\\s+)?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

/// "este programa", "este último programa", "dicho fondo": the program the
/// sentence before named.
const QRegularExpression &programReference()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:este|esta|dicho|dicha)\\s+(?:(?:último|última)\\s+)?(?:programa|fondo)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

/// The figures of a sentence that are no part of another (not inside a
/// breakdown's parentheses), by kind.
struct TopFigures
{
    QList<qsizetype> money;
    QList<qsizetype> counts;
};

TopFigures topFigures(const QList<FoundFigure> &figures)
{
    TopFigures top;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const FoundFigure &f = figures.at(i);
        if (f.breakdownOf >= 0)
            continue;
        if (f.kind == FoundFigure::Kind::Money)
            top.money << i;
        else if (f.kind == FoundFigure::Kind::Count && !f.unitCarried && !f.unit.isEmpty())
            top.counts << i;
    }
    return top;
}

/// The last program a sentence names, "programas como A, B y C" giving C.
QString lastProgramIn(const QString &sentence)
{
    static const QRegularExpression list(QStringLiteral("\\bprogramas\\s+(?:como\\s+)?([^.;]*)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = list.match(sentence);
    if (m.hasMatch()) {
        static const QRegularExpression separator(QStringLiteral(",\\s*|\\s+y\\s+"));
        const QStringList items = m.captured(1).split(separator, Qt::SkipEmptyParts);
        if (!items.isEmpty()) {
            const QString name = ReportProposals::nameAt(items.constLast().trimmed(), 0);
            if (!name.isEmpty())
                return name;
        }
    }
    return ReportProposals::programIn(sentence);
}

/// The sentence's figures, but for those in a title it names ("el libro
/// titulado Veinte años de …": the title's words).
QList<FoundFigure> figuresOf(const QString &sentence)
{
    QList<FoundFigure> figures = SpanishFigures::scan(sentence);
    const qsizetype title = ReportMilestones::titleStart(sentence);
    if (title >= 0) {
        while (!figures.isEmpty() && figures.constLast().start >= title)
            figures.removeLast();
    }
    return figures;
}

/// What the proposals of one sentence share.
struct Place
{
    int objective = 0;
    QString objectiveTitle;
    int action = 0;
    int page = 0;
    QString program; ///< the one "este programa" names, when the figure's sentence names none

    QString quote;
};

Proposal figureProposal(const Place &place, Proposal::Kind kind, const FoundFigure &f, qsizetype offset)
{
    Proposal p;
    p.kind = kind;
    p.objective = place.objective;
    p.objectiveTitle = place.objectiveTitle;
    p.action = place.action;
    p.program = ReportProposals::programAt(place.quote, offset + f.start);
    if (p.program.isEmpty())
        p.program = place.program;
    p.value = f.value;
    p.unit = f.unit;
    p.page = place.page;
    p.sourceQuote = place.quote;
    p.start = offset + f.start;
    p.length = f.written.size();
    return p;
}

void proposeIndicators(const Place &place, const QList<FoundFigure> &figures, const QList<bool> &used,
                       QList<Proposal> *out)
{
    for (qsizetype n = 0; n < figures.size(); ++n) {
        if (!used.value(n))
            out->append(figureProposal(place, Proposal::Kind::Indicator, figures.at(n), 0));
    }
}

/// "A través del programa X se benefició a 896 … . Este programa movilizó
/// M$ …": a program's one count, and in the next sentence, which starts by
/// referring to it, its one money figure. Proposes both sentences' figures
/// and returns true when it is so.
bool proposeSplitPair(const Place &place, const QList<FoundFigure> &figures, const Sentence &next,
                      QList<Proposal> *out)
{
    const TopFigures top = topFigures(figures);
    if (!top.money.isEmpty() || top.counts.size() != 1 || ReportProposals::programIn(place.quote).isEmpty())
        return false;
    const QList<FoundFigure> nextFigures = figuresOf(next.text);
    const TopFigures nextTop = topFigures(nextFigures);
    if (nextTop.money.size() != 1 || !nextTop.counts.isEmpty()
        || programReference().match(next.text).capturedStart() != 0)
        return false;
    Place both = place;
    both.quote = place.quote + u' ' + next.text;
    out->append(figureProposal(both, Proposal::Kind::Budget, nextFigures.at(nextTop.money.first()),
                               place.quote.size() + 1));
    out->append(figureProposal(both, Proposal::Kind::Beneficiaries, figures.at(top.counts.first()), 0));
    QList<bool> used(figures.size(), false);
    used[top.counts.first()] = true;
    proposeIndicators(place, figures, used, out);
    Place nextPlace = place;
    nextPlace.quote = next.text;
    nextPlace.page = next.page;
    QList<bool> nextUsed(nextFigures.size(), false);
    nextUsed[nextTop.money.first()] = true;
    proposeIndicators(nextPlace, nextFigures, nextUsed, out);
    return true;
}

/// Proposals from one action's sentences (or its justification's, where no
/// figure is a budget: pairs is false). A sentence that starts with a figure
/// goes on from the one before ("… a 2.107 clientes. 351 exportaron, 396
/// importaron"): it takes that sentence's program, and its counts without a
/// noun take that sentence's last noun.
void proposeFigures(const QList<Sentence> &sentences, Place place, bool pairs, QList<Proposal> *out)
{
    QString carriedProgram; ///< the program of the sentence before
    QString carriedUnit;    ///< the last count's noun of the sentence before
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const Sentence &sentence = sentences.at(i);
        QList<FoundFigure> figures = figuresOf(sentence.text);
        place.page = sentence.page;
        place.quote = sentence.text;
        // the program a figure gets when its sentence names none
        place.program.clear();
        if (i > 0 && programReference().match(sentence.text).hasMatch())
            place.program = lastProgramIn(sentences.at(i - 1).text);
        else if (!figures.isEmpty() && figures.constFirst().start == 0) {
            place.program = carriedProgram;
            for (FoundFigure &f : figures) {
                if (f.kind == FoundFigure::Kind::Count && f.unit.isEmpty())
                    f.unit = carriedUnit;
            }
        }
        const qsizetype before = out->size();
        const TopFigures top = topFigures(figures);
        QList<bool> used(figures.size(), false);
        if (pairs && i + 1 < sentences.size() && proposeSplitPair(place, figures, sentences.at(i + 1), out)) {
            ++i; // the next sentence's figures are proposed too
        } else {
            if (pairs && top.money.size() == 1 && top.counts.size() == 1) {
                out->append(figureProposal(place, Proposal::Kind::Budget, figures.at(top.money.first()), 0));
                out->append(figureProposal(place, Proposal::Kind::Beneficiaries, figures.at(top.counts.first()), 0));
                used[top.money.first()] = used[top.counts.first()] = true;
            }
            proposeIndicators(place, figures, used, out);
        }
        carriedProgram = out->size() > before ? out->constLast().program : ReportProposals::programIn(sentence.text);
        carriedUnit.clear();
        for (const FoundFigure &f : std::as_const(figures)) {
            if (f.kind == FoundFigure::Kind::Count && !f.unit.isEmpty())
                carriedUnit = f.unit;
        }
    }
}

} // namespace

namespace ReportProposals {

QString nameAt(const QString &text, qsizetype at)
{
    const QStringList words = text.mid(at).split(u' ', Qt::SkipEmptyParts);
    QStringList name;
    qsizetype lastCapital = -1;
    for (const QString &raw : words) {
        QString word = raw;
        bool ends = false;
        while (!word.isEmpty() && QStringLiteral(",.;:)»\"").contains(word.back())) {
            word.chop(1);
            ends = true;
        }
        if (word.isEmpty())
            break;
        if (word.at(0).isUpper()) {
            name << word;
            lastCapital = name.size();
        } else if (!name.isEmpty() && isNameConnector(word)) {
            name << word;
        } else {
            break;
        }
        if (ends)
            break;
    }
    return name.first(qMax<qsizetype>(lastCapital, 0)).join(u' ');
}

QString programAt(const QString &sentence, qsizetype at)
{
    // "Name: …" at the sentence's start or after a ':' or ';' ("… asociativas:
    // Gremios del Norte: Con recursos …"): the last such name before at.
    QString named;
    qsizetype segment = 0;
    for (qsizetype i = 0; i < qMin(at, sentence.size()); ++i) {
        const QChar c = sentence.at(i);
        if (c != u':' && c != u';')
            continue;
        const QString head = sentence.mid(segment, i - segment).trimmed();
        if (c == u':' && !head.isEmpty() && head.size() <= 80 && head.count(u' ') < 8 && nameAt(head, 0) == head)
            named = head;
        segment = i + 1;
    }
    if (!named.isEmpty())
        return named;
    for (auto it = programWord().globalMatch(sentence); it.hasNext();) {
        const QString name = nameAt(sentence, it.next().capturedEnd());
        if (!name.isEmpty())
            return name;
    }
    // "Mediante los Centros de Apoyo …", "a través de la red de Centros de Apoyo": an instrument
    // named with two words or more.
    for (auto it = instrumentWords().globalMatch(sentence); it.hasNext();) {
        const QString name = nameAt(sentence, it.next().capturedEnd());
        if (name.contains(u' '))
            return name;
    }
    return {};
}

QString programIn(const QString &sentence)
{
    return programAt(sentence, sentence.size());
}

QList<Proposal> propose(const ReportOutline &outline)
{
    QList<Proposal> out;
    for (const ObjectiveOutline &objective : outline.objectives) {
        Place place;
        place.objective = objective.number;
        place.objectiveTitle = objective.title;
        proposeFigures(objective.justificationIntro, place, false, &out);
        for (const ActionOutline &action : objective.actions) {
            place.action = action.number;
            proposeFigures(action.sentences, place, true, &out);
            for (qsizetype s = 0; s < action.sentences.size(); ++s) {
                const Sentence &sentence = action.sentences.at(s);
                const QString previous = s > 0 ? action.sentences.at(s - 1).text : QString();
                for (Proposal m : ReportMilestones::inSentence(sentence.text, previous)) {
                    m.objective = objective.number;
                    m.objectiveTitle = objective.title;
                    m.action = action.number;
                    m.page = sentence.page;
                    out.append(m);
                }
            }
            proposeFigures(action.justification, place, false, &out);
        }
    }
    return out;
}

} // namespace ReportProposals
