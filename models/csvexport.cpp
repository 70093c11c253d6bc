#include "csvexport.h"

#include "querytablemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

QString CsvExport::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

qint64 CsvExport::write(const QSqlDatabase &db, const TableSpec &spec, const Filter &filter,
                        const QString &fileName, QString *error)
{
    const auto fail = [&](const QString &reason) {
        *error = QCoreApplication::translate("CsvExport", "No se pudo escribir «%1»: %2.")
                     .arg(QDir::toNativeSeparators(fileName), reason);
        return qint64(-1);
    };

    const SqlCondition condition = buildCondition(filter, spec.filterColumns);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(spec.statement(condition, -1, Qt::AscendingOrder)))
        return fail(query.lastError().text());
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());

    QStringList fields;
    for (const TableSpec::Column &column : spec.columns)
        fields << QString::fromLatin1(column.csvName);
    file.write(fields.join(u',').toUtf8() + '\n');

    qint64 rows = 0;
    while (query.next()) {
        fields.clear();
        for (const TableSpec::Column &column : spec.columns)
            fields << field(QueryTableModel::plain(column.kind, query.value(column.field)));
        if (file.write(fields.join(u',').toUtf8() + '\n') < 0)
            return fail(file.errorString());
        ++rows;
    }
    if (query.lastError().isValid())
        return fail(query.lastError().text());
    if (!file.commit())
        return fail(file.errorString());
    return rows;
}
