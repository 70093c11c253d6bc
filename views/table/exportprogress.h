#pragma once

#include <QProgressDialog>

/// What the window shows while a table is written to a file off the GUI
/// thread: "12.288 de 1.000.000 filas" in the user's locale over a bar (a
/// busy bar while the table's count is not known yet) and Cancelar.
/// Window-modal, so nothing changes the table under the export, yet the
/// window keeps painting. It appears only once the export has taken longer
/// than a moment (QProgressDialog's minimumDuration), so a small table shows
/// no flash of a dialog; its owner closes it when the job ends.
class ExportProgress : public QProgressDialog
{
    Q_OBJECT
public:
    /// total: the rows the table holds, or -1 when not counted yet.
    ExportProgress(const QString &fileName, qint64 total, QWidget *parent);

    /// Rows written so far.
    void setRows(qint64 rows);

private:
    qint64 m_total;
    QString m_heading; ///< the file's name, above the count
};
