#include "charts.h"

#include "format.h"
#include "plotlabels.h"
#include "wordcloud.h"
#include "wordfrequency.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Charts {
namespace {

/// The context of this file's messages in resources/translations.
struct ChartsText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

// Colours by objective, the same in every chart.
const QList<QColor> &objectiveColours()
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b)};
    return colours;
}

QColor objectiveColour(int objective)
{
    return objectiveColours().at((std::max(objective, 1) - 1) % objectiveColours().size());
}

const QColor budgetColour(0x2b, 0x6c, 0xb0);
const QColor beneficiariesColour(0xe0, 0x7b, 0x00);

QFont plainShaping(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

/// No ligatures in exported text: "fi" stays two letters for search and copy.
void withoutLigatures(QChart *chart)
{
    chart->setTitleFont(plainShaping(chart->titleFont()));
    chart->legend()->setFont(plainShaping(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(plainShaping(axis->labelsFont()));
        axis->setTitleFont(plainShaping(axis->titleFont()));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(plainShaping(set->labelFont()));
        }
    }
}

// What fitLabels starts from for the title: its two parts as set.
constexpr const char *titleProperty = "miradorTitle";
constexpr const char *subtitleProperty = "miradorSubtitle";
// A chart with nothing to plot says so, in the middle of its plot.
constexpr const char *emptyTextProperty = "miradorEmptyText";

void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    chart->setProperty(emptyTextProperty, QVariant());
}

/// The title in bold over the subtitle's lines (rich text already) in small.
QString titleHtml(const QString &title, const QStringList &subtitleLines)
{
    return QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b><br><small>")
        + subtitleLines.join(QStringLiteral("<br>")) + QStringLiteral("</small>");
}

void setTitle(QChart *chart, const QString &title, const QString &subtitle)
{
    chart->setProperty(titleProperty, title);
    chart->setProperty(subtitleProperty, subtitle);
    chart->setTitle(titleHtml(title, {subtitle.toHtmlEscaped()}));
}

/// Marks chart as having nothing to plot under the filter: no legend, and
/// fitLabels writes why in the plot.
void setEmpty(QChart *chart)
{
    chart->setProperty(emptyTextProperty, ChartsText::tr("Ninguna cifra que mostrar con estos filtros"));
    chart->legend()->setVisible(false);
}

/// A value axis from zero to a round number above max, with round ticks.
QValueAxis *valueAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max * 1.08 : 1);
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    // Whole numbers; the chart's locale adds the separators (2.000.000).
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

/// Category labels must be unique, or QBarCategoryAxis drops them and the
/// bars shift: a repeated label gets an invisible suffix.
QStringList uniqueLabels(const QStringList &labels)
{
    QStringList unique;
    for (QString label : labels) {
        while (unique.contains(label))
            label += QChar(0x200b);
        unique << label;
    }
    return unique;
}

// What fitLabels starts from: the labels as built, and the axis's font size.
constexpr const char *wholeLabelsProperty = "miradorWholeLabels";
constexpr const char *labelPointsProperty = "miradorLabelPoints";
constexpr const char *titlePointsProperty = "miradorTitlePoints";

/// A category axis with these labels (rich text, lines split by <br>),
/// kept whole for fitLabels.
QBarCategoryAxis *categoryAxis(const QStringList &labels, qreal pointScale = 1.0)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(uniqueLabels(labels));
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * pointScale);
    axis->setLabelsFont(font);
    axis->setProperty(wholeLabelsProperty, labels);
    axis->setProperty(labelPointsProperty, font.pointSizeF());
    return axis;
}

/// The size of rich text as Qt Charts measures an axis label.
QSizeF labelSize(const QString &html, const QFont &font)
{
    QTextDocument document;
    document.setDocumentMargin(0.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    return document.size();
}

/// label's lines broken at spaces into lines no wider than room.
QStringList wrappedLines(const QString &label, const QFont &font, qreal room)
{
    QStringList lines;
    for (const QString &line : label.split(QStringLiteral("<br>"))) {
        QString current;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            const QString longer = current.isEmpty() ? word : current + u' ' + word;
            if (!current.isEmpty() && labelSize(longer, font).width() > room) {
                lines << current;
                current = word;
            } else {
                current = longer;
            }
        }
        lines << current;
    }
    return lines;
}

/// Breaks the subtitle into lines as wide as the chart, between the filter's
/// parts (" · ") where it can, so that Qt Charts does not cut it to "...".
void fitTitle(QChart *chart)
{
    const QString title = chart->property(titleProperty).toString();
    const QString subtitle = chart->property(subtitleProperty).toString();
    if (subtitle.isEmpty())
        return;
    const QMargins margins = chart->margins();
    const qreal room = chart->size().width() - margins.left() - margins.right() - 8;
    if (room < 1)
        return;
    const QFont font = chart->titleFont();
    const auto width = [&font](const QString &html) {
        return labelSize(QStringLiteral("<small>") + html + QStringLiteral("</small>"), font).width();
    };
    const QString separator = QStringLiteral(" · ");
    QStringList lines; // rich text
    for (const QString &text : subtitle.split(separator)) {
        const QString part = text.toHtmlEscaped();
        if (!lines.isEmpty() && width(lines.last() + separator + part) <= room)
            lines.last() += separator + part;
        else if (width(part) <= room)
            lines << part;
        else // one part wider than the chart: at spaces
            lines << wrappedLines(part, font, room);
    }
    const QString html = titleHtml(title, lines);
    if (chart->title() != html)
        chart->setTitle(html);
}

} // namespace

void fitLabels(QChart *chart)
{
    const QRectF plot = chart->plotArea();
    for (QGraphicsItem *item : chart->childItems()) {
        if (PlotLabels::isMarked(item))
            delete item;
    }
    fitTitle(chart);
    if (plot.width() < 1 || plot.height() < 1)
        return;
    if (const QString empty = chart->property(emptyTextProperty).toString(); !empty.isEmpty()) {
        auto *item = new QGraphicsTextItem(empty, chart);
        PlotLabels::mark(item);
        item->setDefaultTextColor(chart->titleBrush().color());
        item->setTextWidth(std::min(item->boundingRect().width(), plot.width()));
        QTextOption option = item->document()->defaultTextOption();
        option.setAlignment(Qt::AlignHCenter);
        item->document()->setDefaultTextOption(option);
        item->setPos(plot.center() - item->boundingRect().center());
    }
    PlotLabels::place(chart);
    for (QAbstractAxis *axis : chart->axes()) {
        // A title beside a short plot ("Presupuesto (M$)" on a report page)
        // gets a smaller font rather than cut.
        if (!axis->titleText().isEmpty()) {
            if (!axis->property(titlePointsProperty).isValid())
                axis->setProperty(titlePointsProperty, axis->titleFont().pointSizeF());
            const qreal titlePoints = axis->property(titlePointsProperty).toReal();
            QFont titleFont = axis->titleFont();
            titleFont.setPointSizeF(titlePoints);
            const qreal length = axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
            const qreal width = labelSize(axis->titleText().toHtmlEscaped(), titleFont).width();
            if (width > length)
                titleFont.setPointSizeF(std::max(6.0, titlePoints * length / width * 0.95));
            if (axis->titleFont() != titleFont)
                axis->setTitleFont(titleFont);
        }
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        const QStringList labels = axis->property(wholeLabelsProperty).toStringList();
        const qreal points = axis->property(labelPointsProperty).toReal();
        if (!categories || labels.isEmpty() || points <= 0)
            continue;
        const bool underBars = axis->orientation() == Qt::Horizontal;
        const qreal slot = (underBars ? plot.width() : plot.height()) / labels.size();
        // Two pixels apart under the bars; beside them, at most a third of the chart.
        const qreal room = underBars ? slot - 4 : std::max(120.0, chart->size().width() * 0.3);
        QFont font = axis->labelsFont();
        QList<QStringList> wrapped;
        QStringList widestLines; // each label's widest line
        for (const qreal scale : {1.0, 0.9, 0.8, 0.7, 0.6}) {
            font.setPointSizeF(std::max(7.0, points * scale));
            wrapped.clear();
            widestLines.clear();
            qreal widest = 0;
            qreal tallest = 0;
            for (const QString &label : labels) {
                wrapped << wrappedLines(label, font, room);
                QString widestLine;
                qreal widestWidth = -1;
                for (const QString &line : wrapped.last()) {
                    const qreal width = labelSize(line, font).width();
                    if (width > widestWidth) {
                        widestWidth = width;
                        widestLine = line;
                    }
                }
                widestLines << widestLine;
                widest = std::max(widest, widestWidth);
                tallest = std::max(tallest, labelSize(wrapped.last().join(QStringLiteral("<br>")), font).height());
            }
            if ((widest <= room && (underBars || tallest <= slot - 2)) || font.pointSizeF() <= 7.0)
                break;
        }
        // Qt Charts gives a label a fifth of a four-bar plot and cuts the
        // rest: its own labels only hold the room (blank lines under the
        // bars, the widest line beside them), and these items show the text.
        qsizetype lineCount = 1;
        for (const QStringList &lines : std::as_const(wrapped))
            lineCount = std::max(lineCount, lines.size());
        const QStringList placeholders = uniqueLabels(
            underBars ? QStringList(wrapped.size(),
                                    QStringList(lineCount, QStringLiteral("&nbsp;")).join(QStringLiteral("<br>")))
                      : widestLines);
        if (axis->labelsFont() != font)
            axis->setLabelsFont(font);
        if (categories->categories() != placeholders)
            categories->setCategories(placeholders);
        axis->setLabelsColor(Qt::transparent);

        for (int i = 0; i < int(wrapped.size()); ++i) {
            auto *item = new QGraphicsTextItem(chart);
            PlotLabels::mark(item);
            item->document()->setDocumentMargin(0.5);
            item->setFont(font);
            item->setDefaultTextColor(chart->titleBrush().color());
            item->setHtml(wrapped.at(i).join(QStringLiteral("<br>")));
            const QSizeF size = item->document()->size();
            QTextOption option = item->document()->defaultTextOption();
            option.setAlignment(underBars ? Qt::AlignHCenter : Qt::AlignRight);
            item->document()->setDefaultTextOption(option);
            item->setTextWidth(size.width());
            // Where Qt Charts puts its own: 4 px from the plot.
            const QPointF position = underBars
                ? QPointF(plot.left() + (i + 0.5) * slot - size.width() / 2, plot.bottom() + 4)
                : QPointF(plot.left() - 4 - size.width(), plot.bottom() - (i + 0.5) * slot - size.height() / 2);
            item->setPos(position);
        }
    }
}

const QList<Kind> &all()
{
    static const QList<Kind> kinds{Kind::BudgetBeneficiaries, Kind::Programs, Kind::CostPerBeneficiary,
                                   Kind::WordCloud};
    return kinds;
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::BudgetBeneficiaries: return QStringLiteral("budget-beneficiaries");
    case Kind::Programs: return QStringLiteral("programs");
    case Kind::CostPerBeneficiary: return QStringLiteral("cost-per-beneficiary");
    case Kind::WordCloud: return QStringLiteral("word-cloud");
    }
    return {};
}

std::optional<Kind> fromName(QStringView text)
{
    for (const Kind kind : all()) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString title(Kind kind)
{
    switch (kind) {
    case Kind::BudgetBeneficiaries: return ChartsText::tr("Presupuesto y beneficiarios por objetivo estratégico");
    case Kind::Programs: return ChartsText::tr("Programas: presupuesto y beneficiarios");
    case Kind::CostPerBeneficiary: return ChartsText::tr("M$ por beneficiario, por programa");
    case Kind::WordCloud: return ChartsText::tr("Nube de palabras por objetivo estratégico");
    }
    return {};
}

QString subtitle(const ChartData &data)
{
    QString text = data.filter.describe() + QStringLiteral(" · ") + Format::moneyNote();
    if (data.synthetic)
        text = ChartsText::tr("DATOS SINTÉTICOS") + QStringLiteral(" · ") + text;
    return text;
}

QList<Bar> objectiveBars(const ChartData &data)
{
    QList<Bar> bars;
    for (const ObjectiveTotals &row : data.objectiveRows())
        bars.append({ChartsText::tr("%1. %2").arg(*row.objective).arg(row.shortName), row.objective,
                     row.budget.value_or(0), row.beneficiaries});
    return bars;
}

QList<Bar> programBars(const ChartData &data, int objective)
{
    QList<Bar> bars;
    for (const ChartData::Program &program : data.programs) {
        if (program.objective == objective)
            bars.append({program.name, objective, program.budget, program.beneficiaries});
    }
    return bars;
}

QList<WordCloudView::Cloud> clouds(const ChartData &data)
{
    QList<WordCloudView::Cloud> clouds;
    for (const ChartData::ObjectiveTexts &texts : data.texts)
        clouds.append(
            {ChartsText::tr("%1. %2").arg(texts.number).arg(texts.shortName), wordFrequencies(texts.texts, 40)});
    return clouds;
}

QString programBarsTitle()
{
    return ChartsText::tr("Presupuesto y beneficiarios por programa");
}

void fillBudgetBeneficiaries(QChart *chart, const QList<Bar> &bars, const QString &title, const QString &subtitle)
{
    reset(chart);
    setTitle(chart, title, subtitle);
    if (bars.isEmpty()) {
        setEmpty(chart);
        return;
    }

    QStringList labels;
    auto *budget = new QBarSet(ChartsText::tr("Presupuesto (M$)"));
    budget->setColor(budgetColour);
    budget->setBorderColor(budgetColour);
    budget->setLabelColor(Qt::black);
    auto *beneficiaries = new QLineSeries;
    beneficiaries->setName(ChartsText::tr("Beneficiarios"));
    beneficiaries->setColor(beneficiariesColour);
    beneficiaries->setPointsVisible(true);
    beneficiaries->setMarkerSize(7);
    double maxBudget = 0;
    double maxBeneficiaries = 0;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        // The exact number of beneficiaries under each bar's name (rich text).
        labels << (bar.beneficiaries ? ChartsText::tr("%1<br>%2 beneficiarios").arg(bar.label.toHtmlEscaped(),
                                                                         Format::integer(*bar.beneficiaries))
                                     : bar.label.toHtmlEscaped());
        *budget << double(bar.budget);
        maxBudget = std::max(maxBudget, double(bar.budget));
        if (bar.beneficiaries) {
            beneficiaries->append(i, double(*bar.beneficiaries));
            maxBeneficiaries = std::max(maxBeneficiaries, double(*bar.beneficiaries));
        }
    }
    auto *series = new QBarSeries;
    series->append(budget);
    // The exact figure over each bar is drawn by fitLabels, over the line.
    series->setProperty(PlotLabels::valueLabelsProperty, true);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    chart->addSeries(beneficiaries);

    QBarCategoryAxis *categories = categoryAxis(labels, 0.9);
    chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis *money = valueAxis(ChartsText::tr("Presupuesto (M$)"), maxBudget);
    money->setLabelsColor(budgetColour.darker(130));
    money->setTitleBrush(budgetColour.darker(130));
    chart->addAxis(money, Qt::AlignLeft);
    QValueAxis *people = valueAxis(ChartsText::tr("Beneficiarios"), maxBeneficiaries * 1.1);
    people->setLabelsColor(beneficiariesColour.darker(130));
    people->setTitleBrush(beneficiariesColour.darker(130));
    people->setGridLineVisible(false);
    chart->addAxis(people, Qt::AlignRight);
    series->attachAxis(categories);
    series->attachAxis(money);
    beneficiaries->attachAxis(categories);
    beneficiaries->attachAxis(people);
}

namespace {

void fillPrograms(QChart *chart, const ChartData &data)
{
    reset(chart);
    setTitle(chart, title(Kind::Programs), subtitle(data));
    if (data.programs.isEmpty()) {
        setEmpty(chart);
        return;
    }
    double maxBudget = 0;
    double maxBeneficiaries = 0;
    QList<QScatterSeries *> series;
    for (const ObjectiveTotals &row : data.objectiveRows()) {
        auto *points = new QScatterSeries;
        points->setName(ChartsText::tr("%1. %2").arg(*row.objective).arg(row.shortName));
        points->setColor(objectiveColour(*row.objective));
        points->setBorderColor(objectiveColour(*row.objective).darker(130));
        points->setMarkerSize(13);
        QStringList names;
        for (const ChartData::Program &program : data.programs) {
            if (program.objective != *row.objective)
                continue;
            points->append(double(program.budget), double(program.beneficiaries));
            names << program.name;
            maxBudget = std::max(maxBudget, double(program.budget));
            maxBeneficiaries = std::max(maxBeneficiaries, double(program.beneficiaries));
        }
        // A slide shows no tooltips: fitLabels writes each name beside its point.
        points->setProperty(PlotLabels::pointNamesProperty, names);
        chart->addSeries(points);
        series << points;
    }
    QValueAxis *x = valueAxis(ChartsText::tr("Presupuesto (M$)"), maxBudget);
    QValueAxis *y = valueAxis(ChartsText::tr("Beneficiarios"), maxBeneficiaries);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *points : series) {
        points->attachAxis(x);
        points->attachAxis(y);
    }
}

void fillCostPerBeneficiary(QChart *chart, const ChartData &data)
{
    reset(chart);
    setTitle(chart, title(Kind::CostPerBeneficiary), subtitle(data));
    QList<ChartData::Program> ranked;
    for (const ChartData::Program &program : data.programs) {
        if (program.beneficiaries > 0)
            ranked << program;
    }
    if (ranked.isEmpty()) {
        setEmpty(chart);
        return;
    }
    // Horizontal bars stack from the bottom: the dearest goes last, on top.
    std::stable_sort(ranked.begin(), ranked.end(), [](const ChartData::Program &a, const ChartData::Program &b) {
        return a.perBeneficiary() < b.perBeneficiary();
    });
    auto *set = new QBarSet(ChartsText::tr("M$ por beneficiario"));
    set->setColor(budgetColour);
    set->setBorderColor(budgetColour);
    QStringList labels;
    double max = 0;
    for (const ChartData::Program &program : ranked) {
        *set << program.perBeneficiary();
        max = std::max(max, program.perBeneficiary());
        // Category labels are rich text: two lines, the name escaped.
        labels << ChartsText::tr("%1<br>M$ %2 por %3")
                      .arg(program.name.toHtmlEscaped(), QLocale().toString(program.perBeneficiary(), 'f', 1),
                           Format::singularUnit(program.unit).toHtmlEscaped());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis *categories = categoryAxis(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    QValueAxis *money = valueAxis(ChartsText::tr("M$ por beneficiario"), max);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(money);
    chart->legend()->setVisible(false);
}

} // namespace

void fill(QChart *chart, Kind kind, const ChartData &data)
{
    switch (kind) {
    case Kind::BudgetBeneficiaries:
        fillBudgetBeneficiaries(chart, objectiveBars(data), title(kind), subtitle(data));
        break;
    case Kind::Programs:
        fillPrograms(chart, data);
        break;
    case Kind::CostPerBeneficiary:
        fillCostPerBeneficiary(chart, data);
        break;
    case Kind::WordCloud:
        break;
    }
}

namespace {

/// Lays out a chart in a scene of its own and paints it into target.
template<typename Fill>
void renderChart(QPainter *painter, const QRectF &target, const QSizeF &logicalSize, Fill fillChart)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    fillChart(chart);
    withoutLigatures(chart);
    // Axes, titles and the legend are laid out on posted events; a chart
    // that is never shown must have them delivered before it is painted.
    QCoreApplication::sendPostedEvents();
    // The labels fit the plot as laid out; the chart is laid out again around
    // them, and they are fitted again, until the plot stays where it is.
    for (int pass = 0; pass < 4; ++pass) {
        const QRectF plot = chart->plotArea();
        fitLabels(chart);
        QCoreApplication::sendPostedEvents();
        if (chart->plotArea() == plot)
            break;
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

} // namespace

void render(QPainter *painter, const QRectF &target, Kind kind, const ChartData &data, const QSizeF &logicalSize)
{
    if (kind == Kind::WordCloud) {
        WordCloudView view;
        view.setClouds(clouds(data));
        view.setHeader(title(kind), subtitle(data));
        view.render(painter, target);
        return;
    }
    renderChart(painter, target, logicalSize, [&](QChart *chart) { fill(chart, kind, data); });
}

void renderBars(QPainter *painter, const QRectF &target, const QList<Bar> &bars, const QString &title,
                const QString &subtitle, const QSizeF &logicalSize)
{
    renderChart(painter, target, logicalSize,
                [&](QChart *chart) { fillBudgetBeneficiaries(chart, bars, title, subtitle); });
}

} // namespace Charts
