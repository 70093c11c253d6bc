#pragma once

#include "filter.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// What the Evolución chart draws: under a filter, year by year, the budget,
/// the beneficiaries and M$ per beneficiary, read in SQL (over result_total
/// when the filter searches no text, as ObjectiveTotals).
///
/// The trend shows every year: it drops the filter's year and report, and
/// keeps the rest; a report chosen stands for its service, whose years the
/// trend then shows. Services are never added together (one series each),
/// nor are beneficiaries of different units (a figure per unit). M$ per
/// beneficiary counts only the rows that have both figures, and only where
/// the year's beneficiaries are of a single unit. An objective's number is
/// the number within each report: the trend of objective 1 follows each
/// year's objective 1.
struct TrendData
{
    struct Year
    {
        int year = 0;
        std::optional<qint64> budget; ///< null: no row of the year has one
        /// The beneficiaries of each unit ("" for none) that has some, by unit.
        QList<QPair<QString, qint64>> unitBeneficiaries;
        /// Over the rows with both figures; null where there are none, or
        /// where the year counts beneficiaries of more than one unit.
        std::optional<double> perBeneficiary;
        /// The unit perBeneficiary is per (the year's only unit).
        QString perBeneficiaryUnit() const
        {
            return unitBeneficiaries.size() == 1 ? unitBeneficiaries.first().first : QString();
        }
        /// Beneficiaries of more than one unit: no sum, no M$ per beneficiary.
        bool mixedUnits() const { return unitBeneficiaries.size() > 1; }
    };
    /// One service's years, in order; only the years it has results in.
    struct Series
    {
        qint64 serviceId = 0;
        QString service; ///< its short name
        QList<Year> years;
        /// The year's figures, or null when the service has none that year.
        const Year *find(int year) const;
    };

    /// The filter the trend applied: the one asked for without its year and
    /// report, and with the report's service when a report was chosen.
    Filter filter;
    QList<Series> series; ///< in the order the services were added (by id)

    /// Every year any series has, in order.
    QList<int> years() const;
    /// Every unit any year counts beneficiaries in, in order of appearance.
    QStringList units() const;

    /// The filter a trend applies under filter (see above), reading the
    /// report's service; null, with *error set, on a database error.
    static std::optional<Filter> trendFilter(const QSqlDatabase &db, const Filter &filter, QString *error);
    /// Reads the trend under filter into *data; false, with *error set, on a
    /// database error.
    static bool read(const QSqlDatabase &db, const Filter &filter, TrendData *data, QString *error);
};
