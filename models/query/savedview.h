#pragma once

#include "filter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;

/// A saved view: what a .mirador-view file holds (JSON, "mirador-view": 1).
/// The database, the filter, the tab, the chart, and each table's columns
/// and sort, so that a window or an export brings back what was shown.
///
/// The filter keeps programs and regions by their names and codes, not by
/// ids: ids are a database's own, and a view opened on another database or
/// after a re-import finds its rows again through the Catalog. A password is
/// never written (a server's URL loses it). Keys this version does not know
/// are ignored, so a view written by a newer Mirador opens with what this
/// one understands; a different "mirador-view" number is refused, as its
/// keys may mean something else.
struct SavedView
{
    static constexpr int version = 1;
    /// The suffix of a view file, without the dot.
    static QString suffix() { return QStringLiteral("mirador-view"); }

    /// One table's columns as shown, left to right, by their CSV names.
    struct Table
    {
        QString name; ///< TableSpec::name: "results", "indicators", "milestones"
        QStringList order;
        QStringList hidden;
        QString sortColumn; ///< empty: the table's own order
        bool sortDescending = false;

        friend bool operator==(const Table &, const Table &) = default;
    };

    QString database; ///< a file path, or a postgresql:// URL without its password
    QString service; ///< the service's short name
    QString report;  ///< a report by its service's short name and year: "Sercotec 2025"
    std::optional<int> year;
    std::optional<int> objective;
    QStringList programs; ///< program names, as the catalog spells them
    QString region;       ///< the region's CUT code ("14", "00")
    QString text;
    QString tab;   ///< the table in view, by name
    QString chart; ///< the chart's command-line name (Charts::name)
    QList<Table> tables;

    friend bool operator==(const SavedView &, const SavedView &) = default;

    /// The view as the file's JSON text.
    QByteArray toJson() const;
    /// Reads a view from JSON text; null, with *error in Spanish, for text
    /// that is not a view of this version.
    static std::optional<SavedView> fromJson(const QByteArray &json, QString *error);

    /// Writes the file whole (QSaveFile); false with *error.
    bool write(const QString &fileName, QString *error) const;
    /// Reads a file; null with *error (which names it).
    static std::optional<SavedView> read(const QString &fileName, QString *error);

    /// The view's filter part from a filter, naming its ids through catalog.
    void setFilter(const Filter &filter, const Catalog &catalog);
    /// The filter on catalog's database: what of it the database has. Each
    /// year, objective, program or region it does not have is left out and
    /// said in *missing ("el programa «X»").
    Filter filter(const Catalog &catalog, QStringList *missing) const;

    /// The table of that name, or null.
    const Table *table(const QString &name) const;
};
