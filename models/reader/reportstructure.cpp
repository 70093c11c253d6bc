#include "reportstructure.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

/// "MINISTERIO DE ECONOMÍA, FOMENTO Y TURISMO" -> "Ministerio de Economía,
/// Fomento y Turismo": a cover sets names in capitals; the database keeps them
/// as a sentence writes them. Text with lower case is left as it is.
QString titleCase(const QString &text)
{
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); }))
        return text;
    static const QSet<QString> minor{u"a"_s,  u"de"_s,  u"del"_s, u"e"_s,    u"el"_s,  u"en"_s,
                                     u"la"_s, u"las"_s, u"los"_s, u"o"_s,    u"para"_s, u"por"_s,
                                     u"con"_s, u"u"_s,  u"y"_s};
    QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i == 0 || !minor.contains(words.at(i)))
            words[i].front() = words.at(i).front().toUpper();
    }
    return words.join(u' ');
}

QString trimmedName(QString name)
{
    static const QRegularExpression trailing(u"[\\s.,;:]+$"_s);
    return name.remove(trailing);
}

/// The first capture of pattern in the cover's sentences, or an empty string.
QString firstCapture(const QList<Paragraph> &cover, const QRegularExpression &pattern)
{
    for (const Paragraph &paragraph : cover) {
        for (const Sentence &sentence : paragraph.sentences) {
            if (const auto m = pattern.match(sentence.text); m.hasMatch())
                return m.captured(1);
        }
    }
    return {};
}

void readCover(const QList<Paragraph> &cover, ReportOutline &outline)
{
    static const QRegularExpression service(
        u"objetivos\\s+estrat[ée]gicos\\s+(?:del|de\\s+la|de\\s+los|de\\s+las|de)\\s+(.+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ministry(u"\\b(ministerio\\s+del?\\s.+)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(u"\\bgesti[óo]n\\s+((?:19|20)\\d\\d)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stage(u"\\betapa\\s+(\\d+)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    outline.service = trimmedName(firstCapture(cover, service));
    QString ministryName = firstCapture(cover, ministry);
    // A cover that sets the service in the same case right after the
    // ministry runs into one paragraph with it.
    if (const qsizetype at = outline.service.isEmpty() ? -1 : ministryName.indexOf(outline.service); at > 0)
        ministryName.truncate(at);
    outline.ministry = titleCase(trimmedName(ministryName));
    outline.year = firstCapture(cover, year).toInt();
    if (const QString number = firstCapture(cover, stage); !number.isEmpty())
        outline.stage = u"Etapa "_s + number;
}

/// The number N of a sentence that begins "En la acción N", or 0.
int justifiedAction(const QString &sentence)
{
    static const QRegularExpression opening(u"^en\\s+la\\s+acci[óo]n\\s+(?:n[°º.]?\\s*)?(\\d+)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return opening.match(sentence).captured(1).toInt();
}

ActionOutline &actionNumbered(ObjectiveOutline &objective, int number)
{
    for (ActionOutline &action : objective.actions) {
        if (action.number == number)
            return action;
    }
    objective.actions.append({number, {}, {}});
    return objective.actions.last();
}

/// Where the body's text goes, by the last heading read.
enum class Section { Cover, Title, Action, Justification };

/// Hands a body paragraph to the part of the objective that its section holds.
void readBody(const Paragraph &paragraph, Section section, ObjectiveOutline &objective,
              ActionOutline *&action)
{
    switch (section) {
    case Section::Cover:
        return;
    case Section::Title:
        objective.title = objective.title.isEmpty() ? paragraph.text : objective.title + u' ' + paragraph.text;
        if (objective.page == 0)
            objective.page = paragraph.page();
        return;
    case Section::Action:
        action->sentences += paragraph.sentences;
        return;
    case Section::Justification:
        for (const Sentence &sentence : paragraph.sentences) {
            if (const int number = justifiedAction(sentence.text))
                action = &actionNumbered(objective, number);
            (action ? action->justification : objective.justificationIntro).append(sentence);
        }
        return;
    }
}

} // namespace

QString ReportStructure::joined(const QList<Sentence> &sentences)
{
    QStringList texts;
    for (const Sentence &sentence : sentences)
        texts.append(sentence.text);
    return texts.join(u' ');
}

QString ActionOutline::text() const
{
    return ReportStructure::joined(sentences);
}

QString ActionOutline::justificationText() const
{
    return ReportStructure::joined(justification);
}

QString ObjectiveOutline::justificationIntroText() const
{
    return ReportStructure::joined(justificationIntro);
}

ReportOutline ReportStructure::read(const QList<Paragraph> &paragraphs)
{
    ReportOutline outline;
    QList<Paragraph> cover;
    Section section = Section::Cover;
    ActionOutline *action = nullptr;
    for (const Paragraph &paragraph : paragraphs) {
        switch (paragraph.heading) {
        case Heading::Objective:
            outline.objectives.append({paragraph.number ? paragraph.number : int(outline.objectives.size()) + 1,
                                       {}, paragraph.page(), {}, {}});
            section = Section::Title;
            action = nullptr;
            continue;
        case Heading::Action:
            if (section == Section::Cover)
                continue;
            action = &actionNumbered(outline.objectives.last(), paragraph.number);
            section = Section::Action;
            continue;
        case Heading::Justification:
            if (section == Section::Cover)
                continue;
            action = nullptr;
            section = Section::Justification;
            continue;
        case Heading::None:
            break;
        }
        if (section == Section::Cover)
            cover.append(paragraph);
        else
            readBody(paragraph, section, outline.objectives.last(), action);
    }
    readCover(cover, outline);
    return outline;
}
