#include "reviewform.h"

#include "numbers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

constexpr Proposal::Kind kinds[] = {Proposal::Kind::Budget, Proposal::Kind::Beneficiaries, Proposal::Kind::Indicator,
                                    Proposal::Kind::Milestone};

/// The style of numbers people type here: the locale's (Chilean Spanish by
/// default: 1.487.480; 51,8).
NumberStyle typedStyle()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? NumberStyle::Chilean : NumberStyle::Plain;
}

} // namespace

ReviewForm::ReviewForm(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox), m_program(new QLineEdit), m_value(new QLineEdit),
      m_unit(new QLineEdit), m_title(new QLineEdit), m_counterpart(new QLineEdit), m_objective(new QSpinBox),
      m_action(new QSpinBox), m_sentence(new QTextBrowser)
{
    for (const Proposal::Kind kind : kinds)
        m_kind->addItem(kindName(kind));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_program->setObjectName(QStringLiteral("program"));
    m_value->setObjectName(QStringLiteral("value"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_objective->setRange(1, 99);
    m_action->setRange(0, 99);
    m_action->setSpecialValueText(tr("ninguna"));
    m_value->setToolTip(tr("Presupuestos en M$ (miles de pesos)"));
    auto *form = new QFormLayout;
    form->addRow(tr("T&ipo:"), m_kind);
    form->addRow(tr("&Programa:"), m_program);
    form->addRow(tr("&Valor:"), m_value);
    form->addRow(tr("&Unidad:"), m_unit);
    form->addRow(tr("&Nombre o título:"), m_title);
    form->addRow(tr("Contrapa&rte:"), m_counterpart);
    form->addRow(tr("&Objetivo:"), m_objective);
    form->addRow(tr("A&cción:"), m_action);
    m_sentence->setOpenLinks(false);
    m_sentence->setMinimumHeight(60);
    m_sentence->setAccessibleName(tr("Oración de la que viene la cifra"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_sentence, 1);
}

QString ReviewForm::kindName(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::Budget:
        return tr("Presupuesto");
    case Proposal::Kind::Beneficiaries:
        return tr("Beneficiarios");
    case Proposal::Kind::Indicator:
        return tr("Indicador");
    case Proposal::Kind::Milestone:
        return tr("Hito");
    }
    return {};
}

QString ReviewForm::shownValue(const Proposal &proposal)
{
    if (proposal.value.isEmpty())
        return {};
    // Digits as the reader kept them (a plain decimal), grouped as the
    // locale groups them; never through a double.
    const QLocale locale;
    const qsizetype dot = proposal.value.indexOf(u'.');
    const QString whole = dot < 0 ? proposal.value : proposal.value.left(dot);
    bool ok = false;
    const qlonglong number = whole.toLongLong(&ok);
    if (!ok)
        return proposal.value;
    QString shown = locale.toString(number);
    if (dot >= 0)
        shown += locale.decimalPoint() + proposal.value.mid(dot + 1);
    return shown;
}

void ReviewForm::setProposal(const Proposal &proposal)
{
    m_kind->setCurrentIndex(int(proposal.kind));
    m_program->setText(proposal.program);
    m_value->setText(shownValue(proposal));
    m_unit->setText(proposal.unit);
    m_title->setText(proposal.title);
    m_counterpart->setText(proposal.counterpart);
    m_objective->setValue(proposal.objective);
    m_action->setValue(proposal.action);
    const QString &quote = proposal.sourceQuote;
    QString html;
    if (proposal.start >= 0 && proposal.start + proposal.length <= quote.size()) {
        html = quote.left(proposal.start).toHtmlEscaped()
            + QStringLiteral("<span style=\"background-color:#ffb060; font-weight:bold\">")
            + quote.mid(proposal.start, proposal.length).toHtmlEscaped() + QStringLiteral("</span>")
            + quote.mid(proposal.start + proposal.length).toHtmlEscaped();
    } else {
        html = quote.toHtmlEscaped();
    }
    m_sentence->setHtml(QStringLiteral("<p style=\"background-color:#fff3b0\">%1</p>").arg(html));
}

std::optional<Proposal> ReviewForm::edited(const Proposal &base, QString *error) const
{
    Proposal p = base;
    p.kind = kinds[m_kind->currentIndex()];
    p.program = m_program->text().simplified();
    p.unit = m_unit->text().simplified();
    p.title = m_title->text().simplified();
    p.counterpart = m_counterpart->text().simplified();
    p.objective = m_objective->value();
    p.action = m_action->value();
    const QString typed = m_value->text().trimmed();
    if (typed == shownValue(base)) {
        p.value = base.value;
    } else if (p.kind == Proposal::Kind::Milestone && typed.isEmpty()) {
        p.value.clear();
    } else {
        QString reason;
        const std::optional<QString> exact = Numbers::exact(typed, typedStyle(), &reason);
        if (!exact) {
            *error = tr("Valor: %1").arg(reason.isEmpty() ? tr("falta el número") : reason);
            return std::nullopt;
        }
        p.value = *exact;
    }
    return p;
}

bool ReviewForm::same(const Proposal &a, const Proposal &b)
{
    return a.kind == b.kind && a.program == b.program && a.value == b.value && a.unit == b.unit && a.title == b.title
        && a.counterpart == b.counterpart && a.objective == b.objective && a.action == b.action;
}
