#include "chartpanel.h"

#include "format.h"
#include "wordcloud.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QEvent>
#include <QLegend>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCursor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScatterSeries>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent),
      m_kind(new QComboBox(this)),
      m_clearObjective(new QToolButton(this)),
      m_export(new QToolButton(this)),
      m_stack(new QStackedWidget(this)),
      m_chartView(new QChartView(new QChart, this)),
      m_wordCloud(new WordCloudView(this))
{
    for (const Charts::Kind kind : Charts::all())
        m_kind->addItem(Charts::title(kind), int(kind));
    m_kind->setAccessibleName(tr("Gráfico"));
    auto *label = new QLabel(tr("&Gráfico:"), this);
    label->setBuddy(m_kind);
    m_clearObjective->setText(tr("Todos los objetivos"));
    m_clearObjective->setToolTip(tr("Quitar el filtro por objetivo (también: clic de nuevo en la barra)"));
    m_export->setText(tr("Exportar gráfico…"));
    m_export->setToolTip(tr("Guardar este gráfico como PDF, PNG o SVG"));

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Gráfico"));
    m_chartView->setMinimumSize(360, 260);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_wordCloud);

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_kind, 1);
    top->addWidget(m_clearObjective);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    addContextMenu(m_chartView, m_chartView->viewport());
    addContextMenu(m_wordCloud, m_wordCloud);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::redraw);
    connect(m_clearObjective, &QToolButton::clicked, this, [this] { Q_EMIT objectiveRequested(std::nullopt, 0); });
    connect(m_export, &QToolButton::clicked, this, &ChartPanel::exportRequested);
    m_clearObjective->setEnabled(false);
}

Charts::Kind ChartPanel::kind() const
{
    return Charts::Kind(m_kind->currentData().toInt());
}

void ChartPanel::setKind(Charts::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QChart *ChartPanel::chart() const
{
    return m_chartView->chart();
}

QWidget *ChartPanel::currentView() const
{
    return m_stack->currentWidget();
}

void ChartPanel::addContextMenu(QWidget *view, QWidget *area)
{
    // Focus, so that the keyboard reaches the menu.
    view->setFocusPolicy(Qt::StrongFocus);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // A scroll area's position is in its viewport's coordinates.
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, area](const QPoint &position) { showContextMenu(area, position); });
    view->installEventFilter(this);
    // The Menu key comes as a context menu event; Shift+F10 does not on every desktop.
    auto *shortcut = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), view);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, area] { showContextMenu(area, area->rect().center()); });
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        QWidget *area = watched == m_chartView ? m_chartView->viewport() : m_wordCloud;
        showContextMenu(area, area->rect().center());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::showContextMenu(QWidget *area, const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copiar gráfico"), this, &ChartPanel::copyToClipboard);
    menu->addAction(tr("&Exportar gráfico…"), this, &ChartPanel::exportRequested);
    menu->popup(area->mapToGlobal(position));
}

void ChartPanel::copyToClipboard()
{
    // What the window shows, at the screen's resolution.
    QGuiApplication::clipboard()->setImage(currentView()->grab().toImage());
}

void ChartPanel::setData(const ChartData &data)
{
    m_data = data;
    m_clearObjective->setEnabled(m_data.filter.objective.has_value());
    redraw();
}

void ChartPanel::redraw()
{
    // Refill the same chart with updates off: no flicker, no new view.
    setUpdatesEnabled(false);
    if (kind() == Charts::Kind::WordCloud) {
        m_wordCloud->setClouds(Charts::clouds(m_data));
        m_wordCloud->setHeader(Charts::title(kind()), Charts::subtitle(m_data));
        m_stack->setCurrentWidget(m_wordCloud);
    } else {
        Charts::fill(chart(), kind(), m_data);
        // Labels are fitted to the plot once it is laid out, and again at each new size.
        connect(chart(), &QChart::plotAreaChanged, this, &ChartPanel::fitLabels,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
        followPalette();
        fitLabels();
        m_bars = Charts::objectiveBars(m_data);
        connectSeries();
        describe();
        m_stack->setCurrentWidget(m_chartView);
    }
    setUpdatesEnabled(true);
}

void ChartPanel::describe()
{
    // A screen reader cannot see the bars: the chart's figures in words.
    QStringList lines{Charts::title(kind())};
    if (kind() == Charts::Kind::BudgetBeneficiaries) {
        for (const Charts::Bar &bar : std::as_const(m_bars)) {
            lines << tr("%1: M$ %2, %3 beneficiarios")
                         .arg(bar.label, Format::integer(bar.budget),
                              bar.beneficiaries ? Format::integer(*bar.beneficiaries) : tr("sin dato"));
        }
        lines << tr("Clic en la barra de un objetivo para filtrar por él; otro clic quita el filtro");
    } else if (kind() == Charts::Kind::Trend) {
        lines << describeTrend();
    } else {
        for (const ChartData::Program &program : m_data.programs) {
            lines << tr("%1: M$ %2, %3 %4")
                         .arg(program.name, Format::integer(program.budget), Format::integer(program.beneficiaries),
                              program.unit);
        }
    }
    m_chartView->setAccessibleDescription(lines.join(u'\n'));
}

void ChartPanel::fitLabels()
{
    Charts::fitLabels(chart());
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // A chart keeps the colours it was given, and a refill does not reset
    // them: back to light, it starts from a new chart with the exports' ones.
    QChart *old = m_chartView->chart();
    m_chartView->setChart(new QChart);
    delete old;
    redraw();
}

void ChartPanel::followPalette()
{
    QChart *shown = chart();
    const QPalette colours = palette();
    // A light palette keeps the colours the exports have.
    if (colours.color(QPalette::Window).lightness() >= 128) {
        m_chartView->setBackgroundBrush(Qt::white);
        return;
    }
    const QColor text = colours.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(60);
    m_chartView->setBackgroundBrush(colours.base());
    shown->setBackgroundBrush(colours.base());
    shown->setTitleBrush(text);
    shown->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : shown->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (QAbstractSeries *series : shown->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(text);
        }
    }
}

void ChartPanel::connectSeries()
{
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            if (kind() == Charts::Kind::BudgetBeneficiaries)
                connect(bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) { onBarClicked(index); });
            if (kind() == Charts::Kind::Trend)
                connect(bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) { onYearClicked(index); });
            connect(bars, &QBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet *set) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                QString text;
                if (kind() == Charts::Kind::BudgetBeneficiaries && index < m_bars.size()) {
                    const Charts::Bar &bar = m_bars.at(index);
                    text = tr("%1\nPresupuesto: M$ %2\nBeneficiarios: %3")
                               .arg(bar.label, Format::integer(bar.budget),
                                    bar.beneficiaries ? Format::integer(*bar.beneficiaries) : tr("sin dato"));
                } else if (kind() == Charts::Kind::Trend) {
                    text = trendToolTip(index, int(bars->barSets().indexOf(set)));
                } else {
                    text = QLocale().toString(set->at(index), 'f', 1);
                }
                QToolTip::showText(QCursor::pos(), text, m_chartView);
            });
        }
        if (auto *points = qobject_cast<QScatterSeries *>(series)) {
            // Hover only: clicking scatter points can crash Qt 6.4 (QTBUG-115072).
            connect(points, &QScatterSeries::hovered, this, [this, points](const QPointF &point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                for (const ChartData::Program &program : m_data.programs) {
                    if (double(program.budget) == point.x() && double(program.beneficiaries) == point.y()) {
                        QToolTip::showText(QCursor::pos(),
                                           tr("%1 (%2)\nPresupuesto: M$ %3\nBeneficiarios: %4 %5")
                                               .arg(program.name, points->name(), Format::integer(program.budget),
                                                    Format::integer(program.beneficiaries), program.unit),
                                           m_chartView);
                        return;
                    }
                }
            });
        }
    }
}

void ChartPanel::onBarClicked(int index)
{
    if (index < 0 || index >= m_bars.size())
        return;
    const Charts::Bar &bar = m_bars.at(index);
    if (!bar.objective) {
        Q_EMIT reportRequested(bar.report);
        return;
    }
    if (m_data.filter.objective == bar.objective)
        Q_EMIT objectiveRequested(std::nullopt, 0);
    else
        Q_EMIT objectiveRequested(bar.objective, bar.report);
}

void ChartPanel::onYearClicked(int index)
{
    const QList<int> years = m_data.trend.years();
    if (index < 0 || index >= years.size())
        return;
    const int year = years.at(index);
    if (m_data.filter.year == year)
        Q_EMIT yearRequested(std::nullopt);
    else
        Q_EMIT yearRequested(year);
}

QStringList ChartPanel::describeTrend() const
{
    QStringList lines;
    for (const TrendData::Series &series : m_data.trend.series) {
        for (const TrendData::Year &year : series.years) {
            QStringList beneficiaries;
            for (const auto &[unit, count] : year.unitBeneficiaries)
                beneficiaries << Format::integer(count) + u' ' + unit;
            lines << tr("%1, %2: M$ %3; %4; M$ por beneficiario: %5")
                         .arg(series.service)
                         .arg(year.year)
                         .arg(year.budget ? Format::integer(*year.budget) : tr("sin dato"),
                              beneficiaries.isEmpty() ? tr("sin beneficiarios") : beneficiaries.join(QStringLiteral(", ")),
                              year.perBeneficiary ? QLocale().toString(*year.perBeneficiary, 'f', 1) : tr("sin dato"));
        }
    }
    lines << tr("Clic en la barra de un año para filtrar por él; otro clic quita el filtro");
    return lines;
}

QString ChartPanel::trendToolTip(int index, int service) const
{
    const QList<int> years = m_data.trend.years();
    if (index < 0 || index >= years.size() || service < 0 || service >= m_data.trend.series.size())
        return {};
    const TrendData::Series &series = m_data.trend.series.at(service);
    const TrendData::Year *year = series.find(years.at(index));
    return tr("%1, %2\nPresupuesto: M$ %3")
        .arg(series.service)
        .arg(years.at(index))
        .arg(year && year->budget ? Format::integer(*year->budget) : tr("sin dato"));
}
