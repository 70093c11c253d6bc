#pragma once

#include "catalog.h"
#include "figurechange.h"
#include "filter.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// Two years of one service's report, objective by objective and program by
/// program: what the two-year PDF report (export-pdf --compare) prints.
/// Objectives belong to their report, so objective N of one year is matched
/// with objective N of the other by number (their titles may differ);
/// programs are matched by name, as the importer keeps one program across a
/// service's years. Beneficiaries stay per unit: units are never added. Every
/// change is a FigureChange, computed one way for the whole application.
struct YearComparison
{
    /// One year's figures of an objective or a program.
    struct Figures
    {
        std::optional<qint64> budget;
        /// The beneficiaries of each unit ("" for none) that has some.
        QList<QPair<QString, qint64>> beneficiaries;
        /// Per unit, the budget and beneficiaries of the rows that report
        /// both: M$ per beneficiary is computed over these alone.
        QList<QPair<QString, QPair<qint64, qint64>>> costed;
        /// The units of the rows whose budget, or whose beneficiaries, the
        /// reader proposed and nobody confirmed: the report marks them (†).
        QStringList unconfirmedBudgets;
        QStringList unconfirmedBeneficiaries;

        std::optional<qint64> beneficiariesOf(const QString &unit) const;
        /// M$ per beneficiary of unit; null where no row reports both.
        std::optional<double> perBeneficiary(const QString &unit) const;
        /// Adds a program's figures of one unit (budget and beneficiaries
        /// of all its rows; of those that report both).
        void add(const QString &unit, const std::optional<qint64> &budget, const std::optional<qint64> &people,
                 const std::optional<qint64> &costedBudget, const std::optional<qint64> &costedPeople);
    };

    /// A line of a comparison: the budget, one unit's beneficiaries, or one
    /// unit's M$ per beneficiary, in both years.
    struct Line
    {
        enum class Kind { Budget, Beneficiaries, PerBeneficiary };
        Kind kind = Kind::Budget;
        QString unit;
        FigureChange figures; ///< of PerBeneficiary: in tenths (decimals 1)
        std::optional<double> perBefore, perAfter; ///< PerBeneficiary
        /// A figure of the year nobody confirmed (a ratio: either of its two).
        bool unconfirmedBefore = false, unconfirmedAfter = false;
    };

    /// A program in one year, the other, or both.
    struct Program
    {
        QString name;
        std::optional<Figures> before; ///< null: not in the earlier report (under the filter)
        std::optional<Figures> after;
        QList<Line> lines() const;
    };

    struct Objective
    {
        int number = 0;
        /// Its titles in each report; a title is empty where the report has
        /// no such objective (under the filter).
        Catalog::Objective titleBefore, titleAfter;
        std::optional<Figures> before;
        std::optional<Figures> after;
        QList<Program> programs; ///< by name
        QList<Line> lines() const;
    };

    Catalog::ReportInfo before; ///< the earlier year
    Catalog::ReportInfo after; ///< the later year
    Filter filter; ///< what applies within both reports (no report, no year)
    bool synthetic = false; ///< any of the database's data is synthetic
    QList<Objective> objectives; ///< by number
    /// Budgets and beneficiaries, in both years under the filter, that
    /// nobody confirmed.
    qint64 unconfirmedFigures = 0;

    /// Where a comparison starts: the report of filter's service (or the
    /// database's only one) and filter's year (or that service's latest),
    /// and the service's other reports, by year: what the window offers.
    struct Start
    {
        QString service; ///< its short name
        Catalog::ReportInfo report;
        QList<Catalog::ReportInfo> others;
        /// "Sercotec no tiene informe de 2023; tiene de: 2024, 2025"
        QString noReport(int year) const;
    };
    /// Null, with *error set in the user's language, when the service is
    /// not chosen among several or has no report of filter's year.
    static std::optional<Start> start(const Catalog &catalog, const Filter &filter, QString *error);

    /// The two reports: of filter's service (or the database's only one),
    /// filter's year (or that service's latest) and compareYear. Null, with
    /// *error set in the user's language, when the service is not chosen
    /// among several, a year has no report, or the two years are one.
    static std::optional<QPair<Catalog::ReportInfo, Catalog::ReportInfo>>
    chooseReports(const Catalog &catalog, const Filter &filter, int compareYear, QString *error);

    /// Chooses the reports and reads both under filter; false, with *error.
    bool load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, int compareYear, QString *error);

private:
    /// One report's objectives and programs into side (before or after).
    bool loadYear(const QSqlDatabase &db, const Catalog::ReportInfo &report, bool isBefore, QString *error);
    Objective &objective(int number);
    /// Marks the figures of the report under own that nobody confirmed.
    bool loadUnconfirmed(const QSqlDatabase &db, const Filter &own, bool isBefore, QString *error);
};
