#pragma once

#include "catalog.h"
#include "facetcounts.h"
#include "filter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

/// Service and report (where the database has more than one), year,
/// objective, program and region choices and a search box. Emits
/// filterChanged() at once for a choice and after a short pause for typing,
/// so each keystroke does not run a query.
///
/// Once setCounts() gives them, each list shows how many figures every entry
/// holds under the other filters ("Ferias Libres (3)"), and lists the
/// entries with none after a line, greyed, still to be chosen.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Fills the choices from a database's catalog; keeps no filter.
    void setCatalog(const Catalog &catalog);
    Filter filter() const;
    /// Chooses the filter's year, objective, program, region and text (those
    /// the catalog has) and emits filterChanged() once.
    void setFilter(const Filter &filter);
    QLineEdit *searchEdit() const { return m_search; }
    /// The text a list shows for an entry: its name and, once counted, its
    /// figures in brackets ("…" while they are counted again).
    static QString shownText(const QModelIndex &index);
    enum Role { FiguresRole = Qt::UserRole + 1 };

public Q_SLOTS:
    /// Chooses the objective numbered number of the report (of the only
    /// report when 0 and the database has one); none for null.
    void setObjective(std::optional<int> number, qint64 report = 0);
    /// Chooses the report in the Informe list (0: all of them).
    void setReport(qint64 report);
    void clear();
    /// Shows how many figures each entry holds; keeps the choices and focus.
    void setCounts(const FacetCounts &counts);

Q_SIGNALS:
    void filterChanged(const Filter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// An entry of a list as the catalog gives it.
    struct Entry
    {
        QString text;
        QVariant value;
        QString toolTip;
    };
    void emitChanged();
    /// Fills combo with "all" and entries (those with no figure last, apart,
    /// when counts are given), keeping the entry chosen.
    void fill(QComboBox *combo, const QString &all, const QList<Entry> &entries,
              const QHash<qint64, FacetCounts::Count> *counts);
    void fitProgramWidth();
    /// The counts shown belong to the filter before: "…" until new ones come.
    void markCounting();
    QList<QComboBox *> combos() const { return {m_year, m_objective, m_program, m_region}; }
    /// Service and report: not counted, and shown only where the database
    /// holds more than one.
    void fillReports(const Catalog &catalog);
    /// The objective chosen in the list; null for none.
    const Catalog::Objective *chosenObjective() const;
    /// Objectives belong to their report: choosing one of another report
    /// (listed with several) chooses its report too, and choosing another
    /// report (or service) keeps the objective of the same number there,
    /// if it has one. Runs before the change is emitted.
    void keepObjectiveInReport(QComboBox *changed);
    /// Counts that came while a list was open: a list does not change under
    /// the pointer, it takes them when it closes.
    std::optional<FacetCounts> m_pending;
    QList<Entry> m_entries[FacetCounts::FacetCount];
    QList<Catalog::Objective> m_objectives; ///< the catalog's; the list's values are their ids
    /// Each report's service, by report id.
    QHash<qint64, qint64> m_reportServices;

    QComboBox *m_service;
    QComboBox *m_report;
    QWidget *m_serviceLabel;
    QWidget *m_reportLabel;
    QComboBox *m_year;
    QComboBox *m_objective;
    QComboBox *m_program;
    QComboBox *m_region;
    QLineEdit *m_search;
    QToolButton *m_clear;
    QTimer *m_debounce;
    bool m_updating = false;
};
