#pragma once

#include "filter.h"

#include <QObject>
#include <QPoint>

#include <functional>
#include <optional>

class Catalog;
class FilterBar;
class QMenu;
class QModelIndex;
class QTabWidget;
class QTableView;

/// The menus of one of the window's tables. On its header, the column
/// chooser: a check box per column to show or hide it, at least one staying
/// shown. On its cells, Copiar (the selection) and Filtrar por este valor
/// (the filter bar's year, objective, program or region when the column is
/// one of those, or else the search text). The Menu key and Shift+F10 open
/// the cell menu at the current cell. Also makes the header's sections
/// movable: a header is dragged to reorder the columns.
class TableMenus : public QObject
{
    Q_OBJECT
public:
    /// copy copies the view's selection (the window's Copiar). The catalog
    /// names the filter bar's choices; it must outlive this.
    TableMenus(QTableView *view, FilterBar *filterBar, const Catalog *catalog, std::function<void()> copy);

    /// The TableMenus of a view; null if it has none.
    static TableMenus *of(const QTableView *view);
    /// Adds "Columnas" to menu, the column chooser of the table tabs shows.
    static void addColumnsMenu(QMenu *menu, const QTabWidget *tabs);

    /// Fills menu with the column chooser: a checkable entry per column, in
    /// the order shown.
    void fillColumnMenu(QMenu *menu) const;
    /// Fills menu with the cell menu of index.
    void fillCellMenu(QMenu *menu, const QModelIndex &index);
    /// The filter "Filtrar por este valor" sets for index: the bar's filter
    /// with the cell's value in it; null for an empty cell, or a value the
    /// filter bar does not offer.
    std::optional<Filter> filterFor(const QModelIndex &index) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Opens the cell menu of index at globalPos, or else beside the cell.
    void showCellMenu(const QModelIndex &index, std::optional<QPoint> globalPos);
    void popUp(QMenu *menu, const QPoint &globalPos);

    QTableView *m_view;
    FilterBar *m_filterBar;
    const Catalog *m_catalog;
    std::function<void()> m_copy;
};
