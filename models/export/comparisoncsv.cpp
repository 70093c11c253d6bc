#include "comparisoncsv.h"

#include "comparison.h"
#include "csvtext.h"
#include "exportfile.h"

#include <QIODevice>
#include <QStringList>

qint64 ComparisonCsv::write(const Comparison &comparison, bool synthetic, const QString &fileName,
                            const QString &openDatabase, QString *error)
{
    ExportFile file(fileName, openDatabase);
    if (!file.open(error))
        return -1;
    const auto fail = [&] {
        file.fail({}, error);
        return qint64(-1);
    };
    const auto line = [&file](const QStringList &values) {
        QStringList fields;
        for (const QString &value : values)
            fields << CsvText::field(value);
        return file.device()->write(fields.join(u',').toUtf8() + '\n') >= 0;
    };
    QStringList header{QStringLiteral("program"),        QStringLiteral("figure"), QStringLiteral("unit"),
                       comparison.earlierName(),         comparison.laterName(),   QStringLiteral("change"),
                       QStringLiteral("change_percent"), QStringLiteral("only_in")};
    if (synthetic)
        header << QStringLiteral("synthetic");
    if (!line(header))
        return fail();
    for (const Comparison::Line &figure : comparison.lines) {
        QStringList values{figure.program,
                           figure.figureKey(),
                           figure.unit,
                           Comparison::valuePlain(figure, false),
                           Comparison::valuePlain(figure, true),
                           figure.change.changePlain(),
                           figure.change.percentPlain(),
                           comparison.onlyIn(figure)};
        if (synthetic)
            values << QStringLiteral("1");
        if (!line(values))
            return fail();
    }
    if (!file.commit(error))
        return -1;
    return comparison.lines.size();
}
