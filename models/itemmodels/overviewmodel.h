#pragma once

#include "objectivetotals.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

#include <optional>
#include <vector>

/// Budget, beneficiaries and M$ per beneficiary per strategic objective, and
/// in total, under the active filter. Aggregated in SQL (GROUP BY): over
/// result_total, the totals the database keeps per objective, program,
/// region, year and unit, unless the filter searches text.
///
/// M$ per beneficiary counts only the rows that have both a budget and a
/// number of beneficiaries, so a program reported without a budget does not
/// lower it. Beneficiary units differ between programs (gremios, mujeres...);
/// the Unidades column names them. The total adds no beneficiaries of
/// different units: where they differ it has neither beneficiaries nor M$
/// per beneficiary, and says the sum of each unit instead.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectiveColumn, ProgramsColumn, BudgetColumn, BeneficiariesColumn, PerBeneficiaryColumn,
                  UnitsColumn, ColumnCount };
    enum Role {
        ObjectiveNumberRole = Qt::UserRole + 1,
        ReportIdRole, ///< the objective's report
    };

    using Row = ObjectiveTotals;

    explicit OverviewModel(QSqlDatabase db, QObject *parent = nullptr);

    bool setFilter(const Filter &filter);
    bool refresh();
    /// Shows rows read elsewhere under filter (ChartData reads the same).
    void setRows(const Filter &filter, std::vector<Row> rows);
    QString lastError() const { return m_lastError; }
    const std::vector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A row's cell as the window and the report show it: the total's
    /// beneficiaries and M$ per beneficiary are a dash when units differ.
    static QString text(const Row &row, Column column);
    /// "300 gremios, 16 barrios": each unit's beneficiaries, for a row whose
    /// units differ; empty otherwise.
    static QString unitBreakdown(const Row &row);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    QSqlDatabase m_db;
    Filter m_filter;
    std::vector<Row> m_rows;
    QString m_lastError;
};
