#include "reportexport.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

ReportExport::ReportExport(const QString &fileName, const QString &openDatabase, QWidget *parent)
    : QObject(parent),
      m_pdf(fileName, openDatabase)
{ }

ReportExport::~ReportExport()
{
    delete m_progress;
}

bool ReportExport::open(QString *error)
{
    if (!m_pdf.open(error))
        return false;
    // Busy (no range) while the data is read; it shows only if that, or the
    // pages, take longer than half a second. Not modal: the window stays
    // usable (the report has its own copy of the data), and a modal dialog's
    // setValue() would run the event loop from inside a page.
    m_progress = new QProgressDialog(tr("Escribiendo el informe PDF…"), tr("Cancelar"), 0, 0,
                                     qobject_cast<QWidget *>(parent()));
    m_progress->setMinimumDuration(500);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &QObject::deleteLater);
    return true;
}

void ReportExport::write(const ReportData &data)
{
    QString error;
    if (!m_pdf.begin(data, &error))
        return finish(error);
    if (m_progress)
        m_progress->setMaximum(m_pdf.pages().count());
    QTimer::singleShot(0, this, &ReportExport::paintNext);
}

void ReportExport::paintNext()
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    QString error;
    if (!m_pdf.paintNext(&error))
        return finish(error);
    m_progress->setValue(m_pdf.pages().painted());
    if (m_pdf.pages().painted() < m_pdf.pages().count()) {
        QTimer::singleShot(0, this, &ReportExport::paintNext);
        return;
    }
    const int pages = m_pdf.pages().count();
    if (!m_pdf.commit(&error))
        return finish(error);
    Q_EMIT written(pages);
    deleteLater();
}

void ReportExport::finish(const QString &error)
{
    Q_EMIT failed(error);
    deleteLater();
}
