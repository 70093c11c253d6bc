#include "historyview.h"

#include "format.h"
#include "historymodel.h"
#include "importundo.h"
#include "programjoin.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace {

/// The first later changes, one a line: when, who, which row, what, how.
QString laterList(const QList<ImportUndo::LaterChange> &later)
{
    constexpr int shown = 5;
    QStringList lines;
    for (int i = 0; i < later.size() && i < shown; ++i) {
        const ImportUndo::LaterChange &change = later.at(i);
        const QDateTime when = QDateTime::fromString(change.changedAt, Qt::ISODate);
        lines << HistoryView::tr("• %1, %2: %3, fila %4, %5 (%6)")
                     .arg(when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                         : change.changedAt,
                          change.user, HistoryModel::tableLabel(change.table), QString::number(change.rowId),
                          HistoryModel::columnLabel(change.table, change.column),
                          HistoryModel::originLabel(change.origin));
    }
    if (later.size() > shown)
        lines << HistoryView::tr("… y %1 más").arg(Format::integer(later.size() - shown));
    return lines.join(u'\n');
}

/// Asks before undoing; what it would do, and what is lost with later
/// changes. nullopt: the person cancelled.
std::optional<ImportUndo::Later> confirm(QWidget *parent, const ImportUndo::Preview &preview)
{
    const QString what
        = HistoryView::tr("Se quitarán %1 y se restaurarán los valores anteriores de %2, en una sola "
                          "operación que queda en el historial.")
              .arg(preview.rowsToRemove == 1
                       ? HistoryView::tr("%1 fila que agregó").arg(Format::integer(1))
                       : HistoryView::tr("%1 filas que agregó").arg(Format::integer(preview.rowsToRemove)),
                   preview.rowsToRestore == 1
                       ? HistoryView::tr("%1 fila que cambió").arg(Format::integer(1))
                       : HistoryView::tr("%1 filas que cambió").arg(Format::integer(preview.rowsToRestore)));
    QMessageBox box(parent);
    box.setWindowTitle(HistoryView::tr("Deshacer importación"));
    box.setText(HistoryView::tr("¿Deshacer la importación de «%1» (importación %2)?")
                    .arg(preview.fileName)
                    .arg(preview.summaryId));
    QPushButton *cancel = box.addButton(HistoryView::tr("&Cancelar"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    if (preview.later.isEmpty()) {
        box.setIcon(QMessageBox::Question);
        box.setInformativeText(what);
        box.addButton(HistoryView::tr("&Deshacer importación"), QMessageBox::AcceptRole);
    } else {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(
            (preview.later.size() == 1
                 ? HistoryView::tr("Después de ella hubo %1 cambio en sus filas:").arg(Format::integer(1))
                 : HistoryView::tr("Después de ella hubo %1 cambios en sus filas:")
                       .arg(Format::integer(preview.later.size())))
            + u'\n' + laterList(preview.later) + QStringLiteral("\n\n")
            + HistoryView::tr("Lo seguro es deshacer primero esos cambios. Si la deshace de todos modos: %1 Esos "
                              "cambios posteriores a sus filas se pierden (siguen en el historial).")
                  .arg(what));
        box.addButton(HistoryView::tr("Deshacer de &todos modos"), QMessageBox::DestructiveRole);
    }
    box.exec();
    if (box.clickedButton() == cancel || !box.clickedButton())
        return std::nullopt;
    return preview.later.isEmpty() ? ImportUndo::Later::Refuse : ImportUndo::Later::Override;
}

} // namespace

HistoryView::HistoryView(QSqlDatabase db, QWidget *parent)
    : QDockWidget(tr("Historial de cambios"), parent),
      m_db(db),
      m_model(new HistoryModel(db, this)),
      m_table(new QTableView(this)),
      m_rowOnly(new QRadioButton(tr("Solo la &fila seleccionada"), this)),
      m_whole(new QRadioButton(tr("&Toda la base"), this)),
      m_undoImport(new QPushButton(tr("Deshacer &importación…"), this)),
      m_undoJoin(new QPushButton(tr("Deshacer &unión…"), this)),
      m_scopeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    group->addButton(m_rowOnly);
    group->addButton(m_whole);
    m_whole->setChecked(true);
    bar->addWidget(m_rowOnly);
    bar->addWidget(m_whole);
    bar->addWidget(m_scopeLabel, 1);
    bar->addWidget(m_undoImport);
    bar->addWidget(m_undoJoin);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    setWidget(box);

    m_undoImport->setToolTip(tr("Quita las filas que agregó la importación de la línea elegida y devuelve los "
                                "valores que cambió"));
    m_undoJoin->setToolTip(tr("Separa otra vez los dos programas de la unión elegida, cada uno con sus filas"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Historial de cambios"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setTextElideMode(Qt::ElideRight);
    // A few lines at least (the window gives it a third of its height when it opens).
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            showScope();
    });
    connect(m_undoImport, &QPushButton::clicked, this, &HistoryView::undoImport);
    connect(m_undoJoin, &QPushButton::clicked, this, &HistoryView::undoJoin);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::updateUndoButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateUndoButton);
    connect(m_model, &HistoryModel::queryFailed, this, &HistoryView::errorOccurred);
    updateUndoButton();
}

void HistoryView::setSelectedRow(const QString &table, qint64 rowId, const QString &label)
{
    if (table == m_selectedTable && rowId == m_selectedRow && label == m_selectedLabel)
        return;
    m_selectedTable = table;
    m_selectedRow = rowId;
    m_selectedLabel = label;
    if (m_rowOnly->isChecked())
        showScope();
}

void HistoryView::showScope()
{
    const bool rowOnly = m_rowOnly->isChecked();
    m_scopeLabel->setText(!rowOnly                        ? QString()
                              : m_selectedTable.isEmpty() ? tr("(ninguna fila seleccionada)")
                                                          : m_selectedLabel);
    m_scopeLabel->setToolTip(m_scopeLabel->text());
    if (!isVisible())
        return; // read when shown
    // No row selected: the row's history is empty, not the whole log.
    m_model->setRow(rowOnly ? (m_selectedTable.isEmpty() ? QStringLiteral("-") : m_selectedTable) : QString(),
                    m_selectedRow);
    // Figures, names and dates whole; a long sentence is cut with "…" and
    // whole in its tooltip.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 36;
    for (const int column : {HistoryModel::Row, HistoryModel::Before, HistoryModel::After})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void HistoryView::refresh()
{
    if (isVisible())
        showScope();
}

void HistoryView::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    showScope();
}

void HistoryView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateUndoButton();
}

void HistoryView::updateUndoButton()
{
    const QModelIndex current = m_table->currentIndex();
    m_undoImport->setEnabled(!m_readOnly && current.isValid() && !current.data(HistoryModel::ImportIdRole).isNull());
    m_undoJoin->setEnabled(!m_readOnly && current.isValid() && !current.data(HistoryModel::JoinIdRole).isNull());
}

void HistoryView::undoImport()
{
    const QVariant importId = m_table->currentIndex().data(HistoryModel::ImportIdRole);
    if (importId.isNull() || m_readOnly)
        return;
    QString error;
    const std::optional<ImportUndo::Preview> preview = ImportUndo::preview(m_db, importId.toLongLong(), &error);
    if (!preview) {
        Q_EMIT errorOccurred(tr("No se pudo leer la importación: %1").arg(error));
        return;
    }
    if (!preview->refusal.isEmpty()) {
        QMessageBox::information(this, tr("Deshacer importación"),
                                 tr("No se puede deshacer: %1.").arg(preview->refusal));
        return;
    }
    const std::optional<ImportUndo::Later> later = confirm(this, *preview);
    if (!later)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ImportUndo::run(m_db, preview->summaryId, *later, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Q_EMIT errorOccurred(tr("No se deshizo la importación; la base quedó como estaba: %1").arg(error));
        return;
    }
    refresh();
    Q_EMIT importUndone();
}

void HistoryView::undoJoin()
{
    const QVariant joinId = m_table->currentIndex().data(HistoryModel::JoinIdRole);
    if (joinId.isNull() || m_readOnly)
        return;
    const QString title = tr("Deshacer unión de programas");
    if (QMessageBox::question(this, title,
                              tr("¿Separar otra vez los dos programas de esta unión? Las filas que la unión movió "
                                 "vuelven al programa que quitó; las agregadas después se quedan donde están."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QString error;
    const std::optional<ProgramJoin::Outcome> outcome = ProgramJoin::undo(m_db, joinId.toLongLong(), &error);
    if (!outcome) {
        QMessageBox::information(this, title, tr("No se deshizo la unión; la base quedó como estaba: %1.").arg(error));
        return;
    }
    refresh();
    Q_EMIT joinUndone(tr("Unión deshecha: «%1» separado de «%2»").arg(outcome->from, outcome->into));
}
