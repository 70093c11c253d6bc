#pragma once

// What the tests of the catalog, the filter and the models share: a filter
// written as words, as a person would choose it, and a column's text as it is
// shown.

#include "catalog.h"
#include "filter.h"
#include "testsupport.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>
#include <QStringList>

#include <memory>

class QueryTableModel;
struct TableSpec;

namespace TestSupport {

/// The embedded dataset on the backend under test, with its catalog read to
/// find programs and regions by their words. When the backend cannot run, db
/// is null; when the catalog cannot be read, error says why.
struct CatalogFixture : Fixture
{
    Catalog catalog;
    QString error;

    CatalogFixture();
    /// "objective=1;program=ferias;region=nacional;text=gestion;year=2025"
    Filter filter(const QString &spec) const;
};

/// A test of the embedded dataset that names programs and regions by their
/// words: its initTestCase opens m_fixture, with Chilean numbers, and skips
/// the test when the backend is not available or fails it when the catalog
/// could not be read.
class CatalogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

protected:
    std::unique_ptr<CatalogFixture> m_fixture;
};

/// The text model shows in the column export-csv names csvName, row by row.
QStringList columnTexts(const QueryTableModel &model, const char *csvName);

/// Every row of spec with no filter, in its default order, read straight
/// with SQL: what the model must show. Empty, with *error set, on failure.
QList<QVariantList> tableRows(const QSqlDatabase &db, const TableSpec &spec, QString *error);

} // namespace TestSupport
