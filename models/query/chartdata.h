#pragma once

#include "filter.h"
#include "objectivetotals.h"
#include "trenddata.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// What the charts and the report draw, under one filter, aggregated in SQL:
/// totals per objective, budget and beneficiaries per program, and the texts
/// behind each objective's word cloud.
struct ChartData
{
    struct Program
    {
        int objective = 0;
        QString objectiveName;
        QString name;
        qint64 reportId = 0; ///< the objective's report
        QString reportLabel; ///< as ObjectiveTotals::reportLabel
        /// The name, with the report's label when the data spans several
        /// reports (a program can be in each): "Ferias Libres · Sercotec 2025".
        QString label() const;
        QString unit;
        qint64 budget = 0;
        qint64 beneficiaries = 0;
        /// M$ per beneficiary; 0 when there are no beneficiaries.
        double perBeneficiary() const { return beneficiaries ? double(budget) / double(beneficiaries) : 0.0; }
    };
    struct ObjectiveTexts
    {
        int number = 0;
        QString shortName;
        QStringList texts; ///< action texts and justifications
        qint64 reportId = 0;
        QString reportLabel; ///< as ObjectiveTotals::reportLabel
    };

    Filter filter;
    bool synthetic = false; ///< any of the data is synthetic
    std::vector<ObjectiveTotals> objectives; ///< per objective, then the total (as the overview)
    QList<Program> programs; ///< programs that report both a budget and beneficiaries
    QList<ObjectiveTexts> texts;
    TrendData trend; ///< year by year, every year (the Evolución chart)

    /// Reads everything under filter. False, with *error set, on a database error.
    bool load(const QSqlDatabase &db, const Filter &filter, QString *error);

    /// Objectives only, without the total row.
    std::vector<ObjectiveTotals> objectiveRows() const;
    /// The programs of one objective of one report.
    QList<Program> programsOf(int objective, qint64 reportId) const;

private:
    /// As ObjectiveTotals::labelReports, for the word clouds' texts.
    bool labelTexts(const QSqlDatabase &db, QString *error);
};
