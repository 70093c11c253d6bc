#include "reportpages.h"

#include "charts.h"
#include "format.h"

#include <QPainter>

namespace Report {

QString unconfirmedSign()
{
    return QStringLiteral("\u2020");
}

void addUnconfirmedNote(Layout &layout)
{
    layout.text(
        ReportWriterText::tr("%1 Cifra leída por Mirador del informe; nadie la ha confirmado.").arg(unconfirmedSign()),
        Layout::font(8, false, true), red, 1.5);
}

namespace {

/// " *" after a program's figure that an edit made differ from its
/// sentence; " †" after one the reader proposed and nobody confirmed.
QString marks(const ReportData::Section &section, const ChartData::Program &program, bool budget)
{
    QString marks;
    if (section.edited(program.name, program.unit, budget))
        marks += QStringLiteral(" *");
    if (section.unconfirmedFigure(program.name, program.unit, budget))
        marks += u' ' + unconfirmedSign();
    return marks;
}

/// Under the programs: each edited figure, and what its sentence says.
void addEditNotes(Layout &layout, const ReportData::Section &section, const QColor &colour)
{
    const auto figure = [](const QVariant &value) {
        return value.isNull() ? ReportWriterText::tr("sin cifra") : Format::integer(value.toLongLong());
    };
    for (const ReportData::EditedFigure &edit : section.edits)
        layout.text(ReportWriterText::tr("* %1, %2: %3, editado en Mirador; el informe dice %4.")
                        .arg(edit.program,
                             edit.budget ? ReportWriterText::tr("presupuesto (M$)") : ReportWriterText::tr("beneficiarios"),
                             figure(edit.figure), figure(edit.source)),
                    Layout::font(8, false, true), colour, 0.8);
    if (!section.edits.isEmpty())
        layout.space(1.5);
    if (!section.unconfirmed.isEmpty())
        addUnconfirmedNote(layout);
}


/// text followed by the numbers of its sources in the page's list: "Ferias Libres [2, 5]".
QString cited(const QString &text, const QList<int> &sources)
{
    if (sources.isEmpty())
        return text;
    QStringList numbers;
    for (const int source : sources)
        numbers << QString::number(source + 1);
    return ReportWriterText::tr("%1 [%2]").arg(text, numbers.join(QStringLiteral(", ")));
}


/// The objective's programs: their chart and their table, each name with its sources.
void addPrograms(Layout &layout, const ReportData &d, const ReportData::Section &section)
{
    const QList<Charts::Bar> bars = Charts::programBars(d.charts, section.objective.number, section.objective.reportId);
    if (bars.isEmpty()) {
        layout.text(
            ReportWriterText::tr("Ningún programa de este objetivo informa presupuesto y beneficiarios bajo estos filtros."),
            Layout::font(9, false, true), grey, 3);
        return;
    }
    QList<QStringList> rows;
    for (const ChartData::Program &program : d.charts.programsOf(section.objective.number, section.objective.reportId)) {
        rows << QStringList{cited(program.name, section.programSources.value(program.name)),
                            Format::integer(program.budget) + marks(section, program, true),
                            Format::integer(program.beneficiaries) + marks(section, program, false), program.unit,
                            QLocale().toString(program.perBeneficiary(), 'f', 1)};
    }
    const QString subtitle = Charts::subtitle(d.charts);
    layout.graphic(48, [bars, subtitle](QPainter &p, const QRectF &r) {
        Charts::renderBars(&p, r, bars, Charts::programBarsTitle(), subtitle, chartLayoutSize(r));
    });
    layout.table({{ReportWriterText::tr("Programa"), 0.41},
                  {ReportWriterText::tr("Presupuesto (M$)"), 0.14, Align::Right},
                  {ReportWriterText::tr("Beneficiarios"), 0.13, Align::Right},
                  {ReportWriterText::tr("Unidad"), 0.19},
                  {ReportWriterText::tr("M$ por beneficiario"), 0.13, Align::Right}},
                 rows, 8);
}

void addIndicators(Layout &layout, const ReportData::Section &section)
{
    if (section.indicators.isEmpty())
        return;
    layout.heading(ReportWriterText::tr("Indicadores"), Layout::font(10.5, true), 1, 1);
    QList<QStringList> rows;
    bool unconfirmed = false;
    for (const ReportData::Indicator &indicator : section.indicators) {
        unconfirmed = unconfirmed || indicator.unconfirmed;
        rows << QStringList{cited(indicator.name, indicator.source >= 0 ? QList<int>{indicator.source} : QList<int>{}),
                            Format::withUnit(indicator.value, indicator.unit)
                                + (indicator.unconfirmed ? u' ' + unconfirmedSign() : QString()),
                            indicator.program};
    }
    layout.table({{ReportWriterText::tr("Indicador"), 0.5},
                  {ReportWriterText::tr("Valor"), 0.18, Align::Right},
                  {ReportWriterText::tr("Programa"), 0.32}},
                 rows, 7.5);
    if (unconfirmed)
        addUnconfirmedNote(layout);
    if (section.indicatorCount > section.indicators.size())
        layout.text(ReportWriterText::tr("… y %1 indicadores más; la lista completa está en la exportación CSV.")
                        .arg(Format::integer(section.indicatorCount - section.indicators.size())),
                    Layout::font(8, false, true), grey, 2);
}

void addSources(Layout &layout, const ReportData::Section &section)
{
    layout.heading(ReportWriterText::tr("Fuentes (texto del informe)"), Layout::font(10.5, true), 1, 1);
    for (int i = 0; i < section.quotes.size(); ++i)
        layout.text(ReportWriterText::tr("[%1] «%2»").arg(i + 1).arg(section.quotes.at(i)),
                    Layout::font(7, false, true), grey, 0.8);
    if (section.resultCount > ReportData::listLimit)
        layout.text(ReportWriterText::tr("Fuentes de los primeros %1 de %2 resultados.")
                        .arg(ReportData::listLimit)
                        .arg(Format::integer(section.resultCount)),
                    Layout::font(7, false, true), grey, 0.8);
}

} // namespace

void addObjective(Layout &layout, const ReportData &d, const ReportData::Section &section)
{
    layout.pageBreak();
    const QString heading
        = ReportWriterText::tr("Objetivo estratégico %1: %2").arg(section.objective.number).arg(section.objective.shortName);
    // With several reports, the objective's own report first.
    layout.heading(section.objective.reportLabel.isEmpty()
                       ? heading
                       : ReportWriterText::tr("%1 · %2").arg(section.objective.reportLabel, heading),
                   Layout::font(15, true), 0, 1);
    layout.text(section.objective.title, Layout::font(9.5), grey, 2.5);
    addPrograms(layout, d, section);
    addEditNotes(layout, section, red);
    addIndicators(layout, section);
    addSources(layout, section);
}

} // namespace Report
