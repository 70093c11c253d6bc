#pragma once

#include "reportwriter.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

/// The window's "Exportar informe PDF": once the data is read (in a worker,
/// AggregateJob::readReport), it paints one page per turn of the event loop,
/// so the window keeps answering, under a progress dialog whose Cancelar
/// leaves no file (ReportPdf writes through an ExportFile). Deletes itself
/// once written, failed or cancelled.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    ReportExport(const QString &fileName, const QString &openDatabase, QWidget *parent);
    ~ReportExport() override;

    /// Opens the file, before anything is read: false, with *error set,
    /// where an export may not write (the open database, a folder...).
    bool open(QString *error);
    /// Starts painting data's pages.
    void write(const ReportData &data);

Q_SIGNALS:
    void written(int pages);
    void failed(const QString &error);

private:
    void paintNext();
    void finish(const QString &error);

    ReportPdf m_pdf;
    QPointer<QProgressDialog> m_progress;
};
