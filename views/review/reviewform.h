#pragma once

#include "reportproposals.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTextBrowser;

/// One proposal as a person checks and corrects it: kind, program, value
/// (in the user's locale), unit, name or title, counterpart, objective and
/// action, above the sentence it came from with the figure highlighted.
class ReviewForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewForm(QWidget *parent = nullptr);

    void setProposal(const Proposal &proposal);

    /// base with the fields as the form has them now; nullopt, with *error
    /// naming the field, when the value is not a number.
    std::optional<Proposal> edited(const Proposal &base, QString *error) const;

    /// Whether two proposals say the same (sentence and page aside).
    static bool same(const Proposal &a, const Proposal &b);

    /// The kind as the review names it: "Presupuesto", "Hito", ….
    static QString kindName(Proposal::Kind kind);

    /// The value as a person reads it, in the user's locale (1.487.480; 51,8).
    static QString shownValue(const Proposal &proposal);

private:
    QComboBox *m_kind;
    QLineEdit *m_program;
    QLineEdit *m_value;
    QLineEdit *m_unit;
    QLineEdit *m_title;
    QLineEdit *m_counterpart;
    QSpinBox *m_objective;
    QSpinBox *m_action;
    QTextBrowser *m_sentence;
};
