#pragma once

#include "catalog.h"
#include "comparison.h"
#include "filter.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

/// The comparison table of two reports (Ver → Comparar informes…): two
/// report choosers, each program's figures in both side by side with the
/// change and the change in % (Comparison), and Exportar CSV…. The lines are
/// read when a report is chosen, before the table paints (a few hundred at
/// most, from result_total unless the filter searches text), into a
/// QStandardItemModel: the paint never waits on the database. A program or
/// unit in one report only is marked on its row; synthetic data says so
/// above the table and in the CSV. Errors show in the dialog, in the user's
/// words.
class ComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ProgramColumn, FigureColumn, EarlierColumn, LaterColumn, ChangeColumn, PercentColumn, NoteColumn };

    /// Compares, under filter, the reports Comparison::defaultReports picks.
    ComparisonDialog(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QWidget *parent = nullptr);

    QComboBox *earlierChooser() const { return m_earlier; }
    QComboBox *laterChooser() const { return m_later; }
    QTableView *table() const { return m_table; }
    const Comparison &comparison() const { return m_comparison; }
    /// Writes the table as CSV to fileName; false, with *error, if not.
    bool exportCsv(const QString &fileName, QString *error) const;

private:
    QComboBox *reportChooser(qint64 current);
    QLabel *filterLabel();
    /// Reads the chosen reports and shows them, or why not.
    void load();
    void fill();
    void chooseCsvFile();

    /// The window's connection, by name: a copy of it held here would
    /// outlive the database when the window closes.
    QString m_connection;
    QList<Catalog::ReportInfo> m_reports; ///< as the catalog lists them, latest first
    bool m_synthetic = false;
    Filter m_filter;
    Comparison m_comparison;
    QComboBox *m_earlier = nullptr;
    QComboBox *m_later = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
};
