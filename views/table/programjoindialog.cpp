#include "programjoindialog.h"

#include "textfold.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int idRole = Qt::UserRole + 1;

/// Hides the entries whose folded name does not hold the folded text; a
/// chosen entry that hides is chosen no more.
void filterList(QListWidget *list, const QString &text)
{
    const QString wanted = TextFold::fold(text);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setHidden(!TextFold::fold(item->text()).contains(wanted));
        if (item->isHidden() && item->isSelected())
            list->clearSelection();
    }
}

} // namespace

ProgramJoinDialog::ProgramJoinDialog(QSqlDatabase db, QWidget *parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Unir programas"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Si dos nombres son el mismo programa (en dos años de un servicio, por ejemplo), "
                                "únalos: las filas del primero pasan al segundo, que conserva su nombre, y el "
                                "primero deja de existir. El historial de cambios lo registra y puede deshacerlo."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    m_from = addSide(grid, 0, tr("&Programa que se une:"),
                     tr("El programa cuyas filas pasan al otro; después de unirlos deja de existir"), &m_fromFilter,
                     &m_fromDetails);
    m_into = addSide(grid, 1, tr("Programa que &queda:"),
                     tr("El programa que recibe las filas del otro y conserva su nombre"), &m_intoFilter,
                     &m_intoDetails);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_join = buttons->addButton(tr("U&nir…"), QDialogButtonBox::AcceptRole);
    m_join->setToolTip(tr("Une los dos programas elegidos, después de preguntar"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgramJoinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgramJoinDialog::reject);

    QString error;
    if (std::optional<QList<ProgramJoin::Program>> programs = ProgramJoin::programs(m_db, &error)) {
        m_programs = *programs;
    } else {
        m_problem->setText(tr("No se pudieron leer los programas: %1").arg(error));
        m_problem->show();
    }
    for (QListWidget *list : {m_from, m_into}) {
        for (const ProgramJoin::Program &program : std::as_const(m_programs)) {
            auto *item = new QListWidgetItem(program.name, list);
            item->setData(idRole, program.id);
            item->setToolTip(program.name);
        }
        connect(list, &QListWidget::itemSelectionChanged, this, &ProgramJoinDialog::showDetails);
    }
    const bool many = m_programs.size() > filterFrom;
    m_fromFilter->setVisible(many);
    m_intoFilter->setVisible(many);
    showDetails();
    resize(760, 460);
}

QListWidget *ProgramJoinDialog::addSide(QGridLayout *grid, int column, const QString &title, const QString &help,
                                        QLineEdit **filter, QLabel **details)
{
    auto *label = new QLabel(title, this);
    auto *list = new QListWidget(this);
    list->setToolTip(help);
    list->setAccessibleName(QString(title).remove(u'&').remove(u':'));
    label->setBuddy(list);
    *filter = new QLineEdit(this);
    (*filter)->setPlaceholderText(tr("Filtrar por nombre…"));
    (*filter)->setAccessibleName(tr("Filtrar %1").arg(list->accessibleName().toLower()));
    (*filter)->setToolTip(tr("Muestra solo los programas cuyo nombre contiene este texto (sin importar tildes ni "
                             "mayúsculas)"));
    (*filter)->setClearButtonEnabled(true);
    connect(*filter, &QLineEdit::textChanged, this, [this, list](const QString &text) {
        filterList(list, text);
        showDetails();
    });
    *details = new QLabel(this);
    (*details)->setWordWrap(true);
    (*details)->setMinimumHeight((*details)->fontMetrics().lineSpacing() * 3);
    (*details)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(label, 0, column);
    grid->addWidget(*filter, 1, column);
    grid->addWidget(list, 2, column);
    grid->addWidget(*details, 3, column);
    return list;
}

const ProgramJoin::Program *ProgramJoinDialog::chosen(const QListWidget *list) const
{
    // The selected entry, not merely the current one: a list that gets the
    // focus has a current entry nobody chose.
    const QList<QListWidgetItem *> selected = list->selectedItems();
    const QListWidgetItem *item = selected.value(0);
    if (!item || item->isHidden())
        return nullptr;
    const qint64 id = item->data(idRole).toLongLong();
    for (const ProgramJoin::Program &program : m_programs) {
        if (program.id == id)
            return &program;
    }
    return nullptr;
}

void ProgramJoinDialog::showDetails()
{
    for (const auto &[list, details] : {std::pair{m_from, m_fromDetails}, std::pair{m_into, m_intoDetails}}) {
        const ProgramJoin::Program *program = chosen(list);
        if (!program) {
            details->setText(tr("Elija un programa."));
            continue;
        }
        details->setText(program->reports.isEmpty()
                             ? tr("%1; en ningún informe.").arg(ProgramJoin::rowCounts(program->results, program->indicators))
                             : tr("%1; en %2.").arg(ProgramJoin::rowCounts(program->results, program->indicators),
                                                    program->reports.join(QStringLiteral(", "))));
    }
    const ProgramJoin::Program *from = chosen(m_from);
    const ProgramJoin::Program *into = chosen(m_into);
    m_join->setEnabled(from && into && from->id != into->id);
}

void ProgramJoinDialog::accept()
{
    const ProgramJoin::Program *from = chosen(m_from);
    const ProgramJoin::Program *into = chosen(m_into);
    if (!from || !into || from->id == into->id)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unir programas"),
        tr("¿Unir «%1» a «%2»?\n\nSus %3 pasan a «%2», y «%1» deja de existir. El historial de cambios lo registra "
           "y puede deshacerlo.")
            .arg(from->name, into->name, ProgramJoin::rowCounts(from->results, from->indicators)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    m_outcome = ProgramJoin::join(m_db, from->id, into->id, &error);
    if (!m_outcome) {
        m_problem->setText(error.left(1).toUpper() + error.mid(1));
        m_problem->show();
        QMessageBox::warning(this, tr("Unir programas"), m_problem->text());
        return;
    }
    QDialog::accept();
}

QString ProgramJoinDialog::describe(const ProgramJoin::Outcome &outcome)
{
    const int moved = int(outcome.results + outcome.indicators);
    return (moved == 1 ? tr("«%1» unido a «%2»: %Ln fila movida", nullptr, moved)
                       : tr("«%1» unido a «%2»: %Ln filas movidas", nullptr, moved))
        .arg(outcome.from, outcome.into);
}
