#include "exportactions.h"

#include "aggregatejob.h"
#include "catalog.h"
#include "chartexport.h"
#include "chartpanel.h"
#include "csvexport.h"
#include "database.h"
#include "errorreporter.h"
#include "exportfile.h"
#include "exportjob.h"
#include "exportprogress.h"
#include "exportrows.h"
#include "lastfolder.h"
#include "pngsizedialog.h"
#include "querytablemodel.h"
#include "reportdata.h"
#include "reportexport.h"
#include "reportwriter.h"
#include "suggestedname.h"
#include "tablespane.h"
#include "workbookdialog.h"
#include "yearcomparison.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

ExportActions::ExportActions(QMainWindow *window, Database *database, const Catalog &catalog, TablesPane *tables,
                             ChartPanel *charts, AggregateJob *aggregates, ErrorReporter *errors)
    : QObject(window),
      m_window(window),
      m_database(database),
      m_catalog(catalog),
      m_tables(tables),
      m_charts(charts),
      m_aggregates(aggregates),
      m_errors(errors),
      m_csvJob(new ExportJob(*database, this))
{
}

void ExportActions::addTo(QMenu *file)
{
    QAction *exportCsv = file->addAction(tr("&Exportar tabla a CSV…"), this, [this] { exportCurrentTable(false); });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Exportar tabla para E&xcel…"), this, &ExportActions::exportWorkbook);
    QAction *exportChart = file->addAction(tr("Exportar &gráfico…"), this, &ExportActions::exportChart);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QAction *exportReport = file->addAction(tr("Exportar in&forme PDF…"), this, &ExportActions::exportReport);
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("Exportar comparación de &dos años…"), this, &ExportActions::exportComparison);
    file->addSeparator();
    QAction *preview = file->addAction(tr("&Vista previa del informe…"), this, [this] { printReport(true); });
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *print = file->addAction(tr("&Imprimir informe…"), this, [this] { printReport(false); });
    print->setShortcut(QKeySequence::Print);
}

void ExportActions::showError(const QString &message)
{
    m_errors->show(message);
}

QStatusBar *ExportActions::statusBar() const
{
    return m_window->statusBar();
}

void ExportActions::exportCurrentTable(bool excel)
{
    auto *view = m_tables->currentView();
    auto *model = view ? qobject_cast<QueryTableModel *>(view->model()) : nullptr;
    if (!model || m_csvJob->isRunning())
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, excel ? tr("Exportar para Excel") : tr("Exportar a CSV"),
        LastFolder::suggest(LastFolder::Purpose::Export, SuggestedName::table(model->spec(), excel)),
        tr("CSV (*.csv)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    // Refused at once, as export-csv refuses it: never over the open database.
    const QString refused = ExportFile::refusalMessage(fileName, ExportRows::databaseFile(m_database->connection()));
    if (!refused.isEmpty())
        return showError(refused);
    writeTable(*model, fileName, excel ? CsvExport::Style::Excel : CsvExport::Style::Plain);
}

void ExportActions::stop()
{
    m_csvJob->cancel();
    m_csvJob->wait();
}

void ExportActions::writeTable(const QueryTableModel &model, const QString &fileName, CsvExport::Style style)
{
    // Off the GUI thread (a million rows take seconds); the dialog is
    // window-modal, so the table does not change under the export.
    const bool existed = QFileInfo::exists(fileName);
    auto *progress = new ExportProgress(fileName, model.totalRows(), m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_csvJob, &ExportJob::progress, progress, &ExportProgress::setRows);
    connect(progress, &QProgressDialog::canceled, m_csvJob, &ExportJob::cancel);
    // One finished signal per export: the dialog goes with it.
    connect(m_csvJob, &ExportJob::finished, progress,
            [this, progress, fileName, existed](qint64 rows, const QString &error, bool cancelled) {
                progress->close();
                const QString name = QDir::toNativeSeparators(fileName);
                // The file's name alone: the status bar beside the filter's has little room.
                const QString shortName = QFileInfo(fileName).fileName();
                if (cancelled)
                    statusBar()->showMessage(existed ? tr("Cancelado: «%1» quedó como estaba.").arg(shortName)
                                                     : tr("Cancelado: no se creó «%1».").arg(shortName));
                else if (rows < 0)
                    showError(error);
                else
                    statusBar()->showMessage((rows == 1 ? tr("%Ln fila escrita en %1", nullptr, int(rows))
                                                        : tr("%Ln filas escritas en %1", nullptr, int(rows)))
                                                 .arg(name));
            });
    m_csvJob->start(model.spec(), model.filter(), fileName, style);
}

void ExportActions::exportWorkbook()
{
    QString message;
    QString error;
    if (!WorkbookDialog::run(m_window, *m_database, m_catalog, m_tables->results()->filter(),
                             m_tables->tabs()->currentIndex(), &message, &error))
        showError(error);
    else if (!message.isEmpty())
        statusBar()->showMessage(message);
}

void ExportActions::exportChart()
{
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Exportar gráfico"),
        LastFolder::suggest(LastFolder::Purpose::Export,
                            SuggestedName::chart(m_charts->kind()) + QStringLiteral(".pdf")),
        tr("PDF, vectorial (*.pdf);;PNG (*.png);;SVG (*.svg)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    ChartExport::PngSize png;
    if (ChartExport::format(fileName) == u"png") {
        const auto asked = PngSizeDialog::ask(m_window);
        if (!asked)
            return;
        png = *asked;
    }
    QString error;
    if (!ChartExport::write(m_charts->kind(), m_charts->data(), fileName, m_database->file(), png, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Gráfico guardado en %1").arg(QDir::toNativeSeparators(fileName)));
}

bool ExportActions::loadReport(ReportData *data)
{
    QString error;
    if (!data->load(m_database->connection(), m_catalog, m_tables->results()->filter(), &error)) {
        showError(tr("No se pudieron leer los datos del informe: %1").arg(error));
        return false;
    }
    return true;
}

void ExportActions::exportReport()
{
    writeReport(std::nullopt);
}

void ExportActions::exportComparison()
{
    QString error;
    const auto from = YearComparison::start(m_catalog, m_tables->results()->filter(), &error);
    if (!from)
        return showError(tr("No se puede comparar: %1").arg(error));
    if (from->others.isEmpty())
        return showError(
            tr("No se puede comparar: %1 solo tiene el informe de %2.").arg(from->service).arg(from->report.year));
    QStringList years;
    for (const Catalog::ReportInfo &other : from->others)
        years << QString::number(other.year);
    bool ok = false;
    // The latest of the other years chosen at first.
    const QString year
        = QInputDialog::getItem(m_window, tr("Comparar con el año…"),
                                tr("Comparar %1 %2 con el año:").arg(from->service).arg(from->report.year), years,
                                int(years.size() - 1), false, &ok);
    if (ok)
        writeReport(year.toInt());
}

void ExportActions::writeReport(std::optional<int> compareYear)
{
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Exportar informe"), LastFolder::suggest(LastFolder::Purpose::Export, SuggestedName::report()),
        tr("PDF (*.pdf)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    // Read in a worker, then painted a page per turn of the event loop.
    auto *report = new ReportExport(fileName, m_database->file(), m_window);
    QString error;
    if (!report->open(&error)) {
        delete report;
        return showError(error);
    }
    connect(report, &ReportExport::failed, this, &ExportActions::showError);
    connect(report, &ReportExport::written, this, [this, fileName](int pages) {
        statusBar()->showMessage(
            tr("Informe de %1 páginas guardado en %2").arg(pages).arg(QDir::toNativeSeparators(fileName)));
    });
    const auto read = [this, report](const ReportData &data, const QString &error) {
        if (error.isEmpty())
            return report->write(data);
        delete report;
        showError(tr("No se pudieron leer los datos del informe: %1").arg(error));
    };
    m_aggregates->readReport(m_catalog, m_tables->results()->filter(), report, read, compareYear);
}

void ExportActions::printReport(bool preview)
{
    ReportData data;
    if (!loadReport(&data))
        return;
    const ReportWriter writer(data);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    const auto paint = [this, &writer](QPrinter *device) {
        QString error;
        if (!writer.paint(device, &error))
            showError(error);
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Vista previa del informe"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, paint);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, m_window);
        if (dialog.exec() == QDialog::Accepted)
            paint(&printer);
    }
}
