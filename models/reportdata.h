#pragma once

#include "catalog.h"
#include "chartdata.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// Everything the PDF report prints, read under one filter: the charts'
/// aggregates, each objective's indicators, and the source sentences behind
/// its figures (each once).
struct ReportData
{
    struct Indicator
    {
        QString name;
        double value = 0;
        QString unit;
        QString program;
    };
    struct Section
    {
        Catalog::Objective objective;
        QList<Indicator> indicators;
        QStringList quotes;
    };

    Catalog::ReportInfo report;
    ChartData charts;
    QList<Section> sections; ///< one per objective under the filter
    QDateTime created;

    bool load(const QSqlDatabase &db, const Catalog &catalog, const Filter &filter, QString *error);
};
