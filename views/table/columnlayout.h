#pragma once

#include <QHash>
#include <QStringList>

class QHeaderView;
class QSettings;

/// A table's column order, widths and hidden columns, kept in the settings
/// by the columns' names (a QueryTableModel's CSV names), where
/// QHeaderView::saveState() keeps positions: a column a newer schema adds
/// then shows where its table puts it, and a column gone is forgotten,
/// instead of a stale state naming the wrong columns.
namespace ColumnLayout {

/// Writes the layout under group: "order" (every column, as shown from left
/// to right), "hidden", and "widths" ("name=pixels", shown columns).
void save(const QHeaderView *header, QSettings *settings, const QString &group);

/// Moves, sizes and hides the columns the settings name; a column they do
/// not name keeps its place after them and its default visibility, and at
/// least one column stays shown. False when they hold nothing for group.
bool restore(QHeaderView *header, const QSettings &settings, const QString &group);

/// The columns' names as shown from left to right, and those hidden: what a
/// saved view keeps of a table (SavedView::Table).
QStringList order(const QHeaderView *header);
QStringList hidden(const QHeaderView *header);
/// Moves the columns order names to its places, hides those hidden names
/// and gives widths theirs; restore() and a saved view both use it.
void apply(QHeaderView *header, const QStringList &order, const QStringList &hidden,
           const QHash<QString, int> &widths = {});

/// The column the table is sorted on, by name (empty: none), and the
/// order; and the same put back (a name the table lacks: no sort).
QString sortColumn(const QHeaderView *header);
void setSort(QHeaderView *header, const QString &column, bool descending);

} // namespace ColumnLayout
