#pragma once

#include <QList>
#include <QString>

/// A figure found in a sentence.
struct FoundFigure
{
    enum class Kind { Money, Percent, Count };
    Kind kind = Kind::Count;
    QString written;      ///< as the sentence writes it: "M$ 1.487.480", "51,8%", "104", "dos"
    qsizetype start = 0;  ///< where written starts in the sentence (for highlighting)
    QString value;        ///< exact plain decimal: money in M$ ("1487480", "1234.567"), percent "51.8", count "104"
    QString unit;         ///< "M$", "%", or the counted noun in lower case ("gremios", "ferias libres"); may be empty
    bool unitCarried = false; ///< unit is not written after this number: it comes from the total or the count before
    int breakdownOf = -1; ///< index of the figure whose parts this one is in: "56 barrios (45 nuevos y 11 …)"
};

/// The grammar of Spanish numbers and Chilean money, for one sentence of a
/// report. It knows number formats (1.487.480, 1487480, 51,8), money signs
/// and words (M$, MM$, $, "millones de pesos"), percentages, counts with the
/// noun they count, small number words ("dos publicaciones"), and what looks
/// like a number but is none (years, dates, footnote markers, ordinals,
/// headings such as "ACCIÓN 1", law and decree numbers). It knows nothing of
/// any particular report: it will read reports nobody here has seen.
///
/// Values stay exact: the digits are read by Numbers::exact() in the Chilean
/// style (plain style when that fails, for "51.8") and scaled to M$ by moving
/// the decimal point, never through a double.
///
/// A count's unit is the noun after the number plus at most one adjective
/// that classifies it ("proyectos asociativos", "ferias libres"), but not a
/// participle ("empresas seleccionadas" -> "empresas"), a quantity word
/// ("horas totales" -> "horas") or one of two coordinated adjectives
/// ("gremios regionales y nacionales" -> "gremios"). A number without its own
/// noun takes, inside parentheses after a count, that count's noun ("71
/// organizaciones (31 grupos … y 40 constituidas)": the 40 are
/// organizaciones); before a verb or after "y", the noun of the count before
/// it ("de los 153 proyectos … 54 incorporaron").
namespace SpanishFigures {

/// Every figure of sentence, in the order written.
QList<FoundFigure> scan(const QString &sentence);

} // namespace SpanishFigures
