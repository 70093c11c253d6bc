#pragma once

#include "catalog.h"
#include "figurechange.h"
#include "filter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

/// Two reports side by side, program by program: what the comparison table
/// shows and its CSV writes (issue 19). A program is the same program in
/// both when it has the same id: the program table is shared by every
/// report. Each program gives a line for its budget, then, per beneficiary
/// unit, one for its beneficiaries and one for its M$ per beneficiary (over
/// the rows that have both figures). Units that differ are never added: a
/// unit is compared only with the same unit in the other report, so a
/// program that counts empresas one year and personas the next has two
/// lines, each in one report only. Changes are FigureChange's, computed
/// there only.
///
/// The filter's programs, region and text apply within each report. Its
/// service, report and year do not (the two reports chosen take their
/// place), nor does its objective: objectives belong to their report, and
/// objective 1 of one year need not be objective 1 of the other.
struct Comparison
{
    enum class Figure { Budget, Beneficiaries, PerBeneficiary };
    /// Which of the two reports hold a program, or a unit of it.
    enum class Presence { Both, EarlierOnly, LaterOnly };

    struct Line
    {
        qint64 programId = 0;
        QString program;
        Presence programIn = Presence::Both;
        Figure figure = Figure::Budget;
        QString unit; ///< the beneficiaries' unit, "" for none; "" for the budget
        Presence unitIn = Presence::Both; ///< for the budget, programIn
        /// The figure in each report; M$ per beneficiary in tenths (decimals 1),
        /// as the overview shows it (51,8).
        FigureChange change;

        /// "Presupuesto (M$)", "Beneficiarios (empresas)", "M$ por empresa".
        QString figureText() const;
        /// Plain, for CSV: budget_mclp, beneficiaries, mclp_per_beneficiary.
        QString figureKey() const;
    };

    Catalog::ReportInfo earlier;
    Catalog::ReportInfo later;
    QList<Line> lines;

    /// A report as the table names it beside the other: its year when both
    /// are of one service, else its label ("Sercotec 2025").
    QString earlierName() const;
    QString laterName() const;
    /// The report a line's program (or unit) is in alone, named as above;
    /// empty when it is in both.
    QString onlyIn(const Line &line) const;
    /// "solo en 2024", "unidad solo en 2025"; empty when in both.
    QString note(const Line &line) const;
    /// A side's figure as shown: 1.500; 51,8 for M$ per beneficiary; empty for none.
    static QString valueText(const Line &line, bool later);
    /// The same, plain for CSV: 1500; 51.8.
    static QString valuePlain(const Line &line, bool later);

    /// Reads the two reports under filter (its programs, region and text);
    /// false, with *error set, on a database error.
    static bool read(const QSqlDatabase &db, const Catalog::ReportInfo &earlier, const Catalog::ReportInfo &later,
                     const Filter &filter, Comparison *out, QString *error);

    /// The two reports compared by default, earlier first: the two latest of
    /// the filter's service (or its report's), else of the only service,
    /// else of the latest report's service; the two latest reports when that
    /// service has one only. Null when the database has fewer than two.
    static std::optional<std::pair<Catalog::ReportInfo, Catalog::ReportInfo>> defaultReports(const Catalog &catalog,
                                                                                             const Filter &filter);
};
