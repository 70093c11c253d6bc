#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

/// What the user asked to see: the same filters for the window, the command
/// line and every export. Programs and regions are ids already resolved from
/// the user's words by Catalog; the labels say what was asked, for display.
struct Filter
{
    /// The service and the report (a service's year) that the other filters
    /// apply within; null: all of them. A database with one report never
    /// sets them.
    std::optional<qint64> serviceId;
    QString serviceLabel;
    std::optional<qint64> reportId;
    QString reportLabel;
    std::optional<int> year;
    std::optional<int> objective; ///< objective number within its report
    QList<qint64> programIds;     ///< empty: every program
    QString programLabel;
    std::optional<qint64> regionId;
    QString regionLabel;
    QString text; ///< free text; matched word by word, ignoring case and accents
    /// The longest text a search takes (a longer LIKE pattern is more than
    /// SQLite will match: it stops at 50.000 bytes).
    static constexpr int maxTextLength = 1000;

    bool isEmpty() const;
    /// "Servicio: Sercotec · Informe: Sercotec 2025 · Año 2025 · Objetivo 1 · Programa: Ferias Libres ·
    /// Región: Nacional · Texto: «gestion»"
    QString describe() const;

    friend bool operator==(const Filter &, const Filter &) = default;
};

/// The columns a table is filtered on, as SQL expressions; null where the
/// table has no such column (its rows then match no filter on it).
struct FilterColumns
{
    const char *year;
    const char *objective;
    const char *program;
    const char *region;
    const char *search;
    const char *report; ///< the row's report id (objective.report_id)
    /// The row's objective id, which the objective list's counts are keyed
    /// on (an objective number repeats in every report).
    const char *objectiveId = nullptr;
};

/// A WHERE clause made of fixed conditions, and the values to bind to it.
struct SqlCondition
{
    QString where; ///< empty, or " WHERE ..." with ? placeholders
    QVariantList values;
};

/// The filter's conditions on these columns, and any fixed conditions of the
/// caller's (constants from sql.h), joined with AND.
SqlCondition buildCondition(const Filter &filter, const FilterColumns &columns,
                            std::initializer_list<const char *> fixed = {});
