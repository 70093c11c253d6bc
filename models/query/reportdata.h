#pragma once

#include "catalog.h"
#include "chartdata.h"
#include "yearcomparison.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

/// Everything the PDF report prints, read under one filter: the charts'
/// aggregates (GROUP BY), each objective's first indicators and how many
/// there are, and the source sentences behind the listed figures (each once).
struct ReportData
{
    struct Indicator
    {
        QString name;
        double value = 0;
        QString unit;
        QString program;
        int source = -1; ///< its sentence's index in the section's quotes
        bool unconfirmed = false; ///< proposed by the reader, confirmed by nobody
    };
    /// A result's figure that differs from what its sentence gives (an
    /// edit): the report marks it and says what the source said.
    struct EditedFigure
    {
        QString program;
        QString unit;      ///< the beneficiary unit; empty for none
        bool budget;       ///< the budget, else the beneficiaries
        QVariant figure;   ///< null: none
        QVariant source;   ///< null: the source gives none
    };
    /// A program's figures the reader proposed and nobody confirmed
    /// (schema 8's review 'proposed'): the report marks them.
    struct UnconfirmedProgram
    {
        QString program;
        QString unit; ///< the beneficiary unit; empty for none
        qint64 budgets = 0;
        qint64 beneficiaries = 0;
    };
    struct Section
    {
        Catalog::Objective objective;
        QList<Indicator> indicators; ///< the first ones, at most listLimit
        qint64 indicatorCount = 0;   ///< all of them
        QStringList quotes;          ///< of the listed figures and the first results
        qint64 resultCount = 0;
        /// Per program name, the indexes in quotes of its results' sentences.
        QHash<QString, QList<int>> programSources;

        /// The index of quote in quotes, added if new.
        int addQuote(const QString &quote);
        QList<EditedFigure> edits;   ///< the first ones, at most listLimit

        /// True when a result of this program and unit has its budget (or
        /// its beneficiaries) edited.
        bool edited(const QString &program, const QString &unit, bool budget) const;

        /// Per program and unit, its figures nobody confirmed.
        QList<UnconfirmedProgram> unconfirmed;
        /// True when a result of this program and unit has its budget (or
        /// its beneficiaries) unconfirmed.
        bool unconfirmedFigure(const QString &program, const QString &unit, bool budget) const;
        /// True when a figure the section lists is unconfirmed.
        bool listsUnconfirmed() const;
    };
    /// A page lists this many indicators and result sources at most, so the
    /// report of a million rows is as long as the report of a hundred.
    static constexpr int listLimit = 25;

    /// The report named on the cover: the one in scope, else the first.
    Catalog::ReportInfo report;
    /// The reports the filter spans (its service, report and year): with
    /// more than one, the cover and the header name them all.
    QList<Catalog::ReportInfo> reports;
    /// Set by loadComparison: the two-year report, which has its pages
    /// instead of the sections and the totals.
    std::optional<YearComparison> comparison;
    ChartData charts;
    QList<Section> sections; ///< one per objective under the filter
    QDateTime created;
    /// The budgets, beneficiaries and indicators under the filter that the
    /// reader proposed and nobody confirmed.
    qint64 unconfirmedFigures = 0;

    bool load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QString *error);
    /// The two-year report (export-pdf --compare): filter's service and year
    /// beside compareYear (YearComparison::load); false, with *error set.
    bool loadComparison(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, int compareYear,
                        QString *error);

    /// The reports of catalog that filter's service, report and year select.
    static QList<Catalog::ReportInfo> inScope(const Catalog &catalog, const Filter &filter);

private:
    static bool loadEdits(const QSqlDatabase &db, const Filter &filter, Section *section, QString *error);
    /// The section's unconfirmed programs, and how many figures of the
    /// filter nobody confirmed (added to unconfirmedFigures).
    bool loadUnconfirmed(const QSqlDatabase &db, const Filter &filter, Section *section, QString *error);
};
