#include "reportpages.h"

#include "catalog.h"
#include "charts.h"
#include "format.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace Report {
namespace {

QString optionalInteger(const std::optional<qint64> &value)
{
    return value ? Format::integer(*value) : QString();
}

/// The date as the report's language writes it, month names included.
QString writtenDate(const QDateTime &when)
{
    //: The code of this translation's language (ISO 639): the report's dates are written in it.
    const QLocale language(ReportWriterText::tr("es"));
    return language.toString(when, ReportWriterText::tr("d 'de' MMMM 'de' yyyy, HH:mm"));
}

} // namespace

QSizeF chartLayoutSize(const QRectF &target)
{
    return target.size() * (1000.0 / target.width());
}

QString reportTitle(const ReportData &d)
{
    return d.report.title.isEmpty() ? ReportWriterText::tr("Balance de Gestión Integral") : d.report.title;
}

void addCover(Layout &layout, const ReportData &d)
{
    layout.space(45);
    layout.text(ReportWriterText::tr("Mirador · Informe de resultados"), Layout::font(12, false), grey, 4);
    layout.text(reportTitle(d), Layout::font(24, true), Qt::black, 6);
    // A service the reader wrote has no short name of its own: its name twice says nothing.
    const bool ownShortName = !d.report.serviceShortName.isEmpty()
        && d.report.serviceShortName != d.report.serviceName;
    layout.text(d.report.serviceName.isEmpty() || !ownShortName
                    ? d.report.serviceName
                    : ReportWriterText::tr("%1 (%2)").arg(d.report.serviceName, d.report.serviceShortName),
                Layout::font(15), Qt::black, 3);
    if (d.report.year)
        layout.text(ReportWriterText::tr("Año %1").arg(d.report.year), Layout::font(15), Qt::black, 12);
    if (d.charts.synthetic)
        layout.text(Catalog::syntheticWarning(), Layout::font(13, true), red, 8);
    if (d.unconfirmedFigures > 0) {
        const int n = int(std::min<qint64>(d.unconfirmedFigures, std::numeric_limits<int>::max()));
        layout.text(n == 1 ? ReportWriterText::tr("\u2020 %Ln cifra sin confirmar (leída por Mirador; nadie la ha "
                                                  "revisado)",
                                                  nullptr, n)
                           : ReportWriterText::tr("\u2020 %Ln cifras sin confirmar (leídas por Mirador; nadie las "
                                                  "ha revisado)",
                                                  nullptr, n),
                    Layout::font(13, true), red, 8);
    }
    layout.text(ReportWriterText::tr("Filtros: %1").arg(d.charts.filter.describe()), Layout::font(11), Qt::black, 2);
    layout.text(ReportWriterText::tr("Generado el %1").arg(writtenDate(d.created)), Layout::font(11), Qt::black, 2);
    layout.text(Format::moneyNote(), Layout::font(11, true), Qt::black, 10);
    layout.text(ReportWriterText::tr(
                    "Cada cifra de este informe se acompaña de la oración del informe original de la que proviene. "
                    "M$ por beneficiario se calcula solo sobre los programas que informan presupuesto y "
                    "beneficiarios; las unidades de beneficiario difieren entre programas."),
                Layout::font(9), grey);
}

void addTotals(Layout &layout, const ReportData &d)
{
    layout.pageBreak();
    layout.heading(ReportWriterText::tr("Totales por objetivo estratégico"), Layout::font(15, true), 0, 3);
    const QList<Charts::Bar> objectiveBars = Charts::objectiveBars(d.charts);
    if (!objectiveBars.isEmpty()) {
        const QString subtitle = Charts::subtitle(d.charts);
        layout.graphic(85, [objectiveBars, subtitle](QPainter &p, const QRectF &r) {
            Charts::renderBars(&p, r, objectiveBars, Charts::title(Charts::Kind::BudgetBeneficiaries), subtitle,
                               chartLayoutSize(r));
        });
    }
    QList<QStringList> totals;
    QList<int> bold;
    for (const ObjectiveTotals &row : d.charts.objectives) {
        if (!row.objective)
            bold << int(totals.size());
        totals << QStringList{row.objective ? row.name() : ReportWriterText::tr("Total"),
                              Format::integer(row.programs),
                              optionalInteger(row.budget),
                              row.beneficiariesText(),
                              row.perBeneficiaryText(),
                              row.units.join(QStringLiteral(", "))};
    }
    if (totals.isEmpty()) {
        layout.text(ReportWriterText::tr("No hay resultados bajo estos filtros."), Layout::font(10, false, true), grey);
    } else {
        layout.table({{ReportWriterText::tr("Objetivo"), 0.21},
                      {ReportWriterText::tr("Programas"), 0.12, Align::Right},
                      {ReportWriterText::tr("Presupuesto (M$)"), 0.15, Align::Right},
                      {ReportWriterText::tr("Beneficiarios"), 0.15, Align::Right},
                      {ReportWriterText::tr("M$ por beneficiario"), 0.13, Align::Right},
                      {ReportWriterText::tr("Unidades de beneficiario"), 0.24}},
                     totals, 8, bold);
    }
    layout.text(ReportWriterText::tr(
                    "M$ = miles de pesos. M$ por beneficiario: presupuesto dividido por beneficiarios, solo en los "
                    "programas que informan ambos. El total no suma beneficiarios de unidades distintas (—)."),
                Layout::font(8), grey);
}

/// The running header (after the cover), the synthetic mark, the footer
/// and the page number.
void decorate(QPainter &painter, const Layout &layout, const ReportData &d, int page, int pages)
{
    const QRectF content = layout.content();
    const QString title = reportTitle(d);
    painter.setFont(Layout::font(7.5));
    painter.setPen(grey);
    if (page > 0) {
        painter.drawText(content, Qt::AlignTop | Qt::AlignLeft,
                         d.report.serviceShortName.isEmpty()
                             ? title
                             : ReportWriterText::tr("%1 · %2").arg(d.report.serviceShortName, title));
    }
    if (d.charts.synthetic) {
        painter.setPen(red);
        painter.setFont(Layout::font(7.5, true));
        painter.drawText(content, Qt::AlignTop | Qt::AlignRight, ReportWriterText::tr("DATOS SINTÉTICOS"));
        painter.setPen(grey);
        painter.setFont(Layout::font(7.5));
    }
    painter.drawText(content, Qt::AlignBottom | Qt::AlignLeft,
                     ReportWriterText::tr("Mirador %1 · %2 · %3")
                         .arg(QCoreApplication::applicationVersion(), title, Format::moneyNote()));
    painter.drawText(content, Qt::AlignBottom | Qt::AlignRight,
                     ReportWriterText::tr("Página %1 de %2").arg(page + 1).arg(pages));
}

} // namespace Report
