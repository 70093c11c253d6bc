#include "importwizard.h"

#include "format.h"
#include "importjob.h"
#include "lastfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QStyle>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

/// A page whose Next/Finish the wizard enables when complete() says so.
class GatedPage : public QWizardPage
{
public:
    GatedPage(std::function<bool()> complete, QWidget *parent)
        : QWizardPage(parent), m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QString numberStyleName(NumberStyle style)
{
    return style == NumberStyle::Chilean ? QCoreApplication::translate("ImportWizard", "chileno (1.487.480; 51,8)")
                                         : QCoreApplication::translate("ImportWizard", "simple (1487480; 51.8)");
}

} // namespace

ImportWizard::ImportWizard(ImportJob *job, QWidget *parent)
    : QWizard(parent),
      m_job(job),
      m_file(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_preview(new QTableWidget(this)),
      m_problems(new QListWidget(this)),
      m_progress(new QProgressBar(this)),
      m_result(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancelar importación"), this))
{
    setWindowTitle(tr("Importar CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< &Atrás"));
    setButtonText(QWizard::NextButton, tr("&Siguiente >"));
    setButtonText(QWizard::CancelButton, tr("Cancelar"));
    setButtonText(QWizard::FinishButton, tr("&Terminar"));
    resize(900, 600);
    addFilePage();
    addPreviewPage();
    addWritePage();
    connectJob();
}

void ImportWizard::addFilePage()
{
    auto *filePage = new QWizardPage(this);
    filePage->setTitle(tr("Archivo"));
    filePage->setSubTitle(tr("Un CSV como el que escribe Exportar, o una planilla guardada como CSV: UTF-8 o "
                             "Windows-1252, separada por coma, punto y coma o tabulador."));
    auto *browse = new QPushButton(tr("&Examinar…"), filePage);
    auto *fileLabel = new QLabel(tr("&Archivo:"), filePage);
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(tr("Archivo a importar"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    auto *note = new QLabel(tr("Mirador revisa todo el archivo antes de escribir. Si hay un solo problema, no se "
                               "escribe nada. Una fila que ya existe (mismo año, objetivo, programa y región) se "
                               "actualiza; nunca se duplica."),
                            filePage);
    note->setWordWrap(true);
    fileLayout->addWidget(note);
    fileLayout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getOpenFileName(this, tr("Importar CSV"),
                                                          LastFolder::folder(LastFolder::Purpose::Import),
                                                          tr("CSV (*.csv *.txt *.tsv);;Todos (*)"));
        LastFolder::remember(LastFolder::Purpose::Import, name);
        if (!name.isEmpty())
            m_file->setText(name);
    });
    setPage(FilePage, filePage);
}

void ImportWizard::addPreviewPage()
{
    auto *previewPage = new GatedPage([this] { return m_planReady && m_plan.isValid(); }, this);
    previewPage->setButtonText(QWizard::NextButton, tr("&Importar"));
    previewPage->setTitle(tr("Revisión"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Primeras filas del archivo"));
    m_problems->setAccessibleName(tr("Problemas encontrados"));
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_preview, 2);
    auto *problemsLabel = new QLabel(tr("&Problemas:"), previewPage);
    problemsLabel->setBuddy(m_problems);
    previewLayout->addWidget(problemsLabel);
    previewLayout->addWidget(m_problems, 1);
    setPage(PreviewPage, previewPage);
}

void ImportWizard::addWritePage()
{
    auto *writePage = new GatedPage([this] { return m_done; }, this);
    writePage->setTitle(tr("Importación"));
    m_result->setWordWrap(true);
    auto *writeLayout = new QVBoxLayout(writePage);
    writeLayout->addWidget(m_progress);
    writeLayout->addWidget(m_cancel, 0, Qt::AlignLeft);
    writeLayout->addWidget(m_result);
    writeLayout->addStretch();
    setPage(WritePage, writePage);
}

void ImportWizard::connectJob()
{
    connect(m_job, &ImportJob::prepared, this, &ImportWizard::showPlan);
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(done));
        m_progress->setFormat((total == 1 ? tr("%1 de %Ln fila", nullptr, int(total))
                                          : tr("%1 de %Ln filas", nullptr, int(total)))
                                  .arg(Format::integer(done)));
    });
    connect(m_job, &ImportJob::finished, this, &ImportWizard::showOutcome);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelando… la base de datos vuelve a como estaba."));
        m_job->cancel();
    });
}

void ImportWizard::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        if (m_file->text().trimmed().isEmpty())
            return false;
        m_planReady = false;
        m_done = false;
        return true;
    }
    if (currentId() == PreviewPage)
        return m_planReady && m_plan.isValid();
    if (currentId() == WritePage)
        return m_done;
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == FilePage) {
        m_file->setFocus();
    } else if (id == PreviewPage) {
        m_summary->setText(tr("Leyendo y revisando «%1»…").arg(QDir::toNativeSeparators(m_file->text().trimmed())));
        m_preview->clear();
        m_preview->setRowCount(0);
        m_problems->clear();
        static_cast<GatedPage *>(page(PreviewPage))->recheck();
        m_job->prepare(m_file->text().trimmed());
    } else if (id == WritePage) {
        m_done = false;
        m_cancel->setEnabled(true);
        m_progress->setRange(0, int(m_plan.rows.size()));
        m_progress->setValue(0);
        m_result->clear();
        static_cast<GatedPage *>(page(WritePage))->recheck();
        m_job->apply(m_plan);
    }
}

void ImportWizard::showPlan(const ImportPlan &plan)
{
    m_plan = plan;
    m_planReady = true;
    QStringList lines;
    if (!plan.encoding.isEmpty()) {
        lines << tr("Codificación: %1 · separador: %2 · números: %3")
                     .arg(plan.encoding, plan.separator == u'\t' ? tr("tabulador") : QString(plan.separator),
                          numberStyleName(plan.numbers));
        lines << (plan.records == 1 ? tr("%Ln fila de %1 en el archivo; %2 sin problemas", nullptr, plan.records)
                                    : tr("%Ln filas de %1 en el archivo; %2 sin problemas", nullptr, plan.records))
                     .arg(plan.kind == ImportPlan::Kind::Results ? tr("resultados") : tr("indicadores"),
                          Format::integer(plan.rows.size()));
    }
    if (!plan.newPrograms.isEmpty())
        lines << tr("Programas nuevos: %1").arg(plan.newPrograms.join(QStringLiteral(", ")));
    if (!plan.ignoredColumns.isEmpty())
        lines << tr("Columnas que no se importan: %1").arg(plan.ignoredColumns.join(QStringLiteral(", ")));
    const int problems = int(plan.problems.size());
    if (problems == 0)
        lines << tr("Sin problemas: puede importar.");
    else if (problems == 1)
        lines << tr("%Ln problema: corríjalo en el archivo; no se escribirá nada.", nullptr, problems);
    else
        lines << tr("%Ln problemas: corríjalos en el archivo; no se escribirá nada.", nullptr, problems);
    m_summary->setText(lines.join(u'\n'));

    m_preview->setColumnCount(int(plan.header.size()));
    QStringList headers;
    for (int i = 0; i < plan.header.size(); ++i) {
        const ImportField field = plan.fields.value(i, ImportField::Unknown);
        headers << (field == ImportField::Unknown ? tr("%1\n(se ignora)").arg(plan.header[i])
                                                  : tr("%1\n→ %2").arg(plan.header[i], ImportFields::label(field)));
    }
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(plan.preview.size()));
    for (int r = 0; r < plan.preview.size(); ++r) {
        for (int c = 0; c < plan.preview[r].size() && c < plan.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(plan.preview[r][c]));
    }
    markProblems(plan);
    m_preview->resizeColumnsToContents();
    for (const ImportProblem &problem : plan.problems)
        m_problems->addItem(problem.describe());
    static_cast<GatedPage *>(page(PreviewPage))->recheck();
}

void ImportWizard::markProblems(const ImportPlan &plan)
{
    // Rows numbered by their line in the file, as the problems name them.
    QStringList lines;
    for (const int line : plan.previewLines)
        lines << QString::number(line);
    m_preview->setVerticalHeaderLabels(lines);
    // Each cell with a problem: a warning sign, a colour, and the problem
    // as its tooltip; a problem of the whole row marks all its cells.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ImportProblem &problem : plan.problems) {
        const int row = int(plan.previewLines.indexOf(problem.line));
        if (row < 0)
            continue;
        const int only = problem.column.isEmpty() ? -1 : int(plan.header.indexOf(problem.column));
        for (int column = 0; column < m_preview->columnCount(); ++column) {
            if (only >= 0 && column != only)
                continue;
            QTableWidgetItem *item = m_preview->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_preview->setItem(row, column, item);
            }
            const QString before = item->toolTip();
            item->setToolTip(before.isEmpty() ? problem.describe() : before + u'\n' + problem.describe());
            item->setIcon(warning);
            item->setBackground(QColor(0xff, 0xcd, 0xd2));
            item->setForeground(QColor(0x21, 0x21, 0x21)); // dark on the light red, in a dark theme too
        }
    }
}

void ImportWizard::showOutcome(const ImportOutcome &outcome)
{
    m_outcome = outcome;
    m_done = true;
    m_cancel->setEnabled(false);
    if (outcome.ok) {
        m_progress->setValue(m_progress->maximum());
        m_result->setText(tr("Listo: %1.").arg(rowCounts(outcome)));
    } else if (outcome.cancelled) {
        m_result->setText(tr("Importación cancelada. No se escribió nada: la base de datos está como antes."));
    } else {
        m_result->setText(tr("La importación falló y no se escribió nada: %1").arg(outcome.error));
    }
    static_cast<GatedPage *>(page(WritePage))->recheck();
}

QString ImportWizard::rowCounts(const ImportOutcome &outcome)
{
    const int inserted = int(outcome.inserted);
    const int updated = int(outcome.updated);
    return tr("%1 y %2").arg(inserted == 1 ? tr("%Ln fila nueva", nullptr, inserted)
                                           : tr("%Ln filas nuevas", nullptr, inserted),
                             updated == 1 ? tr("%Ln actualizada", nullptr, updated)
                                          : tr("%Ln actualizadas", nullptr, updated));
}

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    QWizard::reject();
}
