#pragma once

#include "filter.h"

#include <QSqlDatabase>
#include <QString>

struct TableSpec;

/// Writes a table under a filter as plain UTF-8 CSV: comma separated, a
/// header of the spec's column names, numbers as machines read them
/// (1487480, 51.8), fields quoted where they hold commas, quotes or line
/// breaks. Rows stream from the query; the file appears only when complete.
class CsvExport
{
public:
    /// Number of data rows written, or -1 with *error set.
    static qint64 write(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter,
                        const QString &fileName, QString *error);

    /// One CSV field, quoted when it must be.
    static QString field(const QString &value);
};
