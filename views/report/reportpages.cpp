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

/// What the cover says under the report's name: the synthetic mark, the
/// figures nobody confirmed, the filters, the date and how to read it.
void addCoverNotes(Layout &layout, const ReportData &d);

/// A scope of this many reports or fewer is said by naming them.
constexpr int namedReports = 3;

} // namespace

QSizeF chartLayoutSize(const QRectF &target)
{
    return target.size() * (1000.0 / target.width());
}

QString reportTitle(const ReportData &d)
{
    if (d.comparison)
        return ReportWriterText::tr("Comparación de dos años");
    if (d.reports.size() > 1)
        return ReportWriterText::tr("Balances de Gestión Integral");
    return d.report.title.isEmpty() ? ReportWriterText::tr("Balance de Gestión Integral") : d.report.title;
}

QString scopeName(const ReportData &d)
{
    const auto shortName = [](const Catalog::ReportInfo &r) {
        return r.serviceShortName.isEmpty() ? r.serviceName : r.serviceShortName;
    };
    if (d.comparison)
        return ReportWriterText::tr("%1, %2 y %3")
            .arg(shortName(d.comparison->before))
            .arg(d.comparison->before.year)
            .arg(d.comparison->after.year);
    if (d.reports.size() <= 1)
        return QString();
    QList<qint64> services;
    QList<int> years;
    for (const Catalog::ReportInfo &r : d.reports) {
        if (!services.contains(r.serviceId))
            services << r.serviceId;
        if (!years.contains(r.year))
            years << r.year;
    }
    std::sort(years.begin(), years.end());
    QStringList yearList;
    for (const int year : std::as_const(years))
        yearList << QString::number(year);
    // Years that follow one another as a span, others one by one.
    const QString span = years.size() == 1 ? yearList.first()
        : years.last() - years.first() + 1 == years.size()
        ? ReportWriterText::tr("%1–%2").arg(years.first()).arg(years.last())
        : yearList.join(QStringLiteral(", "));
    if (services.size() == 1)
        return ReportWriterText::tr("%1, %2").arg(shortName(d.reports.first()), span);
    // A few reports of several services by name; more, by how many.
    if (d.reports.size() <= namedReports) {
        QStringList labels;
        for (const Catalog::ReportInfo &r : d.reports)
            labels << r.label();
        return labels.join(QStringLiteral(" · "));
    }
    return ReportWriterText::tr("%n servicios, %1", nullptr, int(services.size())).arg(span);
}

void addCover(Layout &layout, const ReportData &d)
{
    layout.space(45);
    layout.text(ReportWriterText::tr("Mirador · Informe de resultados"), Layout::font(12, false), grey, 4);
    layout.text(reportTitle(d), Layout::font(24, true), Qt::black, 6);
    const QString scope = scopeName(d);
    if (!scope.isEmpty()) {
        const bool counted = !d.comparison && d.reports.size() > namedReports;
        layout.text(scope, Layout::font(15), Qt::black, counted ? 3 : 12);
        // A scope said by counting lists its reports, the first ones.
        if (counted) {
            constexpr int listed = 24;
            QStringList labels;
            // No label broken over two lines: "Sintético C" / "2023".
            for (const Catalog::ReportInfo &r : d.reports.first(std::min<qsizetype>(listed, d.reports.size())))
                labels << r.label().replace(u' ', QChar::Nbsp);
            QString list = labels.join(QStringLiteral(" · "));
            if (d.reports.size() > listed)
                list = ReportWriterText::tr("%1 y %2 más").arg(list).arg(d.reports.size() - listed);
            layout.text(ReportWriterText::tr("Informes: %1").arg(list), Layout::font(11), Qt::black, 12);
        }
        addCoverNotes(layout, d);
        return;
    }
    // A service the reader wrote has no short name of its own: its name twice says nothing.
    const bool ownShortName = !d.report.serviceShortName.isEmpty()
        && d.report.serviceShortName != d.report.serviceName;
    layout.text(d.report.serviceName.isEmpty() || !ownShortName
                    ? d.report.serviceName
                    : ReportWriterText::tr("%1 (%2)").arg(d.report.serviceName, d.report.serviceShortName),
                Layout::font(15), Qt::black, 3);
    if (d.report.year)
        layout.text(ReportWriterText::tr("Año %1").arg(d.report.year), Layout::font(15), Qt::black, 12);
    addCoverNotes(layout, d);
}

namespace {

void addCoverNotes(Layout &layout, const ReportData &d)
{
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
    if (d.comparison) {
        layout.text(ReportWriterText::tr(
                        "Una página por objetivo estratégico con sus cifras de %1 y de %2, y el cambio: %2 menos "
                        "%1, y en porcentaje de %1. El objetivo N de un año se compara con el objetivo N del otro; "
                        "los programas, por su nombre. Los beneficiarios se comparan por unidad y nunca se suman "
                        "unidades distintas. M$ por beneficiario se calcula solo sobre las cifras que informan "
                        "presupuesto y beneficiarios.")
                        .arg(d.comparison->before.year)
                        .arg(d.comparison->after.year),
                    Layout::font(9), grey);
        return;
    }
    layout.text(ReportWriterText::tr(
                    "Cada cifra de este informe se acompaña de la oración del informe original de la que proviene. "
                    "M$ por beneficiario se calcula solo sobre los programas que informan presupuesto y "
                    "beneficiarios; las unidades de beneficiario difieren entre programas."),
                Layout::font(9), grey);
}

} // namespace

void addTotals(Layout &layout, const ReportData &d)
{
    layout.pageBreak();
    layout.heading(ReportWriterText::tr("Totales por objetivo estratégico"), Layout::font(15, true), 0, 3);
    const QList<Charts::Bar> objectiveBars = Charts::objectiveBars(d.charts);
    if (!objectiveBars.isEmpty()) {
        const QString subtitle = Charts::subtitle(d.charts);
        const QString title = Charts::budgetBeneficiariesTitle(d.charts);
        layout.graphic(85, [objectiveBars, title, subtitle](QPainter &p, const QRectF &r) {
            Charts::renderBars(&p, r, objectiveBars, title, subtitle, chartLayoutSize(r));
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
    const QString scope = scopeName(d);
    if (page > 0) {
        const QString named = scope.isEmpty() ? d.report.serviceShortName : scope;
        painter.drawText(content, Qt::AlignTop | Qt::AlignLeft,
                         named.isEmpty() ? title : ReportWriterText::tr("%1 · %2").arg(named, title));
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
