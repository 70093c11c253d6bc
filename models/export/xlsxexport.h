#pragma once

#include "catalog.h"
#include "filter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

struct TableSpec;

/// Writes tables under a filter as an Excel workbook (.xlsx, through
/// libxlsxwriter) for people rather than for import: a sheet per table with
/// every column the window shows, its headers in the user's language, then a
/// sheet with the filter, the source (report, service, database) and when it
/// was written.
///
/// Each sheet is built from the TableSpec, so a column added there appears
/// here too. Figures are numbers, never text: counts with a thousands
/// format (#,##0) that Excel shows with the reader's own separators, decimals
/// with as many places as the figure has (nothing rounded), codes that are
/// plain numbers (year, objective) without grouping. Text stays text, so a
/// region code "00" stays "00" and a leading "=" is never run as a formula.
/// The header row stays in place (freeze panes) with an autofilter on it.
/// Synthetic data (generate-demo) says so at the top of every sheet.
///
/// The workbook is built in a private temporary folder and then copied
/// through an ExportFile: the same refusals (the open database, any SQLite
/// database, a device...), the same checked writes, and a failure leaves the
/// old file as it was.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
public:
    /// Where the figures come from, for the second sheet.
    struct Source
    {
        QString database; ///< the file or server, as the user named it
        QList<Catalog::ReportInfo> reports;
    };

    /// The number of rows written for each table, in order, or nothing with
    /// *error set. active: the table whose sheet Excel opens on.
    static std::optional<std::vector<qint64>> write(const QSqlDatabase &db,
                                                    const std::vector<const TableSpec *> &tables, const Filter &filter,
                                                    const Source &source, const QString &fileName, QString *error,
                                                    int active = 0);

    /// The sheet's name for a table, in the user's language ("Resultados").
    static QString sheetName(const TableSpec &spec);
};
