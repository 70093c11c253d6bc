#include "filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace {

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    // As wide as the longest entry (the years, objectives and regions are
    // short lists of short names).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    for (QComboBox *combo : {m_year, m_objective, m_program, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    // A long program name cut in the box is whole in its tooltip.
    connect(m_program, &QComboBox::currentTextChanged, m_program, &QComboBox::setToolTip);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setCatalog(const Catalog &catalog)
{
    m_updating = true;
    for (QComboBox *combo : {m_year, m_objective, m_program, m_region})
        combo->clear();
    m_year->addItem(tr("Todos"));
    for (const int year : catalog.years())
        m_year->addItem(QString::number(year), year);
    m_objective->addItem(tr("Todos"));
    for (const Catalog::Objective &objective : catalog.objectives()) {
        m_objective->addItem(tr("%1. %2").arg(objective.number).arg(objective.shortName), objective.number);
        m_objective->setItemData(m_objective->count() - 1, objective.title, Qt::ToolTipRole);
    }
    m_program->addItem(tr("Todos"));
    for (const Catalog::Program &program : catalog.programs())
        m_program->addItem(program.name, program.id);
    m_region->addItem(tr("Todas"));
    for (const Catalog::Region &region : catalog.regions()) {
        const QString label = region.roman.isEmpty() ? region.shortName
                                                     : tr("%1 (%2)").arg(region.shortName, region.roman);
        m_region->addItem(label, region.id);
        m_region->setItemData(m_region->count() - 1, region.officialName, Qt::ToolTipRole);
    }
    // As wide as the longest program, if the window has the room.
    QStyleOptionComboBox option;
    option.initFrom(m_program);
    int longest = 0;
    for (int i = 0; i < m_program->count(); ++i)
        longest = std::max(longest, m_program->fontMetrics().horizontalAdvance(m_program->itemText(i)));
    const QSize whole(longest, m_program->fontMetrics().height());
    m_program->setMaximumWidth(style()->sizeFromContents(QStyle::CT_ComboBox, &option, whole, m_program).width());
    m_search->clear();
    m_updating = false;
}

Filter FilterBar::filter() const
{
    Filter filter;
    if (m_year->currentIndex() > 0)
        filter.year = m_year->currentData().toInt();
    if (m_objective->currentIndex() > 0)
        filter.objective = m_objective->currentData().toInt();
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
    choose(m_year, filter.year ? QVariant(*filter.year) : QVariant());
    choose(m_objective, filter.objective ? QVariant(*filter.objective) : QVariant());
    choose(m_program, filter.programIds.isEmpty() ? QVariant() : QVariant(filter.programIds.first()));
    choose(m_region, filter.regionId ? QVariant(*filter.regionId) : QVariant());
    m_search->setText(filter.text);
    m_debounce->stop();
    m_updating = false;
    emitChanged();
}

void FilterBar::setObjective(std::optional<int> number)
{
    const int index = number ? m_objective->findData(*number) : 0;
    m_objective->setCurrentIndex(index < 0 ? 0 : index);
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
    Q_EMIT filterChanged(filter());
}
