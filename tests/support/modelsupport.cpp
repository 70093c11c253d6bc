#include "modelsupport.h"

#include "querytablemodel.h"
#include "tablespec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TestSupport {

CatalogFixture::CatalogFixture()
{
    if (!db)
        return;
    qInfo("backend: %s", testingPostgres() ? "PostgreSQL" : "SQLite");
    catalog.load(db->connection(), &error);
}

void CatalogTest::initTestCase()
{
    Format::initDefaultLocale();
    m_fixture = std::make_unique<CatalogFixture>();
    MIRADOR_REQUIRE_BACKEND(*m_fixture);
    QVERIFY2(m_fixture->error.isEmpty(), qPrintable(m_fixture->error));
}

Filter CatalogFixture::filter(const QString &spec) const
{
    Filter f;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        QString lookupError;
        if (key == u"service") {
            const auto service = catalog.findService(value, &lookupError);
            if (!service)
                qFatal("no service %s: %s", qPrintable(value), qPrintable(lookupError));
            f.serviceId = service->id;
            f.serviceLabel = service->shortName;
        } else if (key == u"report") {
            for (const Catalog::ReportInfo &report : catalog.reports()) {
                if (report.label() == value) {
                    f.reportId = report.id;
                    f.reportLabel = value;
                }
            }
            if (!f.reportId)
                qFatal("no report %s", qPrintable(value));
        } else if (key == u"year") {
            f.year = value.toInt();
        } else if (key == u"objective") {
            f.objective = value.toInt();
        } else if (key == u"program") {
            for (const auto &p : catalog.findPrograms(value, &lookupError))
                f.programIds << p.id;
            if (f.programIds.isEmpty())
                qFatal("no program %s", qPrintable(value));
        } else if (key == u"region") {
            const auto region = catalog.findRegion(value, &lookupError);
            if (!region)
                qFatal("no region %s: %s", qPrintable(value), qPrintable(lookupError));
            f.regionId = region->id;
        } else if (key == u"text") {
            f.text = value;
        }
    }
    return f;
}

QStringList columnTexts(const QueryTableModel &model, const char *csvName)
{
    const int c = model.spec().columnIndex(QString::fromLatin1(csvName));
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, c).data().toString();
    return values;
}

QList<QVariantList> tableRows(const QSqlDatabase &db, const TableSpec &spec, QString *error)
{
    QSqlQuery query(db);
    QList<QVariantList> rows;
    if (!query.exec(spec.statement(buildCondition(Filter{}, spec.filterColumns), -1, Qt::AscendingOrder))) {
        *error = query.lastError().text();
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        for (int field = 0; field < query.record().count(); ++field)
            row << query.value(field);
        rows << row;
    }
    return rows;
}

} // namespace TestSupport
