#include "filterbar.h"

#include "format.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

/// Paints a list's entries with their counts (FilterBar::shownText) and
/// its separator as a line; the entries' own text stays their name, which
/// the closed box, the filter's labels and findText() use.
class FacetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!isSeparator(index))
            return QStyledItemDelegate::paint(painter, option, index);
        const int y = option.rect.center().y();
        painter->save();
        painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawLine(option.rect.left() + 4, y, option.rect.right() - 4, y);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (isSeparator(index))
            return {1, 7};
        return QStyledItemDelegate::sizeHint(option, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = FilterBar::shownText(index);
    }

private:
    static bool isSeparator(const QModelIndex &index)
    {
        return index.data(Qt::AccessibleDescriptionRole).toString() == QLatin1String("separator");
    }
};

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setItemDelegate(new FacetDelegate(combo));
    // As wide as the longest entry (the years, objectives and regions are
    // short lists of short names).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

/// The box is as wide as its names allow; the open list as wide as the
/// names with their counts, none of them cut.
void fitListWidth(QComboBox *combo)
{
    QAbstractItemView *view = combo->view();
    view->setMinimumWidth(view->sizeHintForColumn(0) + 2 * view->frameWidth()
                          + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view));
}

QLabel *makeLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent),
      m_service(makeCombo(this, tr("Servicio"))),
      m_report(makeCombo(this, tr("Informe"))),
      m_serviceLabel(makeLabel(tr("Servi&cio:"), m_service, this)),
      m_reportLabel(makeLabel(tr("In&forme:"), m_report, this)),
      m_year(makeCombo(this, tr("Año"))),
      m_objective(makeCombo(this, tr("Objetivo estratégico"))),
      m_program(makeCombo(this, tr("Programa"))),
      m_region(makeCombo(this, tr("Región"))),
      m_search(new QLineEdit(this)),
      m_clear(new QToolButton(this)),
      m_debounce(new QTimer(this))
{
    // Program names can be long (an imported file's up to 300 characters):
    // that list takes the width the window spares, up to its longest name;
    // the search box has what is left, at least enough for its hint.
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_program->setMinimumContentsLength(10);
    m_search->setPlaceholderText(tr("Palabras a buscar"));
    m_search->setToolTip(tr("Busca en el programa, el indicador, la región, la unidad, la nota y la oración del "
                            "informe, sin distinguir mayúsculas ni tildes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Buscar"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(Filter::maxTextLength);
    m_search->setMinimumWidth(160);
    m_clear->setText(tr("&Quitar filtros"));
    m_clear->setToolTip(tr("Mostrar todas las filas"));

    // Service and report on a line of their own above the others (shown
    // with several reports only): the one line would not fit a 1280 px window.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *reports = new QHBoxLayout;
    reports->addWidget(m_serviceLabel);
    reports->addWidget(m_service, 1);
    reports->addWidget(m_reportLabel);
    reports->addWidget(m_report, 1);
    reports->addStretch(2);
    rows->addLayout(reports);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    layout->addWidget(makeLabel(tr("Añ&o:"), m_year, this));
    layout->addWidget(m_year);
    layout->addWidget(makeLabel(tr("Ob&jetivo:"), m_objective, this));
    layout->addWidget(m_objective);
    layout->addWidget(makeLabel(tr("&Programa:"), m_program, this));
    layout->addWidget(m_program, 1);
    layout->addWidget(makeLabel(tr("Re&gión:"), m_region, this));
    layout->addWidget(m_region);
    layout->addWidget(makeLabel(tr("&Buscar:"), m_search, this));
    layout->addWidget(m_search);
    layout->addWidget(m_clear);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitChanged);
    for (QWidget *part : {static_cast<QWidget *>(m_service), static_cast<QWidget *>(m_report), m_serviceLabel,
                          m_reportLabel})
        part->hide(); // until a catalog holds more than one report
    // Before the change is emitted (slots run in the order connected).
    for (QComboBox *combo : {m_service, m_report, m_objective})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { keepObjectiveInReport(combo); });
    for (QComboBox *combo : {m_service, m_report}) {
        // Names of services can be long: the box takes what the bar spares
        // (the name whole in its tooltip and in the open list).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
        connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
    }
    for (QComboBox *combo : combos()) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
        combo->view()->window()->installEventFilter(this);
    }
    // A long program name cut in the box is whole in its tooltip.
    connect(m_program, &QComboBox::currentTextChanged, m_program, &QComboBox::setToolTip);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setCatalog(const Catalog &catalog)
{
    for (QList<Entry> &entries : m_entries)
        entries.clear();
    for (const int year : catalog.years())
        m_entries[FacetCounts::Year].append({QString::number(year), year, {}});
    m_objectives = catalog.objectives();
    for (const Catalog::Objective &objective : catalog.objectives())
        m_entries[FacetCounts::Objective].append({objective.label(), objective.id, objective.title});
    for (const Catalog::Program &program : catalog.programs())
        m_entries[FacetCounts::Program].append({program.name, program.id, {}});
    for (const Catalog::Region &region : catalog.regions()) {
        const QString label = region.roman.isEmpty() ? region.shortName
                                                     : tr("%1 (%2)").arg(region.shortName, region.roman);
        m_entries[FacetCounts::Region].append({label, region.id, region.officialName});
    }
    m_updating = true;
    // A new catalog starts with no choice.
    m_pending.reset();
    for (QComboBox *combo : combos())
        combo->clear();
    fill(m_year, tr("Todos"), m_entries[FacetCounts::Year], nullptr);
    fill(m_objective, tr("Todos"), m_entries[FacetCounts::Objective], nullptr);
    fill(m_program, tr("Todos"), m_entries[FacetCounts::Program], nullptr);
    fill(m_region, tr("Todas"), m_entries[FacetCounts::Region], nullptr);
    fitProgramWidth();
    fillReports(catalog);
    m_search->clear();
    m_updating = false;
}

void FilterBar::fillReports(const Catalog &catalog)
{
    m_service->clear();
    m_service->addItem(tr("Todos"));
    for (const Catalog::Service &service : catalog.services()) {
        m_service->addItem(service.shortName, service.id);
        m_service->setItemData(m_service->count() - 1, service.name, Qt::ToolTipRole);
    }
    m_report->clear();
    m_report->addItem(tr("Todos"));
    m_reportServices.clear();
    for (const Catalog::ReportInfo &report : catalog.reports()) {
        m_reportServices.insert(report.id, report.serviceId);
        m_report->addItem(report.label(), report.id);
        m_report->setItemData(m_report->count() - 1, tr("%1: %2").arg(report.serviceName, report.title),
                              Qt::ToolTipRole);
    }
    for (QComboBox *combo : {m_service, m_report})
        fitListWidth(combo);
    // With one report there is nothing to choose: the bar is as it was.
    const bool services = catalog.services().size() > 1;
    const bool reports = catalog.reports().size() > 1;
    m_service->setVisible(services);
    m_serviceLabel->setVisible(services);
    m_report->setVisible(reports);
    m_reportLabel->setVisible(reports);
}

void FilterBar::setCounts(const FacetCounts &counts)
{
    const auto open = [](QComboBox *combo) { return combo->view()->isVisible(); };
    const QList<QComboBox *> lists = combos();
    if (std::any_of(lists.cbegin(), lists.cend(), open)) {
        m_pending = counts;
        return;
    }
    m_pending.reset();
    // The same choices stay chosen: no filterChanged().
    const bool updating = m_updating;
    m_updating = true;
    fill(m_year, tr("Todos"), m_entries[FacetCounts::Year], &counts.counts[FacetCounts::Year]);
    fill(m_objective, tr("Todos"), m_entries[FacetCounts::Objective], &counts.counts[FacetCounts::Objective]);
    fill(m_program, tr("Todos"), m_entries[FacetCounts::Program], &counts.counts[FacetCounts::Program]);
    fill(m_region, tr("Todas"), m_entries[FacetCounts::Region], &counts.counts[FacetCounts::Region]);
    fitProgramWidth();
    m_updating = updating;
}

QString FilterBar::shownText(const QModelIndex &index)
{
    const QString name = index.data(Qt::DisplayRole).toString();
    const QVariant figures = index.data(FiguresRole);
    if (figures.isNull())
        return name;
    return tr("%1 (%2)").arg(name, figures.toLongLong() < 0 ? tr("…") : Format::integer(figures.toLongLong()));
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Hide && m_pending)
        QTimer::singleShot(0, this, [this] {
            if (m_pending)
                setCounts(*m_pending);
        });
    return QWidget::eventFilter(watched, event);
}

void FilterBar::markCounting()
{
    const QString counting = tr("Contando las cifras con los filtros nuevos…");
    const QList<QComboBox *> lists = combos();
    for (int facet = 0; facet < FacetCounts::FacetCount; ++facet) {
        QComboBox *combo = lists.at(facet);
        for (int i = 1; i < combo->count(); ++i) {
            if (combo->itemData(i, FiguresRole).isNull())
                continue;
            const QVariant value = combo->itemData(i);
            const auto entry = std::find_if(m_entries[facet].cbegin(), m_entries[facet].cend(),
                                            [&value](const Entry &e) { return e.value == value; });
            const bool own = entry != m_entries[facet].cend() && !entry->toolTip.isEmpty();
            combo->setItemData(i, qint64(-1), FiguresRole);
            combo->setItemData(i, shownText(combo->model()->index(i, 0)), Qt::AccessibleTextRole);
            combo->setItemData(i, own ? entry->toolTip + u'\n' + counting : counting, Qt::ToolTipRole);
            combo->setItemData(i, QVariant(), Qt::ForegroundRole);
        }
    }
}

void FilterBar::fill(QComboBox *combo, const QString &all, const QList<Entry> &entries,
                     const QHash<qint64, FacetCounts::Count> *counts)
{
    const QVariant chosen = combo->currentIndex() > 0 ? combo->currentData() : QVariant();
    combo->clear();
    combo->addItem(all);
    const auto add = [combo, counts](const Entry &entry) {
        combo->addItem(entry.text, entry.value);
        const int index = combo->count() - 1;
        QString toolTip = entry.toolTip;
        if (counts) {
            const FacetCounts::Count count = counts->value(entry.value.toLongLong());
            combo->setItemData(index, count.figures(), FiguresRole);
            combo->setItemData(index, FilterBar::shownText(combo->model()->index(index, 0)),
                               Qt::AccessibleTextRole);
            if (count.figures() == 0)
                combo->setItemData(index, combo->palette().color(QPalette::Disabled, QPalette::Text),
                                   Qt::ForegroundRole);
            const auto number = [](qint64 n, const QString &one, const QString &many) {
                return n == 1 ? one : many.arg(Format::integer(n));
            };
            const QString said =
                count.figures() == 0
                    ? tr("Ninguna cifra con los demás filtros: elegirla no muestra resultados ni indicadores")
                    : tr("Con los demás filtros: %1 y %2 (los hitos no se cuentan)")
                          .arg(number(count.results, tr("1 resultado"), tr("%1 resultados")),
                               number(count.indicators, tr("1 indicador"), tr("%1 indicadores")));
            toolTip = toolTip.isEmpty() ? said : toolTip + u'\n' + said;
        }
        if (!toolTip.isEmpty())
            combo->setItemData(index, toolTip, Qt::ToolTipRole);
    };
    const auto empty = [counts](const Entry &entry) {
        return counts && counts->value(entry.value.toLongLong()).figures() == 0;
    };
    for (const Entry &entry : entries) {
        if (!empty(entry))
            add(entry);
    }
    const bool apart = std::any_of(entries.cbegin(), entries.cend(), empty);
    if (apart && combo->count() > 1)
        combo->insertSeparator(combo->count());
    for (const Entry &entry : entries) {
        if (empty(entry))
            add(entry);
    }
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(index, 0));
    fitListWidth(combo);
}

void FilterBar::fitProgramWidth()
{
    // As wide as the longest program, if the window has the room.
    QStyleOptionComboBox option;
    option.initFrom(m_program);
    int longest = 0;
    for (int i = 0; i < m_program->count(); ++i)
        longest = std::max(longest, m_program->fontMetrics().horizontalAdvance(m_program->itemText(i)));
    const QSize whole(longest, m_program->fontMetrics().height());
    m_program->setMaximumWidth(style()->sizeFromContents(QStyle::CT_ComboBox, &option, whole, m_program).width());
}

Filter FilterBar::filter() const
{
    Filter filter;
    // A list hidden (one service, one report) chooses nothing.
    if (!m_service->isHidden() && m_service->currentIndex() > 0) {
        filter.serviceId = m_service->currentData().toLongLong();
        filter.serviceLabel = m_service->currentText();
    }
    if (!m_report->isHidden() && m_report->currentIndex() > 0) {
        filter.reportId = m_report->currentData().toLongLong();
        filter.reportLabel = m_report->currentText();
    }
    if (m_year->currentIndex() > 0)
        filter.year = m_year->currentData().toInt();
    if (const Catalog::Objective *objective = chosenObjective()) {
        filter.objective = objective->number;
        // keepObjectiveInReport() chose its report in the list already.
        if (!filter.reportId && !m_report->isHidden()) {
            filter.reportId = objective->reportId;
            filter.reportLabel = objective->reportLabel;
        }
    }
    if (m_program->currentIndex() > 0) {
        filter.programIds = {m_program->currentData().toLongLong()};
        filter.programLabel = m_program->currentText();
    }
    if (m_region->currentIndex() > 0) {
        filter.regionId = m_region->currentData().toLongLong();
        filter.regionLabel = m_region->currentText();
    }
    filter.text = m_search->text();
    return filter;
}

void FilterBar::setFilter(const Filter &filter)
{
    m_updating = true;
    const auto choose = [](QComboBox *combo, const QVariant &value) {
        const int index = value.isValid() ? combo->findData(value) : 0;
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    choose(m_service, filter.serviceId ? QVariant(*filter.serviceId) : QVariant());
    choose(m_report, filter.reportId ? QVariant(*filter.reportId) : QVariant());
    choose(m_year, filter.year ? QVariant(*filter.year) : QVariant());
    const Catalog::Objective *objective = nullptr;
    if (filter.objective) {
        for (const Catalog::Objective &known : m_objectives) {
            if (known.number == *filter.objective && (!filter.reportId || known.reportId == *filter.reportId)
                && (filter.reportId || m_report->isHidden())) {
                objective = &known;
                break;
            }
        }
    }
    choose(m_objective, objective ? QVariant(objective->id) : QVariant());
    choose(m_program, filter.programIds.isEmpty() ? QVariant() : QVariant(filter.programIds.first()));
    choose(m_region, filter.regionId ? QVariant(*filter.regionId) : QVariant());
    m_search->setText(filter.text);
    m_debounce->stop();
    m_updating = false;
    emitChanged();
}

void FilterBar::setObjective(std::optional<int> number, qint64 report)
{
    int index = 0;
    for (const Catalog::Objective &objective : std::as_const(m_objectives)) {
        if (number && objective.number == *number && (objective.reportId == report || m_report->isHidden()))
            index = std::max(m_objective->findData(objective.id), 0);
    }
    m_objective->setCurrentIndex(index);
}

void FilterBar::setReport(qint64 report)
{
    m_report->setCurrentIndex(report ? std::max(m_report->findData(report), 0) : 0);
}

const Catalog::Objective *FilterBar::chosenObjective() const
{
    if (m_objective->currentIndex() <= 0)
        return nullptr;
    const qint64 id = m_objective->currentData().toLongLong();
    for (const Catalog::Objective &objective : m_objectives) {
        if (objective.id == id)
            return &objective;
    }
    return nullptr;
}

void FilterBar::keepObjectiveInReport(QComboBox *changed)
{
    if (m_updating || m_report->isHidden())
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const auto chosenIn = [](QComboBox *combo) {
        return combo->currentIndex() > 0 ? combo->currentData().toLongLong() : 0;
    };
    // A report of another service than the one chosen is no longer chosen.
    const qint64 service = m_service->isHidden() ? 0 : chosenIn(m_service);
    if (changed == m_service && service && m_reportServices.value(chosenIn(m_report)) != service)
        m_report->setCurrentIndex(0);
    const Catalog::Objective *objective = chosenObjective();
    if (!objective)
        return;
    if (changed == m_objective) {
        m_report->setCurrentIndex(std::max(m_report->findData(objective->reportId), 0));
        if (service && m_reportServices.value(objective->reportId) != service)
            m_service->setCurrentIndex(0);
        return;
    }
    const qint64 report = chosenIn(m_report);
    if (report == objective->reportId)
        return;
    // All reports, or another service's: no objective of theirs is this one.
    int index = 0;
    for (const Catalog::Objective &same : std::as_const(m_objectives)) {
        if (report && same.reportId == report && same.number == objective->number)
            index = std::max(m_objective->findData(same.id), 0);
    }
    m_objective->setCurrentIndex(index);
}

void FilterBar::clear()
{
    setFilter(Filter{});
}

void FilterBar::emitChanged()
{
    if (m_updating)
        return;
    m_debounce->stop();
    m_pending.reset();
    markCounting();
    Q_EMIT filterChanged(filter());
}
