#pragma once

class QHeaderView;
class QSettings;
class QString;

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

} // namespace ColumnLayout
