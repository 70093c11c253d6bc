#include "comparisondialog.h"

#include "comparisoncsv.h"
#include "exportrows.h"
#include "format.h"
#include "lastfolder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// A row in one report only: tinted, with dark text so that it reads the
/// same in a dark appearance.
const QColor onlyOneBackground(0xff, 0xf1, 0xc7);
const QColor onlyOneText(0x4a, 0x3b, 0x00);

QStandardItem *cell(const QString &text, bool number, bool marked)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (marked) {
        item->setBackground(onlyOneBackground);
        item->setForeground(onlyOneText);
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

ComparisonDialog::ComparisonDialog(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter,
                                   QWidget *parent)
    : QDialog(parent),
      m_connection(db.connectionName()),
      m_reports(catalog.reports()),
      m_synthetic(catalog.isSynthetic()),
      m_filter(filter),
      m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)),
      m_error(new QLabel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Comparar informes"));
    const auto chosen = Comparison::defaultReports(catalog, filter);
    m_earlier = reportChooser(chosen ? chosen->first.id : 0);
    m_later = reportChooser(chosen ? chosen->second.id : 0);
    m_earlier->setAccessibleName(tr("Informe anterior"));
    m_later->setAccessibleName(tr("Informe posterior"));

    auto *choosers = new QHBoxLayout;
    auto *earlierLabel = new QLabel(tr("Informe &anterior:"), this);
    earlierLabel->setBuddy(m_earlier);
    auto *laterLabel = new QLabel(tr("Informe &posterior:"), this);
    laterLabel->setBuddy(m_later);
    choosers->addWidget(earlierLabel);
    choosers->addWidget(m_earlier);
    choosers->addSpacing(16);
    choosers->addWidget(laterLabel);
    choosers->addWidget(m_later);
    choosers->addStretch(1);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Comparación de los dos informes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    // Room for a figure of millions in each column, read at a glance.
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("+1.000.000"))
                                                       + 16);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    m_error->setStyleSheet(QStringLiteral("color:#b71c1c;font-weight:bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *note = new QLabel(tr("%1. M$ por beneficiario: presupuesto dividido por beneficiarios, solo en las filas "
                               "que informan ambos, unidad por unidad; beneficiarios de unidades distintas nunca se "
                               "suman. Cambio %: respecto del informe anterior.")
                                .arg(Format::moneyNote()),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Exportar CSV…"), QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &ComparisonDialog::chooseCsvFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_synthetic) {
        auto *banner = new QLabel(Catalog::syntheticWarning(), this);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background:#b71c1c;color:white;font-weight:bold;padding:4px;"));
        layout->addWidget(banner);
    }
    layout->addLayout(choosers);
    layout->addWidget(filterLabel());
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_earlier, &QComboBox::currentIndexChanged, this, &ComparisonDialog::load);
    connect(m_later, &QComboBox::currentIndexChanged, this, &ComparisonDialog::load);
    resize(1100, 650);
    load();
}

QComboBox *ComparisonDialog::reportChooser(qint64 current)
{
    auto *chooser = new QComboBox(this);
    for (const Catalog::ReportInfo &report : m_reports) {
        chooser->addItem(report.label(), report.id);
        if (report.id == current)
            chooser->setCurrentIndex(chooser->count() - 1);
    }
    chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return chooser;
}

QLabel *ComparisonDialog::filterLabel()
{
    // What of the window's filter applies here, and why the rest does not.
    Filter within;
    within.programIds = m_filter.programIds;
    within.programLabel = m_filter.programLabel;
    within.regionId = m_filter.regionId;
    within.regionLabel = m_filter.regionLabel;
    within.text = m_filter.text;
    QString text = tr("Filtro: %1").arg(within.describe());
    if (m_filter.objective)
        text += u' ' + tr("(el objetivo no se aplica: cada informe tiene sus propios objetivos)");
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ComparisonDialog::load()
{
    m_error->hide();
    const auto report = [this](const QComboBox *chooser) {
        const qint64 id = chooser->currentData().toLongLong();
        for (const Catalog::ReportInfo &info : m_reports) {
            if (info.id == id)
                return info;
        }
        return Catalog::ReportInfo{};
    };
    QString error;
    if (m_reports.size() < 2)
        error = tr("La base de datos tiene menos de dos informes: no hay qué comparar.");
    else if (!Comparison::read(QSqlDatabase::database(m_connection, false), report(m_earlier), report(m_later),
                               m_filter, &m_comparison, &error))
        error = tr("No se pudo leer la comparación: %1").arg(error);
    if (!error.isEmpty()) {
        m_comparison.lines.clear();
        m_error->setText(error);
        m_error->show();
    }
    fill();
}

void ComparisonDialog::fill()
{
    m_model->clear();
    m_table->clearSpans();
    m_model->setHorizontalHeaderLabels({tr("Programa"), tr("Cifra"), m_comparison.earlierName(),
                                        m_comparison.laterName(), tr("Cambio"), tr("Cambio %"), tr("Nota")});
    int first = 0; // the first row of the current program
    QSet<qint64> programs;
    for (const Comparison::Line &line : m_comparison.lines) {
        const bool marked = !m_comparison.note(line).isEmpty();
        const int row = m_model->rowCount();
        if (row > 0 && line.programId != m_comparison.lines.at(first).programId) {
            if (row - first > 1)
                m_table->setSpan(first, ProgramColumn, row - first, 1);
            first = row;
        }
        programs.insert(line.programId);
        // The name once, on the first row: it spans the program's rows.
        const QString program = row == first ? line.program : QString();
        m_model->appendRow(
            {cell(program, false, line.programIn != Comparison::Presence::Both), cell(line.figureText(), false, marked),
             cell(Comparison::valueText(line, false), true, marked),
             cell(Comparison::valueText(line, true), true, marked), cell(line.change.changeText(), true, marked),
             cell(line.change.percentText(), true, marked), cell(m_comparison.note(line), false, marked)});
    }
    if (m_model->rowCount() - first > 1)
        m_table->setSpan(first, ProgramColumn, m_model->rowCount() - first, 1);
    // The name takes what the figures leave; its rows are of one height (a
    // spanned name would make its first row as tall as the name).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProgramColumn, QHeaderView::Stretch);
    m_export->setEnabled(!m_comparison.lines.isEmpty());
    m_status->setText(m_comparison.lines.isEmpty() && m_error->isHidden()
                          ? tr("Ningún programa de estos informes pasa el filtro.")
                          : programs.size() == 1 ? tr("%Ln programa", nullptr, int(programs.size()))
                                                 : tr("%Ln programas", nullptr, int(programs.size())));
}

bool ComparisonDialog::exportCsv(const QString &fileName, QString *error) const
{
    return ComparisonCsv::write(m_comparison, m_synthetic, fileName,
                                ExportRows::databaseFile(QSqlDatabase::database(m_connection, false)), error)
        >= 0;
}

void ComparisonDialog::chooseCsvFile()
{
    QString suggested = tr("comparacion-%1-%2.csv").arg(m_comparison.earlierName(), m_comparison.laterName());
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Exportar comparación a CSV"),
        LastFolder::suggest(LastFolder::Purpose::Export, suggested.replace(u' ', u'-')), tr("CSV (*.csv)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error)) {
        m_error->setText(tr("No se exportó la comparación: %1").arg(error));
        m_error->show();
        return;
    }
    m_error->hide();
    m_status->setText(tr("Comparación escrita en %1").arg(QDir::toNativeSeparators(fileName)));
}
