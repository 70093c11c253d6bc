#pragma once

#include "catalog.h"
#include "chartdata.h"

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
    };
    /// A page lists this many indicators and result sources at most, so the
    /// report of a million rows is as long as the report of a hundred.
    static constexpr int listLimit = 25;

    Catalog::ReportInfo report;
    ChartData charts;
    QList<Section> sections; ///< one per objective under the filter
    QDateTime created;

    bool load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QString *error);

private:
    static bool loadEdits(const QSqlDatabase &db, const Filter &filter, Section *section, QString *error);
};
