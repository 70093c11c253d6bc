#pragma once

#include "filter.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// The SQL that aggregates results under a filter: over result_total when
/// the filter searches no text (its cost then does not grow with the rows),
/// over result itself when it does.
struct AggregateQueries
{
    const char *objectiveTotals;
    const char *objectiveUnits;
    const char *unitsOrder;
    const char *programTotals;
    const char *programTail;
    const char *bothFigures;
    FilterColumns columns;

    static const AggregateQueries &forFilter(const Filter &filter);
};

/// Budget, beneficiaries and M$ per beneficiary of one strategic objective,
/// or of all of them (the total), under a filter. What the overview, the
/// charts and the report show.
///
/// M$ per beneficiary counts only the rows that have both a budget and a
/// number of beneficiaries, so a program reported without a budget does not
/// lower it. Beneficiary units differ between programs (gremios, mujeres...):
/// the total adds no beneficiaries of different units; where they differ it
/// has neither beneficiaries nor M$ per beneficiary, and unitBeneficiaries
/// says the sum of each unit instead.
struct ObjectiveTotals
{
    std::optional<int> objective; ///< null for the total
    qint64 reportId = 0;          ///< the objective's report; 0 for the total
    /// The report's label ("Sercotec 2025") when the rows span several
    /// reports, whose objectives share numbers; empty otherwise.
    QString reportLabel;
    QString shortName;
    QString title;
    qint64 programs = 0;
    qint64 results = 0; ///< result rows behind the figures
    std::optional<qint64> budget;
    std::optional<qint64> beneficiaries;
    std::optional<double> perBeneficiary;
    QStringList units;
    /// The beneficiaries of each unit ("" for none) that has some.
    QList<QPair<QString, qint64>> unitBeneficiaries;

    /// Beneficiaries of more than one unit: a sum of them adds unlike things.
    bool mixedUnits() const { return unitBeneficiaries.size() > 1; }

    /// "1. Fomento", "Sercotec 2025 · 1. Fomento" (Catalog::name); the
    /// total's short name for the total.
    QString name() const;

    /// The beneficiaries as the overview and the report show them: empty
    /// for none, a dash for the total of unlike units.
    QString beneficiariesText() const;
    /// M$ per beneficiary as shown (51,8), empty or a dash as beneficiariesText.
    QString perBeneficiaryText() const;

    /// The rows under filter, per objective then the total; false, with
    /// *error set, on a database error.
    static bool read(const QSqlDatabase &db, const Filter &filter, std::vector<ObjectiveTotals> *rows,
                     QString *error);
    /// Where rows span several reports: each row's report label, and the
    /// rows report by report (by service, then year). Rows of one report
    /// are left as they are. False, with *error set, on a database error.
    static bool labelReports(const QSqlDatabase &db, std::vector<ObjectiveTotals> *rows, QString *error);
};
