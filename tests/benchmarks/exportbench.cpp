#include "exportbench.h"

#include "catalog.h"
#include "exportjob.h"
#include "exportprogress.h"
#include "stallmeter.h"
#include "tablespec.h"

#include <QEventLoop>
#include <QFile>
#include <QStringList>

#include <chrono>

namespace ExportBench {

QString shellStatement(const QSqlDatabase &db, const TableSpec &spec, QString *error)
{
    const std::optional<QHash<qint64, QString>> reports = Catalog::reportLabels(db, error);
    if (!reports)
        return {};
    const QString statement = spec.statement(SqlCondition{}, -1, Qt::AscendingOrder);
    const qsizetype from = statement.indexOf(QStringLiteral(" FROM "));
    const QStringList selected = statement.mid(7, from - 7).split(QStringLiteral(", "));
    QStringList written;
    for (const TableSpec::Column &column : spec.columns) {
        if (column.inCsv)
            written << selected.at(column.field);
    }
    for (const TableSpec::Column &column : spec.csvOnlyColumns) {
        if (TableSpec::shown(column, int(reports->size())))
            written << selected.at(column.field);
    }
    if (Catalog::isSynthetic(db).value_or(false))
        written << QStringLiteral("1");
    return QStringLiteral("SELECT ") + written.join(QStringLiteral(", ")) + statement.mid(from);
}

std::optional<double> windowExportMs(const Database &database, const TableSpec &spec, const Filter &filter,
                                     qint64 total, const QString &fileName, double *maxStallMs, QString *error)
{
    ExportJob job(database);
    ExportProgress dialog(fileName, total, nullptr);
    QObject::connect(&job, &ExportJob::progress, &dialog, &ExportProgress::setRows);
    QEventLoop loop;
    qint64 written = -1;
    QObject::connect(&job, &ExportJob::finished, &loop, [&](qint64 rows, const QString &reason, bool) {
        written = rows;
        *error = reason;
        loop.quit();
    });
    StallMeter meter;
    meter.start();
    const auto start = std::chrono::steady_clock::now();
    job.start(spec, filter, fileName, CsvExport::Style::Plain);
    loop.exec();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    meter.stop();
    *maxStallMs = meter.maxGapMs();
    if (written < 0)
        return std::nullopt;
    return ms;
}

} // namespace ExportBench
