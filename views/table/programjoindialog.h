#pragma once

#include "programjoin.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Editar → Unir programas…: two lists of the database's programs, the one
/// to join and the one kept, each with how many results and indicators it
/// has and the reports (service and year) that name it, so a person can see
/// that "Capital Semilla" 2024 and "Capital Semilla Emprende" 2025 are one.
/// Asks before joining, runs ProgramJoin::join and stays open, saying why,
/// when the join is refused. The programs are few (hundreds at most), so the
/// lists hold them all and the filter box, shown when they are many, hides
/// entries without asking the database.
class ProgramJoinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProgramJoinDialog(QSqlDatabase db, QWidget *parent = nullptr);

    /// What the join did, once it is done.
    const std::optional<ProgramJoin::Outcome> &outcome() const { return m_outcome; }
    /// "«B» unido a «A»: 5 filas movidas", for the status bar.
    static QString describe(const ProgramJoin::Outcome &outcome);

    /// The list of the program joined (left) and of the one kept (right).
    QListWidget *fromList() const { return m_from; }
    QListWidget *intoList() const { return m_into; }
    QPushButton *joinButton() const { return m_join; }
    /// A list longer than this gets a filter box.
    static constexpr int filterFrom = 12;

public Q_SLOTS:
    void accept() override;

private:
    QListWidget *addSide(QGridLayout *grid, int column, const QString &title, const QString &help,
                         QLineEdit **filter, QLabel **details);
    void showDetails();
    const ProgramJoin::Program *chosen(const QListWidget *list) const;

    QSqlDatabase m_db;
    QList<ProgramJoin::Program> m_programs;
    QListWidget *m_from = nullptr;
    QListWidget *m_into = nullptr;
    QLineEdit *m_fromFilter = nullptr;
    QLineEdit *m_intoFilter = nullptr;
    QLabel *m_fromDetails = nullptr;
    QLabel *m_intoDetails = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_join = nullptr;
    std::optional<ProgramJoin::Outcome> m_outcome;
};
