#pragma once

#include "catalog.h"
#include "filter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

/// Year, objective, program and region choices and a search box. Emits
/// filterChanged() at once for a choice and after a short pause for typing,
/// so each keystroke does not run a query.
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

public Q_SLOTS:
    void setObjective(std::optional<int> number);
    void clear();

Q_SIGNALS:
    void filterChanged(const Filter &filter);

private:
    void emitChanged();

    QComboBox *m_year;
    QComboBox *m_objective;
    QComboBox *m_program;
    QComboBox *m_region;
    QLineEdit *m_search;
    QToolButton *m_clear;
    QTimer *m_debounce;
    bool m_updating = false;
};
