#pragma once

#include "draftwriter.h"

#include <QDialog>
#include <QSqlDatabase>

class PdfPageView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class ReviewForm;

/// Archivo → Leer informe BGI…: every proposal of a report the reader read,
/// beside its page (a PDF's, drawn by Poppler, with the sentence and the
/// figure highlighted). The reviewer accepts, corrects or drops each one, or
/// accepts all; nothing is written until "Escribir en la base de datos",
/// which writes the report and every accepted figure in one transaction
/// (DraftWriter), each confirmed or corrected by the reviewer. A report the
/// database has already is not written again: the dialog says so and lists
/// what would change.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const QString &fileName, const ReadReport &report, const QSqlDatabase &db,
                 QWidget *parent = nullptr);
    ~ReviewDialog() override;

    /// Reads fileName with a progress dialog that can cancel; false, with
    /// *error in the user's words (empty when cancelled), when it could not.
    /// *pagesRead, when given, receives how many pages were read (a cancel
    /// stops the reading at the next page).
    static bool read(QWidget *parent, const QString &fileName, ReadReport *report, QString *error,
                     int *pagesRead = nullptr);

    /// After a write: how many figures went in.
    int written() const { return m_written; }

    // For the tests and the README's screenshots.
    PdfPageView *pageView() const { return m_page; }
    QTableWidget *table() const { return m_table; }

private:
    enum class Decision { Pending, Accepted, Dropped };
    struct Entry
    {
        Proposal original;
        Proposal current;
        Decision decision = Decision::Pending;
    };

    void buildTable();
    void showRow(int row);
    void showInText(const Proposal &proposal);
    void refreshRow(int row);
    void acceptCurrent();
    void dropCurrent();
    void acceptAll();
    void nextPending(int after);
    void writeReport();
    void compareWithDatabase();
    QString decisionText(const Entry &entry) const;

    QString m_fileName;
    ReadReport m_report;
    QSqlDatabase m_db;
    QList<Entry> m_entries;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTabWidget *m_tabs;
    PdfPageView *m_page = nullptr;
    QTextBrowser *m_text = nullptr;
    QPlainTextEdit *m_changes;
    ReviewForm *m_form;
    QLineEdit *m_reviewer;
    QPushButton *m_write;
    bool m_exists = false;
    int m_written = 0;
};
