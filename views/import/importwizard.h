#pragma once

#include "importer.h"

#include <QWizard>

class ImportJob;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

/// Imports a CSV file in three steps: choose the file; see what Mirador read
/// (encoding, separator, number style, columns, the first rows) and every
/// problem with its line, before anything is written; write it, with a
/// progress bar and a cancel button. Reading and writing run in the job's
/// worker thread, so the window stays responsive.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    ImportWizard(ImportJob *job, QWidget *parent = nullptr);

    /// Starts with this file already chosen (and read).
    void setFileName(const QString &fileName);
    const ImportOutcome &outcome() const { return m_outcome; }
    const ImportPlan &plan() const { return m_plan; }
    /// "1 fila nueva y 8 actualizadas": what an import wrote, in words.
    static QString rowCounts(const ImportOutcome &outcome);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    enum Page { FilePage, PreviewPage, WritePage };
    void addFilePage();
    void addPreviewPage();
    void addWritePage();
    /// The job's plan, progress and outcome on the pages; Cancelar stops it.
    void connectJob();
    void showPlan(const ImportPlan &plan);
    void markProblems(const ImportPlan &plan);
    void showOutcome(const ImportOutcome &outcome);

    ImportJob *m_job;
    ImportPlan m_plan;
    ImportOutcome m_outcome;
    bool m_planReady = false;
    bool m_done = false;
    QLineEdit *m_file;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_cancel;
};
