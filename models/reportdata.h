#pragma once

#include "catalog.h"
#include "chartdata.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

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
    };
    /// A page lists this many indicators and result sources at most, so the
    /// report of a million rows is as long as the report of a hundred.
    static constexpr int listLimit = 25;

    Catalog::ReportInfo report;
    ChartData charts;
    QList<Section> sections; ///< one per objective under the filter
    QDateTime created;

    bool load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QString *error);
};
